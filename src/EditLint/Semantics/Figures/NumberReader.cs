using EditLint.Semantics.Lexicons;

namespace EditLint.Semantics.Figures;

/// <summary>
/// A number as written, before anything says what it is: the tokens [<see cref="First"/>, <see cref="End"/>) it
/// takes ("two million", "$90bn" from "90" on, "a dozen"), its value with the magnitude applied, whether it is written
/// in digits, the rest of a hyphenated number word ("hour" of "two-hour", "year-old" of "five-year-old") and whether
/// it is a fraction in words ("two-thirds of").
/// </summary>
internal readonly record struct WrittenNumber(int First, int End, decimal Value, bool IsNumeral, string? HyphenTail, bool IsFraction = false);

/// <summary>Reads the number a token starts: numerals, number words, magnitudes and fractions in words.</summary>
internal static class NumberReader
{
    /// <summary>The number starting at token <paramref name="i"/>, or null when there is none.</summary>
    public static WrittenNumber? Read(BlockTokens tokens, int i)
    {
        var token = tokens[i];
        if (token.Kind == TokenKind.Number)
            return ReadNumeral(tokens, i);
        if (token.Kind != TokenKind.Word)
            return null;
        var word = token.Text;
        if (ReadFraction(tokens, i) is { } fraction)
            return fraction;
        // "a million", "a dozen"; "an estimated" is an approximation, not a number.
        if ((word is "a" or "A" or "an") && tokens.IsWordAt(i + 1))
        {
            if (tokens[i + 1].Text.Equals("dozen", StringComparison.OrdinalIgnoreCase))
                return new WrittenNumber(i, i + 2, 12, false, null);
            if (NumberWords.Magnitude(tokens[i + 1].Text) is { } m && !tokens.IsPunct(i + 2, "-"))
                return Magnified(tokens, new WrittenNumber(i, i + 2, m, false, null));
            return null;
        }
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        int? value = NumberWords.ParseWord(word);
        string? tail = null;
        if (value is null && hyphen > 0)
        {
            // "two-hour", "five-year-old", "twenty-five-year-old", "two-thirds".
            var parts = word.Split('-');
            var take = parts.Length > 2 && NumberWords.ParseWord(parts[0] + "-" + parts[1]) is not null ? 2 : 1;
            value = NumberWords.ParseWord(string.Join('-', parts[..take]));
            tail = value is null ? null : string.Join('-', parts[take..]);
        }
        if (value is null)
            return null;
        if (NumberWords.IsOne(word) && (i + 1 >= tokens.Count || NumberWords.Magnitude(tokens[i + 1].Text) is null))
            return null;
        // "Six Nations", "Big Four": a capitalised number word inside a name.
        if (char.IsUpper(word[0]) && !tokens.IsSentenceStart(i) && tokens.IsWordAt(i + 1) && char.IsUpper(tokens[i + 1].Text[0]))
            return null;
        if (tail is null && i + 1 < tokens.Count && tokens[i + 1].Text.Equals("dozen", StringComparison.OrdinalIgnoreCase))
            return new WrittenNumber(i, i + 2, value.Value * 12, false, null);
        var number = new WrittenNumber(i, i + 1, value.Value, false, tail);
        return tail is null ? Magnified(tokens, number) : number;
    }

    // "half of", "half the", "a third of", "one quarter of", "two-thirds of", "three quarters of": a share in words,
    // only before what it is a share of (so "the second half" and "a quarter-final" are not figures).
    private static WrittenNumber? ReadFraction(BlockTokens tokens, int i)
    {
        if (FractionAt(tokens, i) is not { } fraction)
            return null;
        // "the first three quarters of the year", "the second half of the season": parts of a period, not shares.
        // Asked only of a fraction: this runs at every word.
        return tokens.IsWordAt(i - 1) && Lexicon.FigurePeriodParts.Contains(tokens.Lower(i - 1)) ? null : fraction;
    }

