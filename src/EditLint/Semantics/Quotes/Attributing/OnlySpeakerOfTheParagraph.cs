namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// "“A film will happen in three years.” … Gervais is keen to take it slowly, “…,” says Gervais.": a full quotation
/// whose paragraph names one speaker and no other — before or after it, by name, role, a body the article names
/// ("…, Nationwide said") or a resolved he or she — is
/// that speaker's: its paragraph names who said it. An unnamed source or a second speaker anywhere in the paragraph
/// leaves it to the nearer conventions, which name the speaker only right before or after it.
/// </summary>
internal sealed class OnlySpeakerOfTheParagraph : AttributionStrategy
{
    public override Attribution? Find(AttributionContext context, QuoteSite site)
    {
        if (!site.IsFull || site.IsBlockQuote || context.OnlySpeakerActs(site.BlockIndex, Speaks) is not { Count: > 0 } acts)
            return null;
        // The first one after the quotation opens, else the last before it: whichever the reader meets as the tag.
        var after = AttributionContext.FirstIndex(acts, a => a.Sentence.LocalStart >= site.Quote.LocalStart);
        var speaker = after < acts.Count ? acts[after] : acts[^1];
        return new Attribution(AttributionMethod.SameParagraph, speaker, speaker.Speaker);
    }

    // The acts of a paragraph that name its one speaker, or null when an unnamed source, an ambiguous pronoun or a
    // second speaker is among them. An unresolved pronoun ("a question they asked themselves") or a word that names no
    // one adds no one. Worked out once per paragraph (AttributionContext keeps it), so a paragraph of many quotations
    // is read once.
    private static List<SpeechAct>? Speaks(AttributionContext context, QuoteBlock block)
    {
        var speaking = new List<SpeechAct>();
        string? person = null;
        foreach (var act in block.Acts)
        {
            if (act.Kind is SpeakerKind.Unnamed || (act.Kind is SpeakerKind.Pronoun && act.IsAmbiguous))
                return null;
            if ((act.Kind is SpeakerKind.Pronoun && act.Antecedent is null) || !(LikelySpeakers.IsSomeone(context, act) || LikelySpeakers.IsNamedBody(context, act)))
                continue;
            var who = LikelySpeakers.Person(act);
            if (person is not null && who != person)
                return null;
            person = who;
            speaking.Add(act);
        }
        return speaking;
    }
}
