namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// "Pop Monthly had praise for the runners-up. The second album was described as a “revelatory debut”": whoever speaks
/// in the sentence right before answers "described by whom?" — unless they said nothing, or they are the one described
/// ("Smith said he would stand down. He has been described as “the last of the old guard”").
/// </summary>
internal sealed class JudgeRightBefore : AttributionStrategy
{
    public override Attribution? Find(AttributionContext context, QuoteSite site)
    {
        var quote = site.Quote;
        if (quote.Kind != QuoteKind.Partial || !QuoteClassifier.HasHiddenSpeakerFrame(quote)
            || context.SentencesAround(site) is not (_, { } previous) || context.ActsOf(previous) is not { } acts)
            return null;
        var described = QuoteText.Words(AttributionContext.SentenceBefore(quote));
        var act = acts.LastOrDefault(a => !context.IntroducesNoClause(a) && !AttributionContext.IsDescribedBy(described, a));
        return act is null ? null : new Attribution(AttributionMethod.ReportedSpeech, act, act.Speaker);
    }
}
