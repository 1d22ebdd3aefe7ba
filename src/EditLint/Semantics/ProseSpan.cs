using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Semantics;

/// <summary>
/// A stretch of one block's prose that a fact is about (a time reference, a figure): where it starts in the
/// block's prose, its words as written and where they are in the source, mapped once when the fact is made.
/// The words are read from the block when asked, not copied: a 10 MB line has hundreds of thousands of sentences,
/// figures and time references, and copies of their words held over 30 MB there.
/// </summary>
public abstract class ProseSpan
{
    /// <summary>Takes the words at [<paramref name="localStart"/>, +<paramref name="length"/>) of <paramref name="block"/>'s prose.</summary>
    protected ProseSpan(Block block, int localStart, int length)
    {
        Block = block;
        LocalStart = localStart;
        Length = length;
        Span = block.Content.ToSource(localStart, length);
    }

    /// <summary>The block it is in.</summary>
    public Block Block { get; }

    /// <summary>Start in the block's prose.</summary>
    public int LocalStart { get; }

    /// <summary>Length in the block's prose.</summary>
    public int Length { get; }

    /// <summary>The words as written.</summary>
    public string Text => Block.Text.Substring(LocalStart, Length);

    /// <summary>The words as written, read in place (<see cref="Text"/> makes a new string at each call).</summary>
    public ReadOnlySpan<char> Chars => Block.Text.AsSpan(LocalStart, Length);

    /// <summary>Where it is in the source.</summary>
    public TextSpan Span { get; }
}
