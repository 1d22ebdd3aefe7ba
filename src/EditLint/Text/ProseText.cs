using System.Text;

namespace EditLint.Text;

/// <summary>
/// The prose of one block as rules read it (markup removed, entities decoded, soft breaks as spaces),
/// with a map from every prose character back to the source range it came from. Rules work on
/// <see cref="Text"/> and turn local ranges into source spans with <see cref="ToSource(int, int)"/>.
/// </summary>
public sealed class ProseText
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    internal ProseText(string text, int[] starts, int[] ends)
    {
        Text = text;
        _starts = starts;
        _ends = ends;
    }

    /// <summary>The prose.</summary>
    public string Text { get; }

    /// <summary>Number of prose characters.</summary>
    public int Length => Text.Length;

    /// <summary>Prose that maps one to one onto a stretch of the source (plain text, scrapes).</summary>
    public static ProseText Verbatim(SourceText source, TextSpan span)
    {
        var builder = new ProseTextBuilder();
        builder.AppendVerbatim(source.Text, span.Start, span.Length);
        return builder.Build();
    }

    /// <summary>The source span covering prose characters [start, start+length).</summary>
    public TextSpan ToSource(int start, int length)
    {
        if (Text.Length == 0)
            return new TextSpan(0, 0);
        start = Math.Clamp(start, 0, Text.Length - 1);
        if (length <= 0)
            return new TextSpan(_starts[start], 0);
        var last = Math.Min(start + length, Text.Length) - 1;
        return TextSpan.FromBounds(_starts[start], Math.Max(_ends[last], _starts[start]));
    }

    /// <summary>The source span of the whole prose.</summary>
    public TextSpan SourceSpan => Text.Length == 0 ? default : ToSource(0, Text.Length);

    /// <summary>Source offset where prose character <paramref name="index"/> starts.</summary>
    public int SourceStart(int index) => _starts[index];
}

/// <summary>Builds a <see cref="ProseText"/> piece by piece, recording where each character came from.</summary>
public sealed class ProseTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _starts = [];
    private readonly List<int> _ends = [];

    /// <summary>Characters so far.</summary>
    public int Length => _text.Length;

    /// <summary>The last character appended, or '\0'.</summary>
    public char LastChar => _text.Length == 0 ? '\0' : _text[^1];

    /// <summary>Appends source characters that appear unchanged in the prose.</summary>
    public void AppendVerbatim(string source, int start, int length)
    {
        for (var i = 0; i < length; i++)
        {
            _text.Append(source[start + i]);
            _starts.Add(start + i);
            _ends.Add(start + i + 1);
        }
    }

    /// <summary>Appends prose that replaces a whole source range (a decoded entity, an escape).</summary>
    public void AppendReplacement(string prose, int sourceStart, int sourceEnd)
    {
        foreach (var c in prose)
        {
            _text.Append(c);
            _starts.Add(sourceStart);
            _ends.Add(sourceEnd);
        }
    }

    /// <summary>Appends a separator that stands for markup at <paramref name="sourceOffset"/> (a soft line break, a tag).</summary>
    public void AppendSeparator(char c, int sourceOffset)
    {
        _text.Append(c);
        _starts.Add(sourceOffset);
        _ends.Add(sourceOffset);
    }

    /// <summary>Removes trailing whitespace.</summary>
    public void TrimEnd()
    {
        while (_text.Length > 0 && char.IsWhiteSpace(_text[^1]))
        {
            _text.Length--;
            _starts.RemoveAt(_starts.Count - 1);
            _ends.RemoveAt(_ends.Count - 1);
        }
    }

    /// <summary>The finished prose.</summary>
    public ProseText Build() => new(_text.ToString(), [.. _starts], [.. _ends]);
}
