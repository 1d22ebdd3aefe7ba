using System.IO.Compression;
using System.Text;

namespace EditLint.Readers;

/// <summary>
/// What a .docx must be before any XML in it is parsed: a zip package (not an encrypted Office file, an old .doc or a
/// text file with a .docx name) whose parts, as its central directory declares them, stay within bounds. .NET's zip
/// reader stops every part at its declared size, so checking the declarations bounds what is ever decompressed.
/// </summary>
internal static class DocxPackage
{
    /// <summary>The most one part may hold uncompressed.</summary>
    public const long MaxPartBytes = 64L * 1024 * 1024;

    /// <summary>The most all parts together may hold uncompressed.</summary>
    public const long MaxPackageBytes = 256L * 1024 * 1024;

    /// <summary>
    /// The largest compression ratio of a part over <see cref="RatioFrom"/> bytes. Word's XML compresses about 5 to 20
    /// times; a deflate bomb about 1,000.
    /// </summary>
    public const int MaxRatio = 100;

    /// <summary>Parts smaller than this are not held to <see cref="MaxRatio"/>: a small part cannot be a bomb.</summary>
    public const long RatioFrom = 1024 * 1024;

    private static readonly byte[] ZipLocalHeader = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] ZipEmptyArchive = [0x50, 0x4B, 0x05, 0x06];
    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>
    /// Throws <see cref="UnreadableDocumentException"/> unless the file (<paramref name="span"/>, and the same bytes as
    /// <paramref name="stream"/>) is a zip package within bounds; the stream is left at its start.
    /// </summary>
    public static void Check(ReadOnlySpan<byte> span, Stream stream)
    {
        if (span.StartsWith(CompoundFile))
        {
            // Word saves a password-protected .docx as an OLE compound file holding the encrypted package.
            throw new UnreadableDocumentException(Contains(span, Encoding.Unicode.GetBytes("EncryptedPackage"))
                ? "is encrypted (password-protected); EditLint cannot read it. Remove the password in Word (File > Info > Protect Document) and save again."
                : "is not a .docx but an older Office file (a Word 97-2003 .doc or another compound file); save it as .docx.");
        }
        if (!span.StartsWith(ZipLocalHeader) && !span.StartsWith(ZipEmptyArchive))
        {
            throw new UnreadableDocumentException(LooksLikeText(span)
                ? "is not a Word document: a .docx is a zip package, and this file is text; rename it to .txt or .md."
                : "is not a Word document: a .docx is a zip package, and this file is not one.");
        }

        ZipArchive archive;
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new UnreadableDocumentException($"is damaged: its zip package cannot be read ({e.Message.TrimEnd('.')}).", e);
        }
        using (archive)
        {
            long total = 0;
            foreach (var entry in archive.Entries)
            {
                if (entry.Length > MaxPartBytes)
                    throw new UnreadableDocumentException($"has a part ({entry.FullName}) of {SizeOf(entry.Length)} uncompressed, over the {SizeOf(MaxPartBytes)} limit; it was not read (a zip bomb, or a document too large to lint).");
                if (entry.Length > RatioFrom && entry.Length > entry.CompressedLength * MaxRatio)
                    throw new UnreadableDocumentException($"has a part ({entry.FullName}) that expands {entry.Length / Math.Max(1, entry.CompressedLength)} times ({SizeOf(entry.CompressedLength)} to {SizeOf(entry.Length)}), past the {MaxRatio}:1 bound; it was not read (it looks like a zip bomb).");
                total += entry.Length;
                if (total > MaxPackageBytes)
                    throw new UnreadableDocumentException($"holds more than {SizeOf(MaxPackageBytes)} uncompressed; it was not read (a zip bomb, or a document too large to lint).");
            }
        }
        stream.Position = 0;
    }

    private static string SizeOf(long bytes) => Inputs.SafeFile.DescribeSize(bytes);

    private static bool Contains(ReadOnlySpan<byte> bytes, byte[] value) => bytes.IndexOf(value) >= 0;

    // Text saved under a .docx name: no NUL in its first bytes and valid UTF-8 there.
    private static bool LooksLikeText(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        if (sample.IndexOf((byte)0) >= 0)
            return false;
        // A sample may end inside a character: only the last three bytes may be an incomplete sequence.
        for (var cut = 0; cut <= Math.Min(3, sample.Length); cut++)
        {
            if (System.Text.Unicode.Utf8.IsValid(sample[..(sample.Length - cut)]))
                return true;
        }
        return false;
    }
}
