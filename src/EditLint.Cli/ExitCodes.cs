namespace EditLint.Cli;

/// <summary>Process exit codes, as CI scripts read them.</summary>
internal static class ExitCodes
{
    /// <summary>No finding at or above the severity threshold.</summary>
    public const int Success = 0;

    /// <summary>At least one finding at or above the severity threshold.</summary>
    public const int Findings = 1;

    /// <summary>Usage, configuration or I/O error: nothing trustworthy was reported.</summary>
    public const int Error = 2;
}
