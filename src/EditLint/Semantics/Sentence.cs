using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Semantics;

/// <summary>A sentence of one block: its prose, where it sits in the block and in the source.</summary>
public sealed class Sentence
{
    internal Sentence(Block block, int index, int localStart, int localLength)
    {
        Block = block;
        Index = index;
        LocalStart = localStart;
        LocalLength = localLength;
        Text = block.Text.Substring(localStart, localLength);
        Span = block.Content.ToSource(localStart, localLength);
    }

    /// <summary>The block the sentence belongs to.</summary>
    public Block Block { get; }

    /// <summary>Position among all sentences of the document.</summary>
    public int Index { get; }

    /// <summary>Start in the block's prose.</summary>
    public int LocalStart { get; }

    /// <summary>Length in the block's prose.</summary>
    public int LocalLength { get; }

    /// <summary>The sentence's prose.</summary>
    public string Text { get; }

    /// <summary>The text with whitespace collapsed, quotes and dashes made plain and letters lower-cased: equal for sentences an editor would call the same.</summary>
    public string NormalizedText => _normalized ??= TextNormalizer.Normalize(Text);

    private string? _normalized;

    /// <summary>The sentence's span in the source.</summary>
    public TextSpan Span { get; }

    /// <summary>The source span of prose characters [start, start+length) of this sentence.</summary>
    public TextSpan ToSource(int start, int length) => Block.Content.ToSource(LocalStart + start, length);

    /// <inheritdoc />
    public override string ToString() => Text;
}
