using EditLint.Checks;
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
        return new LintEngine([.. BuiltInRules.Create(), .. BuiltInPacks.Rules], loader).Run(files, new LintOptions());
    });

    private static IEnumerable<Diagnostic> In(string seed) => Result.Value.Diagnostics.Where(d => d.Path.StartsWith(seed, StringComparison.Ordinal));

    // A page scrape saved as .md is read as the scrape it is, not as Markdown prose (menus as paragraphs, their lines as
    // repeated sentences): the same findings as the .txt.
    [Theory]
    [InlineData("000_48f7f3f048a3ef7a.txt")]
    [InlineData("002_1c17c126ff08fd48.txt")]
    public void ASeedSavedAsMarkdown_GetsTheFindingsOfTheText(string name)
    {
        var loader = new DocumentLoader([new MarkdownReader(), new PlainTextReader(), new HtmlReader()]);
        var engine = new LintEngine([.. BuiltInRules.Create(), .. BuiltInPacks.Rules], loader);
        var text = System.IO.File.ReadAllText(RepoPaths.Fixture("seeds/" + name));
        var asText = engine.Run([loader.Read(name, new EditLint.Text.SourceText(text), EditLint.Documents.DocumentFormat.PlainText)], new LintOptions());
        var asMarkdown = engine.Run([loader.Read(name, new EditLint.Text.SourceText(text), EditLint.Documents.DocumentFormat.Markdown)], new LintOptions());
        static IEnumerable<string> Found(LintResult r) => r.Diagnostics.Select(d => $"{d.Id} {d.Position.Start.DisplayLine}:{d.Position.Start.DisplayColumn}");
        Assert.NotEmpty(Found(asText));
        Assert.Equal(Found(asText), Found(asMarkdown));
    }

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
    public void Seed002_SoldiersFigures_AreTheOnlyFigureFinding_NamingBothAndTheirQualifiers()
    {
        var figures = Result.Value.Diagnostics.Where(d => d.Id.StartsWith("EL200", StringComparison.Ordinal) && d.Id != "EL2005").ToList();
        var finding = Assert.Single(figures);
        Assert.Equal("EL2001", finding.Id);
        Assert.StartsWith("002_", finding.Path, StringComparison.Ordinal);
        Assert.Equal((165, 181), (finding.Position.Start.DisplayLine, finding.Position.Start.DisplayColumn));
        Assert.Equal(165, Assert.Single(finding.RelatedLocations).Position.Start.DisplayLine);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("'300,000 in total'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'around 100,000 soldiers at a time'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'in total' and 'at a time'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed002_Article5LikeRenderings_AreReported()
    {
        Assert.Equal([185, 187], In("002_").Where(d => d.Id == "EL1005").Select(d => d.Position.Start.DisplayLine));
    }

    [Fact]
    public void BothSeeds_NameSpellingZelenskiyZelenskyy_IsAWorkspaceFindingInEachFile()
    {
        var findings = Result.Value.Diagnostics.Where(d => d.Id == "EL4001").ToList();
        Assert.Equal(2, findings.Count);
        Assert.All(findings, d => Assert.True(d.IsWorkspaceFinding));
        Assert.Contains(findings, d => d.Path.StartsWith("000_", StringComparison.Ordinal) && d.Position.Start.DisplayLine == 122
            && d.Message.StartsWith("'Zelenskiy' is spelled 'Zelenskyy'", StringComparison.Ordinal) && d.Message.Contains("002_1c17c126ff08fd48.txt:121", StringComparison.Ordinal));
        Assert.Contains(findings, d => d.Path.StartsWith("002_", StringComparison.Ordinal) && d.Position.Start.DisplayLine == 121
            && d.Message.StartsWith("'Zelenskyy' is spelled 'Zelenskiy'", StringComparison.Ordinal) && d.Message.Contains("000_48f7f3f048a3ef7a.txt:122", StringComparison.Ordinal));
    }

    // Seed 000's Reuters story writes U.S. (headline, lines 88 and 118); the site's own boxes around it ("Quick Summary",
    // "Key Takeaways", "Frequently Asked Questions") and its re-headline write US. The story sets the style: each US in
    // the boxes is the in-article finding. Against seed 002, which writes US, seed 000 is the workspace finding, once,
    // at its first U.S. (RULES.md: "EL4003 (workspace) for U.S. / US").
    [Fact]
    public void Seed000_MixesUSAndUDotSDot_IsReportedOnTheSummaryBoxes_AndAgainstSeed002()
    {
        var inArticle = In("000_").Where(d => d.Id == "EL4003" && !d.IsWorkspaceFinding).ToList();
        Assert.Equal([80, 82, 134, 144, 146, 148], inArticle.Select(d => d.Position.Start.DisplayLine));
        Assert.All(inArticle, d => Assert.StartsWith("'US' here, but 'U.S.' elsewhere in this article", d.Message, StringComparison.Ordinal));
        var workspace = Assert.Single(In("000_"), d => d.Id == "EL4003" && d.IsWorkspaceFinding);
        Assert.Equal(59, workspace.Position.Start.DisplayLine);
        Assert.DoesNotContain(In("002_"), d => d.Id == "EL4003");
    }

    // Seed 000 has "By Elizabeth Piper" and a Reuters credit, seed 002 "by Sarah Taylor": neither lacks a byline.
    [Fact]
    public void BothSeeds_HaveABylineFound_SoNoEL5002()
    {
        Assert.DoesNotContain(Result.Value.Diagnostics, d => d.Id == "EL5002");
        Assert.All(Result.Value.Files, f => Assert.NotNull(f.Document!.Metadata.Byline));
    }

    [Fact]
    public void BothSeeds_NoRuleReportsOnePlaceTwice()
    {
        var places = Result.Value.Diagnostics.GroupBy(d => (d.Path, d.Id, d.Span)).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(places);
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
