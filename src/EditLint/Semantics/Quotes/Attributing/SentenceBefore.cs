namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// "Ms Tymoshenko said prosecutors had a list. “We will return …”", "The mayor said: “…”": a full quotation that
/// starts its own sentence belongs to the speaker of the sentence right before it in the same paragraph.
/// </summary>
internal sealed class SentenceBefore : AttributionStrategy
{
    public override Attribution? Find(AttributionContext context, QuoteSite site)
    {
        var quote = site.Quote;
        if (!site.IsFull || site.IsBlockQuote)
            return null;
        var own = quote.Block.Text.AsSpan(0, quote.LocalStart).TrimEnd();
        if (own.Length > 0 && own[^1] is not ('.' or '!' or '?' or ':'))
            return null;
        var acts = context.Blocks[site.BlockIndex].Acts;
        var last = AttributionContext.FirstIndex(acts, a => a.Sentence.LocalStart + a.Sentence.Length > quote.LocalStart) - 1;
        var act = last >= 0 ? acts[last] : null;
        if (act is null || !quote.Block.Text.AsSpan(act.Sentence.LocalStart + act.Sentence.Length, quote.LocalStart - act.Sentence.LocalStart - act.Sentence.Length).IsWhiteSpace())
            return null;
        return new Attribution(AttributionMethod.SentenceBefore, act, act.Speaker);
    }
}
