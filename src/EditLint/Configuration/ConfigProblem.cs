using EditLint.Diagnostics;
using EditLint.Text;

namespace EditLint.Configuration;

/// <summary>Something wrong in a configuration or rule-pack file, at a zero-based line and column.</summary>
public sealed record ConfigProblem(string Path, LinePosition Position, string Message)
{
    /// <summary>The problem as an EL9003 finding; the message repeats where it is, for readers of the message alone.</summary>
    public Diagnostic ToDiagnostic() => new()
    {
        Descriptor = EngineRules.InvalidConfiguration,
        Severity = EngineRules.InvalidConfiguration.DefaultSeverity,
        Message = EngineRules.InvalidConfiguration.FormatMessage($"{Path}:{Position.DisplayLine}:{Position.DisplayColumn}: {Message}"),
        Path = Path,
        Span = default,
        Position = new LinePositionSpan(Position, Position),
    };
}
