using EditLint.Diagnostics;

namespace EditLint.Engine;

/// <summary>Settings of one run.</summary>
public sealed record LintOptions
{
    /// <summary>Files larger than this are not read (EL9002). 10 MiB by default: no news article is near it.</summary>
    public long MaxFileBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Per-rule severity overrides; <see cref="Severity.None"/> turns a rule off.</summary>
    public IReadOnlyDictionary<string, Severity> SeverityOverrides { get; init; } = new Dictionary<string, Severity>();

    /// <summary>Documents linted at once; defaults to the number of cores.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}
