using System.Globalization;
using System.Text;
using EditLint.Diagnostics;
using EditLint.Engine;

namespace EditLint.Cli.Reporters;

/// <summary>
/// GitHub Actions workflow commands, one line per finding
/// (<c>::warning file=a.md,line=3,col=5,endLine=3,endColumn=9,title=EL4001 Name spelled inconsistently::message</c>),
/// which the runner turns into annotations on the pull request's files; errors are <c>error</c>, warnings
/// <c>warning</c> and info <c>notice</c>. Then the text report's summary line, which the log shows as it is.
/// </summary>
/// <remarks>
/// Text from the articles and file names is escaped as the runner reads it (<c>%</c>, CR and LF in the message; also
/// <c>:</c> and <c>,</c> in a property), so no finding can end its command early or start another; other control
/// characters are written out as text.
/// </remarks>
internal sealed class GitHubReporter : IReporter
{
    public string Format => "github";

    public void Write(LintResult result, TextWriter output)
    {
        foreach (var diagnostic in result.Diagnostics)
            output.WriteLine(Line(diagnostic));
        output.WriteLine(TerminalText.Escape(TextReporter.Summary(result)));
    }

    internal static string Line(Diagnostic diagnostic)
    {
        var command = diagnostic.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "notice",
        };
        var properties = new List<string>();
        if (diagnostic.Path.Length > 0)
        {
            var (start, end) = (diagnostic.Position.Start, diagnostic.Position.End);
            properties.Add("file=" + Property(diagnostic.Path.Replace('\\', '/')));
            properties.Add(Number("line", start.DisplayLine));
            properties.Add(Number("col", start.DisplayColumn));
            properties.Add(Number("endLine", end.DisplayLine));
            properties.Add(Number("endColumn", end.DisplayColumn));
        }
        properties.Add("title=" + Property($"{diagnostic.Id} {diagnostic.Descriptor.Title}"));
        return $"::{command} {string.Join(',', properties)}::{Data(diagnostic.Message)}";
    }

    private static string Number(string name, int value) => $"{name}={value.ToString(CultureInfo.InvariantCulture)}";

    // The runner's escapes for a command's message.
    internal static string Data(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '%' => "%25",
                '\r' => "%0D",
                '\n' => "%0A",
                _ => c.ToString(),
            });
        }
        return TerminalText.Escape(escaped.ToString());
    }

    // A property's value also ends at ':' or ','.
    internal static string Property(string text) => Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
