using System.Text.RegularExpressions;
using EditLint.Text;

namespace EditLint.Checks;

/// <summary>
/// A whole-word pattern that is a word of letters, <c>\p{L}+</c>, or one with an apostrophe inside,
/// <c>\p{L}+(?:['’]\p{L}+)?</c> ("don't", "O’Neill"): the tokens of a rule that compares words (EL4108's repeated words),
/// matched as the regex engine would match them but by reading the letters.
/// </summary>
/// <remarks>
/// The engine matched every word of every paragraph this way, stopping at each letter that follows a space and reading
/// the clock for its timeout on the way (EL4108's tokens: about 2.5% of a native corpus run).
/// </remarks>
internal sealed class LetterWords : HandWrittenPattern
{
    // What may stand between the edges, written as the packs write it; a group around it changes nothing.
    private const string Letters = @"\p{L}+";
    private static readonly string[] WithApostrophe = [@"\p{L}+(?:['’]\p{L}+)?", @"\p{L}+(?:[’']\p{L}+)?"];

    private readonly bool _apostrophe;

    private LetterWords(string pattern, RegexOptions options, TimeSpan timeout, bool apostrophe)
        : base(pattern, options, timeout) => _apostrophe = apostrophe;

    /// <summary>
    /// The pattern as a word of letters (perhaps with an inner apostrophe), or null when it is anything else or was not
    /// made by PackPattern.Create with whole-word edges.
    /// </summary>
    public static LetterWords? TryCreate(string pattern, RegexOptions options, TimeSpan timeout)
    {
        // Letters have no case the pattern could fold: IgnoreCase reads \p{L} and the two apostrophes as they are.
        if (!TakesOptions(options) || !pattern.StartsWith(WordStart, StringComparison.Ordinal) || !pattern.EndsWith(WordEnd, StringComparison.Ordinal)
            || pattern.Length < WordStart.Length + WordEnd.Length)
            return null;
        var inner = pattern[WordStart.Length..^WordEnd.Length];
        // Groups around the whole: each "(?:" peeled here must close at the end, or what is left is no word pattern.
        while (inner.StartsWith("(?:", StringComparison.Ordinal) && inner.EndsWith(')'))
            inner = inner[3..^1];
        if (inner == Letters)
            return new LetterWords(pattern, options, timeout, apostrophe: false);
        if (WithApostrophe.Contains(inner))
            return new LetterWords(pattern, options, timeout, apostrophe: true);
        return null;
    }

    // The next word from start on: a run of letters that no letter or digit touches, and with the apostrophe, the letters
    // after one inside it. Where the letters run on into a digit ("3rd", "abc1"), nothing matches in that word.
    protected override (int Start, int Length) Next(ReadOnlySpan<char> text, int start)
    {
        var pos = start;
        while (pos < text.Length)
        {
            // Between words there are a character or two: a loop, not a search.
            if (!IsLetter(text[pos]))
            {
                pos++;
                continue;
            }
            if (pos > 0 && IsWordCharacter(text[pos - 1]))
            {
                // Inside a word (after a digit, or from a start the caller chose): no letter of it can open a match.
                pos = EndOfWord(text, pos + 1);
                continue;
            }
            var end = EndOfLetters(text, pos + 1);
            // The engine tries the longer reading first, and falls back to the letters alone when its end touches a digit.
            if (_apostrophe && end + 1 < text.Length && text[end] is '\'' or '’' && IsLetter(text[end + 1]))
            {
                var after = EndOfLetters(text, end + 2);
                if (after == text.Length || !IsWordCharacter(text[after]))
                    return (pos, after - pos);
            }
            if (end == text.Length || !IsWordCharacter(text[end]))
                return (pos, end - pos);
            pos = EndOfWord(text, end);
        }
        return (-1, 0);
    }

    private static int EndOfLetters(ReadOnlySpan<char> text, int pos)
    {
        while (pos < text.Length && IsLetter(text[pos]))
            pos++;
        return pos;
    }

    private static bool IsLetter(char c) => WordCharacters.IsLetter(c);
}
