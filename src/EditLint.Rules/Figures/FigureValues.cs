using System.Globalization;
using EditLint.Semantics.Figures;

namespace EditLint.Rules.Figures;

/// <summary>How figures are compared and written in messages (the interval a stated figure allows, ratios), and the words around a figure that rules read.</summary>
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

    // Rules' patterns read a few words either side of a figure, never the rest of its sentence: copying and matching
    // that per figure was quadratic in one long sentence. A window ends at a space, so no word is cut in two.
    private const int Window = 80;

    /// <summary>The few words of <paramref name="text"/> before <paramref name="start"/>.</summary>
    public static string TextBefore(string text, int start)
    {
        var from = Math.Max(0, start - Window);
        if (from > 0 && text.AsSpan(from, start - from).IndexOfAny(' ', '\n', '\t') is var space and >= 0)
            from += space;
        return text[from..start];
    }

    /// <summary>The few words of <paramref name="text"/> from <paramref name="end"/> on.</summary>
    public static string TextAfter(string text, int end)
    {
        var to = Math.Min(text.Length, end + Window);
        if (to < text.Length && text.AsSpan(end, to - end).LastIndexOfAny(' ', '\n', '\t') is var space and > 0)
            to = end + space;
        return text[end..to];
    }
}
