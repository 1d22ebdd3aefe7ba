namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// "Ann Smith in quotes": every full quotation of a page that collects one person's words is theirs. So is every full
/// quotation after a lede that hands the article to one person's memories ("Rob Smith - the band's former manager -
/// remembers the singer."), in a paragraph that names no speaker before it, after one where nobody else speaks.
/// </summary>
internal sealed class CollectionPage : AttributionStrategy
{
    public override Attribution? Find(AttributionContext context, QuoteSite site)
    {
        if (!site.IsFull)
            return null;
        if (context.CollectionSpeaker is { } speaker)
            return new Attribution(AttributionMethod.Collection, null, speaker);
        if (context.Recollection is not ({ } person, var lede) || site.BlockIndex <= lede
            || context.Blocks[site.BlockIndex].Acts.Exists(a => a.Sentence.LocalStart < site.Quote.LocalStart)
            || SomeoneElseSpokeIn(context, context.Blocks[site.BlockIndex - 1], person))
            return null;
        return new Attribution(AttributionMethod.Collection, null, person);
    }

    // A quotation right after another speaker's paragraph reads as theirs, memoir or not.
    private static bool SomeoneElseSpokeIn(AttributionContext context, QuoteBlock block, string person) =>
        block.Acts.Exists(a => LikelySpeakers.NamesOnePerson(context, a) && !LikelySpeakers.Person(a).Equals(person, StringComparison.OrdinalIgnoreCase));
}
