using System.Buffers;
using System.Text;

namespace EditLint.Semantics;

/// <summary>One normalisation for comparing prose: whitespace collapsed, curly quotes and dashes made plain, lower case.</summary>
public static class TextNormalizer
{
    // Printable ASCII and the space, but the backtick, which is made a plain quote.
    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_abcdefghijklmnopqrstuvwxyz{|}~");

    /// <summary>The normalised form of <paramref name="text"/>.</summary>
    public static string Normalize(string text) => Normalize(text.AsSpan());

    /// <summary>The normalised form of <paramref name="text"/>, read in place.</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        // Never longer than the text: written into a buffer of its length (every sentence of every article is
        // normalised), not through a StringBuilder.
        char[]? rented = null;
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var normalized = new string(buffer[..Write(text, buffer)]);
        if (rented is not null)
            ArrayPool<char>.Shared.Return(rented);
        return normalized;
    }

    /// <summary>
    /// The hash <see cref="string.GetHashCode()"/> gives the normalised form of <paramref name="text"/> (the process's
    /// own, as <see cref="StringComparer.Ordinal"/>'s), without making that string.
    /// </summary>
    public static int HashOf(ReadOnlySpan<char> text)
    {
        char[]? rented = null;
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var hash = string.GetHashCode(buffer[..Write(text, buffer)]);
        if (rented is not null)
            ArrayPool<char>.Shared.Return(rented);
        return hash;
    }

    // Writes the normalised form of text into buffer (at least as long as it) and says how long it is.
    private static int Write(ReadOnlySpan<char> text, Span<char> buffer)
    {
        // Most sentences are printable ASCII with single spaces between words: nothing to collapse or make plain, only
        // letters to lower, which one vectorised pass does (a character at a time, every sentence of a corpus run was 1%).
        if (text.Length > 0 && text[0] != ' ' && text[^1] != ' ' && !text.ContainsAnyExcept(PlainAscii) && !text.Contains("  ", StringComparison.Ordinal))
        {
            Ascii.ToLower(text, buffer, out var written);
            return written;
        }
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
        return length;
    }
}
