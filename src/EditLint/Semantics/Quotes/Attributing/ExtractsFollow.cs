namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// "Following are extracts from the communique issued on Monday." then paragraph after paragraph of it: every
/// quotation that opens a paragraph in that section is the document's, even past a paragraph that lost its opening
/// mark, until a heading. (<see cref="ParagraphBefore"/> carries the frame only from paragraph to paragraph.)
/// </summary>
internal sealed class ExtractsFollow : AttributionStrategy
{
    public override Attribution? Find(AttributionContext context, QuoteSite site)
    {
        if (!AttributionContext.StartsBlock(site.Quote) || context.ExtractsFrames[site.BlockIndex] < 0)
            return null;
        return new Attribution(AttributionMethod.BlockQuoteFrame, null, "the text introduced before");
    }
}
