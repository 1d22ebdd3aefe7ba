using System.Buffers;
using System.Security.Cryptography;
using System.Text.Unicode;
using System.Text;
using EditLint.Documents;
using EditLint.Inputs;
using EditLint.Readers;
using EditLint.Text;

namespace EditLint.Engine;

/// <summary>What loading one file gave: a document, nothing (an empty file), or a reason it could not be read.</summary>
public sealed record LoadResult(ArticleDocument? Document, string? Problem = null, LinePosition ProblemPosition = default)
{
    /// <summary>A hash of the file's bytes, when it was loaded for a run with a store (<see cref="DocumentLoader.LoadDeferred"/>).</summary>
    public string? ContentHash { get; init; }

    /// <summary>An input whose file the run has not read yet (the engine reads it in its turn).</summary>
    internal static LoadResult NotRead { get; } = new(null, "not read yet");
}

/// <summary>
/// Reads a file from disk, decides whether it is text at all, decodes it (UTF-8, or UTF-16 or UTF-32 with a byte-order
/// mark) and hands it to the reader for its format; a binary format (.docx) goes to its reader undecoded. Anything
/// that stops a file from being read becomes a <see cref="LoadResult.Problem"/> with the position it was found at,
/// never an exception.
/// </summary>
public sealed class DocumentLoader
{
    // Indexed by format. (Arrays, not dictionaries keyed by the enum: those are generic framework code over a value
    // type, compiled at start-up.)
    private readonly IDocumentReader?[] _readers;
    private readonly IBinaryDocumentReader?[] _binaryReaders;

    /// <summary>Uses one reader per format (the last given for it); a format with a binary reader is read from its bytes.</summary>
    public DocumentLoader(IEnumerable<IDocumentReader> readers, IEnumerable<IBinaryDocumentReader>? binaryReaders = null)
    {
        _readers = ByFormat(readers, r => r.Format);
        _binaryReaders = ByFormat(binaryReaders ?? [], r => r.Format);
    }

    private static T?[] ByFormat<T>(IEnumerable<T> readers, Func<T, DocumentFormat> format) where T : class
    {
        var byFormat = Array.Empty<T?>();
        foreach (var reader in readers)
        {
            var index = (int)format(reader);
            if (index >= byFormat.Length)
                Array.Resize(ref byFormat, index + 1);
            byFormat[index] = reader;
        }
        return byFormat;
    }

    private static T? For<T>(T?[] byFormat, DocumentFormat format) where T : class =>
        (uint)format < (uint)byFormat.Length ? byFormat[(int)format] : null;

    /// <summary>The types of the readers (their builds are part of a stored result's key).</summary>
    internal IEnumerable<Type> ReaderTypes => [.. _readers.OfType<IDocumentReader>().Select(r => r.GetType()), .. _binaryReaders.OfType<IBinaryDocumentReader>().Select(r => r.GetType())];

    /// <summary>Loads <paramref name="path"/>; <paramref name="displayPath"/> is how reports name it.</summary>
    public LoadResult Load(string path, string displayPath, LintOptions options)
    {
        // Only a regular file, and no more of it than the limit: a FIFO, /dev/zero or a huge file is reported, not read;
        // and only inside the run's folders, checked on the file as opened.
        var read = SafeFile.ReadBytes(path, options.MaxFileBytes, options.Boundary);
        if (read.Bytes is not { } bytes)
            return new LoadResult(null, $"{displayPath} {read.Problem}.");
        var format = DocumentFormats.FromPath(path) ?? DocumentFormat.PlainText;
        // The extracted text of a binary format is held to the same limit as a text file's bytes.
        if (bytes.Length > 0 && For(_binaryReaders, format) is { } binary)
            return ReadBinary(binary, bytes, displayPath, options.MaxFileBytes);
        return Load(bytes, displayPath, format);
    }

