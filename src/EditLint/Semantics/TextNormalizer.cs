using System.Text;

namespace EditLint.Semantics;

/// <summary>One normalisation for comparing prose: whitespace collapsed, curly quotes and dashes made plain, lower case.</summary>
public static class TextNormalizer
{
    /// <summary>The normalised form of <paramref name="text"/>.</summary>
    public static string Normalize(string text) => Normalize(text.AsSpan());

    /// <summary>The normalised form of <paramref name="text"/>, read in place.</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
                builder.Append(' ');
            space = false;
            builder.Append(c switch
            {
                '“' or '”' or '„' or '«' or '»' => '"',
                '‘' or '’' or '‚' or '`' => '\'',
                '–' or '—' or '‒' or '―' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }
        return builder.ToString();
    }
}
