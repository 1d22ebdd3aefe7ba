using EditLint.Rules;
using System.Globalization;
using EditLint.Semantics.Figures;

namespace EditLint.Checks.Figures;

/// <summary>The words around a figure that rules read (how figures compare is <see cref="FigureAgreement"/>'s).</summary>
internal static class FigureValues
{
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
