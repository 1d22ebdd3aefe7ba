namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// "“I had no idea who would be here.” Ann Smith told reporters she regretted going.": a full quotation that closes its
/// sentence, followed in the same paragraph by a sentence that opens with a named speaker and a speech verb, is theirs
/// — the reader meets the words and the speaker one after the other, as with a tag.
/// </summary>
internal sealed class SpeakerRightAfter : AttributionStrategy
{
    public override Attribution? Find(AttributionContext context, QuoteSite site)
    {
        var quote = site.Quote;
        if (!site.IsFull || site.IsBlockQuote || quote.IsOpenEnded || context.SentencesOf(quote.Block) is not { } sentences)
            return null;
        var next = AttributionContext.FirstIndex(sentences, s => s.LocalStart >= quote.LocalEnd);
        if (next >= sentences.Count || !quote.Block.Text.AsSpan(quote.LocalEnd, sentences[next].LocalStart - quote.LocalEnd).Trim(".,").IsWhiteSpace())
            return null;
        var sentence = sentences[next];
        var act = context.ActsOf(sentence)?.FirstOrDefault();
        if (act is null || act.Kind is not (SpeakerKind.Named or SpeakerKind.Role) || act.Verb == "according to" || act.Verb.EndsWith("ing", StringComparison.Ordinal)
            || !sentence.Text.TrimStart().StartsWith(act.Speaker, StringComparison.Ordinal))
            return null;
        return new Attribution(AttributionMethod.NamedAfter, act, act.Speaker);
    }
}
