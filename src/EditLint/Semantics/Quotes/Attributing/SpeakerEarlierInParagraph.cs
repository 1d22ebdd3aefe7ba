namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// "“We will rebuild,” Ann Smith said. The storm flooded the quay. “Nobody should expect miracles.”", "Palermo also
/// believes the market will rise. The dollar is weak. “Exports look cheap.”": a full quotation whose paragraph has
/// named its speaker before it, with sentences of description between, is that speaker's — the paragraph names who
/// said it. Only when the last speech act before the quotation names someone (a person the article names, a role, or a
/// resolved pronoun) and no quotation between is credited to anyone else: an unnamed source, an ambiguous pronoun or
/// another speaker after them leaves the quotation unattributed.
/// </summary>
internal sealed class SpeakerEarlierInParagraph : AttributionStrategy
{
    public override Attribution? Find(AttributionContext context, QuoteSite site)
    {
        var quote = site.Quote;
        if (!site.IsFull || site.IsBlockQuote)
            return null;
        var acts = context.Blocks[site.BlockIndex].Acts;
        var last = AttributionContext.FirstIndex(acts, a => a.Sentence.LocalStart + a.Sentence.Length > quote.LocalStart) - 1;
        // "Morris appears almost evangelical. “I was on a cruise …” But what draws him? “I think …”": with no speech
        // act before it, a lead-in that gave the paragraph's first quotation its speaker names the speaker.
        if (last < 0 && site.PreviousInBlock is { Act: null, Method: AttributionMethod.LeadIn or AttributionMethod.Continuation or AttributionMethod.SameParagraph } leadIn)
            return leadIn with { Method = AttributionMethod.SameParagraph };
        if (last < 0 || acts[last] is not { } act || !LikelySpeakers.NamesOnePerson(context, act))
            return null;
        // A quotation between them that is someone else's makes the reader ask which of the two goes on.
        if (site.PreviousQuote is { Attribution.Act: { } between } previous && previous.LocalStart > act.Sentence.LocalStart
            && LikelySpeakers.Person(between) != LikelySpeakers.Person(act))
            return null;
        return new Attribution(AttributionMethod.SameParagraph, act, act.Speaker);
    }
}
