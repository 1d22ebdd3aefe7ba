namespace EditLint.Text;

/// <summary>A word lower-cased without a new string, for the lookups and hashes asked of every word.</summary>
public static class LowerCase
{
    /// <summary>
    /// <paramref name="word"/> lower-cased as <see cref="string.ToLowerInvariant()"/> does (which keeps its length), in
    /// <paramref name="buffer"/> when it fits, else as a new string.
    /// </summary>
    public static ReadOnlySpan<char> Of(string word, Span<char> buffer) =>
        word.Length > buffer.Length ? word.ToLowerInvariant() : Of(word.AsSpan(), buffer);

    /// <summary>
    /// <paramref name="text"/> lower-cased as <see cref="string.ToLowerInvariant()"/> does, in <paramref name="buffer"/>
    /// when it fits, else as a new string.
    /// </summary>
    public static ReadOnlySpan<char> Of(ReadOnlySpan<char> text, Span<char> buffer)
    {
        if (text.Length > buffer.Length)
            return text.ToString().ToLowerInvariant();
        var lower = buffer[..text.Length];
        text.ToLowerInvariant(lower);
        return lower;
    }
}
