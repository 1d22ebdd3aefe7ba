using System.Collections.Concurrent;
using System.Diagnostics;

namespace EditLint.Engine;

/// <summary>
/// Where a run's time went (<c>check --verbose</c>): each rule's time over every document, the shared facts all rules
/// read, and the comparisons across articles. Threads add to it at once; a run that does not ask for it pays nothing.
/// </summary>
public sealed class RuleTimings
{
    /// <summary>The name under which the facts every rule shares (tokens, quotations, figures, dates) are timed.</summary>
    public const string SharedFacts = "(facts)";

    /// <summary>The name under which one kind of shared fact is timed: "(facts) Quote".</summary>
    public static string FactsOf(Type kind) => FactNames.GetOrAdd(kind, k => $"{SharedFacts} {k.Name}");

    private static readonly ConcurrentDictionary<Type, string> FactNames = new();

    private readonly ConcurrentDictionary<string, long> _ticks = new(StringComparer.Ordinal);

    /// <summary>Adds the time since <paramref name="startTimestamp"/> (a <see cref="Stopwatch.GetTimestamp"/>) to <paramref name="name"/>.</summary>
    public void Add(string name, long startTimestamp) =>
        _ticks.AddOrUpdate(name, Stopwatch.GetTimestamp() - startTimestamp, (_, ticks) => ticks + Stopwatch.GetTimestamp() - startTimestamp);

    /// <summary>Each name with its time, longest first.</summary>
    public IReadOnlyList<(string Name, TimeSpan Time)> Longest() =>
        [.. _ticks.Select(t => (t.Key, Stopwatch.GetElapsedTime(0, t.Value))).OrderByDescending(t => t.Item2).ThenBy(t => t.Key, StringComparer.Ordinal)];
}
