namespace EditLint.Text;

/// <summary>A word lower-cased without a new string, for the lookups and hashes asked of every word.</summary>
public static class LowerCase
{
    /// <summary>
    /// <paramref name="word"/> lower-cased as <see cref="string.ToLowerInvariant()"/> does (which keeps its length), in
    /// <paramref name="buffer"/> when it fits, else as a new string.
    /// </summary>
    public static ReadOnlySpan<char> Of(string word, Span<char> buffer)
    {
        if (word.Length > buffer.Length)
            return word.ToLowerInvariant();
        var lower = buffer[..word.Length];
        word.AsSpan().ToLowerInvariant(lower);
        return lower;
    }
}
