using System.Buffers;
using System.IO.Compression;
using System.Text;
using System.Text.Unicode;

namespace EditLint.Text;

/// <summary>
/// A text kept packed while nothing works on it: in the run's scratch file (<see cref="ScratchFile"/>) as UTF-8, or in
/// memory as UTF-8 compressed with Brotli at its fastest level. The disk takes the UTF-8 as it is: compressing and
/// unpacking it again were about 3% of a corpus run's sampled CPU, to save disk, not memory. The copy last unpacked is held
/// weakly, so that the findings of one file, read one after the other, unpack it once, and the GC may still take it.
/// </summary>
internal sealed class PackedText
{
    // In memory, compressed; or null when the UTF-8 is in _spill at _offset.
    private readonly byte[]? _compressed;
    private readonly ScratchFile? _spill;
    private readonly long _offset;
    private readonly int _utf8Length;
    private readonly WeakReference<string> _unpacked;

    private PackedText(byte[]? compressed, ScratchFile? spill, long offset, int utf8Length, string text)
    {
        _compressed = compressed;
        _spill = spill;
        _offset = offset;
        _utf8Length = utf8Length;
        _unpacked = new WeakReference<string>(text);
    }

    /// <summary>True when the text is in the run's scratch file.</summary>
    public bool IsSpilled => _compressed is null;

    /// <summary>The scratch file the text is in, if any.</summary>
    public ScratchFile? Scratch => _spill;

    // Brotli's fastest level: the corpus's articles take about two fifths of their UTF-8 (a fifth of their UTF-16 strings).
    private const int Quality = 1;
    private const int Window = 22;

    /// <summary>
    /// <paramref name="text"/> packed, into <paramref name="spill"/> when there is one and it can take it, or null when the
    /// text is not valid UTF-16 (a lone surrogate would not come back as it was).
    /// </summary>
    public static PackedText? From(string text, ScratchFile? spill = null)
    {
        // Sized from the text's own UTF-8 length (a lone surrogate counts as a replacement's three bytes, then fails below),
        // not from the worst case, three times as large: the pool keeps what it lends.
        var byteCount = Encoding.UTF8.GetByteCount(text);
        var utf8 = ArrayPool<byte>.Shared.Rent(byteCount);
        byte[]? compressed = null;
        try
        {
            if (Utf8.FromUtf16(text, utf8, out _, out var utf8Length, replaceInvalidSequences: false) != OperationStatus.Done)
                return null;
            if (spill?.Append(utf8.AsSpan(0, utf8Length)) is { } offset)
                return new PackedText(null, spill, offset, utf8Length, text);
            compressed = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(utf8Length));
            if (!BrotliEncoder.TryCompress(utf8.AsSpan(0, utf8Length), compressed, out var written, Quality, Window))
                return null;
            return new PackedText(compressed.AsSpan(0, written).ToArray(), null, 0, utf8Length, text);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
            if (compressed is not null)
                ArrayPool<byte>.Shared.Return(compressed);
        }
    }

    /// <summary>The text, exactly as it was packed.</summary>
    public string Unpack()
    {
        if (_unpacked.TryGetTarget(out var text))
            return text;
        var utf8 = ArrayPool<byte>.Shared.Rent(_utf8Length);
        try
        {
            if (_compressed is null)
                _spill!.Read(_offset, utf8.AsSpan(0, _utf8Length));
            else if (!BrotliDecoder.TryDecompress(_compressed, utf8, out var written) || written != _utf8Length)
                throw new InvalidOperationException("A packed text did not unpack to its length.");
            text = Encoding.UTF8.GetString(utf8, 0, _utf8Length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
        _unpacked.SetTarget(text);
        return text;
    }

    /// <summary>Lets the unpacked copy go, so that the next read unpacks (tests: the copy is otherwise often still alive).</summary>
    internal void ForgetUnpacked() => _unpacked.SetTarget(null!);
}
