using EditLint.Semantics.Dates;
using EditLint.Semantics.Lexicons;

namespace EditLint.Semantics.Figures;

/// <summary>
/// Numbers that are not figures: years, numbers inside a date or time, labels ("Article 5", "No. 10"), numbers in
/// names ("Halo 2"), phone numbers and other digit groups, and scores ("won 3-1").
/// </summary>
internal static class NotFigures
{
    /// <summary>"1994": a numeral of 1000–2199 alone, without separators, unit, sign or magnitude.</summary>
    public static bool IsYearLike(BlockTokens tokens, WrittenNumber n) =>
        n.IsNumeral && n.End == n.First + 1 && n.Value is >= 1000 and < 2200 && n.Value == decimal.Truncate(n.Value)
        && !tokens[n.First].Text.Contains(',', StringComparison.Ordinal);

    /// <summary>True when tokens [<paramref name="first"/>, <paramref name="end"/>) overlap one of the block's dates.</summary>
    public static bool InsideDate(BlockTokens tokens, IReadOnlyList<TemporalExpression> dates, int first, int end)
    {
        var startSource = tokens[first].Span.Start;
        var endSource = tokens[end - 1].Span.End;
        // A block's dates are in source order and never overlap, so their ends are in order too: the first date
        // ending after the number is the only one that can hold it (a scan of all of them per number was quadratic
        // in a block of thousands of dates).
        int lo = 0, hi = dates.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (dates[mid].Span.End <= startSource)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo < dates.Count && dates[lo].Span.Start < endSource;
    }

    /// <summary>"Article 5", "page 3", "No. 10", "Flight 370", "Halo 2": the word before makes the number a label or part of a name.</summary>
    public static bool IsLabelOrName(BlockTokens tokens, int first)
    {
        var before = first - 1;
        if (tokens.IsPunct(before, ".") && tokens.IsWord(before - 1, "No"))
            return true;
        if (!tokens.IsWordAt(before))
            return false;
        var word = tokens[before].Text;
        if (Lexicon.FigureLabels.Contains(word) && !Lexicon.Currencies.ContainsKey(word))
            return true;
        return char.IsUpper(word[0]) && !tokens.IsSentenceStart(before) && !IsPossessive(word) && !Lexicon.FigureOpeners.Contains(word)
            && !Lexicon.Currencies.ContainsKey(word);
    }

    /// <summary>
    /// Where reading goes on after a phone number or other group of digits that starts at the number ("020 7946 0000",
    /// "555-0100"), or null when the number starts none.
    /// </summary>
    public static int? DigitGroupsEnd(BlockTokens tokens, WrittenNumber n)
    {
        if (!n.IsNumeral)
            return null;
        var end = n.End;
        if (tokens.IsNumberAt(end) && !tokens[n.First].Text.Contains(',', StringComparison.Ordinal) && tokens[end].Text.Length >= 3)
        {
            while (tokens.IsNumberAt(end))
                end++;
            return end;
        }
        if (tokens.IsPunct(end, "-") && tokens.IsNumberAt(end + 1) && tokens[end + 1].Text.Length >= 4 && !tokens[end + 1].Text.Contains(','))
            return n.End;
        return null;
    }

    /// <summary>"won 3-1", "a 5-4 ruling": two numbers as a pair with sport or a vote within four tokens either side.</summary>
    public static bool IsScore(BlockTokens tokens, int first, int end)
    {
        for (var i = Math.Max(0, first - 4); i < Math.Min(tokens.Count, end + 4); i++)
        {
            if (tokens[i].Kind == TokenKind.Word && Lexicon.FigureScoreWords.Contains(tokens[i].Text))
                return true;
        }
        return false;
    }

    private static bool IsPossessive(string word) => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith('\'') || word.EndsWith('’');
}
