namespace EditLint.Readers;

/// <summary>
/// Front matter that is nothing but <c>key: value</c> lines, read without the YAML parser: what nearly every article's
/// is (a title, a date, a source), for which YamlDotNet's scanner, parser and node tree cost 25 µs an article (2% of a
/// corpus run). Anything else, down to a comment after a value or a duplicate key, is left to the parser, and so is
/// every YAML error: what is read here is what the parser reads, value and place.
/// </summary>
internal static class FlatFrontMatter
{
    /// <summary>One entry: its key, its value as YAML reads it, and where the value node starts and ends in the YAML.</summary>
    internal readonly record struct Entry(string Key, string Value, int Start, int End);

    // Longer front matter, and longer keys, are left to the parser (YAML limits an implicit key to 1,024 characters).
    private const int LongestText = 8_192;
    private const int LongestKey = 64;

    /// <summary>
    /// The entries of <paramref name="yaml"/> in order, or null when it is not flat: each line blank, a comment opening
    /// the line, or a key of letters, digits, '_' and '-' at the start of the line, a colon, and a value on the same line
    /// (plain, or in quotes with no escape and no quote inside).
    /// </summary>
    public static List<Entry>? Read(string yaml)
    {
        if (yaml.Length > LongestText)
            return null;
        var entries = new List<Entry>();
        var at = 0;
        while (at < yaml.Length)
        {
            var end = yaml.IndexOf('\n', at);
            if (end < 0)
                end = yaml.Length;
            // A CR before the LF ends the line with it; one anywhere else is a break YAML reads and this does not.
            var lineEnd = end > at && yaml[end - 1] == '\r' ? end - 1 : end;
            if (!ReadLine(yaml, at, lineEnd, entries))
                return null;
            at = end + 1;
        }
        return entries;
    }

    private static bool ReadLine(string yaml, int start, int end, List<Entry> entries)
    {
        var line = yaml.AsSpan(start, end - start);
        foreach (var c in line)
        {
            if (!IsPlainCharacter(c))
                return false;
        }
        // A blank line or a comment; a line that opens with a space is blank or it is nested, which is not flat.
        if (line.IsEmpty || line[0] == '#')
            return true;
        if (line[0] == ' ')
            return line.IsWhiteSpace();
        var colon = line.IndexOf(':');
        if (colon <= 0 || colon > LongestKey || !IsKey(line[..colon]) || (colon + 1 < line.Length && line[colon + 1] != ' '))
            return false;
        var key = line[..colon].ToString();
        foreach (var entry in entries)
        {
            if (entry.Key == key)
                return false;
        }
        var rest = line[(colon + 1)..];
        var lead = rest.Length - rest.TrimStart(' ').Length;
        var value = rest.Trim(' ');
        var valueStart = start + colon + 1 + lead;
        var valueEnd = valueStart + value.Length;
        // An empty value is kept as one (a key twice is still a key twice), and the caller skips it as it skips the
        // parser's empty scalar.
        if (value.IsEmpty)
        {
            entries.Add(new Entry(key, "", valueStart, valueStart));
            return true;
        }
        if (value[0] is '"' or '\'')
        {
            // In quotes: the same mark closes it at the end of the line, with no escape or other quote inside.
            var quote = value[0];
            if (value.Length < 2 || value[^1] != quote)
                return false;
            var inner = value[1..^1];
            if (inner.Contains(quote) || inner.Contains('\\'))
                return false;
            entries.Add(new Entry(key, inner.ToString(), valueStart, valueEnd));
            return true;
        }
        // Plain: no indicator first, no comment or mapping inside, no colon last.
        if ("-?:,[]{}#&*!|>%@`".Contains(value[0]) || value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal) || value[^1] == ':')
            return false;
        entries.Add(new Entry(key, value.ToString(), valueStart, valueEnd));
        return true;
    }

    // A key as the line opens it: a letter or '_' first, then letters, digits, '_' and '-'.
    private static bool IsKey(ReadOnlySpan<char> key)
    {
        if (!(char.IsAsciiLetter(key[0]) || key[0] == '_'))
            return false;
        foreach (var c in key)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
                return false;
        }
        return true;
    }

    // Printable, in the plane of single characters, and no break YAML 1.1 reads (NEL, the line and paragraph
    // separators) or byte-order mark: a tab, a control character or a surrogate leaves the line to the parser.
    private static bool IsPlainCharacter(char c) =>
        c is >= ' ' and <= '~' || (c >= '\u00A0' && c <= '\uD7FF' && c is not '\u2028' and not '\u2029') || c is >= '\uE000' and <= '\uFFFD' and not '\uFEFF';
}
