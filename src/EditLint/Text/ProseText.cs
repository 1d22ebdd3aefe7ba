using System.Text;

namespace EditLint.Text;

/// <summary>
/// The prose of one block as rules read it (markup removed, entities decoded, soft breaks as spaces),
/// with a map from every prose character back to the source range it came from. Rules work on
/// <see cref="Text"/> and turn local ranges into source spans with <see cref="ToSource(int, int)"/>.
/// </summary>
public sealed class ProseText
{
    // The map is kept as runs, not two ints per character: a run of verbatim characters maps prose index p to source
    // offset Source + (p - Prose); a replacement or separator maps every one of its characters to [Source, End). A
    // 5 MB document is then a few runs per block instead of 40 MB of offsets.
    private readonly ProseRun[] _runs;

    internal ProseText(string text, ProseRun[] runs)
    {
        Text = text;
        _runs = runs;
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
        var from = SourceStart(start);
        if (length <= 0)
            return new TextSpan(from, 0);
        var last = Math.Min(start + length, Text.Length) - 1;
        return TextSpan.FromBounds(from, Math.Max(SourceEnd(last), from));
    }

    /// <summary>The source span of the whole prose.</summary>
    public TextSpan SourceSpan => Text.Length == 0 ? default : ToSource(0, Text.Length);

    /// <summary>Source offset where prose character <paramref name="index"/> starts.</summary>
    public int SourceStart(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Text.Length);
        var run = _runs[RunOf(index)];
        return run.Verbatim ? run.Source + (index - run.Prose) : run.Source;
    }

    private int SourceEnd(int index)
    {
        var run = _runs[RunOf(index)];
        return run.Verbatim ? run.Source + (index - run.Prose) + 1 : run.End;
    }

    // The last run starting at or before index (runs are in prose order and the first starts at 0).
    private int RunOf(int index)
    {
        int lo = 0, hi = _runs.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (_runs[mid].Prose <= index)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
}

/// <summary>
/// A stretch of prose from <see cref="Prose"/> on that came from the source at <see cref="Source"/>: character by
/// character when <see cref="Verbatim"/>, else every character standing for the whole of [Source, End).
/// </summary>
internal readonly record struct ProseRun(int Prose, int Source, int End, bool Verbatim);

/// <summary>Builds a <see cref="ProseText"/> piece by piece, recording where each character came from.</summary>
public sealed class ProseTextBuilder
{
    private readonly StringBuilder _text;
    private readonly List<ProseRun> _runs = [];

    /// <summary>A builder with room for <paramref name="capacity"/> characters before it grows.</summary>
    public ProseTextBuilder(int capacity = 16) => _text = new StringBuilder(Math.Max(capacity, 16));

    /// <summary>Characters so far.</summary>
    public int Length => _text.Length;

    /// <summary>The last character appended, or '\0'.</summary>
    public char LastChar => _text.Length == 0 ? '\0' : _text[^1];

    /// <summary>Appends source characters that appear unchanged in the prose.</summary>
    public void AppendVerbatim(string source, int start, int length)
    {
        if (length <= 0)
            return;
        // Source that carries on where the last verbatim run ends extends that run.
        if (_runs.Count == 0 || _runs[^1] is not { Verbatim: true } last || last.Source + (_text.Length - last.Prose) != start)
            _runs.Add(new ProseRun(_text.Length, start, start, Verbatim: true));
        _text.Append(source, start, length);
    }

    /// <summary>Appends prose that replaces a whole source range (a decoded entity, an escape).</summary>
    public void AppendReplacement(string prose, int sourceStart, int sourceEnd)
    {
        if (prose.Length == 0)
            return;
        _runs.Add(new ProseRun(_text.Length, sourceStart, sourceEnd, Verbatim: false));
        _text.Append(prose);
    }

    /// <summary>Appends a separator that stands for markup at <paramref name="sourceOffset"/> (a soft line break, a tag).</summary>
    public void AppendSeparator(char c, int sourceOffset)
    {
        _runs.Add(new ProseRun(_text.Length, sourceOffset, sourceOffset, Verbatim: false));
        _text.Append(c);
    }

    /// <summary>Removes trailing whitespace.</summary>
    public void TrimEnd()
    {
        while (_text.Length > 0 && char.IsWhiteSpace(_text[^1]))
        {
            _text.Length--;
            if (_runs[^1].Prose >= _text.Length)
                _runs.RemoveAt(_runs.Count - 1);
        }
    }

    /// <summary>The finished prose.</summary>
    public ProseText Build() => new(_text.ToString(), [.. _runs]);
}
