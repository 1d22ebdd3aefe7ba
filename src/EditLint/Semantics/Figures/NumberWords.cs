using System.Globalization;

namespace EditLint.Semantics.Figures;

/// <summary>Reads the value of numbers written as numerals ("1,000", "3.5") or in words ("twenty-five", "a dozen").</summary>
public static class NumberWords
{
    // The words are matched in switches, not dictionaries: a dictionary of ints or decimals is generic framework code
    // over a value type, which a one-file run compiled at start-up (29 methods). The word is lowered into a buffer on the
    // stack, not a new string (every capitalised word of an article is asked about); a word that is not ASCII, or too
    // long to be one of them, lowers to nothing.
    private const int Longest = 9;

    private static ReadOnlySpan<char> Lower(string word, Span<char> buffer) =>
        word.Length <= buffer.Length && System.Text.Ascii.ToLower(word, buffer, out var written) == System.Buffers.OperationStatus.Done
            ? buffer[..written]
            : [];

    // "one" is left out on purpose: "one of the", "no one", "one day" are not figures. It counts only before a
    // magnitude ("one million").
    private static int Unit(string word) => Lower(word, stackalloc char[Longest]) switch
    {
        "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9,
        "ten" => 10, "eleven" => 11, "twelve" => 12, "thirteen" => 13, "fourteen" => 14, "fifteen" => 15,
        "sixteen" => 16, "seventeen" => 17, "eighteen" => 18, "nineteen" => 19, "twenty" => 20, "thirty" => 30,
        "forty" => 40, "fifty" => 50, "sixty" => 60, "seventy" => 70, "eighty" => 80, "ninety" => 90,
        _ => 0,
    };

    /// <summary>The value of a numeral with comma thousands separators and a decimal point; null when it is not one.</summary>
    public static decimal? ParseNumeral(string text)
    {
        // "1,000" and "12,500,000" but not "1,00" (a list or a European decimal).
        var groups = text.Split(',');
        for (var g = 1; g < groups.Length; g++)
        {
            var digits = g == groups.Length - 1 ? groups[g].Split('.')[0] : groups[g];
            if (digits.Length != 3)
                return null;
        }
        return decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    /// <summary>The value of a number word or hyphenated pair ("seven", "twenty-five"); null for anything else.</summary>
    public static int? ParseWord(string word)
    {
        if (Unit(word) is var unit and > 0)
            return unit;
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        if (hyphen > 0 && Unit(word[..hyphen]) is var tens and >= 20 && tens % 10 == 0
            && (word[(hyphen + 1)..].Equals("one", StringComparison.OrdinalIgnoreCase) ? 1 : Unit(word[(hyphen + 1)..])) is var ones and > 0 and < 10)
        {
            return tens + ones;
        }
        return word.Equals("one", StringComparison.OrdinalIgnoreCase) ? 1 : null;
    }

    /// <summary>The product, or null when it is beyond what a decimal holds ("a trillion trillion trillion").</summary>
    public static decimal? Multiply(decimal value, decimal factor) =>
        factor == 0 || Math.Abs(value) <= decimal.MaxValue / Math.Abs(factor) ? value * factor : null;

    /// <summary>True for "one", which is a figure only before a magnitude.</summary>
    public static bool IsOne(string word) => word.Equals("one", StringComparison.OrdinalIgnoreCase);

    /// <summary>The factor of "hundred", "thousand", "million", "billion", "trillion".</summary>
    public static decimal? Magnitude(string word) => Lower(word, stackalloc char[Longest]) switch
    {
        "hundred" => 100m, "thousand" => 1_000m, "million" => 1_000_000m, "billion" => 1_000_000_000m, "trillion" => 1_000_000_000_000m,
        // Wire-service abbreviations ("15 mln dlrs", "2.5 bln").
        "mln" => 1_000_000m, "bln" => 1_000_000_000m,
        _ => null,
    };

    /// <summary>
    /// The factor of a suffix attached to a numeral ("$90bn", "£5m", "10k"), as written: only when attached, since "5 m"
    /// may be metres.
    /// </summary>
    public static decimal? AttachedMagnitude(string suffix) => suffix switch
    {
        "k" => 1_000m, "m" or "mn" => 1_000_000m, "bn" or "b" => 1_000_000_000m, "tn" or "trn" => 1_000_000_000_000m,
        _ => null,
    };

    /// <summary>The value of one part of a fraction word ("third" → 1/3).</summary>
    public static decimal? Fraction(string word) => Lower(word, stackalloc char[Longest]) switch
    {
        "half" or "halves" => 1m / 2, "third" or "thirds" => 1m / 3, "quarter" or "quarters" => 1m / 4,
        "fifth" or "fifths" => 1m / 5, "tenth" or "tenths" => 1m / 10,
        _ => null,
    };
}
