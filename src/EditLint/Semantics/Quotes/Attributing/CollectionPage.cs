namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>"Ann Smith in quotes": every full quotation of a page that collects one person's words is theirs.</summary>
internal sealed class CollectionPage : AttributionStrategy
{
    public override Attribution? Find(AttributionContext context, QuoteSite site) =>
        context.CollectionSpeaker is { } speaker && site.IsFull ? new Attribution(AttributionMethod.Collection, null, speaker) : null;
}
