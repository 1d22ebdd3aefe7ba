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

/// <summary>A word, number or punctuation mark of one block.</summary>
public sealed record Token(Block Block, TokenKind Kind, string Text, int LocalStart, TextSpan Span);
