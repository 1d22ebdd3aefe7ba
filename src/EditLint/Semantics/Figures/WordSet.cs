using System.Collections;

namespace EditLint.Semantics.Figures;

/// <summary>
/// A figure's few context words (at most twenty) as an array: a hash set each cost a few hundred bytes, which a long
/// document of hundreds of thousands of figures could not afford. Ordinal, distinct, searched in a scan.
/// </summary>
internal sealed class WordSet(string[] words) : IReadOnlySet<string>
{
    public static WordSet Empty { get; } = new([]);

    public int Count => words.Length;

    public bool Contains(string item) => Array.IndexOf(words, item) >= 0;

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)words).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool IsProperSubsetOf(IEnumerable<string> other) => ToSet(other) is var o && IsSubsetOf(o) && o.Count > Count;

    public bool IsProperSupersetOf(IEnumerable<string> other) => ToSet(other) is var o && IsSupersetOf(o) && Count > o.Count;

    public bool IsSubsetOf(IEnumerable<string> other) => ToSet(other) is var o && words.All(o.Contains);

    public bool IsSupersetOf(IEnumerable<string> other) => other.All(Contains);

    public bool Overlaps(IEnumerable<string> other) => other.Any(Contains);

    public bool SetEquals(IEnumerable<string> other) => ToSet(other) is var o && o.Count == Count && words.All(o.Contains);

    private static HashSet<string> ToSet(IEnumerable<string> other) => new(other, StringComparer.Ordinal);
}
