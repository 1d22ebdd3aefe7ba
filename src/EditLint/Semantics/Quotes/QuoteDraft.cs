using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Semantics.Quotes;

/// <summary>
/// A quotation while <see cref="QuoteFacts"/> is still deciding what it is and who said it: the extraction's working
/// copy. What the rules see is the <see cref="Quote"/> made from it once every decision is taken, which never changes.
/// </summary>
internal sealed class QuoteDraft
{
    internal QuoteDraft(Block block, int localStart, int localEnd, int innerStart, int innerEnd, QuoteMarks marks)
    {
        Block = block;
        LocalStart = localStart;
        LocalEnd = localEnd;
        InnerStart = innerStart;
        InnerEnd = innerEnd;
        Marks = marks;
        Span = block.Content.ToSource(localStart, localEnd - localStart);
        InnerSpan = block.Content.ToSource(innerStart, Math.Max(0, innerEnd - innerStart));
    }

    /// <summary>The block the quotation is in.</summary>
    public Block Block { get; }

    /// <summary>Start of the opening mark in the block's prose.</summary>
    public int LocalStart { get; }

    /// <summary>End (exclusive) of the closing mark, or of the block for a quotation left open.</summary>
    public int LocalEnd { get; }

    /// <summary>Start of the quoted words in the block's prose.</summary>
    public int InnerStart { get; }

    /// <summary>End (exclusive) of the quoted words.</summary>
    public int InnerEnd { get; }

    // Copied on first use: quotations left open run to the end of the block, so a copy each up front is quadratic in a
    // block of thousands of opening marks.
    /// <summary>The quoted words.</summary>
    public string Text => _text ??= Block.Text[InnerStart..InnerEnd];

    private string? _text;

    /// <summary>Source span, marks included.</summary>
    public TextSpan Span { get; }

    /// <summary>Source span of the quoted words.</summary>
    public TextSpan InnerSpan { get; }

    /// <summary>The marks used.</summary>
    public QuoteMarks Marks { get; }

    /// <summary>Full, partial, term or title.</summary>
    public QuoteKind Kind { get; set; }

    /// <summary>The quotation this one is nested in, if any.</summary>
    public QuoteDraft? Parent { get; set; }

    /// <summary>
    /// True when the paragraph opens the quotation without closing it and the next paragraph opens again:
    /// the newsroom convention for a quotation that runs over several paragraphs.
    /// </summary>
    public bool ContinuesInNextBlock { get; set; }

    /// <summary>True when no closing mark ends the quotation (it runs to the end of its paragraph, or to where it reopens).</summary>
    public bool IsOpenEnded { get; init; }

    /// <summary>The quotation (in the previous paragraph, or earlier in run-together paragraphs) that this one continues.</summary>
    public QuoteDraft? ContinuationOf { get; set; }

    /// <summary>Who said it and how EditLint knows; null when no speaker was found.</summary>
    public Attribution? Attribution { get; set; }

    /// <summary>An unattributed quotation this one goes on from, as the same-speaker convention reads it: the full quotation
    /// that ends the paragraph right before, itself unattributed.</summary>
    public QuoteDraft? GoesOnFrom { get; set; }

    /// <summary>For an unattributed quotation: the one speaker the paragraph before paraphrases, or null.</summary>
    public LikelySpeaker? LikelySpeaker { get; set; }

    /// <summary>True for someone's words (full or partial), as opposed to terms and titles.</summary>
    public bool IsQuotation => Kind is QuoteKind.Full or QuoteKind.Partial;

    /// <inheritdoc />
    public override string ToString() => $"{Kind} “{Text}” {(Attribution is null ? "(unattributed)" : "— " + Attribution)}";
}
