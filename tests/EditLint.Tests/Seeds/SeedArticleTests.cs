using EditLint.Diagnostics;
using EditLint.Engine;
using EditLint.Readers;
using EditLint.Rules;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Seeds;

// What RULES.md says the two seed articles must produce, for the rules built so far.
public sealed class SeedArticleTests
{
    private static readonly Lazy<LintResult> Result = new(() =>
    {
        var loader = new DocumentLoader([new MarkdownReader(), new PlainTextReader(), new HtmlReader()]);
        var files = new[] { "000_48f7f3f048a3ef7a.txt", "002_1c17c126ff08fd48.txt" }
            .Select(name => (RepoPaths.Fixture("seeds/" + name), name)).ToList();
        return new LintEngine(BuiltInRules.Create(), loader).Run(files, new LintOptions());
    });

    private static IEnumerable<Diagnostic> In(string seed) => Result.Value.Diagnostics.Where(d => d.Path.StartsWith(seed, StringComparison.Ordinal));

    [Fact]
    public void Seed002_DuplicatedSentence_IsReportedOnLine189Only()
    {
        var duplicate = Assert.Single(Result.Value.Diagnostics, d => d.Id == "EL4002");
        Assert.StartsWith("002_", duplicate.Path, StringComparison.Ordinal);
        Assert.Equal(189, duplicate.Position.Start.DisplayLine);
        Assert.Equal(137, Assert.Single(duplicate.RelatedLocations).Position.Start.DisplayLine);
    }

    [Fact]
    public void Seed002_PageResidue_IsReportedOnEachResidueLine()
    {
        Assert.Equal([113, 115, 117, 119, 145, 215, 217, 227], In("002_").Where(d => d.Id == "EL5001").Select(d => d.Position.Start.DisplayLine));
    }

    [Fact]
    public void Seed000_HasNoResidueInsideTheBody_AndBothSeedsHaveDatesAndHeadlines()
    {
        Assert.DoesNotContain(In("000_"), d => d.Id == "EL5001");
        Assert.DoesNotContain(Result.Value.Diagnostics, d => d.Id is "EL3001" or "EL5003");
    }

    [Fact]
    public void Seed002_UnattributedQuotes_AreGameChangingAndHistoricOnly()
    {
        var unattributed = In("002_").Where(d => d.Id == "EL1001").Select(d => (d.Position.Start.DisplayLine, d.Message)).ToList();
        Assert.Equal(2, unattributed.Count);
        Assert.All(unattributed, u => Assert.Equal(111, u.DisplayLine));
        Assert.Contains("game-changing", unattributed[0].Message, StringComparison.Ordinal);
        Assert.Contains("historic", unattributed[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed000_HasNoUnattributedQuote()
    {
        Assert.DoesNotContain(In("000_"), d => d.Id == "EL1001");
    }

    [Fact]
    public void Seed002_Article5LikeRenderings_AreReported()
    {
        Assert.Equal([185, 187], In("002_").Where(d => d.Id == "EL1005").Select(d => d.Position.Start.DisplayLine));
    }

    [Fact]
    public void NoFinding_FallsInsideNavigationDisclosureOrFooter()
    {
        foreach (var file in Result.Value.Files)
        {
            var chrome = file.Document!.Blocks.Where(b => b is { Kind: EditLint.Documents.BlockKind.PageChrome, IsInsideBody: false }).ToList();
            Assert.NotEmpty(chrome);
            foreach (var diagnostic in file.Diagnostics)
                Assert.DoesNotContain(chrome, b => b.Span.Contains(diagnostic.Span.Start));
        }
    }
}
