using System.Globalization;
using EditLint.Semantics.Figures;

namespace EditLint.Rules.Figures;

/// <summary>How figures are compared and written in messages: the interval a stated figure allows, and ratios.</summary>
internal static class FigureValues
{
    /// <summary>
    /// The values a figure admits: a range its bounds, "around" ±10%, "more than" upwards, "up to" downwards, and a
    /// figure written with a magnitude ("2.5 million") half a unit of its last digit either side.
    /// </summary>
    public static (decimal Low, decimal High) Interval(Figure figure)
    {
        var low = figure.Value;
        var high = figure.UpperValue ?? figure.Value;
        var rounding = Rounding(figure);
        low -= rounding;
        high += rounding;
        return figure.Approximation switch
        {
            Approximation.About => (low * 0.9m, high * 1.1m),
            Approximation.AtLeast => (low, decimal.MaxValue),
            Approximation.AtMost => (0, high),
            _ => (low, high),
        };
    }

    // "2.5 million" may be anything from 2,450,000 to 2,550,000; "2,512,000" is exact.
    private static decimal Rounding(Figure figure)
    {
        var digits = figure.Text.Where(c => char.IsDigit(c) || c is '.' or ',').ToArray();
        var written = new string(digits).Replace(",", "", StringComparison.Ordinal);
        if (written.Length == 0 || !decimal.TryParse(written, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var numeral) || numeral == 0)
            return 0;
        var scale = figure.Value / numeral;
        if (scale <= 1)
            return 0;
        var decimals = written.Contains('.', StringComparison.Ordinal) ? written.Length - written.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        var unit = 1m;
        for (var i = 0; i < decimals; i++)
            unit /= 10;
        return unit * scale / 2;
    }

    /// <summary>True when the two figures admit a common value.</summary>
    public static bool Agree(Figure a, Figure b)
    {
        var (aLow, aHigh) = Interval(a);
        var (bLow, bHigh) = Interval(b);
        return aLow <= bHigh && bLow <= aHigh;
    }

    /// <summary>"3×", "1.5×", "20% more".</summary>
    public static string Ratio(Figure a, Figure b)
    {
        var big = Math.Max(a.UpperValue ?? a.Value, b.UpperValue ?? b.Value);
        var small = Math.Min(a.Value, b.Value);
        if (small <= 0)
            return "one is zero";
        var ratio = big / small;
        return ratio >= 1.95m
            ? ratio.ToString(ratio == decimal.Truncate(ratio) ? "0" : "0.#", CultureInfo.InvariantCulture) + "×"
            : ((ratio - 1) * 100).ToString("0", CultureInfo.InvariantCulture) + "% apart";
    }
}
