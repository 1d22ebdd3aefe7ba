using System.Globalization;
using EditLint.Semantics.Figures;

namespace EditLint.Rules.Figures;

/// <summary>How figures are compared and written in messages: the interval a stated figure allows, and ratios.</summary>
internal static class FigureValues
{
    /// <summary>
    /// The values a figure admits: a range its bounds, "around" ±10%, "more than" upwards, "up to" downwards, and
    /// a figure with decimals or a magnitude half a unit of its last written digit either side ("2.5 million" covers
    /// 2,450,000–2,550,000).
    /// </summary>
    public static (decimal Low, decimal High) Interval(Figure figure)
    {
        var low = figure.Value;
        var high = figure.UpperValue ?? figure.Value;
        // A whole number written out in full ("27 member states") is an exact count, not a rounding of 26.5–27.5.
        var rounding = figure.HalfUnit == 0.5m ? 0 : figure.HalfUnit;
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
