using EditLint.Documents;

namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>"((WN)) : What law needs revising?" then an unlabelled paragraph: the interviewee's answer, quotation marks and all.</summary>
internal sealed class InterviewAnswer : AttributionStrategy
{
    public override Attribution? Find(AttributionContext context, QuoteSite site)
    {
        if (site.BlockIndex == 0 || site.Quote.Block.Text.TrimStart().StartsWith("((", StringComparison.Ordinal))
            return null;
        var previous = context.Blocks[site.BlockIndex - 1].Block;
        return previous.Kind == BlockKind.Paragraph && previous.Text.TrimStart().StartsWith("((", StringComparison.Ordinal)
            ? new Attribution(AttributionMethod.Collection, null, "the interviewee")
            : null;
    }
}
