using EditLint.Semantics.Dates;
using EditLint.Text;

namespace EditLint.Semantics.Figures;

/// <summary>
/// Puts each figure in its sentence and reads the time and place its sentence states for it: the date nearest it
/// (<see cref="Figure.When"/>) and the nearest capitalised place after "in", "across" or "throughout"
/// (<see cref="Figure.Where"/>). Figures, sentences and dates are all in document order, so this is one walk.
/// </summary>
internal static class ScopeReader
{
    private static readonly string[] PlacePrepositions = ["in ", "across ", "throughout "];

    private static readonly Comparer<(int At, string Name)> PlaceOrder = Comparer<(int At, string Name)>.Create((a, b) => a.At.CompareTo(b.At));

    /// <summary>Sets each figure's sentence index (-1 outside any sentence), <see cref="Figure.When"/> and <see cref="Figure.Where"/>.</summary>
    public static void Assign(SemanticModel model, List<Figure> figures)
    {
        var sentences = model.Sentences;
        var dates = model.TemporalExpressions;
        var dateline = model.Document.Metadata.DatelineDate?.Span;
        int s = 0, d = 0;
        // A sentence's dates and places are gathered once (its figures come together) and searched by position.
        (Sentence? Sentence, List<(int At, string Name)> Places) placeCache = (null, []);
        (Sentence? Sentence, List<TemporalExpression> Dates) dateCache = (null, []);
        foreach (var figure in figures)
        {
            while (s < sentences.Count && (sentences[s].Block.Index < figure.Block.Index
                || (sentences[s].Block == figure.Block && sentences[s].LocalStart + sentences[s].Length <= figure.LocalStart)))
            {
                s++;
            }
            if (s >= sentences.Count || sentences[s].Block != figure.Block)
            {
                figure.SentenceIndex = -1;
                continue;
            }
            var sentence = sentences[s];
            figure.SentenceIndex = sentence.Index;
            figure.Sentence = sentence;
            while (d < dates.Count && dates[d].Span.End <= sentence.Span.Start)
                d++;
            if (dateCache.Sentence != sentence)
                dateCache = (sentence, ScopeDates(dates, d, sentence, dateline));
            if (placeCache.Sentence != sentence)
                placeCache = (sentence, Places(sentence.Text));
            var nearest = Nearest(dateCache.Dates, figure);
            figure.When = nearest is null ? null : nearest.Resolved is { } resolved ? DateMath.Iso(resolved) : nearest.Text.ToLowerInvariant();
            figure.Where = NearestPlace(placeCache.Places, figure.LocalStart - sentence.LocalStart);
        }
    }

    // The sentence's dates that can scope a figure, from the first date not before it.
    private static List<TemporalExpression> ScopeDates(IReadOnlyList<TemporalExpression> dates, int from, Sentence sentence, TextSpan? dateline)
    {
        var here = new List<TemporalExpression>();
        for (var k = from; k < dates.Count && dates[k].Span.Start < sentence.Span.End; k++)
        {
            if (IsScope(dates[k], dateline))
                here.Add(dates[k]);
        }
        return here;
    }

    // "two years later", "within a week", "three days ago" count time; they do not say when a figure holds.
    private static bool IsScope(TemporalExpression e, TextSpan? dateline) =>
        e.Kind is not (TemporalKind.Offset or TemporalKind.Window or TemporalKind.Ago)
        // "MANILA, March 16 -" dates the report, not what its first sentence counts.
        && !(dateline is { } d && d.Start <= e.Span.Start && e.Span.Start < d.End);

    private static int Distance(TemporalExpression e, Figure f) => Math.Abs(e.Span.Start - f.Span.Start);

    // The date nearest the figure (the first of two as near), from dates in source order.
    private static TemporalExpression? Nearest(List<TemporalExpression> dates, Figure figure)
    {
        if (dates.Count == 0)
            return null;
        int lo = 0, hi = dates.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (dates[mid].Span.Start < figure.Span.Start)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo == dates.Count)
            return dates[^1];
        return lo > 0 && Distance(dates[lo - 1], figure) <= Distance(dates[lo], figure) ? dates[lo - 1] : dates[lo];
    }

    // The place nearest position `at` of its sentence (the earlier of two as near).
    private static string? NearestPlace(List<(int At, string Name)> places, int at)
    {
        if (places.Count == 0)
            return null;
        var i = places.BinarySearch((at, ""), PlaceOrder);
        if (i < 0)
            i = ~i;
        var best = i < places.Count ? places[i] : places[^1];
        if (i > 0 && (i == places.Count || at - places[i - 1].At <= places[i].At - at))
            best = places[i - 1];
        return best.Name;
    }

    // "in London", "across Europe", "throughout New South Wales": capitalised words after the preposition.
    private static List<(int At, string Name)> Places(string text)
    {
        var places = new List<(int At, string Name)>();
        foreach (var preposition in PlacePrepositions)
        {
            var i = 0;
            while ((i = text.IndexOf(preposition, i, StringComparison.Ordinal)) >= 0)
            {
                var nameStart = i + preposition.Length;
                var nameEnd = nameStart;
                while (nameEnd < text.Length && char.IsUpper(text[nameEnd]))
                {
                    while (nameEnd < text.Length && char.IsLetter(text[nameEnd]))
                        nameEnd++;
                    if (nameEnd + 1 < text.Length && text[nameEnd] == ' ' && char.IsUpper(text[nameEnd + 1]))
                        nameEnd++;
                }
                if (nameEnd > nameStart && (i == 0 || !char.IsLetter(text[i - 1])))
                    places.Add((i, text[nameStart..nameEnd].Trim()));
                i = nameStart;
            }
        }
        places.Sort(PlaceOrder);
        return places;
    }
}
