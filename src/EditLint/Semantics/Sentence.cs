using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Semantics;

/// <summary>A sentence of one block: its prose, where it sits in the block and in the source.</summary>
public sealed class Sentence : ProseSpan
{
    internal Sentence(Block block, int index, int localStart, int localLength)
        : base(block, localStart, localLength) => Index = index;

    /// <summary>Position among all sentences of the document.</summary>
    public int Index { get; }

    /// <summary>The text with whitespace collapsed, quotes and dashes made plain and letters lower-cased: equal for sentences an editor would call the same.</summary>
    /// <remarks>Worked out on each call, not kept: kept, it held 22 MB on a 10 MB line after the one rule that reads it.</remarks>
    public string NormalizedText => TextNormalizer.Normalize(Block.Text.AsSpan(LocalStart, Length));

    /// <summary>The source span of prose characters [start, start+length) of this sentence.</summary>
    public TextSpan ToSource(int start, int length) => Block.Content.ToSource(LocalStart + start, length);

    /// <inheritdoc />
    public override string ToString() => Text;
}
