using System.Collections;
using System.Collections.Frozen;

namespace EditLint.Semantics.Lexicons;

/// <summary>
/// A word list of a lexicon: a frozen set, and a table of the shapes its words have (length, first and last letter, in
/// any case). Most words an extractor asks about are in no list it asks (of an article's words, 2.7% are speech verbs
/// and 13% have a speech verb's shape): a word of no listed shape is answered without hashing it.
/// </summary>
public sealed class LexiconSet : IReadOnlySet<string>
{
    // Shapes are hashed into this many bits: a list of a few hundred words sets a tenth of them, so a shape it does not
    // have is rarely taken for one it has (which costs only the set's own lookup).
    private const int ShapeBits = 4096;

    // A longer list has nearly every shape: its table would pass nearly every word, and is not made.
    private const int MostShaped = 1000;

    private readonly ulong[]? _shapes;

    /// <summary>The set of <paramref name="words"/> compared as <paramref name="comparer"/> says.</summary>
    public LexiconSet(IEnumerable<string> words, StringComparer comparer)
    {
        Words = words.ToFrozenSet(comparer);
        // A comparer that cannot compare a span with a string (none of the lexicons' own) is asked with a string.
        _bySpan = Words.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup) ? lookup : null;
        if (Words.Count > MostShaped)
            return;
        _shapes = new ulong[ShapeBits / 64];
        foreach (var word in Words)
        {
            var shape = Shape(word);
            _shapes[shape >> 6] |= 1UL << shape;
        }
    }

    /// <summary>The words, as the frozen set that answers for them.</summary>
    public FrozenSet<string> Words { get; }

    /// <inheritdoc/>
    public int Count => Words.Count;

    /// <summary>True when the list holds <paramref name="word"/> (as the list's comparer compares).</summary>
    public bool Contains(string word) => MayHold(word) && Words.Contains(word);

    /// <summary>True when the list holds <paramref name="word"/>, read in place (as the list's comparer compares).</summary>
    public bool Contains(ReadOnlySpan<char> word) =>
        MayHold(word) && (_bySpan is { } bySpan ? bySpan.Contains(word) : Words.Contains(word.ToString()));

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>? _bySpan;

    // False only when no word of the list has the shape of word. A comparer that ignores case keeps a word's length and
    // matches letters whose upper cases are equal, which Fold maps to one class: no word the set holds is turned away.
    private bool MayHold(ReadOnlySpan<char> word)
    {
        if (_shapes is null)
            return true;
        var shape = Shape(word);
        return (_shapes[shape >> 6] & (1UL << shape)) != 0;
    }

    private static int Shape(ReadOnlySpan<char> word)
    {
        if (word.Length == 0)
            return 0;
        var length = Math.Min(word.Length, 31);
        return (int)((uint)((length * 27 + Fold(word[0])) * 27 + Fold(word[^1])) % ShapeBits);
    }

    // A letter's class, the same for its upper and lower case: a to z, or 26 for everything else. Past ASCII the letter is
    // upper-cased first, so that one an ordinal comparison took for an ASCII letter would share its class (none does: not
    // the long s, the dotless i or the Kelvin sign, which the tests ask about).
    private static int Fold(char c)
    {
        if (c >= 128)
        {
            c = char.ToUpperInvariant(c);
            if (c >= 128)
                return 26;
        }
        var lower = c | 0x20;
        return lower is >= 'a' and <= 'z' ? lower - 'a' : 26;
    }

    /// <inheritdoc/>
    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)Words).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool IsProperSubsetOf(IEnumerable<string> other) => Words.IsProperSubsetOf(other);

    /// <inheritdoc/>
    public bool IsProperSupersetOf(IEnumerable<string> other) => Words.IsProperSupersetOf(other);

    /// <inheritdoc/>
    public bool IsSubsetOf(IEnumerable<string> other) => Words.IsSubsetOf(other);

    /// <inheritdoc/>
    public bool IsSupersetOf(IEnumerable<string> other) => Words.IsSupersetOf(other);

    /// <inheritdoc/>
    public bool Overlaps(IEnumerable<string> other) => Words.Overlaps(other);

    /// <inheritdoc/>
    public bool SetEquals(IEnumerable<string> other) => Words.SetEquals(other);
}
