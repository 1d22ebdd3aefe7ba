namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// "“…,” he said. “…”": a quotation goes on with the speaker of the attributed quotation right before it in its
/// paragraph. For a full quotation that one must end in its own sentence or the sentence right before (a description in
/// between ends the run: "“…,” he said. He won his heat. “…”" needs its own tag); a partial quotation may look further
/// back. Either way not when its own sentence asks "by whom?" ("was described as “…”") and that speaker is not right before it.
/// </summary>
internal sealed class EarlierQuotationInParagraph : AttributionStrategy
{
    public override Attribution? Find(AttributionContext context, QuoteSite site)
    {
        if (site.PreviousInBlock is not { } previous || !context.AnswersAHiddenSpeaker(site, previous))
            return null;
        if (site.IsFull && !(site.PreviousQuote is { } before && context.EndsRightBefore(before, site.Quote)))
            return null;
        return previous with { Method = AttributionMethod.SameParagraph };
    }
}
