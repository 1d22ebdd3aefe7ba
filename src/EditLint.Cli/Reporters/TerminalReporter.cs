using System.Globalization;
using System.Text;
using EditLint.Diagnostics;
using EditLint.Engine;
using EditLint.Text;

namespace EditLint.Cli.Reporters;

/// <summary>
/// The text report as a person reads it on a terminal: findings grouped under their file, each with its position,
/// severity in colour, message and rule, then the line it is on with a caret under the span (long lines, which
/// articles' paragraphs are, cut to the terminal's width around the span), then the summary. Chosen for
/// <c>--format text</c> when standard output is a terminal and colour is not turned off; piped, the plain lines of
/// <see cref="TextReporter"/> are written instead.
/// </summary>
internal sealed class TerminalReporter(int width, bool summary = true) : IReporter
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";
    private const string Underline = "\u001b[4m";

    public string Format => "text";

    public void Write(LintResult result, TextWriter output)
    {
        var sources = result.Files.Where(f => f.Document is not null).GroupBy(f => f.Path).ToDictionary(g => g.Key, g => g.First().Document!.Source, StringComparer.Ordinal);
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Path.Length == 0))
            output.WriteLine($"{Colour(diagnostic.Severity)}{diagnostic.Severity.ToName()}{Reset} {Dim}{diagnostic.Id}{Reset} {Clean(diagnostic.Message)}");
        foreach (var file in result.Diagnostics.Where(d => d.Path.Length > 0).GroupBy(d => d.Path))
        {
            output.WriteLine();
            output.WriteLine($"{Bold}{Underline}{Clean(file.Key)}{Reset}");
            var source = sources.GetValueOrDefault(file.Key);
            // A text the run kept packed is unpacked once for all of its file's findings, not again for each after a GC.
            var text = source?.Text;
            foreach (var diagnostic in file)
                WriteFinding(output, diagnostic, source);
            GC.KeepAlive(text);
        }
        if (summary)
        {
            if (result.Diagnostics.Count > 0)
                output.WriteLine();
            var worst = result.Diagnostics.Count == 0 ? null : (Severity?)result.Diagnostics.Max(d => d.Severity);
            output.WriteLine($"{(worst is { } severity ? Colour(severity) : "\u001b[32m")}{Bold}{Clean(TextReporter.Summary(result))}{Reset}");
        }
    }

    private void WriteFinding(TextWriter output, Diagnostic diagnostic, SourceText? source)
    {
        var start = diagnostic.Position.Start;
        var colour = Colour(diagnostic.Severity);
        var position = $"{start.DisplayLine}:{start.DisplayColumn}";
        output.WriteLine($"  {Dim}{position,-8}{Reset}{colour}{Bold}{diagnostic.Severity.ToName(),-8}{Reset}{Clean(diagnostic.Message)}  {Dim}{diagnostic.Id}{Reset}");
        // A finding about the whole article (no date, no byline) has no span to point at.
        if (source is null || start.Line >= source.LineCount || diagnostic.Span.Length == 0)
            return;
        var lineNumber = start.DisplayLine.ToString(CultureInfo.InvariantCulture);
        var gutter = lineNumber.Length + 5;
        // Room for the text between the gutter and the last column, less the two "…" a cut line may get: a line that
        // reached the last column would wrap on many terminals.
        var (shown, caretStart, caretLength) = Window(source, diagnostic, Math.Max(20, width - gutter - 3));
        output.WriteLine($"  {Dim}{lineNumber} │{Reset} {shown}");
        output.WriteLine($"  {Dim}{new string(' ', lineNumber.Length)} │{Reset} {new string(' ', caretStart)}{colour}{new string('^', Math.Max(1, caretLength))}{Reset}");
    }

    // The finding's line cut to `room` characters around its span: "…" where it is cut, control characters drawn as
    // one visible character each so that the caret stays under the span.
    private static (string Text, int CaretStart, int CaretLength) Window(SourceText source, Diagnostic diagnostic, int room)
    {
        var (line, column) = (diagnostic.Position.Start.Line, diagnostic.Position.Start.Character);
        var text = source.ToString(source.GetLineSpan(line));
        column = Math.Min(column, text.Length);
        var spanOnLine = diagnostic.Position.End.Line == line ? diagnostic.Position.End.Character - column : text.Length - column;
        spanOnLine = Math.Max(0, Math.Min(spanOnLine, text.Length - column));

        var from = 0;
        if (text.Length > room)
            from = Math.Clamp(column - (room / 3), 0, text.Length - room);
        var to = Math.Min(text.Length, from + room);
        var shown = new StringBuilder(room + 2);
        if (from > 0)
            shown.Append('…');
        foreach (var c in text.AsSpan(from, to - from))
            shown.Append(char.IsControl(c) ? '·' : c);
        if (to < text.Length)
            shown.Append('…');
        var caretStart = column - from + (from > 0 ? 1 : 0);
        var caretLength = Math.Min(spanOnLine, to - column);
        return (shown.ToString(), caretStart, caretLength);
    }

    private static string Colour(Severity severity) => severity switch
    {
        Severity.Error => "\u001b[31m",
        Severity.Warning => "\u001b[33m",
        _ => "\u001b[36m",
    };

    private static string Clean(string text) => TerminalText.Escape(text.ReplaceLineEndings(" "));
}
