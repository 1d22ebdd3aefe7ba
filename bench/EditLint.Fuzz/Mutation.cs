using System.Text;

namespace EditLint.Fuzz;

/// <summary>One change to a file's bytes, with the words a repro uses to say what it did.</summary>
internal sealed record Mutation(string Description, Func<byte[], byte[]> Apply);

/// <summary>
/// The byte-level edits the generators combine. Positions arrive as raw random numbers and are scaled to the
/// file they meet, so one generated plan applies to any article.
/// </summary>
internal static class Mutations
{
    public static int Scale(uint random, int length) => (int)(random % (uint)(length + 1));

    /// <summary>The start of the line at or after <paramref name="position"/>.</summary>
    public static int LineStartFrom(byte[] bytes, int position)
    {
        if (position == 0)
            return 0;
        var newline = Array.IndexOf(bytes, (byte)'\n', position - 1);
        return newline < 0 ? bytes.Length : newline + 1;
    }

    public static byte[] Insert(byte[] bytes, int position, ReadOnlySpan<byte> inserted)
    {
        var result = new byte[bytes.Length + inserted.Length];
        bytes.AsSpan(0, position).CopyTo(result);
        inserted.CopyTo(result.AsSpan(position));
        bytes.AsSpan(position).CopyTo(result.AsSpan(position + inserted.Length));
        return result;
    }

    public static byte[] Remove(byte[] bytes, int start, int length) =>
        [.. bytes.AsSpan(0, start), .. bytes.AsSpan(start + length)];

    public static Mutation FlipBits(uint position, int bit, int count) => new($"flip bit {bit} of {count} byte(s) at {position % 1000 / 10.0}%",
        bytes =>
        {
            if (bytes.Length == 0)
                return bytes;
            var copy = (byte[])bytes.Clone();
            var at = Scale(position, bytes.Length - 1);
            for (var i = at; i < Math.Min(copy.Length, at + count); i++)
                copy[i] ^= (byte)(1 << bit);
            return copy;
        });

    public static Mutation InsertAt(string what, byte[] inserted, uint position, bool atLineStart) =>
        new($"insert {Show(inserted)} ({what}) {(atLineStart ? "at a line start" : "")}".TrimEnd(), bytes =>
        {
            var at = Scale(position, bytes.Length);
            return Insert(bytes, atLineStart ? LineStartFrom(bytes, at) : at, inserted);
        });

    public static Mutation Delete(uint position, int length) => new($"delete {length} byte(s)", bytes =>
    {
        var at = Scale(position, bytes.Length);
        return Remove(bytes, at, Math.Min(length, bytes.Length - at));
    });

    public static Mutation Duplicate(uint from, int length, uint to) => new($"copy {length} byte(s) elsewhere", bytes =>
    {
        var start = Scale(from, bytes.Length);
        var piece = bytes.AsSpan(start, Math.Min(length, bytes.Length - start)).ToArray();
        return Insert(bytes, Scale(to, bytes.Length), piece);
    });

    public static Mutation Truncate(uint position) => new("truncate", bytes => bytes[..Scale(position, bytes.Length)]);

    public static Mutation Run(byte[] unit, int count, uint position) => new($"insert {Show(unit)} × {count}", bytes =>
    {
        var run = new byte[unit.Length * count];
        for (var i = 0; i < count; i++)
            unit.CopyTo(run, i * unit.Length);
        return Insert(bytes, Scale(position, bytes.Length), run);
    });

    public static byte[] Nesting((byte[] Open, byte[] Close) pair, int depth, byte[] core) =>
        [.. Enumerable.Repeat(pair.Open, depth).SelectMany(b => b), .. core, .. Enumerable.Repeat(pair.Close, depth).SelectMany(b => b)];

    public static Mutation Nest((byte[] Open, byte[] Close) pair, int depth, uint position) =>
        new($"insert {Show(pair.Open)}…{Show(pair.Close)} nested {depth} deep", bytes =>
            Insert(bytes, Scale(position, bytes.Length), Nesting(pair, depth, "x"u8.ToArray())));

    public enum LineEnding { CrLf, Cr, Mixed }

    public static Mutation LineEndings(LineEnding ending, uint seed) => new($"line endings {ending}", bytes =>
    {
        var result = new List<byte>(bytes.Length + bytes.Length / 20);
        var state = seed;
        foreach (var b in bytes)
        {
            if (b != '\n')
            {
                result.Add(b);
                continue;
            }
            state = state * 1664525 + 1013904223;
            // Mixed: each line ends in LF, CRLF or CR at random.
            var choice = ending == LineEnding.Mixed ? (state >> 16) % 3 : ending == LineEnding.CrLf ? 1u : 2u;
            result.AddRange(choice switch { 0 => "\n"u8, 1 => "\r\n"u8, _ => "\r"u8 });
        }
        return [.. result];
    });

    public enum TextEncoding { Utf8Bom, Utf16LeBom, Utf16BeBom, Utf16LeNoBom, Utf32LeBom, Utf32LeNoBom }

