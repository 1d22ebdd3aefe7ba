using EditLint.Diagnostics;
using EditLint.Text;

namespace EditLint.Configuration;

/// <summary>Something wrong in a configuration or rule-pack file, at a zero-based line and column.</summary>
public sealed record ConfigProblem(string Path, LinePosition Position, string Message)
{
    /// <summary>
    /// A problem with the file as a whole (it is a link out, a pipe, over the limit): <paramref name="phrase"/> follows
    /// the file's name ("is a symbolic link …"), with no position, which would be made up.
    /// </summary>
    public static ConfigProblem OfFile(string path, string phrase) => new(path, default, phrase) { WholeFile = true };

    /// <summary>True when <see cref="Message"/> is a phrase about the whole file (see <see cref="OfFile"/>).</summary>
    public bool WholeFile { get; init; }

    /// <summary>The problem as an EL9003 finding; the message repeats where it is, for readers of the message alone.</summary>
    public Diagnostic ToDiagnostic() => new()
    {
        Descriptor = EngineRules.InvalidConfiguration,
        Severity = EngineRules.InvalidConfiguration.DefaultSeverity,
        Message = EngineRules.InvalidConfiguration.FormatMessage(WholeFile ? $"{Path} {Message}" : $"{Path}:{Position.DisplayLine}:{Position.DisplayColumn}: {Message}"),
        Path = Path,
        Span = default,
        Position = new LinePositionSpan(Position, Position),
    };
}
