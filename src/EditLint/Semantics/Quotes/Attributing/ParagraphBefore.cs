using EditLint.Documents;

namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// A quotation that opens its paragraph takes its speaker from the paragraph right before in three conventions only:
/// that paragraph ends with a full quotation of the speaker ("“…,” the minister said." then "“…”": the same speaker
/// goes on; a paraphrase that ends on a few quoted words, "Reid said he was “a fine sailor”.", is still a paraphrase); it ends with a frame ("The mayor said:", a block quote after "In a statement, the harbour master said:");
/// or this quotation runs over several paragraphs and that paragraph's last sentence names who is about to be quoted
/// ("…, Bell says." then an extract of several paragraphs). A paragraph that only paraphrases someone does not say
/// who said the words that follow it: those stay unattributed, with a likely speaker (<see cref="LikelySpeakers"/>).
/// </summary>
internal sealed class ParagraphBefore : AttributionStrategy
{
    public override Attribution? Find(AttributionContext context, QuoteSite site)
    {
        var quote = site.Quote;
        if (Before(context, site) is not ({ } before, { } last))
            return null;
        if (Closing(before, last) is { Attribution: { } speaker })
            return speaker with { Method = AttributionMethod.PreviousParagraph };
        var frame = IsFrame(last);
        var act = context.ActsOf(last)?.LastOrDefault(a => a.Kind is not SpeakerKind.Unnamed || frame);
        // "Following are extracts from the communique issued on Monday.": the document speaks, whoever issued it.
        if (frame && act is null && IsExtractsFrame(last))
            return new Attribution(AttributionMethod.BlockQuoteFrame, null, "the text introduced before");
        if (act is null)
            return null;
        if (frame || site.IsBlockQuote)
            return new Attribution(AttributionMethod.BlockQuoteFrame, act, act.Speaker);
        return quote.ContinuesInNextBlock && ReportedSpeechBefore.IsReporting(act) ? new Attribution(AttributionMethod.PreviousParagraph, act, act.Speaker) : null;
    }

    /// <summary>
    /// The full quotation that ends the paragraph right before (in its last sentence, a tag after it at most), when the
    /// quotation opens its own paragraph: the one the same-speaker convention carries on from, attributed or not.
    /// </summary>
    public static QuoteDraft? ClosingQuotationBefore(AttributionContext context, QuoteSite site) =>
        Before(context, site) is ({ } before, { } last) ? Closing(before, last) : null;

    // The paragraph right before a quotation that opens its own paragraph, and that paragraph's last sentence.
    private static (QuoteBlock? Before, Sentence? Last) Before(AttributionContext context, QuoteSite site) =>
        site.Quote.Block.Kind is not BlockKind.Heading && AttributionContext.StartsBlock(site.Quote) && context.ParagraphBefore(site) is { } before
            && context.SentencesOf(before.Block) is [.., var last]
            ? (before, last)
            : (null, null);

    private static QuoteDraft? Closing(QuoteBlock before, Sentence last) =>
        before.Quotes.LastOrDefault(q => q.Parent is null && q.IsQuotation) is { Kind: QuoteKind.Full } closing && closing.LocalEnd > last.LocalStart ? closing : null;

    // A sentence that announces what follows: "The mayor said:", "Bell said the plan was concerned --", "Following are
    // extracts from the report."
    private static bool IsFrame(Sentence sentence) =>
        sentence.Text.TrimEnd() is var text && (text.EndsWith(':') || text.EndsWith("--", StringComparison.Ordinal) || text.EndsWith('—')) || IsExtractsFrame(sentence);

    // "Following are extracts from …", "VIENNA - The following is the text of …": wherever the sentence says it.
    public static bool IsExtractsFrame(Sentence sentence) =>
        sentence.Text.Contains("following is ", StringComparison.OrdinalIgnoreCase) || sentence.Text.Contains("following are ", StringComparison.OrdinalIgnoreCase);
}
