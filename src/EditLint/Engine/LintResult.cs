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
    public IReadOnlyList<RuleCount> CountsById() =>
        Diagnostics is DeferredRunDiagnostics deferred ? deferred.ById : RuleCount.Of(Diagnostics.Select(d => d.Id));

    /// <summary>Number of findings of each severity.</summary>
    public int Count(Severity severity) =>
        Diagnostics is DeferredRunDiagnostics deferred ? deferred.BySeverity.GetValueOrDefault(severity) : Diagnostics.Count(d => d.Severity == severity);
}

/// <summary>How many findings a rule has.</summary>
/// <remarks>
/// A class, not a tuple: every run's summary counts them, and generic code over a tuple has no ReadyToRun code, so the
/// JIT would compile each list and LINQ method it goes through at start-up.
/// </remarks>
public sealed record RuleCount(string Id, int Count)
{
    /// <summary>The count of each ID in <paramref name="ids"/>, in ordinal ID order.</summary>
    public static IReadOnlyList<RuleCount> Of(IEnumerable<string> ids)
    {
        // Reference types only, as keys, values and what is sorted: their generic code is precompiled (a sorted
        // dictionary sorts key-value pairs, a struct, and cost 29 methods compiled at start-up).
        var counts = new Dictionary<string, RuleCount>(StringComparer.Ordinal);
        foreach (var id in ids)
            counts[id] = new RuleCount(id, counts.TryGetValue(id, out var count) ? count.Count + 1 : 1);
        return InIdOrder([.. counts.Values]);
    }

    /// <summary><paramref name="counts"/>, sorted in ordinal ID order.</summary>
    internal static List<RuleCount> InIdOrder(List<RuleCount> counts)
    {
        counts.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return counts;
    }
}
