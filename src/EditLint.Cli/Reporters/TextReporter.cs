using System.Globalization;
using EditLint.Diagnostics;
using EditLint.Engine;

namespace EditLint.Cli.Reporters;

/// <summary>
/// Compiler-style lines (<c>path:line:col: severity ID: message</c>) that editors' problem matchers understand,
/// then one summary line whose only non-deterministic part is the trailing <c>— 0.21 s</c>.
/// </summary>
internal sealed class TextReporter : IReporter
{
    public string Format => "text";

    public void Write(LintResult result, TextWriter output)
    {
        foreach (var diagnostic in result.Diagnostics)
            output.WriteLine(Line(diagnostic));
        output.WriteLine(Summary(result));
    }

    internal static string Line(Diagnostic diagnostic)
    {
        var start = diagnostic.Position.Start;
        // One finding per line, or problem matchers lose the continuation.
        var message = Escape(diagnostic.Message.ReplaceLineEndings(" "));
        var where = diagnostic.Path.Length == 0 ? "editlint" : $"{Escape(diagnostic.Path)}:{start.DisplayLine}:{start.DisplayColumn}";
        return $"{where}: {diagnostic.Severity.ToName()} {diagnostic.Id}: {message}";
    }

    /// <summary>
    /// Control characters as visible escapes (\n, \r, \t, \x1B): a newline in a file name would otherwise start a line of
    /// its own, which CI reads as a command ('::error file=…::'), and an escape sequence would drive the terminal.
    /// </summary>
    internal static string Escape(string text)
    {
        if (!text.Any(char.IsControl))
            return text;
        var builder = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => c <= '\xFF' ? $"\\x{(int)c:X2}" : $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
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
