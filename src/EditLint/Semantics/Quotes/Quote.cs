using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Semantics.Quotes;

/// <summary>Which marks enclose a quotation.</summary>
public enum QuoteMarks
{
    /// <summary>"…"</summary>
    StraightDouble,
    /// <summary>“…”</summary>
    CurlyDouble,
    /// <summary>'…'</summary>
    StraightSingle,
    /// <summary>‘…’</summary>
    CurlySingle,
    /// <summary>«…»</summary>
    Guillemets,
    /// <summary>A Markdown or HTML block quote: no marks, the block is the quotation.</summary>
    Block,
}

/// <summary>What a pair of quotation marks encloses.</summary>
public enum QuoteKind
{
    /// <summary>Someone's words, a clause or more.</summary>
    Full,
    /// <summary>A few of someone's words inside a sentence of the writer's.</summary>
    Partial,
    /// <summary>A term or scare quote ("the so-called “special relationship”"): not anyone's words.</summary>
    Term,
    /// <summary>The title of a work ("the film “Dune”").</summary>
    Title,
}

/// <summary>
/// One quotation in one block: where its marks are, what it says, what kind it is, and who said it
/// (<see cref="Attribution"/>, null when nobody is shown to have said it). Built once every decision about it is
/// taken; it never changes after.
/// </summary>
public sealed class Quote
{
    private readonly QuoteDraft _draft;

    // Parent and continuation come before the quotation in document order, so they are built first.
    internal Quote(QuoteDraft draft, Quote? parent, Quote? continuationOf, Quote? goesOnFrom)
    {
        _draft = draft;
        Parent = parent;
        ContinuationOf = continuationOf;
        GoesOnFrom = goesOnFrom;
        Kind = draft.Kind;
        Attribution = draft.Attribution;
        LikelySpeaker = draft.LikelySpeaker;
        ContinuesInNextBlock = draft.ContinuesInNextBlock;
    }

    /// <summary>The block the quotation is in.</summary>
    public Block Block => _draft.Block;

    /// <summary>Start of the opening mark in the block's prose.</summary>
    public int LocalStart => _draft.LocalStart;

    /// <summary>End (exclusive) of the closing mark, or of the block for a quotation left open.</summary>
    public int LocalEnd => _draft.LocalEnd;

    /// <summary>Start of the quoted words in the block's prose.</summary>
    public int InnerStart => _draft.InnerStart;

    /// <summary>End (exclusive) of the quoted words.</summary>
    public int InnerEnd => _draft.InnerEnd;

    /// <summary>The quoted words.</summary>
    public string Text => _draft.Text;

    /// <summary>Source span, marks included.</summary>
    public TextSpan Span => _draft.Span;

    /// <summary>Source span of the quoted words.</summary>
    public TextSpan InnerSpan => _draft.InnerSpan;

    /// <summary>The marks used.</summary>
    public QuoteMarks Marks => _draft.Marks;

    /// <summary>Full, partial, term or title.</summary>
    public QuoteKind Kind { get; }

    /// <summary>The quotation this one is nested in, if any.</summary>
    public Quote? Parent { get; }

    /// <summary>
    /// True when the paragraph opens the quotation without closing it and the next paragraph opens again:
    /// the newsroom convention for a quotation that runs over several paragraphs.
    /// </summary>
    public bool ContinuesInNextBlock { get; }

    /// <summary>True when no closing mark ends the quotation (it runs to the end of its paragraph, or to where it reopens).</summary>
    public bool IsOpenEnded => _draft.IsOpenEnded;

    /// <summary>The quotation (in the previous paragraph, or earlier in run-together paragraphs) that this one continues.</summary>
    public Quote? ContinuationOf { get; }

    /// <summary>Who said it and how EditLint knows; null when no speaker was found.</summary>
    public Attribution? Attribution { get; }

    /// <summary>
    /// For a quotation nobody is shown to have said: the unattributed full quotation that ends the paragraph right
    /// before, which it goes on from by the same-speaker convention (one missing tag, at the start of the run).
    /// </summary>
    public Quote? GoesOnFrom { get; }

    /// <summary>
    /// For a quotation nobody is shown to have said: the person an editor would most likely tag it with, and why
    /// (<see cref="Attributing.LikelySpeakers"/>); null when nothing around it points at one person.
    /// </summary>
    public LikelySpeaker? LikelySpeaker { get; }

    /// <summary>True for someone's words (full or partial), as opposed to terms and titles.</summary>
    public bool IsQuotation => Kind is QuoteKind.Full or QuoteKind.Partial;

    /// <inheritdoc />
    public override string ToString() => $"{Kind} “{Text}” {(Attribution is null ? "(unattributed)" : "— " + Attribution)}";
}

/// <summary>
/// A quotation mark with no partner, or a pair that mixes straight and curly marks. <paramref name="Word"/> is the
/// word the mark sits in when it stands for an apostrophe (<c>OPEC"s</c>).
/// </summary>
public sealed record QuoteMarkProblem(Block Block, TextSpan Span, string Mark, QuoteMarkProblemKind Kind, string? Word = null);

/// <summary>What is wrong with a mark.</summary>
public enum QuoteMarkProblemKind
{
    /// <summary>An opening mark that is never closed.</summary>
    NeverClosed,
    /// <summary>A closing mark that was never opened.</summary>
    NeverOpened,
    /// <summary>A pair that opens with one style and closes with another.</summary>
    MixedStyles,
    /// <summary>A straight double mark written for an apostrophe inside a word, as scraped wire copy does (<c>OPEC"s</c>).</summary>
    ApostropheAsQuote,
}
