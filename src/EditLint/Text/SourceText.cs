namespace EditLint.Text;

/// <summary>
/// The original characters of one input, with a line map. Every span in EditLint is an offset into a
/// <see cref="SourceText"/>, so a finding always points into the file the user opened.
/// Line breaks are \n, \r\n and \r.
/// </summary>
public sealed class SourceText
{
    // The line map: where each line starts. Once the text is packed, an article's map is kept as the differences between
    // those starts instead (LEB128, most of them one or two bytes: a run over 16 copies of the corpus kept 11 MB of these
    // arrays until the report), and a line is found by a walk from the first. A text of more lines keeps its array.
    private int[]? _lineStarts;
    private byte[]? _packedLineStarts;
    private readonly int _lineCount;
    private readonly int _length;

    /// <summary>The most lines a packed text's line map is walked for rather than kept as an array.</summary>
    internal const int LineStartsPackedUpTo = 256;

    // The text while it is worked on; once packed (Pack), null, and the text is kept compressed in _packed.
    private string? _text;
    private PackedText? _packed;

    /// <summary>Wraps <paramref name="text"/>; the line map is built once here.</summary>
    public SourceText(string text)
    {
        _text = text ?? throw new ArgumentNullException(nameof(text));
        _length = text.Length;
        _lineStarts = ComputeLineStarts(text);
        _lineCount = _lineStarts.Length;
    }

    /// <summary>The whole text.</summary>
    public string Text => Volatile.Read(ref _text) ?? _packed!.Unpack();

    /// <summary>Number of characters.</summary>
    public int Length => _length;

    /// <summary>
    /// Keeps the text packed from now on (a run over many files keeps every document's text for its report, and a
    /// compressed article is about a fifth of its UTF-16 string). <see cref="Text"/> still gives it, unpacked on demand;
    /// spans, positions and the line map do not need it. A text that is not valid UTF-16 is left as it is. The unpacked copy
    /// is held weakly: a caller that reads the text many times (line by line, finding by finding) holds it in a local.
    /// With <paramref name="spill"/>, the text is kept in the run's scratch file (as UTF-8) rather than in memory.
    /// </summary>
    internal void Pack(ScratchFile? spill = null)
    {
        if (Volatile.Read(ref _text) is not { } text || PackedText.From(text, spill) is not { } packed)
            return;
        _packed = packed;
        // Published after the packed copy, so that a reader that sees no text sees the copy.
        Volatile.Write(ref _text, null);
        if (_lineCount <= LineStartsPackedUpTo && Volatile.Read(ref _lineStarts) is { } starts)
        {
            var differences = new System.Buffers.ArrayBufferWriter<byte>(starts.Length * 2);
            for (var i = 1; i < starts.Length; i++)
                Leb128.Write(differences, (uint)(starts[i] - starts[i - 1]));
            _packedLineStarts = differences.WrittenSpan.ToArray();
            // Published after the differences, as the text is.
            Volatile.Write(ref _lineStarts, null);
        }
    }

    /// <summary>True once <see cref="Pack"/> has kept the line map as differences (tests).</summary>
    internal bool LineStartsArePacked => Volatile.Read(ref _lineStarts) is null;

    /// <summary>True once <see cref="Pack"/> has compressed the text.</summary>
    internal bool IsPacked => Volatile.Read(ref _text) is null;

    /// <summary>True once <see cref="Pack"/> has put the text in a scratch file.</summary>
    internal bool IsSpilled => IsPacked && _packed!.IsSpilled;

    /// <summary>The scratch file the packed text is in, if any (tests).</summary>
    internal ScratchFile? Scratch => IsPacked ? _packed!.Scratch : null;

    /// <summary>Lets a packed text's unpacked copy go: the next read of <see cref="Text"/> unpacks it (tests).</summary>
    internal void ForgetUnpacked() => _packed?.ForgetUnpacked();

    /// <summary>Number of lines; an empty text has one.</summary>
    public int LineCount => _lineCount;

    /// <summary>The character at <paramref name="offset"/>.</summary>
    public char this[int offset] => Text[offset];

    /// <summary>The characters of <paramref name="span"/>.</summary>
    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The characters of <paramref name="span"/>, without allocating.</summary>
    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>Zero-based line and UTF-16 column of <paramref name="offset"/>.</summary>
    public LinePosition GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, _length);
        if (Volatile.Read(ref _lineStarts) is { } starts)
        {
            var found = Array.BinarySearch(starts, offset);
            if (found < 0)
                found = ~found - 1;
            return new LinePosition(found, offset - starts[found]);
        }
        // The last line starting at or before the offset.
        var (line, start, at) = (0, 0, 0);
        while (line + 1 < _lineCount)
        {
            var next = start + (int)Leb128.Read(_packedLineStarts!, ref at);
            if (next > offset)
                break;
            (line, start) = (line + 1, next);
        }
        return new LinePosition(line, offset - start);
    }

    // Where line `line` starts, and where the next one does (the text's end after the last line).
    private (int Start, int NextStart) LineBounds(int line)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)line, (uint)_lineCount, nameof(line));
        if (Volatile.Read(ref _lineStarts) is { } starts)
            return (starts[line], line + 1 < starts.Length ? starts[line + 1] : _length);
        var (start, at) = (0, 0);
        for (var i = 0; i < line; i++)
            start += (int)Leb128.Read(_packedLineStarts!, ref at);
        return (start, line + 1 < _lineCount ? start + (int)Leb128.Read(_packedLineStarts!, ref at) : _length);
    }

    /// <summary>Start and end positions of <paramref name="span"/>.</summary>
    public LinePositionSpan GetPositionSpan(TextSpan span) => new(GetPosition(span.Start), GetPosition(span.End));

    /// <summary>Offset of a zero-based line and UTF-16 column (clamped to the line).</summary>
    public int GetOffset(LinePosition position)
    {
        var line = Math.Clamp(position.Line, 0, _lineCount - 1);
        var start = LineBounds(line).Start;
        return Math.Min(start + Math.Max(0, position.Character), GetLineSpan(line).End);
    }

    /// <summary>The span of line <paramref name="line"/> (zero-based), without its line break.</summary>
    public TextSpan GetLineSpan(int line)
    {
        var (start, end) = LineBounds(line);
        var text = Text;
        while (end > start && (text[end - 1] == '\n' || text[end - 1] == '\r'))
            end--;
        return TextSpan.FromBounds(start, end);
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        // From line end to line end by a vectorised search, not a test per character.
        for (var i = 0; i < text.Length; i++)
        {
            var next = text.AsSpan(i).IndexOfAny('\r', '\n');
            if (next < 0)
                break;
            i += next;
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                i++;
            starts.Add(i + 1);
        }
        return [.. starts];
    }
}
