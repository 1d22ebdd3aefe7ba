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

    /// <summary>A block's top-level quotations, in block offsets.</summary>
    internal QuotedSpans(IEnumerable<QuoteDraft> quotes)
        : this(quotes.Where(q => q.Parent is null && q.Marks != QuoteMarks.Block).Select(q => (q.InnerStart, q.InnerEnd)))
    {
    }

    /// <summary>The spans [start, end) of <paramref name="inner"/>, in any order and of any one offset system.</summary>
    public QuotedSpans(IEnumerable<(int Start, int End)> inner)
    {
        var spans = inner.OrderBy(q => q.Start).ToList();
        _starts = [.. spans.Select(q => q.Start)];
        _reach = new int[spans.Count];
        for (var k = 0; k < spans.Count; k++)
            _reach[k] = Math.Max(spans[k].End, k > 0 ? _reach[k - 1] : int.MinValue);
    }

    /// <summary>Whether the block offset lies inside a quotation's marks.</summary>
    public bool Contains(int offset)
    {
        var k = LastStartAtOrBefore(offset);
        return k >= 0 && _reach[k] > offset;
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
