using System.Globalization;
using System.Text.RegularExpressions;
using EditLint.Semantics.Lexicons;
using EditLint.Text;

namespace EditLint.Semantics.Figures;

/// <summary>
/// A number written in figures that opens a sentence as a count ("10 people died."), at <paramref name="Index"/> of the
/// sentence's text, as written (<paramref name="Value"/>). Newsroom style writes it in words or recasts the sentence.
/// </summary>
public readonly partial record struct OpeningNumeral(int Index, int Length, string Value)
{
    /// <summary>
    /// The numeral that opens <paramref name="sentence"/> as a count, or null. Not one: a year ("1976 was a good year"),
    /// a list's number ("1. Preheat"), a time or a name ("3D", "9/11", "10:30", "50 Cent said"), a number alone ("20,170.",
    /// an attendance), a decimal broken by a stray space ("11. 6 pct") or a numeral after an abbreviation ("No. 5",
    /// "approx. 20": <c>numeral-abbreviations.txt</c>), which opens no sentence at all.
    /// </summary>
    public static OpeningNumeral? Of(Sentence sentence)
    {
        // Asked in place first: a copy of every sentence of the body was 13 MB of a corpus run's allocations.
        if (!OpensWithADigit(sentence.Chars))
            return null;
        var text = sentence.Text;
        var match = Leading().Match(text);
        if (!match.Success || !(match.Groups["pct"].Success || CountFollows().IsMatch(text.AsSpan(match.Index + match.Length))))
            return null;
        var number = match.Groups["n"];
        var digits = number.Value.Replace(",", "", StringComparison.Ordinal);
        if (digits.Length == 4 && !number.Value.Contains('.', StringComparison.Ordinal) && int.Parse(digits, CultureInfo.InvariantCulture) is >= 1000 and < 2200
            && !match.Groups["pct"].Success)
        {
            return null;
        }
        // Read in place: the block's text before every such sentence, copied, made a paragraph of them quadratic.
        var before = sentence.Block.Text.AsSpan(0, sentence.LocalStart).TrimEnd();
        if (before.Length > 1 && before[^1] == '.' && char.IsAsciiDigit(before[^2]))
            return null;
        if (before.Length > 0 && before[^1] != '.' && before[^1] != '!' && before[^1] != '?' && before[^1] != '"' && before[^1] != '”')
            return null;
        if (Abbreviation.IsMatch(before))
            return null;
        return new OpeningNumeral(number.Index, number.Length, number.Value);
    }

    // What Leading asks first, told without a match: a digit before anything but space, quotation marks and brackets
    // (nearly every sentence opens with a letter, and every sentence of the body is asked).
    private static bool OpensWithADigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
                return true;
            if (!char.IsWhiteSpace(c) && c is not ('"' or '“' or '‘' or '\'' or '(' or '['))
                return false;
        }
        return false;
    }

    // The number a sentence starts with (after quotes and brackets), unless a letter, '/', ':' or a list's '.' or
    // ')' follows it: "3D", "9/11", "10:30", "1. Preheat".
    // ASCII digits only: digits of other scripts ("٢٠٢٤") are not numerals of this style, and int.Parse refuses them.
    [GeneratedRegex(@"^[\s""“‘'(\[]*(?<n>[0-9][0-9,]*(?:\.[0-9]+)?)(?![\d\p{L}/:]|[.)]\s|[.)]$)(?:\s*(?<pct>%|per\s+cent|percent|pct))?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex Leading();

    // A count is followed by a word in lower case, but not by a singular verb: "3 is looking" names the network "3".
    [GeneratedRegex(@"^\s+(?!(?:is|was|has|does)\b)\p{Ll}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex CountFollows();

    private static readonly Regex Abbreviation = LexiconRegex.Of("numeral-abbreviations", @"(?:^|\s)(?:{words})\.$");
}
