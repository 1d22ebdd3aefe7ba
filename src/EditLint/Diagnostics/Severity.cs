namespace EditLint.Diagnostics;

/// <summary>How serious a finding is, as Roslyn grades them. <see cref="Info"/> is SARIF's "note".</summary>
public enum Severity
{
    /// <summary>Not reported.</summary>
    None = 0,
    /// <summary>Worth a look.</summary>
    Info = 1,
    /// <summary>Probably wrong.</summary>
    Warning = 2,
    /// <summary>Wrong: must be fixed before publishing.</summary>
    Error = 3,
}

/// <summary>Parsing and printing of severities.</summary>
public static class Severities
{
    /// <summary>Lower-case name as printed in reports.</summary>
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "none",
    };

    /// <summary>Parses error, warning, info (or note, suggestion), none (or hidden, silent).</summary>
    public static bool TryParse(string? text, out Severity severity)
    {
        severity = text?.Trim().ToLowerInvariant() switch
        {
            "error" => Severity.Error,
            "warning" or "warn" => Severity.Warning,
            "info" or "note" or "suggestion" => Severity.Info,
            "none" or "hidden" or "silent" or "off" => Severity.None,
            _ => (Severity)(-1),
        };
        return (int)severity >= 0;
    }
}