    private static WrittenNumber? FractionAt(BlockTokens tokens, int i)
    {
        var word = tokens[i].Text;
        if (word.Equals("half", StringComparison.OrdinalIgnoreCase))
        {
            return tokens.IsWord(i + 1, "of") || tokens.IsWord(i + 1, "the") || tokens.IsWord(i + 1, "its") || tokens.IsWord(i + 1, "their")
                || (i + 1 < tokens.Count && Lexicon.FigureHalfVerbs.Contains(tokens[i + 1].Text))
                ? new WrittenNumber(i, i + 1, 0.5m, false, null, IsFraction: true)
                : null;
        }
        // "two-thirds": one hyphen between a count of parts and a part.
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        if (hyphen >= 0 && word.IndexOf('-', hyphen + 1) < 0 && CountOfParts(word[..hyphen]) is { } n && NumberWords.Fraction(word[(hyphen + 1)..]) is { } part)
            return tokens.IsWord(i + 1, "of") ? new WrittenNumber(i, i + 1, n * part, false, null, IsFraction: true) : null;
        // "of" two words on is asked first: this runs at every word, and few are followed by one.
        if (i + 2 < tokens.Count && tokens.IsWord(i + 2, "of") && CountOfParts(word) is { } count && tokens.IsWordAt(i + 1) && NumberWords.Fraction(tokens[i + 1].Text) is { } each
            && !tokens[i + 1].Text.Equals("half", StringComparison.OrdinalIgnoreCase))
        {
            return new WrittenNumber(i, i + 2, count * each, false, null, IsFraction: true);
        }
        return null;
    }

    // "a third", "one third", "two thirds": how many parts.
    private static int? CountOfParts(string word) =>
        word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("one", StringComparison.OrdinalIgnoreCase) ? 1 : NumberWords.ParseWord(word);

    private static WrittenNumber? ReadNumeral(BlockTokens tokens, int i)
    {
        var token = tokens[i];
        var start = token.LocalStart;
        var text = tokens.Text;
        if (start > 0)
        {
            var before = text[start - 1];
            // "F-35", "Covid-19", "MH17", "9/11", "3:1", "+44", "#5"
            if (char.IsLetter(before) || before is '/' or ':' or '+' or '#' || (before == '-' && start > 1 && char.IsLetter(text[start - 2])))
                return null;
        }
        if (token.Text.Length > 1 && token.Text[0] == '0' && token.Text[1] != '.')
            return null;
        if (NumberWords.ParseNumeral(token.Text) is not { } value)
            return null;
        var number = new WrittenNumber(i, i + 1, value, true, null);
        if (i + 1 < tokens.Count && tokens.Adjacent(i, i + 1))
        {
            var next = tokens[i + 1];
            if (next.Kind == TokenKind.Word)
            {
                // "£5m" is millions; "60m race" without a currency sign is metres, "3.5m copies" millions again.
                // At the end of a sentence the tokenizer keeps the full stop with one letter ("£500m.").
                var suffix = next.Text.Length == 2 && next.Text[1] == '.' ? next.Text[..1] : next.Text;
                if (NumberWords.AttachedMagnitude(suffix) is { } m
                    && (suffix != "m" || HasCurrencySign(tokens, i) || (tokens.IsWordAt(i + 2) && CountedWords.IsPlural(tokens.Lower(i + 2)))))
                {
                    return NumberWords.Multiply(value, m) is { } scaled ? Magnified(tokens, number with { End = i + 2, Value = scaled }) : null;
                }
                // "5km", "10kg", "50p" are read on; "1st", "1990s", "10am", "5G" are not figures.
                if (!Lexicon.FigureUnits.ContainsKey(next.Text) && next.Text != "p")
                    return null;
            }
            else if (next.Text is "/" or ":" && tokens.IsNumberAt(i + 2) && tokens.Adjacent(i + 1, i + 2))
            {
                return null;
            }
        }
        return Magnified(tokens, number);
    }

    private static bool HasCurrencySign(BlockTokens tokens, int i) =>
        i > 0 && tokens[i - 1].Kind == TokenKind.Punctuation && Lexicon.Currencies.ContainsKey(tokens[i - 1].Text);

    // "two million", "1.5 billion", "two hundred thousand", "two hundred and fifty"; null when the value is
    // beyond what a decimal holds ("a trillion trillion trillion").
    private static WrittenNumber? Magnified(BlockTokens tokens, WrittenNumber number)
    {
        var end = number.End;
        decimal? value = number.Value;
        while (value is not null && tokens.IsWordAt(end) && NumberWords.Magnitude(tokens[end].Text) is { } m && !tokens.IsPunct(end + 1, "-"))
        {
            value = NumberWords.Multiply(value.Value, m);
            end++;
            if (m == 100 && tokens.IsWord(end, "and") && end + 1 < tokens.Count && NumberWords.ParseWord(tokens[end + 1].Text) is { } rest and < 100)
            {
                value += rest;
                end += 2;
            }
        }
        return value is { } v ? number with { End = end, Value = v } : null;
    }
}
