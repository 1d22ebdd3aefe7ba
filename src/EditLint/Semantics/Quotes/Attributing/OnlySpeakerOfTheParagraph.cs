namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// "“A film will happen in three years.” … Gervais is keen to take it slowly, “…,” says Gervais.": a full quotation
/// whose paragraph names one speaker and no other — before or after it, by name, role or a resolved he or she — is
/// that speaker's: its paragraph names who said it. An unnamed source or a second speaker anywhere in the paragraph
/// leaves it to the nearer conventions, which name the speaker only right before or after it.
/// </summary>
internal sealed class OnlySpeakerOfTheParagraph : AttributionStrategy
{
    public override Attribution? Find(AttributionContext context, QuoteSite site)
    {
        if (!site.IsFull || site.IsBlockQuote)
            return null;
        SpeechAct? speaker = null;
        string? person = null;
        foreach (var act in context.Blocks[site.BlockIndex].Acts)
        {
            if (act.Kind is SpeakerKind.Unnamed || (act.Kind is SpeakerKind.Pronoun && act.IsAmbiguous))
                return null;
            // An unresolved pronoun ("a question they asked themselves") or a word that names no one adds no one.
            if ((act.Kind is SpeakerKind.Pronoun && act.Antecedent is null) || !LikelySpeakers.IsSomeone(context, act))
                continue;
            var who = LikelySpeakers.Person(act);
            if (person is not null && who != person)
                return null;
            person = who;
            // The one nearest after the quotation, else the last before it: whichever the reader meets as the tag.
            if (speaker is null || speaker.Sentence.LocalStart < site.Quote.LocalStart)
                speaker = act;
        }
        return speaker is null ? null : new Attribution(AttributionMethod.SameParagraph, speaker, speaker.Speaker);
    }
}
