using EditLint.Diagnostics;
using EditLint.Documents;

namespace EditLint.Engine;

/// <summary>The outcome for one input file.</summary>
public sealed record FileResult(string Path, ArticleDocument? Document, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>Everything one run produced: files, sorted findings, the rules that ran, how long it took.</summary>
public sealed record LintResult(
    IReadOnlyList<FileResult> Files,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<RuleDescriptor> Rules,
    TimeSpan Elapsed)
{
    /// <summary>Number of findings per rule ID, in ID order.</summary>
    /// <remarks>Findings made when read (a run over many files) were counted when first made, and are not made again here.</remarks>
    public IReadOnlyList<(string Id, int Count)> CountsById() =>
        Diagnostics is DeferredRunDiagnostics deferred ? deferred.ById
            : [.. Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count()))];

    /// <summary>Number of findings of each severity.</summary>
    public int Count(Severity severity) =>
        Diagnostics is DeferredRunDiagnostics deferred ? deferred.BySeverity.GetValueOrDefault(severity) : Diagnostics.Count(d => d.Severity == severity);
}
