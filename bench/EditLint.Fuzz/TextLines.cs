namespace EditLint.Fuzz;

/// <summary>
/// Lines of a text as the Language Server Protocol counts them (CRLF, CR or LF ends a line; columns in UTF-16
/// code units), computed here on purpose rather than taken from the engine, so a position the engine got wrong
/// shows up as a disagreement.
/// </summary>
internal sealed class TextLines
{
    private readonly string _text;
    private readonly List<int> _starts = [0];

    public TextLines(string text)
    {
        _text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                i++;
            if (text[i] is '\r' or '\n')
                _starts.Add(i + 1);
        }
    }

    public int Length => _text.Length;

    public int Count => _starts.Count;

    /// <summary>The length of a line without its line break.</summary>
    public int ContentLength(int line)
    {
        var end = line + 1 < _starts.Count ? _starts[line + 1] : _text.Length;
        while (end > _starts[line] && _text[end - 1] is '\r' or '\n')
            end--;
        return end - _starts[line];
    }

    public (int Line, int Column) PositionOf(int offset)
    {
        var index = _starts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line, offset - _starts[line]);
    }
}
