namespace EditLint.Text;

/// <summary>
/// The characters of words as the patterns <c>[\p{L}\p{N}]</c> and <c>\s</c> read them, for the word readers written by
/// hand where a pattern read every word of every sentence.
/// </summary>
internal static class WordCharacters
{
    /// <summary>A letter or a number (<c>[\p{L}\p{N}]</c>).</summary>
    public static bool IsLetterOrNumber(char c) => char.IsLetter(c) || char.IsNumber(c);

    /// <summary>White space as <c>\s</c> reads it.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c);
}
