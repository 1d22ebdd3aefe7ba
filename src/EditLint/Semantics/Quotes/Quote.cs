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
/// (<see cref="Attribution"/>, null when nobody is shown to have said it).
/// </summary>
public sealed class Quote
{
    internal Quote(Block block, int localStart, int localEnd, int innerStart, int innerEnd, QuoteMarks marks)
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
    public QuoteKind Kind { get; internal set; }

    /// <summary>The quotation this one is nested in, if any.</summary>
    public Quote? Parent { get; internal set; }

    /// <summary>
    /// True when the paragraph opens the quotation without closing it and the next paragraph opens again:
    /// the newsroom convention for a quotation that runs over several paragraphs.
    /// </summary>
    public bool ContinuesInNextBlock { get; internal set; }

    /// <summary>True when no closing mark ends the quotation (it runs to the end of its paragraph, or to where it reopens).</summary>
    public bool IsOpenEnded { get; internal init; }

    /// <summary>The quotation (in the previous paragraph, or earlier in run-together paragraphs) that this one continues.</summary>
    public Quote? ContinuationOf { get; internal set; }

    /// <summary>Who said it and how EditLint knows; null when no speaker was found.</summary>
    public Attribution? Attribution { get; internal set; }

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
