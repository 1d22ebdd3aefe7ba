using System.Buffers;

namespace EditLint.Text;

/// <summary>
/// Finds the first of a few words in a text, case-sensitively: a vectorised search for the characters the words start
/// with, then each word compared where one is found. For words that start with a character running text seldom has (a
/// capital, a hyphen) this is as quick as <c>SearchValues&lt;string&gt;</c>, whose multi-word search has no ReadyToRun
/// code, so that a one-file run compiled some forty of its methods at start-up.
/// </summary>
internal sealed class OrdinalWords
{
    private readonly string[] _words;
    private readonly SearchValues<char> _starts;

    public OrdinalWords(params string[] words)
    {
        if (words.Length == 0 || Array.Exists(words, w => w.Length == 0))
            throw new ArgumentException("the words must be one or more, none empty", nameof(words));
        _words = words;
        var starts = "";
        foreach (var word in words)
        {
            if (!starts.Contains(word[0], StringComparison.Ordinal))
                starts += word[0];
        }
        _starts = SearchValues.Create(starts);
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
                if (text[at..].StartsWith(word, StringComparison.Ordinal))
                    return at;
            }
        }
        return -1;
    }

    /// <summary>True when <paramref name="text"/> holds one of the words.</summary>
    public bool In(ReadOnlySpan<char> text) => IndexIn(text) >= 0;
}
