using System.Globalization;
using System.Text;

namespace EditLint.Fuzz;

/// <summary>
/// The fuzzer's word lists (Data/*.txt, embedded): hostile snippets, odd dates and where they stand, YAML values,
/// regex text, nesting pairs and run units. One entry a line, <c>//</c> starts a comment line; escapes let an
/// entry hold bytes that are not valid UTF-8.
/// </summary>
internal sealed class FuzzData
{
    public required IReadOnlyList<byte[]> Snippets { get; init; }
    public required IReadOnlyList<string> Dates { get; init; }
    public required IReadOnlyList<string> DateTemplates { get; init; }
    public required IReadOnlyList<string> FrontMatterKeys { get; init; }
    public required IReadOnlyList<byte[]> YamlValues { get; init; }
    public required IReadOnlyList<byte[]> RegexSnippets { get; init; }
    public required IReadOnlyList<(byte[] Open, byte[] Close)> Nestings { get; init; }
    public required IReadOnlyList<byte[]> RunUnits { get; init; }
    public required byte[] ConfigTemplate { get; init; }

    public static FuzzData Load() => new()
    {
        Snippets = [.. Lines("snippets.txt").Select(Decode)],
        Dates = [.. Lines("dates.txt")],
        DateTemplates = [.. Lines("date-templates.txt").Select(l => Encoding.UTF8.GetString(Decode(l)))],
        FrontMatterKeys = [.. Lines("front-matter-keys.txt")],
        YamlValues = [.. Lines("yaml-values.txt").Select(Decode)],
        RegexSnippets = [.. Lines("regex-snippets.txt").Select(Decode)],
        Nestings = [.. Lines("nesting.txt").Select(line =>
        {
            var bar = line.IndexOf('|', StringComparison.Ordinal);
            return (Decode(line[..bar]), Decode(line[(bar + 1)..]));
        })],
        RunUnits = [.. Lines("runs.txt").Select(Decode)],
        ConfigTemplate = Encoding.UTF8.GetBytes(Read("editlint.yaml")),
    };

    private static string Read(string name)
    {
        using var stream = typeof(FuzzData).Assembly.GetManifestResourceStream("fuzz/" + name)
            ?? throw new InvalidOperationException($"The fuzzer's data file {name} is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static IEnumerable<string> Lines(string name) =>
        Read(name).Split('\n').Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal));

    /// <summary>An entry's bytes: <c>\n \r \t \\</c>, <c>\xHH</c> a raw byte, <c>\u{H…}</c> a code point (lone surrogates too).</summary>
    internal static byte[] Decode(string entry)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < entry.Length; i++)
        {
            var c = entry[i];
            if (c != '\\' || i + 1 >= entry.Length)
            {
                AddCodePoint(bytes, char.IsSurrogatePair(entry, i) ? char.ConvertToUtf32(entry[i], entry[++i]) : c);
                continue;
            }
            switch (entry[++i])
            {
                case 'n': bytes.Add((byte)'\n'); break;
                case 'r': bytes.Add((byte)'\r'); break;
                case 't': bytes.Add((byte)'\t'); break;
                case '\\': bytes.Add((byte)'\\'); break;
                case 'x':
                    bytes.Add(byte.Parse(entry.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 2;
                    break;
                case 'u':
                    var close = entry.IndexOf('}', i);
                    AddCodePoint(bytes, int.Parse(entry.AsSpan(i + 2, close - i - 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i = close;
                    break;
                default:
                    bytes.Add((byte)'\\');
                    i--;
                    break;
            }
        }
        return [.. bytes];
    }

    // UTF-8 by hand: Encoding.UTF8 would replace a lone surrogate, and its 3-byte form is exactly what we want to feed.
    private static void AddCodePoint(List<byte> bytes, int cp)
    {
        if (cp < 0x80)
            bytes.Add((byte)cp);
        else if (cp < 0x800)
            bytes.AddRange([(byte)(0xC0 | (cp >> 6)), (byte)(0x80 | (cp & 0x3F))]);
        else if (cp < 0x10000)
            bytes.AddRange([(byte)(0xE0 | (cp >> 12)), (byte)(0x80 | ((cp >> 6) & 0x3F)), (byte)(0x80 | (cp & 0x3F))]);
        else
            bytes.AddRange([(byte)(0xF0 | (cp >> 18)), (byte)(0x80 | ((cp >> 12) & 0x3F)), (byte)(0x80 | ((cp >> 6) & 0x3F)), (byte)(0x80 | (cp & 0x3F))]);
    }
}
