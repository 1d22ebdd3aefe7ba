using System.Text;

namespace EditLint.Cli.Fixing;

/// <summary>
/// A text file's text with how it was stored: its encoding and byte-order mark, so that a fixed file is written back
/// in the same bytes but for the fix. Line endings are in the text itself and are kept by editing it in place.
/// </summary>
internal sealed record TextFile(string Text, Encoding Encoding, byte[] Preamble)
{
    private static readonly (byte[] Mark, Encoding Encoding)[] Marks =
    [
        // UTF-32 LE's mark starts like UTF-16 LE's, so it is tried first.
        ([0xFF, 0xFE, 0x00, 0x00], new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true)),
        ([0x00, 0x00, 0xFE, 0xFF], new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true)),
        ([0xFF, 0xFE], new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true)),
        ([0xFE, 0xFF], new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true)),
        ([0xEF, 0xBB, 0xBF], new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true)),
    ];

    /// <summary>The file's text as the document reader decoded it (a mark names the encoding; UTF-8 otherwise), or null when it is not text.</summary>
    public static TextFile? Decode(byte[] bytes)
    {
        try
        {
            foreach (var (mark, encoding) in Marks)
            {
                if (bytes.AsSpan().StartsWith(mark))
                    return new TextFile(encoding.GetString(bytes, mark.Length, bytes.Length - mark.Length), encoding, mark);
            }
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            return new TextFile(utf8.GetString(bytes), utf8, []);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary><paramref name="text"/> in this file's encoding, after its byte-order mark if it had one.</summary>
    public byte[] Encode(string text) => [.. Preamble, .. Encoding.GetBytes(text)];
}