    /// <summary>
    /// Loads <paramref name="path"/> as <see cref="Load(string, string, LintOptions)"/> does, with the hash of its bytes, but
    /// leaves a text file's document <see cref="ArticleDocument.Deferred"/>: a run with a store reads only the documents
    /// it does not have (<see cref="Complete"/>). A binary format is read at once, as its text is what it extracts.
    /// </summary>
    public LoadResult LoadDeferred(string path, string displayPath, LintOptions options)
    {
        var read = SafeFile.ReadBytes(path, options.MaxFileBytes, options.Boundary);
        if (read.Bytes is not { } bytes)
            return new LoadResult(null, $"{displayPath} {read.Problem}.");
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var format = DocumentFormats.FromPath(path) ?? DocumentFormat.PlainText;
        if (bytes.Length > 0 && For(_binaryReaders, format) is { } binary)
            return ReadBinary(binary, bytes, displayPath, options.MaxFileBytes) with { ContentHash = hash };
        if (bytes.Length == 0 || For(_readers, format) is null)
            return Load(bytes, displayPath, format) with { ContentHash = hash };
        var (text, problem, position) = Decode(bytes, displayPath);
        if (text is null)
            return new LoadResult(null, problem, position) { ContentHash = hash };
        if (text.Length == 0)
            return new LoadResult(null) { ContentHash = hash };
        return new LoadResult(ArticleDocument.Deferred(displayPath, format, new SourceText(text), source => Read(displayPath, source, format))) { ContentHash = hash };
    }

    /// <summary>
    /// <paramref name="load"/> with its deferred document read now, or the reason it cannot be (a reader that fails costs
    /// this file only, as in <see cref="Load(string, string, LintOptions)"/>).
    /// </summary>
    public LoadResult Complete(LoadResult load)
    {
        if (load.Document is not { IsDeferred: true } deferred)
            return load;
        try
        {
            return load with { Document = Read(deferred.Path, deferred.Source, deferred.Format) };
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            return load with { Document = null, Problem = $"{deferred.Path} could not be read as {deferred.Format}: {e.GetType().Name}: {e.Message}" };
        }
    }

