using System.Runtime.CompilerServices;

namespace EditLint.Text;

/// <summary>
/// The characters of words as the patterns <c>[\p{L}\p{N}]</c> and <c>\s</c> read them, for the word readers written by
/// hand where a pattern read every word of every sentence.
/// </summary>
internal static class WordCharacters
{
    /// <summary>A letter or a number (<c>[\p{L}\p{N}]</c>).</summary>
    /// <remarks>ASCII, nearly all of a news text, is told by range before the two category lookups. Inlined by force: the
    /// readability counts call it for every character of every unit, and the JIT left it a call (1% of a corpus run).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetterOrNumber(char c) =>
        c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : char.IsLetter(c) || char.IsNumber(c);

    /// <summary>A letter (<c>\p{L}</c>), ASCII told by range before the category lookup.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) => c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);

    /// <summary>White space as <c>\s</c> reads it.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c);
}
