namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// One way a quotation gets its speaker. <see cref="QuoteAttributor"/> asks the strategies in order and keeps the first
/// answer, so each strategy only has to know its own convention; the order is in one list, <see cref="QuoteAttributor.Strategies"/>.
/// </summary>
internal abstract class AttributionStrategy
{
    /// <summary>The speaker this convention gives the quotation, or null when it does not apply.</summary>
    public abstract Attribution? Find(AttributionContext context, QuoteSite site);
}

/// <summary>
/// The quotation being attributed, where it is, and what the paragraph and article have attributed so far:
/// <paramref name="PreviousInBlock"/> is the speaker of the last attributed quotation before it in its paragraph,
/// <paramref name="PreviousQuote"/> that quotation itself, and <paramref name="LastSpeaker"/> the speaker of the last one in
/// its section (only partial quotations may use it).
/// </summary>
internal sealed record QuoteSite(QuoteDraft Quote, int BlockIndex, Attribution? PreviousInBlock, QuoteDraft? PreviousQuote, Attribution? LastSpeaker)
{
    /// <summary>True for a full quotation: someone's words of a clause or more.</summary>
    public bool IsFull => Quote.Kind == QuoteKind.Full;

    /// <summary>True for a Markdown or HTML block quote without marks.</summary>
    public bool IsBlockQuote => Quote.Marks == QuoteMarks.Block;
}

/// <summary>A prose block with its quotations and speech acts, in document order.</summary>
internal sealed record QuoteBlock(Documents.Block Block, List<QuoteDraft> Quotes, List<SpeechAct> Acts);
