using System.Globalization;

namespace EditLint.Semantics.Figures;

/// <summary>Whether two stated figures can both be right: the values each admits, and how far apart they are.</summary>
public static class FigureAgreement
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
        var rounding = Rounding(figure);
        low -= rounding;
        high += rounding;
        return figure.Approximation switch
        {
            Approximation.About => (low * 0.9m, high > decimal.MaxValue / 1.1m ? decimal.MaxValue : high * 1.1m),
            Approximation.AtLeast => (low, decimal.MaxValue),
            Approximation.AtMost => (0, high),
            _ => (low, high),
        };
    }

    /// <summary>
    /// True when the two figures admit a common value. Rounding intervals are half-open, so "$1.3bn" and "$1.4bn", which
    /// only touch at 1.35bn, do not agree; a figure written in full agrees with a rounded one that covers it.
    /// </summary>
    public static bool Agree(Figure a, Figure b)
    {
        var (aLow, aHigh) = Interval(a);
        var (bLow, bHigh) = Interval(b);
        if (aLow == aHigh)
            return bLow <= aLow && aLow <= bHigh;
        if (bLow == bHigh)
            return aLow <= bLow && bLow <= aHigh;
        return aLow < bHigh && bLow < aHigh;
    }

    /// <summary>True when two figures state one value up to rounding, whatever their qualifiers: "less than $10bn" and "$10bn".</summary>
    public static bool SameValue(Figure a, Figure b)
    {
        var rounding = Math.Max(Rounding(a), Rounding(b));
        return Math.Abs(a.Value - b.Value) < rounding || a.Value == b.Value
            || (a.UpperValue is { } upperA && a.Value <= b.Value && b.Value <= upperA)
            || (b.UpperValue is { } upperB && b.Value <= a.Value && a.Value <= upperB);
    }

    /// <summary>
    /// True when two figures read as one mistyped: their values, written out, have the same digits but one, changed
    /// ("$182.6bn" and "$102.6bn") or swapped with its neighbour ("1,234" and "1,324"). One-digit figures ("5" and "8")
    /// and ranges are never one mistyped, since any two of them would be.
    /// </summary>
    public static bool OneDigitApart(Figure a, Figure b)
    {
        if (a.UpperValue is not null || b.UpperValue is not null || a.Value == b.Value)
            return false;
        var x = a.Value.ToString("0.##########", CultureInfo.InvariantCulture);
        var y = b.Value.ToString("0.##########", CultureInfo.InvariantCulture);
        if (x.Length != y.Length || x.Count(char.IsAsciiDigit) < 2)
            return false;
        var first = -1;
        var differences = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] == y[i])
                continue;
            if (!char.IsAsciiDigit(x[i]) || !char.IsAsciiDigit(y[i]) || ++differences > 2)
                return false;
            if (first < 0)
                first = i;
        }
        return differences == 1 || (x[first] == y[first + 1] && x[first + 1] == y[first]);
    }

    // What rounding may hide either side of a figure. A whole number written out in full ("27 member states") is an
    // exact count, not a rounding of 26.5–27.5.
    private static decimal Rounding(Figure figure) => figure.HalfUnit == 0.5m ? 0 : figure.HalfUnit;

    /// <summary>"3×", "1.5×", "20% more".</summary>
    public static string Ratio(Figure a, Figure b)
    {
        var big = Math.Max(a.UpperValue ?? a.Value, b.UpperValue ?? b.Value);
        var small = Math.Min(a.Value, b.Value);
        if (small <= 0)
            return "one is zero";
        if (big / 1_000_000 > small)
            return "more than 1,000,000×";
        var ratio = big / small;
        return ratio >= 1.95m
            ? ratio.ToString(ratio == decimal.Truncate(ratio) ? "0" : "0.#", CultureInfo.InvariantCulture) + "×"
            : ((ratio - 1) * 100).ToString("0", CultureInfo.InvariantCulture) + "% apart";
    }
}
