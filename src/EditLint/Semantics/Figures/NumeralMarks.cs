using System.Text.RegularExpressions;
using EditLint.Semantics.Lexicons;
using EditLint.Text;

namespace EditLint.Semantics.Figures;

/// <summary>
/// What the characters right around a figure's number say it is when it is not simply a number of things: the
/// exceptions newsroom number style makes (EL2005). Read from the figure's sentence, a few words either side.
/// </summary>
[Flags]
public enum NumeralMarks
{
    /// <summary>Nothing around it: a number of things as far as its neighbours tell.</summary>
    None = 0,

    /// <summary>"March 5", "Sept. 12": a day of a month (<c>month-forms.txt</c>).</summary>
    AfterMonth = 1,

    /// <summary>"Channel 4", "Halo 2": a capitalised word before it, other than an opener ("The", "About": <c>numeral-openers.txt</c>).</summary>
    AfterName = 2,

    /// <summary>"a 5-4 ruling", "won 3 to 1", "1 in 4": one of a pair of numbers, a score, a vote or a ratio.</summary>
    Paired = 4,

    /// <summary>"4 Privet Drive": a capitalised word after it, an address or a label.</summary>
    BeforeName = 8,

    /// <summary>"5.5", "5,5": the whole part of a decimal.</summary>
    DecimalPart = 16,

    /// <summary>"#5", "+3", "v2", "=4": after a symbol.</summary>
    AfterSymbol = 32,

    /// <summary>"5:30", "4~5", "3 a.m.", "1 o'clock", "6 1/2", "6. Juli", "2 megabits" (<c>numeral-units.txt</c>): a time, a range, a fraction, a name or a unit.</summary>
    TimeOrUnit = 64,

    /// <summary>"(4)", "[4]": a list marker or a reference.</summary>
    Bracketed = 128,

    /// <summary>"twenty three", "one point three": part of a number written in more than one word.</summary>
    PartOfWords = 256,
}

/// <summary>Reads <see cref="NumeralMarks"/> for a figure from its sentence.</summary>
internal static partial class NumeralMarksReader
{
    // A few words either side, never the rest of the sentence: copying and matching that per figure was quadratic in
    // one long sentence. A window ends at a space, so no word is cut in two.
    private const int Window = 80;

    /// <summary>The marks of <paramref name="figure"/> in <paramref name="sentence"/>, or null when the figure is not inside the sentence's text.</summary>
    public static NumeralMarks? Read(Figure figure, Sentence sentence)
    {
        var text = sentence.Text;
        var start = figure.LocalStart - sentence.LocalStart;
        var end = start + figure.Length;
        if (start < 0 || end > text.Length)
            return null;
        var before = Before(text, start);
        var after = After(text, end);
        var marks = NumeralMarks.None;
        if (Month.IsMatch(before))
            marks |= NumeralMarks.AfterMonth;
        if (NamedBefore().Match(before) is { Success: true } name && !Lexicon.NumeralOpeners.Contains(name.Groups[1].Value))
            marks |= NumeralMarks.AfterName;
        if (Paired().IsMatch(after) || PairedBefore().IsMatch(before))
            marks |= NumeralMarks.Paired;
        if (BeforeName().IsMatch(after))
            marks |= NumeralMarks.BeforeName;
        if (DecimalPart().IsMatch(after))
            marks |= NumeralMarks.DecimalPart;
        if (Symbol().IsMatch(before))
            marks |= NumeralMarks.AfterSymbol;
        if (TimeOrUnit.IsMatch(after))
            marks |= NumeralMarks.TimeOrUnit;
        if (Bracket().IsMatch(before) && (after.StartsWith(')') || after.StartsWith(']')))
            marks |= NumeralMarks.Bracketed;
        if (IsPartOfWords(before, after))
            marks |= NumeralMarks.PartOfWords;
        return marks;
    }

    private static string Before(string text, int start)
    {
        var from = Math.Max(0, start - Window);
        if (from > 0 && text.AsSpan(from, start - from).IndexOfAny(' ', '\n', '\t') is var space and >= 0)
            from += space;
        return text[from..start];
    }

    private static string After(string text, int end)
    {
        var to = Math.Min(text.Length, end + Window);
        if (to < text.Length && text.AsSpan(end, to - end).LastIndexOfAny(' ', '\n', '\t') is var space and > 0)
            to = end + space;
        return text[end..to];
    }

    private static readonly Regex Month = LexiconRegex.Of("month-forms", @"\b(?:{words})\.?\s+$", RegexOptions.IgnoreCase);

    private static readonly Regex TimeOrUnit =
        LexiconRegex.Of("numeral-units", @"^(?:[:~/]|\s*[aApP]\.?[mM]\b|\s+o['’]clock\b|\s+\d+/\d|\.\s*\p{Lu}|\s+(?:{words})\b)");

    [GeneratedRegex(@"^\s*(?:-|–|—|to|in|of|out\s+of|or|and|by|x|×)\s*\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex Paired();

    [GeneratedRegex(@"\d\s*(?:-|–|—|to|in|of|out\s+of|or|and|by|x|×)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex PairedBefore();

    [GeneratedRegex(@"^\s+\p{Lu}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex BeforeName();

    [GeneratedRegex(@"^[.,]\d", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex DecimalPart();

    [GeneratedRegex(@"(\p{Lu}[\p{L}'’-]*)\s+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex NamedBefore();

    [GeneratedRegex(@"[(\[]\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex Bracket();

    [GeneratedRegex(@"[#+=/\\×x*]\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex Symbol();

    // "twenty three", "one point three": a unit (one to nine) after it, or a tens word, "hundred" or "point" before it,
    // each a whole word with space between; the number words are NumberWords' own.
    private static bool IsPartOfWords(string before, string after)
    {
        var next = after.Length > 0 && char.IsWhiteSpace(after[0]) ? WordAt(after, after.Length - after.TrimStart().Length, forward: true) : null;
        if (next is not null && NumberWords.ParseWord(next) is >= 1 and <= 9)
            return true;
        var trimmed = before.TrimEnd();
        var previous = trimmed.Length < before.Length ? WordAt(trimmed, trimmed.Length, forward: false) : null;
        return previous is not null
            && (NumberWords.ParseWord(previous) is { } tens && tens >= 20 && tens % 10 == 0
                || NumberWords.Magnitude(previous) == 100 || previous.Equals("point", StringComparison.OrdinalIgnoreCase));
    }

    // The letters from `at` on (forward) or before `at`, when they make a whole word: no letter, digit or underscore
    // joins them on the other side.
    private static string? WordAt(string text, int at, bool forward)
    {
        var (start, end) = (at, at);
        if (forward)
        {
            while (end < text.Length && char.IsLetter(text[end]))
                end++;
        }
        else
        {
            while (start > 0 && char.IsLetter(text[start - 1]))
                start--;
        }
        var outside = forward ? end : start - 1;
        if (end == start || (outside >= 0 && outside < text.Length && (char.IsLetterOrDigit(text[outside]) || text[outside] == '_')))
            return null;
        return text[start..end];
    }
}
