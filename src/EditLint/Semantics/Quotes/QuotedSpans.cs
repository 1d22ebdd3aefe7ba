namespace EditLint.Semantics.Quotes;

/// <summary>
/// Quotations as sorted inner starts with the furthest inner end reached so far, so that "is this offset quoted?" and
/// "the last quotation opening before here" are binary searches: a long paragraph of quotations and speakers stays
/// linear. Built once per block by the quote extraction (block offsets), for the speech-act finder and for pronoun
/// resolution alike, and once per document by the name rules (source offsets).
/// </summary>
public sealed class QuotedSpans
{
    private readonly int[] _starts;
    private readonly int[] _reach;

    /// <summary>A block's top-level quotations (or all of them), in block offsets.</summary>
    internal QuotedSpans(IEnumerable<QuoteDraft> quotes, bool topLevelOnly = true)
    {
        List<int> starts = [], ends = [];
        foreach (var quote in quotes)
        {
            if (topLevelOnly && (quote.Parent is not null || quote.Marks == QuoteMarks.Block))
                continue;
            starts.Add(quote.InnerStart);
            ends.Add(quote.InnerEnd);
        }
        _starts = SortedWithReach(starts, ends, out _reach);
    }

    /// <summary>The quotations' inner spans, in source offsets.</summary>
    internal QuotedSpans(IEnumerable<Quote> quotations)
    {
        List<int> starts = [], ends = [];
        foreach (var quote in quotations)
        {
            if (!quote.IsQuotation)
                continue;
            starts.Add(quote.InnerSpan.Start);
            ends.Add(quote.InnerSpan.End);
        }
        _starts = SortedWithReach(starts, ends, out _reach);
    }

    // The starts in order, and for each the furthest end reached so far. Loops over int arrays rather than LINQ over
    // tuples: each generic framework method instantiated over a value type is compiled when first called, ReadyToRun
    // or not, and the LINQ version was 59 of them in a one-file run's start-up.
    private static int[] SortedWithReach(List<int> starts, List<int> ends, out int[] reach)
    {
        int[] sorted = [.. starts];
        reach = [.. ends];
        Array.Sort(sorted, reach);
        for (var k = 1; k < reach.Length; k++)
            reach[k] = Math.Max(reach[k], reach[k - 1]);
        return sorted;
    }

    /// <summary>Whether the block offset lies inside a quotation's marks.</summary>
    public bool Contains(int offset)
    {
        var k = LastStartAtOrBefore(offset);
        return k >= 0 && _reach[k] > offset;
    }

    /// <summary>
    /// Appends to <paramref name="bounds"/> the quoted stretches that overlap [<paramref name="from"/>, <paramref name="to"/>),
    /// merged and cut to it, as a start and an end each, in order.
    /// </summary>
    public void AddOverlapping(int from, int to, List<int> bounds)
    {
        if (from >= to)
            return;
        // A stretch runs from a start to the furthest end reached by then: the reach only grows, so a start at or before
        // the end so far continues the stretch.
        var k = LastStartAtOrBefore(from);
        int start = -1, end = -1;
        if (k >= 0 && _reach[k] > from)
            (start, end) = (from, _reach[k]);
        for (k = Math.Max(k + 1, 0); k < _starts.Length && _starts[k] < to; k++)
        {
            if (start >= 0 && _starts[k] <= end)
            {
                end = Math.Max(end, _reach[k]);
                continue;
            }
            if (start >= 0 && end > start)
            {
                bounds.Add(start);
                bounds.Add(Math.Min(end, to));
            }
            (start, end) = (_starts[k], _reach[k]);
        }
        if (start >= 0 && end > start)
        {
            bounds.Add(start);
            bounds.Add(Math.Min(end, to));
        }
    }

    /// <summary>The inner start of the last quotation that opens in [<paramref name="from"/>, <paramref name="to"/>), or -1.</summary>
    public int LastOpeningIn(int from, int to)
    {
        var k = LastStartAtOrBefore(to - 1);
        return k >= 0 && _starts[k] >= from ? _starts[k] : -1;
    }

    private int LastStartAtOrBefore(int offset)
    {
        var k = Array.BinarySearch(_starts, offset);
        if (k < 0)
            return ~k - 1;
        while (k + 1 < _starts.Length && _starts[k + 1] == offset)
            k++;
        return k;
    }
}
