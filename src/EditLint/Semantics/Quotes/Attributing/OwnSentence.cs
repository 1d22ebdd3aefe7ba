namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// The quotation's own sentence names the speaker: the first speech act of the sentences it sits in, whether the
/// speaker comes before it ("Starmer said Britain would “play our part”", "according to the auditor") or after it
/// ("“…,” he said"), or a tag sentence right after a quotation that ends with its own full stop ("“Why?” Lent asked.").
/// </summary>
internal sealed class OwnSentence : AttributionStrategy
{
    public override Attribution? Find(AttributionContext context, QuoteSite site)
    {
        var quote = site.Quote;
        if (site.IsBlockQuote)
            return null;
        var acts = context.Blocks[site.BlockIndex].Acts;
        // A block's acts are in sentence order: the first whose sentence ends after the quotation opens is the only
        // one that can overlap it first; a tag after it is in the first sentence that starts after it closes.
        SpeechAct? act = null;
        var k = AttributionContext.FirstIndex(acts, a => a.Sentence.LocalStart + a.Sentence.Length > quote.LocalStart);
        if (k < acts.Count && acts[k].Sentence.LocalStart < quote.LocalEnd)
            act = acts[k];
        for (k = AttributionContext.FirstIndex(acts, a => a.Sentence.LocalStart >= quote.LocalEnd); act is null && k < acts.Count && IsAfterSpace(quote, acts[k]); k++)
        {
            if (IsTagAfter(quote, acts[k]))
                act = acts[k];
        }
        if (act is null)
            return null;
        return new Attribution(act.Verb == "according to" ? AttributionMethod.AccordingTo : AttributionMethod.SpeechVerb, act, act.Speaker);
    }

    // "“Why didn't his superiors ask?” Lent asked.", "“… a trial.” Pelosi said.": a sentence right after the quotation
    // that opens with the speaker and the verb.
    private static bool IsTagAfter(QuoteDraft quote, SpeechAct act)
    {
        var sentence = act.Sentence.Text.TrimStart();
        return act.Verb != "according to" && act.Verb != ":" && act.Sentence.Text.Length <= 120
            && (sentence.StartsWith(act.Speaker + " ", StringComparison.Ordinal) || sentence.StartsWith(act.Verb + " ", StringComparison.OrdinalIgnoreCase));
    }

    // The act's sentence starts after the quotation, with only white space between.
    private static bool IsAfterSpace(QuoteDraft quote, SpeechAct act)
    {
        var start = act.Sentence.LocalStart;
        return start >= quote.LocalEnd && quote.Block.Text.AsSpan(quote.LocalEnd, start - quote.LocalEnd).IsWhiteSpace();
    }
}
