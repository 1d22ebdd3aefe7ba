namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// "X has been accused of using the “politics of confusion”." then "Tory spokesman David Davis told MPs …": a news lede
/// hides the speaker and names them soon after: within the next three sentences of its paragraph (BBC copy runs
/// paragraphs into one line), or in the first sentence of the paragraph right after it.
/// </summary>
internal sealed class LedeSpeakerAfter : AttributionStrategy
{
    public override Attribution? Find(AttributionContext context, QuoteSite site)
    {
        var quote = site.Quote;
        if (quote.Kind != QuoteKind.Partial || !QuoteClassifier.HidesItsSpeaker(quote) || context.SentencesAround(site) is not ({ } own, _))
            return null;
        // A finite speech verb ("told MPs", "confirmed:"), not a participle that borrows its subject ("…, suggesting"),
        // and not the person the lede is about answering back ("X has been accused of “…”. X said …").
        // Possessives count as the name: "Tom Reid's party has been accused …" is about Reid.
        var lede = QuoteText.Words(AttributionContext.SentenceBefore(quote)).Select(QuoteText.WithoutPossessive).ToHashSet(StringComparer.Ordinal);
        var sentences = context.Model.Sentences;
        for (var k = own.Index + 1; k <= own.Index + 3 && k < sentences.Count; k++)
        {
            var next = sentences[k];
            if (next.Block != own.Block)
            {
                // The next paragraph must follow right on: page furniture between (a related-links list) ends the lede.
                if (k > own.Index + 1 || next.Block.Index != own.Block.Index + 1 || next.Block.Kind != Documents.BlockKind.Paragraph)
                    return null;
            }
            var act = context.ActsOf(next)?.FirstOrDefault(a => a.Kind is SpeakerKind.Named or SpeakerKind.Role or SpeakerKind.Unnamed && !context.IntroducesNoClause(a)
                && !a.Verb.EndsWith("ing", StringComparison.Ordinal)
                && QuoteText.Words(a.Speaker) is [.., var head] && !lede.Contains(head));
            if (act is not null)
                return new Attribution(AttributionMethod.NamedAfter, act, act.Speaker);
            if (next.Block != own.Block)
                return null;
        }
        return null;
    }
}
