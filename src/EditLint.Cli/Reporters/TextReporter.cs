using System.Globalization;
using EditLint.Diagnostics;
using EditLint.Engine;

namespace EditLint.Cli.Reporters;

/// <summary>
/// Compiler-style lines (<c>path:line:col: severity ID: message</c>) that editors' problem matchers understand,
/// then one summary line whose only non-deterministic part is the trailing <c>— 0.21 s</c>.
/// </summary>
internal sealed class TextReporter(bool summary = true) : IReporter
{
    public string Format => "text";

    public void Write(LintResult result, TextWriter output)
    {
        foreach (var diagnostic in result.Diagnostics)
            output.WriteLine(Line(diagnostic));
        if (summary)
            output.WriteLine(Summary(result));
    }

    internal static string Line(Diagnostic diagnostic)
    {
        var start = diagnostic.Position.Start;
        // One finding per line, or problem matchers lose the continuation.
        var message = TerminalText.Escape(TerminalText.OneLine(diagnostic.Message));
        var where = diagnostic.Path.Length == 0 ? "editlint" : $"{TerminalText.Escape(diagnostic.Path)}:{start.DisplayLine}:{start.DisplayColumn}";
        return $"{where}: {diagnostic.Severity.ToName()} {diagnostic.Id}: {message}";
    }

    internal static string Summary(LintResult result)
    {
        var files = Plural(result.Files.Count, "file", "files");
        var elapsed = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (result.Diagnostics.Count == 0)
            return $"{files}, no findings — {elapsed} s";

        var counts = $"{Plural(result.Count(Severity.Error), "error", "errors")}, {Plural(result.Count(Severity.Warning), "warning", "warnings")}, {result.Count(Severity.Info)} info";
        var byRule = string.Join(", ", result.CountsById().Select(c => $"{c.Id} ×{c.Count}"));
        return $"{files}, {Plural(result.Diagnostics.Count, "finding", "findings")} ({counts}) — {byRule} — {elapsed} s";
    }

    private static string Plural(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";
}
