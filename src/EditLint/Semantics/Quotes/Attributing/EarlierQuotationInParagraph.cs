namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// "“…,” he said. “…”": a quotation goes on with the speaker of the attributed quotation right before it in its
/// paragraph. For a full quotation that one must end in its own sentence or the sentence right before (a description in
/// between ends the run: "“…,” he said. He won his heat. “…”" needs its own tag); a partial quotation may look further
/// back; a full quotation never goes on from words only credited to the sentence's actor. Either way not when its own sentence asks "by whom?" ("was described as “…”") and that speaker is not right before it.
/// </summary>
internal sealed class EarlierQuotationInParagraph : AttributionStrategy
{
    public override Attribution? Find(AttributionContext context, QuoteSite site)
    {
        if (site.PreviousInBlock is not { } previous || !context.AnswersAHiddenSpeaker(site, previous))
            return null;
        // Words a sentence only credits to the one it describes ("having “done nothing …”") are no speaker's quotation
        // that a full one could go on from.
        if (site.IsFull && previous.Method == AttributionMethod.Actor)
            return null;
        if (site.IsFull && !(site.PreviousQuote is { } before && context.EndsRightBefore(before, site.Quote)))
            return null;
        return previous with { Method = AttributionMethod.SameParagraph };
    }
}
