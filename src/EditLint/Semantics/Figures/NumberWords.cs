using System.Collections.Frozen;
using System.Globalization;

namespace EditLint.Semantics.Figures;

/// <summary>Reads the value of numbers written as numerals ("1,000", "3.5") or in words ("twenty-five", "a dozen").</summary>
public static class NumberWords
{
    // "one" is left out on purpose: "one of the", "no one", "one day" are not figures. It counts only before a
    // magnitude ("one million").
    private static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, decimal> Magnitudes = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100m, ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m, ["trillion"] = 1_000_000_000_000m,
        // Wire-service abbreviations ("15 mln dlrs", "2.5 bln").
        ["mln"] = 1_000_000m, ["bln"] = 1_000_000_000m,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Written straight after a numeral ("$90bn", "£5m", "10k"): only when attached, since "5 m" may be metres.
    private static readonly FrozenDictionary<string, decimal> AttachedMagnitudes = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["k"] = 1_000m, ["m"] = 1_000_000m, ["mn"] = 1_000_000m, ["bn"] = 1_000_000_000m, ["b"] = 1_000_000_000m, ["tn"] = 1_000_000_000_000m, ["trn"] = 1_000_000_000_000m,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, decimal> Fractions = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
    {
        ["half"] = 1m / 2, ["halves"] = 1m / 2, ["third"] = 1m / 3, ["thirds"] = 1m / 3, ["quarter"] = 1m / 4, ["quarters"] = 1m / 4,
        ["fifth"] = 1m / 5, ["fifths"] = 1m / 5, ["tenth"] = 1m / 10, ["tenths"] = 1m / 10,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

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
        if (Units.TryGetValue(word, out var unit))
            return unit;
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        if (hyphen > 0 && Units.TryGetValue(word[..hyphen], out var tens) && tens % 10 == 0 && tens >= 20
            && (word[(hyphen + 1)..].Equals("one", StringComparison.OrdinalIgnoreCase) ? 1 : Units.GetValueOrDefault(word[(hyphen + 1)..])) is var ones and > 0 and < 10)
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
    public static decimal? Magnitude(string word) => Magnitudes.TryGetValue(word, out var m) ? m : null;

    /// <summary>The factor of a suffix attached to a numeral ("bn", "m", "k").</summary>
    public static decimal? AttachedMagnitude(string suffix) => AttachedMagnitudes.TryGetValue(suffix, out var m) ? m : null;

    /// <summary>The value of one part of a fraction word ("third" → 1/3).</summary>
    public static decimal? Fraction(string word) => Fractions.TryGetValue(word, out var f) ? f : null;
}
