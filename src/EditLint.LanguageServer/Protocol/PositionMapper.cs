using System.Text;
using EditLint.Text;

namespace EditLint.LanguageServer.Protocol;

/// <summary>
/// Converts between EditLint's absolute UTF-16 offsets and LSP positions in the negotiated encoding. A line's
/// character count is the number of code units (UTF-16), bytes (UTF-8) or code points (UTF-32) before the offset.
/// </summary>
internal static class PositionMapper
{
    public static string Name(PositionEncoding encoding) => encoding switch
    {
        PositionEncoding.Utf8 => "utf-8",
        PositionEncoding.Utf32 => "utf-32",
        _ => "utf-16",
    };

    public static PositionEncoding? Parse(string? name) => name switch
    {
        "utf-16" => PositionEncoding.Utf16,
        "utf-8" => PositionEncoding.Utf8,
        "utf-32" => PositionEncoding.Utf32,
        _ => null,
    };

    public static Position ToPosition(SourceText text, int offset, PositionEncoding encoding)
    {
        var position = text.GetPosition(offset);
        if (encoding == PositionEncoding.Utf16)
            return new Position(position.Line, position.Character);
        var lineStart = offset - position.Character;
        var prefix = text.Text.AsSpan(lineStart, position.Character);
        return new Position(position.Line, Count(prefix, encoding));
    }

    public static Range ToRange(SourceText text, TextSpan span, PositionEncoding encoding) =>
        new(ToPosition(text, span.Start, encoding), ToPosition(text, span.End, encoding));

    /// <summary>The offset of <paramref name="position"/>; a character past the end of its line is the line's end, as the spec says.</summary>
    public static int ToOffset(SourceText text, Position position, PositionEncoding encoding)
    {
        if (position.Line >= text.LineCount)
            return text.Length;
        var line = text.GetLineSpan(Math.Max(0, position.Line));
        if (encoding == PositionEncoding.Utf16)
            return Math.Min(line.Start + Math.Max(0, position.Character), line.End);

        var remaining = Math.Max(0, position.Character);
        var offset = line.Start;
        while (offset < line.End && remaining > 0)
        {
            var width = char.IsHighSurrogate(text[offset]) && offset + 1 < line.End && char.IsLowSurrogate(text[offset + 1]) ? 2 : 1;
            var units = Count(text.Text.AsSpan(offset, width), encoding);
            if (units > remaining)
                break;
            remaining -= units;
            offset += width;
        }
        return offset;
    }

    private static int Count(ReadOnlySpan<char> text, PositionEncoding encoding) => encoding switch
    {
        PositionEncoding.Utf8 => Encoding.UTF8.GetByteCount(text),
        PositionEncoding.Utf32 => CodePoints(text),
        _ => text.Length,
    };

    private static int CodePoints(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            count++;
        }
        return count;
    }
}
