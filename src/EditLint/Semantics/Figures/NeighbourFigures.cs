namespace EditLint.Semantics.Figures;

/// <summary>
/// What a figure takes from the figures beside it, once every figure is read: what an elliptical count counts, the
/// whole of "10% of that", and whether it is one part of a breakdown.
/// </summary>
internal static class NeighbourFigures
{
    /// <summary>How many different things a sentence's figures must count to be a breakdown.</summary>
    private const int BreakdownThings = 3;

    /// <summary>
    /// "… around 100,000 soldiers at a time, …, requiring 300,000 in total": a count that names nothing counts what the
    /// count just before it in the same or the previous sentence counted.
    /// </summary>
    public static void CarryCountedThings(List<Figure> figures)
    {
        for (var i = 1; i < figures.Count; i++)
        {
            var figure = figures[i];
            if (figure.Kind != FigureKind.Count || figure.Counted is not null || figure.IsPartitive || figure.UpperValue is not null)
                continue;
            var previous = figures[i - 1];
            if (previous.Block == figure.Block && previous.Kind == FigureKind.Count && previous.Counted is { } counted
                && figure.SentenceIndex - previous.SentenceIndex is 0 or 1)
            {
                figure.Counted = counted with { Inferred = true };
            }
        }
    }

    /// <summary>"10% of that": the share is of what the figure before it counted, or of that figure as written.</summary>
    public static void ResolveAnaphoricWholes(List<Figure> figures)
    {
        for (var i = 1; i < figures.Count; i++)
        {
            if (figures[i].Of == CountedReader.AnaphoricOf)
                figures[i].Of = figures[i - 1].Counted?.Key ?? figures[i - 1].Text;
        }
    }

    /// <summary>
    /// "1.20 mln cars, 649,587 trucks and 14,797 buses": figures of three or more different things in one sentence are
    /// a breakdown, each a part of something else.
    /// </summary>
    public static void MarkBreakdowns(List<Figure> figures)
    {
        var i = 0;
        while (i < figures.Count)
        {
            var end = i;
            while (end < figures.Count && figures[end].SentenceIndex == figures[i].SentenceIndex && figures[end].Block == figures[i].Block)
                end++;
            var things = figures.Skip(i).Take(end - i).Select(f => f.Counted?.Key).Where(k => k is not null).Distinct(StringComparer.Ordinal).Count();
            for (var k = i; k < end; k++)
                figures[k].IsInList = things >= BreakdownThings;
            i = end;
        }
    }
}
