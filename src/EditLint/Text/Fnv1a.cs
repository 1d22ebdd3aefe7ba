namespace EditLint.Text;

/// <summary>
/// FNV-1a, 64 bits: a hash that is the same on every machine and in every process (string.GetHashCode is not), for
/// shards chosen by name, and for words and keys kept as numbers instead of strings.
/// </summary>
public static class Fnv1a
{
    /// <summary>The hash of nothing, where every hash starts.</summary>
    public const ulong Start = 14695981039346656037UL;

    /// <summary><paramref name="hash"/> with one more character or byte.</summary>
    public static ulong Add(ulong hash, uint value) => (hash ^ value) * 1099511628211UL;

    /// <summary>The hash of <paramref name="text"/>'s UTF-16 code units.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = Start;
        foreach (var c in text)
            hash = Add(hash, c);
        return hash;
    }
}
