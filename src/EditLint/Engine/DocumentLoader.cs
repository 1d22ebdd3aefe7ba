using System.Buffers;
using System.Text;
using System.Text.Unicode;
using EditLint.Documents;
using EditLint.Readers;
using EditLint.Text;

namespace EditLint.Engine;

/// <summary>What loading one file gave: a document, nothing (an empty file), or a reason it could not be read.</summary>
public sealed record LoadResult(ArticleDocument? Document, string? Problem = null, LinePosition ProblemPosition = default);

/// <summary>
/// Reads a file from disk, decides whether it is text at all, decodes it (UTF-8, or UTF-16 with a byte-order
/// mark) and hands it to the reader for its format. Anything that stops a file from being read becomes a
/// <see cref="LoadResult.Problem"/> with the position it was found at, never an exception.
/// </summary>
public sealed class DocumentLoader
{
    private readonly Dictionary<DocumentFormat, IDocumentReader> _readers;

    /// <summary>Uses one reader per format.</summary>
    public DocumentLoader(IEnumerable<IDocumentReader> readers) =>
        _readers = readers.GroupBy(r => r.Format).ToDictionary(g => g.Key, g => g.Last());

    /// <summary>Loads <paramref name="path"/>; <paramref name="displayPath"/> is how reports name it.</summary>
    public LoadResult Load(string path, string displayPath, LintOptions options)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > options.MaxFileBytes)
                return new LoadResult(null, $"{displayPath} is {info.Length / 1048576.0:0.0} MiB, over the {options.MaxFileBytes / 1048576.0:0.#} MiB limit for one article; it was not read.");
            bytes = File.ReadAllBytes(path);
        }
        catch (UnauthorizedAccessException)
        {
            return new LoadResult(null, $"{displayPath} cannot be opened: permission denied.");
        }
        catch (Exception e) when (e is IOException or System.Security.SecurityException)
        {
            return new LoadResult(null, $"{displayPath} cannot be read: {e.Message}");
        }
        return Load(bytes, displayPath, DocumentFormats.FromPath(path) ?? DocumentFormat.PlainText);
    }

    /// <summary>Loads a file's bytes as <paramref name="format"/>.</summary>
    public LoadResult Load(ReadOnlySpan<byte> bytes, string displayPath, DocumentFormat format)
    {
        if (bytes.Length == 0)
            return new LoadResult(null);

        var (text, problem, position) = Decode(bytes, displayPath);
        if (text is null)
            return new LoadResult(null, problem, position);
        if (text.Length == 0)
            return new LoadResult(null);
        try
        {
            return new LoadResult(Read(displayPath, new SourceText(text), format));
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            // A reader that fails (a pattern that times out on a pathological line, a parser bug) costs this file
            // only; the run goes on with the others.
            return new LoadResult(null, $"{displayPath} could not be read as {format}: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>Reads already-decoded text (editors, tests).</summary>
    public ArticleDocument Read(string displayPath, SourceText text, DocumentFormat format) =>
        _readers.TryGetValue(format, out var reader)
            ? reader.Read(displayPath, text)
            : throw new InvalidOperationException($"No reader is registered for {format}.");

    private static (string? Text, string? Problem, LinePosition Position) Decode(ReadOnlySpan<byte> bytes, string displayPath)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return (Encoding.Unicode.GetString(bytes[2..]), null, default);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), null, default);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            bytes = bytes[3..];

        // A NUL byte never occurs in text files; it is the usual sign of an image, archive or office file.
        var nul = bytes[..Math.Min(bytes.Length, 8192)].IndexOf((byte)0);
        if (nul >= 0)
            return (null, $"{displayPath} looks like a binary file (NUL byte at byte offset {nul}); EditLint reads UTF-8 text, Markdown and HTML.", PositionOf(bytes, nul));

        var buffer = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var status = Utf8.ToUtf16(bytes, buffer, out var read, out var written, replaceInvalidSequences: false);
            if (status != System.Buffers.OperationStatus.Done)
                return (null, $"{displayPath} is not valid UTF-8 (invalid byte 0x{bytes[read]:X2} at byte offset {read}); save it as UTF-8.", PositionOf(bytes, read));
            return (new string(buffer, 0, written), null, default);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    // Line and UTF-16 column of a byte offset, counting only the valid text before it.
    private static LinePosition PositionOf(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var line = before.Count((byte)'\n');
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]);
        return new LinePosition(line, column);
    }
}
