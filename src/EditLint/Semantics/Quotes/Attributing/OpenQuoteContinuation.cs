namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// The multi-paragraph convention: a paragraph that opens a quotation without closing it, and a next paragraph that
/// opens again, are one quotation; the part that goes on has the speaker of the part that opened it.
/// </summary>
internal sealed class OpenQuoteContinuation : AttributionStrategy
{
    public override Attribution? Find(AttributionContext context, QuoteSite site) =>
        site.Quote.ContinuationOf?.Attribution is { } opened ? opened with { Method = AttributionMethod.Continuation } : null;
}