    /// <summary>Loads a file's bytes as <paramref name="format"/>.</summary>
    public LoadResult Load(ReadOnlySpan<byte> bytes, string displayPath, DocumentFormat format)
    {
        if (bytes.Length == 0)
            return new LoadResult(null);
        // A .docx is binary by nature: the NUL and UTF-8 checks below are for text formats only.
        if (For(_binaryReaders, format) is { } binary)
            return ReadBinary(binary, bytes.ToArray(), displayPath, new LintOptions().MaxFileBytes);

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
        For(_readers, format) is { } reader
            ? reader.Read(displayPath, text)
            : throw new InvalidOperationException(DocumentFormats.IsBinary(format)
                ? $"{format} is read from a file's bytes (Load), not from text."
                : $"No reader is registered for {format}.");

    private static LoadResult ReadBinary(IBinaryDocumentReader reader, byte[] bytes, string displayPath, long maxTextLength)
    {
        try
        {
            // A document with no text is an empty file: nothing to lint, nothing wrong.
            var document = reader.Read(displayPath, bytes, maxTextLength);
            return new LoadResult(string.IsNullOrWhiteSpace(document.Source.Text) ? null : document);
        }
        catch (UnreadableDocumentException e)
        {
            return new LoadResult(null, $"{displayPath} {e.Message}");
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            return new LoadResult(null, $"{displayPath} could not be read as {reader.Format}: {e.GetType().Name}: {e.Message}");
        }
    }

    // Declared before the marks, which use it: static fields are set in the order they are written.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // The byte-order marks a text file may start with and the encoding each names, in the order they are tried: UTF-32's
    // first, since FF FE 00 00 also starts like UTF-16's FF FE. Every decoder throws on an invalid sequence.
    private static readonly (byte[] Mark, Encoding Encoding, string Name)[] Marks =
    [
        ([0xFF, 0xFE, 0x00, 0x00], new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), "UTF-32"),
        ([0x00, 0x00, 0xFE, 0xFF], new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), "UTF-32"),
        ([0xFF, 0xFE], new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16"),
        ([0xFE, 0xFF], new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16"),
        ([0xEF, 0xBB, 0xBF], StrictUtf8, "UTF-8"),
    ];

    /// <summary>
    /// How a text file's bytes are decoded: the encoding its byte-order mark names, and the mark (UTF-8 and no mark when
    /// it has none). The one place that knows, for reading a file and for writing a fixed one back the same way.
    /// </summary>
    public static (Encoding Encoding, byte[] Preamble) EncodingOf(ReadOnlySpan<byte> bytes) =>
        MarkOf(bytes) is var (mark, encoding, _) ? (encoding, mark) : (StrictUtf8, []);

    private static (byte[] Mark, Encoding Encoding, string Name)? MarkOf(ReadOnlySpan<byte> bytes)
    {
        foreach (var marked in Marks)
        {
            if (bytes.StartsWith(marked.Mark))
                return marked;
        }
        return null;
    }

    private static (string? Text, string? Problem, LinePosition Position) Decode(ReadOnlySpan<byte> bytes, string displayPath)
    {
        if (MarkOf(bytes) is var (mark, marked, name))
        {
            if (marked != StrictUtf8)
                return DecodeWide(bytes[mark.Length..], marked, name, displayPath);
            bytes = bytes[mark.Length..];
        }

        // A NUL byte never occurs in UTF-8 text; it is the usual sign of an image, archive or office file, or of
        // UTF-16/UTF-32 saved without a byte-order mark. Anywhere in the file: one past the start is misread too.
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            var position = PositionOf(bytes, nul);
            if (WideWithoutMark(bytes) is { } encoding)
                return (null, $"{displayPath} looks like {encoding} text without a byte-order mark (NUL byte at byte offset {nul}); save it as UTF-8.", position);
            return (null, $"{displayPath} contains a NUL byte at byte offset {nul} (line {position.Line + 1}, column {position.Character + 1}): it looks like a binary file; EditLint reads UTF-8 text, Markdown and HTML, and Word documents named .docx.", position);
        }

        // Valid text is decoded straight into its string: a buffer rented for it would stay in the shared pool for the
        // rest of the run (32 MB for a 10 MB file). Only invalid text pays for one, to say where the invalid byte is.
        if (Utf8.IsValid(bytes))
            return (Encoding.UTF8.GetString(bytes), null, default);
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

    // Text in UTF-16 or UTF-32 after its byte-order mark; an invalid sequence or a NUL character is reported, not misread.
    private static (string? Text, string? Problem, LinePosition Position) DecodeWide(ReadOnlySpan<byte> bytes, Encoding encoding, string name, string displayPath)
    {
        string text;
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            return (null, $"{displayPath} is not valid {name} (invalid sequence at byte offset {e.Index}); save it as UTF-8.", default);
        }
        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            var position = EndOf(text[..nul]);
            return (null, $"{displayPath} contains a NUL character (line {position.Line + 1}, column {position.Character + 1}): it looks like a binary file; EditLint reads text, Markdown and HTML.", position);
        }
        return (text, null, default);
    }

    // UTF-16 or UTF-32 without a byte-order mark, told by where its NUL bytes fall in the first 4 KiB: in Latin text
    // every other byte (UTF-16) or three bytes in four (UTF-32) are NUL, always at the same places.
    private static string? WideWithoutMark(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~3)];
        if (sample.Length < 4)
            return null;
        Span<int> zeros = stackalloc int[4];
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
                zeros[i & 3]++;
        }
        var quarter = sample.Length / 4;
        bool Mostly(int count) => count * 10 >= quarter * 9;
        if ((Mostly(zeros[1]) && Mostly(zeros[2]) && Mostly(zeros[3]) && zeros[0] == 0) || (Mostly(zeros[0]) && Mostly(zeros[1]) && Mostly(zeros[2]) && zeros[3] == 0))
            return "UTF-32";
        if ((Mostly(zeros[1]) && Mostly(zeros[3]) && zeros[0] + zeros[2] == 0) || (Mostly(zeros[0]) && Mostly(zeros[2]) && zeros[1] + zeros[3] == 0))
            return "UTF-16";
        return null;
    }

    // Line and UTF-16 column of a byte offset, counting only the valid text before it, with lines broken where
    // SourceText breaks them (LF, CRLF and CR): one owner of what a line is.
    private static LinePosition PositionOf(ReadOnlySpan<byte> bytes, int offset) => EndOf(Encoding.UTF8.GetString(bytes[..offset]));

    private static LinePosition EndOf(string before) => new SourceText(before).GetPosition(before.Length);
}