    public static Mutation Encode(TextEncoding encoding) => new($"re-encode as {encoding}", bytes =>
    {
        var text = Encoding.UTF8.GetString(bytes);
        return encoding switch
        {
            TextEncoding.Utf8Bom => [.. Encoding.UTF8.Preamble, .. bytes],
            TextEncoding.Utf16LeBom => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)],
            TextEncoding.Utf16BeBom => [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(text)],
            TextEncoding.Utf16LeNoBom => Encoding.Unicode.GetBytes(text),
            TextEncoding.Utf32LeBom => [.. Encoding.UTF32.Preamble, .. Encoding.UTF32.GetBytes(text)],
            _ => Encoding.UTF32.GetBytes(text),
        };
    });

    /// <summary>The start of this file up to one point, then another file from another point.</summary>
    public static Mutation Splice(string otherName, byte[] other, uint here, uint there) => new($"splice with {otherName}", bytes =>
        [.. bytes.AsSpan(0, Scale(here, bytes.Length)), .. other.AsSpan(Scale(there, other.Length))]);

    /// <summary>
    /// Sets <paramref name="key"/> in the YAML front matter (replacing its value or adding the key), adding front
    /// matter when there is none.
    /// </summary>
    public static Mutation FrontMatter(string key, byte[] value) => new($"front matter {key}: {Show(value)}", bytes =>
    {
        var line = (byte[])[.. Encoding.UTF8.GetBytes(key + ": "), .. value, (byte)'\n'];
        if (!bytes.AsSpan().StartsWith("---\n"u8))
            return [.. "---\n"u8, .. line, .. "---\n"u8, .. bytes];
        var end = bytes.AsSpan(4).IndexOf("\n---"u8);
        var header = end < 0 ? bytes.AsSpan(4) : bytes.AsSpan(4, end + 1);
        var keyAt = IndexOfLineStartingWith(header, Encoding.UTF8.GetBytes(key + ":"));
        if (keyAt < 0)
            return Insert(bytes, 4, line);
        var lineEnd = header[keyAt..].IndexOf((byte)'\n');
        var removeLength = lineEnd < 0 ? header.Length - keyAt : lineEnd + 1;
        return Insert(Remove(bytes, 4 + keyAt, removeLength), 4 + keyAt, line);
    });

    /// <summary>Replaces the value of a YAML line ("key: value" or "- value") chosen by <paramref name="which"/>.</summary>
    public static Mutation ReplaceValue(string what, byte[] value, uint which) => new($"replace a value with {Show(value)} ({what})", bytes =>
    {
        var starts = ValueStarts(bytes);
        if (starts.Count == 0)
            return Insert(bytes, 0, value);
        var start = starts[(int)(which % (uint)starts.Count)];
        var end = Array.IndexOf(bytes, (byte)'\n', start);
        if (end < 0)
            end = bytes.Length;
        return Insert(Remove(bytes, start, end - start), start, value);
    });

    /// <summary>Indents or dedents the lines in a range: YAML's structure is its indentation.</summary>
    public static Mutation Indent(uint position, int lines, int by) => new($"indent {lines} line(s) by {by}", bytes =>
    {
        var text = new List<byte>(bytes.Length + 64);
        var at = LineStartFrom(bytes, Scale(position, bytes.Length));
        text.AddRange(bytes.AsSpan(0, at));
        var done = 0;
        var i = at;
        while (i < bytes.Length && done < lines)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', i);
            end = end < 0 ? bytes.Length : end + 1;
            var line = bytes.AsSpan(i, end - i);
            if (by > 0)
                text.AddRange(Enumerable.Repeat((byte)' ', by));
            else
                line = line[Math.Min(-by, line.Length - line.TrimStart((byte)' ').Length)..];
            text.AddRange(line);
            i = end;
            done++;
        }
        text.AddRange(bytes.AsSpan(i));
        return [.. text];
    });

    private static List<int> ValueStarts(byte[] bytes)
    {
        var starts = new List<int>();
        var lineStart = 0;
        while (lineStart < bytes.Length)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', lineStart);
            if (end < 0)
                end = bytes.Length;
            var line = bytes.AsSpan(lineStart, end - lineStart);
            var colon = line.IndexOf(": "u8);
            var dash = line.TrimStart((byte)' ').StartsWith("- "u8) ? line.IndexOf("- "u8) : -1;
            if (colon >= 0)
                starts.Add(lineStart + colon + 2);
            else if (dash >= 0)
                starts.Add(lineStart + dash + 2);
            lineStart = end + 1;
        }
        return starts;
    }

    private static int IndexOfLineStartingWith(ReadOnlySpan<byte> text, ReadOnlySpan<byte> prefix)
    {
        for (var i = 0; i < text.Length;)
        {
            if (text[i..].StartsWith(prefix))
                return i;
            var next = text[i..].IndexOf((byte)'\n');
            if (next < 0)
                return -1;
            i += next + 1;
        }
        return -1;
    }

    /// <summary>A short, printable form of inserted bytes for the repro's list of steps.</summary>
    public static string Show(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes.AsSpan(0, Math.Min(bytes.Length, 40)));
        var shown = new StringBuilder("'");
        foreach (var c in text)
            shown.Append(char.IsControl(c) || c == '\uFFFD' ? $"\\u{(int)c:X4}" : c.ToString());
        return shown.Append(bytes.Length > 40 ? "…'" : "'").ToString();
    }
}
