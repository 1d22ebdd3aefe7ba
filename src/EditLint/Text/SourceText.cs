namespace EditLint.Text;

/// <summary>
/// The original characters of one input, with a line map. Every span in EditLint is an offset into a
/// <see cref="SourceText"/>, so a finding always points into the file the user opened.
/// Line breaks are \n, \r\n and \r.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    /// <summary>Wraps <paramref name="text"/>; the line map is built once here.</summary>
    public SourceText(string text)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>Number of characters.</summary>
    public int Length => Text.Length;

    /// <summary>Number of lines; an empty text has one.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The character at <paramref name="offset"/>.</summary>
    public char this[int offset] => Text[offset];

    /// <summary>The characters of <paramref name="span"/>.</summary>
    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The characters of <paramref name="span"/>, without allocating.</summary>
    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>Zero-based line and UTF-16 column of <paramref name="offset"/>.</summary>
    public LinePosition GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
            line = ~line - 1;
        return new LinePosition(line, offset - _lineStarts[line]);
    }

    /// <summary>Start and end positions of <paramref name="span"/>.</summary>
    public LinePositionSpan GetPositionSpan(TextSpan span) => new(GetPosition(span.Start), GetPosition(span.End));

    /// <summary>Offset of a zero-based line and UTF-16 column (clamped to the line).</summary>
    public int GetOffset(LinePosition position)
    {
        var line = Math.Clamp(position.Line, 0, _lineStarts.Length - 1);
        var start = _lineStarts[line];
        return Math.Min(start + Math.Max(0, position.Character), GetLineSpan(line).End);
    }

    /// <summary>The span of line <paramref name="line"/> (zero-based), without its line break.</summary>
    public TextSpan GetLineSpan(int line)
    {
        var start = _lineStarts[line];
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
            end--;
        return TextSpan.FromBounds(start, end);
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }
        return [.. starts];
    }
}
