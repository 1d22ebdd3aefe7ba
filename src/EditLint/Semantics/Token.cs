using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Semantics;

/// <summary>What a token is.</summary>
public enum TokenKind
{
    /// <summary>Letters, with inner apostrophes, hyphens and dots ("don't", "well-known", "U.S.").</summary>
    Word,
    /// <summary>Digits, with inner separators ("1,000", "3.5").</summary>
    Number,
    /// <summary>Punctuation and symbols.</summary>
    Punctuation,
}

/// <summary>
/// A word, number or punctuation mark of one block. A 10 MB line has two million of them, so a token keeps only what
/// cannot be worked out again: its block, its (shared) spelling, where it starts in the block and in the source. It is
/// a value, 24 bytes inside the document's token array: as an object it cost 40 bytes and a reference more (107 MB on
/// that line, 53 MB now). The kind follows from the first character and is kept in the start's two top bits, and the
/// source span follows from the start when the spelling is written there as it is, which is nearly always.
/// </summary>
public readonly record struct Token
{
    // The source start when the source span has the spelling's length; else ~start, and the span is mapped again.
    private readonly int _source;

    // The start in the block, with the kind in the two top bits: a string is shorter than 2^30 characters. The kind is
    // read for nearly every token by every reader of facts; worked out again from the first character at each read (two
    // category lookups, a call the JIT did not inline) it took 1% of a corpus run.
    private readonly int _startAndKind;

    // The kind is the tokenizer's, which reads it from the first character.
    internal Token(Block block, string text, int localStart, TextSpan span, TokenKind kind)
    {
        Block = block;
        Text = text;
        _startAndKind = localStart | (int)kind << 30;
        _source = span.Length == text.Length ? span.Start : ~span.Start;
    }

    /// <summary>The block it is in.</summary>
    public Block Block { get; }

    /// <summary>Word, number or punctuation: what the tokenizer read, from the first character.</summary>
    public TokenKind Kind => (TokenKind)(_startAndKind >>> 30);

    /// <summary>The spelling as written in the prose.</summary>
    public string Text { get; }

    /// <summary>Start in the block's prose.</summary>
    public int LocalStart => _startAndKind & 0x3FFF_FFFF;

    /// <summary>Where it is in the source.</summary>
    public TextSpan Span => _source >= 0 ? new TextSpan(_source, Text.Length) : Block.Content.ToSource(LocalStart, Text.Length);
}
