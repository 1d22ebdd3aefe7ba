using EditLint.Checks;
using System.Text.RegularExpressions;
using EditLint.Engine;
using EditLint.Readers;
using EditLint.Rules;
using EditLint.Semantics;
using EditLint.Semantics.Dates;
using EditLint.Tests.Testing;
using EditLint.Text;

namespace EditLint.Tests.Seeds;

// Issue 5's acceptance: the seeds' weekdays resolve against their date lines and agree; without the date
// lines the same seeds are undated (EL3001) and their relative dates unanchored (EL3002).
public sealed partial class SeedDateTests
{
    private static readonly DocumentLoader Loader = new([new MarkdownReader(), new PlainTextReader(), new HtmlReader()]);

    private static SemanticModel Model(string seed, bool withoutDateLines = false)
    {
        var text = File.ReadAllText(RepoPaths.Fixture("seeds/" + seed));
        if (withoutDateLines)
            text = DateLine().Replace(text, "");
        return new SemanticModel(Loader.Read(seed, new SourceText(text), EditLint.Documents.DocumentFormat.PlainText));
    }

    private static Dictionary<string, string> Weekdays(SemanticModel model) =>
        model.TemporalExpressions.Where(e => e.Kind == TemporalKind.Weekday && e.Block.IsInsideBody)
            .GroupBy(e => e.Text).ToDictionary(g => g.Key, g => string.Join(" ", g.Select(e => e.Date?.ToString("uuuu-MM-dd", null)).Distinct()));

    [Fact]
    public void Seed000_OnWednesday_IsFebruary26()
    {
        var model = Model("000_48f7f3f048a3ef7a.txt");
        Assert.Equal(new Dictionary<string, string> { ["Wednesday"] = "2025-02-26" }, Weekdays(model));
    }

    [Fact]
    public void Seed002_TuesdayMondayWednesday_AreAugust19_18_20()
    {
        var model = Model("002_1c17c126ff08fd48.txt");
        Assert.Equal(new Dictionary<string, string> { ["Tuesday"] = "2025-08-19", ["Monday"] = "2025-08-18", ["Wednesday"] = "2025-08-20" }, Weekdays(model));
    }

    [Fact]
    public void Seeds_HaveNoDateFindings_AndWithoutDateLinesGiveEL3001AndEL3002()
    {
        foreach (var seed in new[] { "000_48f7f3f048a3ef7a.txt", "002_1c17c126ff08fd48.txt" })
        {
            var dated = Run(Model(seed).Document);
            Assert.DoesNotContain(dated, d => d.Id is "EL3001" or "EL3002" or "EL3003" or "EL3004" or "EL3005" or "EL2003");
            var undated = Run(Model(seed, withoutDateLines: true).Document);
            Assert.Contains(undated, d => d.Id == "EL3001");
            Assert.Contains(undated, d => d.Id == "EL3002" && d.Severity == EditLint.Diagnostics.Severity.Warning);
            Assert.Contains(undated, d => d.Id == "EL3002" && d.Severity == EditLint.Diagnostics.Severity.Info && d.Message.Contains("'Wednesday'", StringComparison.Ordinal));
        }
    }

    private static IReadOnlyList<EditLint.Diagnostics.Diagnostic> Run(EditLint.Documents.ArticleDocument document) =>
        new LintEngine(BuiltInRules.Create(), Loader).Run([document], new LintOptions { MaxDegreeOfParallelism = 1 }).Diagnostics;

    // Date lines of both seeds ("Posted on February 26, 2025", "Last updated: …", "August 19, 2025").
    [GeneratedRegex(@"^[ \t]*(?:Posted on |Last updated: )?(?:January|February|June|August) \d{1,2}, 20\d\d[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex DateLine();
}
