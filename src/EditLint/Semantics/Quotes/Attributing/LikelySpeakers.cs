namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// For a quotation nobody is shown to have said, the speaker an editor would most likely tag it with: the person the
/// sentence before is about (a first-person quotation), the person who spoke earlier in the paragraph, or the one
/// person the paragraph right before paraphrases (every speech act there names them, by name, role or a resolved
/// pronoun). It never attributes the quotation — none of these says whose words they are, and a quotation placed after
/// another speaker's paragraph reads as theirs — but it lets the finding name the likely speaker and offer the tag.
/// </summary>
internal static class LikelySpeakers
{
    public static void Suggest(AttributionContext context)
    {
        for (var b = 0; b < context.Blocks.Count; b++)
        {
            var (block, quotes, acts) = context.Blocks[b];
            if (block.Kind is Documents.BlockKind.Heading or Documents.BlockKind.Caption)
                continue;
            var paragraphBefore = b > 0 && context.Blocks[b - 1].Block.Kind is not Documents.BlockKind.Heading ? OneSpeaker(context.Blocks[b - 1].Acts) : null;
            Attribution? earlier = null;
            foreach (var quote in quotes)
            {
                if (quote.Parent is not null)
                    continue;
                if (quote.Attribution is not null)
                {
                    if (quote.IsQuotation)
                        earlier = quote.Attribution;
                    continue;
                }
                if (!quote.IsQuotation || quote.ContinuationOf is not null)
                    continue;
                quote.LikelySpeaker = Likely(context, new QuoteSite(quote, b, null, null, null), acts, earlier, paragraphBefore);
            }
        }
    }

    private static LikelySpeaker? Likely(AttributionContext context, QuoteSite site, List<SpeechAct> acts, Attribution? earlier, SpeechAct? paragraphBefore)
    {
        // The last speaker of the paragraph before the quotation: a quotation or a speech act, whichever is nearer.
        var act = acts.LastOrDefault(a => a.Sentence.LocalStart + a.Sentence.Length <= site.Quote.LocalStart && a.Kind is not SpeakerKind.Unnamed);
        if (earlier?.Act is { } quoted && (act is null || quoted.Sentence.LocalStart >= act.Sentence.LocalStart))
            act = quoted;
        if (act is not null)
            return new LikelySpeaker(act.Antecedent ?? act.Speaker, act, LikelyReason.EarlierInParagraph);
        if (earlier is not null)
            return new LikelySpeaker(earlier.Speaker, null, LikelyReason.EarlierInParagraph);
        return paragraphBefore is null ? null : new LikelySpeaker(paragraphBefore.Antecedent ?? paragraphBefore.Speaker, paragraphBefore, LikelyReason.ParaphraseBefore);
    }

    // The last speech act of a paragraph whose acts all name one person; null when it names nobody, an unnamed source,
    // an ambiguous pronoun or two people.
    private static SpeechAct? OneSpeaker(List<SpeechAct> acts)
    {
        SpeechAct? last = null;
        string? person = null;
        foreach (var act in acts)
        {
            if (act.Kind is SpeakerKind.Unnamed || act.Verb == "according to" || (act.Kind is SpeakerKind.Pronoun && (act.Antecedent is null || act.IsAmbiguous)))
                return null;
            var who = Person(act);
            if (person is not null && who != person)
                return null;
            person = who;
            last = act;
        }
        return last;
    }

    // The person as compared: the last word of the name ("Sean Bell", "Bell" and "he" for Sean Bell are one person),
    // a role's words as written.
    private static string Person(SpeechAct act) =>
        act.Kind is SpeakerKind.Role
            ? AttributionContext.Normal(act.Speaker)
            : QuoteText.Words(act.Antecedent ?? act.Speaker) is [.., var last] ? last : act.Speaker;
}
