using EditLint.Semantics.Lexicons;

namespace EditLint.Semantics.Figures;

/// <summary>
/// What a number measures, from the currency sign before it and the unit, percent sign or word after it: the figure
/// runs over tokens [<see cref="Start"/>, <see cref="End"/>) ("$90bn", "10%", "1,000-mile", "45-year-old").
/// <see cref="PercentSign"/> is the sign or word of a percentage as written ("%", "per cent", "pct").
/// </summary>
internal readonly record struct FigureMeasure(int Start, int End, FigureKind Kind, string? Currency = null, string? Unit = null, bool IsModifier = false, string? PercentSign = null);

/// <summary>Reads a figure's kind, currency and unit from the tokens around its number.</summary>
internal static class KindReader
{
    /// <summary>
    /// The kind of the figure whose number is <paramref name="n"/> and whose number (or range) ends at token
    /// <paramref name="end"/>; null when the words after it make it no figure ("a two-something", "10-point plan").
    /// </summary>
    public static FigureMeasure? Read(BlockTokens tokens, WrittenNumber n, int end)
    {
        var first = CurrencyStart(tokens, n.First);
        string? currency = first < n.First ? Lexicon.Currencies[Concat(tokens, first, n.First)] : null;
        var money = new FigureMeasure(first, end, FigureKind.Money, currency);
        var count = new FigureMeasure(first, end, FigureKind.Count, currency);

        if (n.IsFraction)
            return count with { Kind = FigureKind.Fraction };
        if (n.HyphenTail is { } tail)
            return HyphenatedWord(count, tail);
        if (Percent(tokens, count) is { } percent)
            return percent;
        if (currency is null && tokens.IsWordAt(end) && Lexicon.Currencies.TryGetValue(tokens[end].Text, out var code)
            && (tokens[end].Text != "p" || tokens.Adjacent(end - 1, end)))
        {
            return money with { End = end + 1, Currency = code };
        }
        if (currency is not null)
            return money;
        if (tokens.IsPunct(end, "-") && tokens.Adjacent(end - 1, end) && tokens.IsWordAt(end + 1) && tokens.Adjacent(end, end + 1))
            return HyphenatedUnit(count, tokens[end + 1].Text);
        if (tokens.IsWordAt(end) && Lexicon.FigureUnits.TryGetValue(tokens[end].Text, out var unit)
            && (tokens[end].Text.Length > 2 || tokens.Adjacent(end - 1, end) || IsUnitAbbreviation(tokens[end].Text)))
        {
            return unit == "year" && tokens.IsWord(end + 1, "old")
                ? count with { End = end + 2, Kind = FigureKind.Age }
                : count with { End = end + 1, Kind = FigureKind.Measure, Unit = unit };
        }
        return IsStatedAge(tokens, n, end) ? count with { Kind = FigureKind.Age } : count;
    }

    /// <summary>The first token of the figure: its number's, or a currency sign's written against it ("$90bn", "US$5", "USD 5").</summary>
    public static int CurrencyStart(BlockTokens tokens, int numberStart)
    {
        var i = numberStart;
        if (i > 0 && tokens[i - 1].Kind == TokenKind.Punctuation && Lexicon.Currencies.ContainsKey(tokens[i - 1].Text) && tokens.Adjacent(i - 1, i))
        {
            i--;
            if (tokens.IsWordAt(i - 1) && tokens.Adjacent(i - 1, i) && Lexicon.Currencies.ContainsKey(tokens[i - 1].Text + tokens[i].Text))
                i--;
        }
        else if (tokens.IsWordAt(i - 1) && tokens[i - 1].Text.Length == 3 && tokens[i - 1].Text.All(char.IsUpper) && Lexicon.Currencies.ContainsKey(tokens[i - 1].Text))
        {
            i--;
        }
        return i;
    }

    private static string Concat(BlockTokens tokens, int from, int to) =>
        to - from == 1 ? tokens[from].Text : tokens[from].Text + tokens[from + 1].Text;

    // A number word with its unit attached: "two-hour", "five-year-old"; anything else ("two-thirds" without "of") is no figure.
    private static FigureMeasure? HyphenatedWord(FigureMeasure count, string tail)
    {
        if (tail.Equals("year-old", StringComparison.OrdinalIgnoreCase) || tail.Equals("years-old", StringComparison.OrdinalIgnoreCase))
            return count with { Kind = FigureKind.Age, IsModifier = true };
        if (Lexicon.FigureUnits.TryGetValue(tail, out var unit))
            return count with { Kind = FigureKind.Measure, Unit = unit, IsModifier = true };
        return null;
    }

    // "1,000-mile border", "45-year-old", "a 100-strong force": a numeral in a compound modifier.
    private static FigureMeasure? HyphenatedUnit(FigureMeasure count, string word)
    {
        var end = count.End + 2;
        if (word.Equals("year-old", StringComparison.OrdinalIgnoreCase) || word.Equals("years-old", StringComparison.OrdinalIgnoreCase))
            return count with { End = end, Kind = FigureKind.Age, IsModifier = true };
        if (Lexicon.FigureUnits.TryGetValue(word.Split('-')[0], out var unit))
            return count with { End = end, Kind = FigureKind.Measure, Unit = unit, IsModifier = true };
        if (word.Equals("strong", StringComparison.OrdinalIgnoreCase))
            return count with { End = end, IsModifier = true };
        return null;
    }

    // "10%", "15 per cent", "40 percent", "4.4 pct", "3 percentage points".
    private static FigureMeasure? Percent(BlockTokens tokens, FigureMeasure count)
    {
        var end = count.End;
        if (tokens.IsPunct(end, "%"))
            return count with { End = end + 1, Kind = FigureKind.Percent, PercentSign = tokens[end].Text };
        if (tokens.IsWord(end, "per") && tokens.IsWord(end + 1, "cent"))
        {
            var sign = tokens.Text[tokens[end].LocalStart..(tokens[end + 1].LocalStart + tokens[end + 1].Text.Length)];
            return count with { End = end + 2, Kind = FigureKind.Percent, PercentSign = sign };
        }
        if (tokens.IsWord(end, "percent") || tokens.IsWord(end, "pct"))
            return count with { End = end + 1, Kind = FigureKind.Percent, PercentSign = tokens[end].Text };
        if (tokens.IsWord(end, "percentage") && (tokens.IsWord(end + 1, "points") || tokens.IsWord(end + 1, "point")))
            return count with { End = end + 2, Kind = FigureKind.PercentagePoints };
        return null;
    }

    // "aged 45", "age 45", "at the age of 45", "Smith, 45, said".
    private static bool IsStatedAge(BlockTokens tokens, WrittenNumber n, int end)
    {
        var i = n.First;
        return tokens.IsWord(i - 1, "aged") || tokens.IsWord(i - 1, "age") || (tokens.IsWord(i - 1, "of") && tokens.IsWord(i - 2, "age"))
            || (tokens.IsPunct(i - 1, ",") && tokens.IsWordAt(i - 2) && char.IsUpper(tokens[i - 2].Text[0])
                && (tokens.IsPunct(end, ",") || tokens.IsPunct(end, ")")) && n.Value is >= 1 and < 120 && n.IsNumeral);
    }

    private static bool IsUnitAbbreviation(string word) => word is "km" or "kg" or "ft" or "lb" or "lbs" or "mph";
}
