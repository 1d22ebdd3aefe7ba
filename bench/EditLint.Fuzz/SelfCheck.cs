using EditLint.Diagnostics;
using EditLint.Engine;
using EditLint.Text;

namespace EditLint.Fuzz;

/// <summary>
/// Guards the guard, before every run: each check must catch a planted fault. A check that cannot fail would let
/// a whole run pass without looking.
/// </summary>
internal static class SelfCheck
{
    public static List<string> Run()
    {
        var problems = new List<string>();
        void Expect(bool condition, string what)
        {
            if (!condition)
                problems.Add(what);
        }

        var lines = new TextLines("a\r\nb\rc\nd");
        Expect(lines.Count == 4 && lines.PositionOf(3) == (1, 0) && lines.PositionOf(5) == (2, 0) && lines.PositionOf(8) == (3, 1) && lines.ContentLength(0) == 1,
            "TextLines counts CRLF, CR and LF as one line break each");

        var fuzzCase = new FuzzCase([new FuzzFile("a.md", "one\ntwo"u8.ToArray(), FileRole.Article)], null, false, []);
        var descriptor = new RuleDescriptor("EL0000", "Planted", "{0}", RuleCategory.Engine, Severity.Warning, "A finding the self-check plants.");
        Diagnostic Planted(string id, string message, TextSpan span, LinePositionSpan position) => new()
        {
            Descriptor = id == EngineRules.RuleFailed.Id ? EngineRules.RuleFailed : descriptor,
            Severity = Severity.Warning,
            Message = message,
            Path = "a.md",
            Span = span,
            Position = position,
        };
        var failures = new List<Failure>();
        ReportChecks.CheckFindings(fuzzCase, Result(
            Planted("EL0000", "line past the end", new TextSpan(0, 1), new(new(5, 0), new(5, 1))),
            Planted("EL0000", "column past the end", new TextSpan(0, 1), new(new(0, 0), new(0, 9))),
            Planted("EL0000", "span past the end", new TextSpan(5, 50), new(new(1, 1), new(1, 2))),
            Planted(EngineRules.RuleFailed.Id, EngineRules.RuleFailed.FormatMessage("EL2001", "FormatException: bad digits in TemporalExtractor.Int"), default, default)), failures);
        Expect(failures.Any(f => f.Kind == "position EL0000: line outside the file"), "a line outside the file is caught");
        Expect(failures.Any(f => f.Kind == "position EL0000: column past the end of its line"), "a column past the end of its line is caught");
        Expect(failures.Any(f => f.Kind == "position EL0000: span outside the text"), "a span outside the text is caught");
        Expect(failures.Any(f => f.Kind == "EL9001: FormatException at TemporalExtractor.Int" && f.Rule == "EL2001"), "EL9001 is caught with its rule and exception");

        failures.Clear();
        ReportChecks.CheckJson("{\"files\": [", Result(), failures);
        Expect(failures.Any(f => f.Kind == "JSON report does not parse"), "a JSON report that does not parse is caught");

        failures.Clear();
        ReportChecks.CheckSarif("""
            { "version": "2.1.0", "runs": [ { "tool": { "driver": { "name": "EditLint", "rules": [ { "id": "EL0000", "helpUri": "docs/rules/EL0000.md" } ] } },
              "results": [ { "ruleId": "EL0000", "ruleIndex": 0, "message": { "text": "x" },
                "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "a.md" }, "region": { "startLine": 0, "startColumn": 1 } } } ] } ] } ] }
            """, Result(Planted("EL0000", "x", default, default)), failures);
        Expect(failures.Any(f => f.Kind == "SARIF rule helpUri is not absolute"), "a relative helpUri is caught");
        Expect(failures.Any(f => f.Kind == "SARIF region line or column below 1"), "a SARIF region at line 0 is caught");
        return problems;
    }

    private static LintResult Result(params Diagnostic[] diagnostics) =>
        new([new FileResult("a.md", null, diagnostics)], diagnostics, [], TimeSpan.Zero);
}
