using System.Buffers;

namespace EditLint.Text;

/// <summary>
/// Finds the first of a few words in a text, case-sensitively or in any case: a vectorised search for the characters the
/// words start with, then each word compared where one is found. For words that start with a character running text
/// seldom has (a capital, a hyphen) this is as quick as <c>SearchValues&lt;string&gt;</c>, whose multi-word search has no
/// ReadyToRun code, so that a one-file run compiled some forty of its methods at start-up.
/// </summary>
internal sealed class OrdinalWords
{
    private readonly string[] _words;
    private readonly SearchValues<char> _starts;
    private readonly StringComparison _comparison;

    public OrdinalWords(params string[] words)
        : this(StringComparison.Ordinal, words)
    {
    }

    private OrdinalWords(StringComparison comparison, string[] words)
    {
        _comparison = comparison;
        if (words.Length == 0 || Array.Exists(words, w => w.Length == 0))
            throw new ArgumentException("the words must be one or more, none empty", nameof(words));
        _words = words;
        var starts = "";
        foreach (var word in words)
        {
            foreach (var start in comparison == StringComparison.Ordinal ? [word[0]] : new[] { char.ToLowerInvariant(word[0]), char.ToUpperInvariant(word[0]) })
            {
                if (!starts.Contains(start, StringComparison.Ordinal))
                    starts += start;
            }
        }
        _starts = SearchValues.Create(starts);
    }

    /// <summary>
    /// Words found in any case (<see cref="StringComparison.OrdinalIgnoreCase"/>): at least every place where a regex's
    /// IgnoreCase (culture-invariant) reads them, for words of ASCII letters other than k, which it also reads as the
    /// Kelvin sign (a place found more, as "ı" for "i", only costs a look).
    /// </summary>
    public static OrdinalWords InAnyCase(params string[] words)
    {
        if (Array.Exists(words, w => w.Any(c => !char.IsAsciiLetter(c) || c is 'k' or 'K')))
            throw new ArgumentException("words in any case are ASCII letters other than k", nameof(words));
        return new OrdinalWords(StringComparison.OrdinalIgnoreCase, words);
    }

    /// <summary>Where the first of the words starts in <paramref name="text"/>, or -1.</summary>
    public int IndexIn(ReadOnlySpan<char> text)
    {
        for (var at = 0; at < text.Length; at++)
        {
            var next = text[at..].IndexOfAny(_starts);
            if (next < 0)
                return -1;
            at += next;
            foreach (var word in _words)
            {
                if (text[at..].StartsWith(word, _comparison))
                    return at;
            }
        }
        return -1;
    }

    /// <summary>True when <paramref name="text"/> holds one of the words.</summary>
    public bool In(ReadOnlySpan<char> text) => IndexIn(text) >= 0;
}
