using System.Buffers;

namespace EditLint.Semantics;

/// <summary>One normalisation for comparing prose: whitespace collapsed, curly quotes and dashes made plain, lower case.</summary>
public static class TextNormalizer
{
    /// <summary>The normalised form of <paramref name="text"/>.</summary>
    public static string Normalize(string text) => Normalize(text.AsSpan());

    /// <summary>The normalised form of <paramref name="text"/>, read in place.</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        // Never longer than the text: written into a buffer of its length (every sentence of every article is
        // normalised), not through a StringBuilder.
        char[]? rented = null;
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }
            if (space)
                buffer[length++] = ' ';
            space = false;
            buffer[length++] = c switch
            {
                '“' or '”' or '„' or '«' or '»' => '"',
                '‘' or '’' or '‚' or '`' => '\'',
                '–' or '—' or '‒' or '―' => '-',
                _ => char.ToLowerInvariant(c),
            };
        }
        var normalized = new string(buffer[..length]);
        if (rented is not null)
            ArrayPool<char>.Shared.Return(rented);
        return normalized;
    }
}
