using System.Text;
using EditLint.Engine;

namespace EditLint.Cli.Fixing;

/// <summary>
/// A text file's text with how it was stored: its encoding and byte-order mark, so that a fixed file is written back
/// in the same bytes but for the fix. Line endings are in the text itself and are kept by editing it in place.
/// </summary>
internal sealed record TextFile(string Text, Encoding Encoding, byte[] Preamble)
{
    /// <summary>The file's text as the document reader decoded it (a mark names the encoding; UTF-8 otherwise), or null when it is not text.</summary>
    public static TextFile? Decode(byte[] bytes)
    {
        var (encoding, preamble) = DocumentLoader.EncodingOf(bytes);
        try
        {
            return new TextFile(encoding.GetString(bytes, preamble.Length, bytes.Length - preamble.Length), encoding, preamble);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary><paramref name="text"/> in this file's encoding, after its byte-order mark if it had one.</summary>
    public byte[] Encode(string text) => [.. Preamble, .. Encoding.GetBytes(text)];
}
