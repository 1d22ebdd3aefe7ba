using System.Text;
using System.Text.RegularExpressions;
using CsCheck;

namespace EditLint.Fuzz;

/// <summary>A corpus article as read at run time (corpus text is never committed).</summary>
internal sealed record CorpusArticle(string Name, byte[] Bytes);

/// <summary>A shipped pack rule (rules/&lt;pack&gt;/ELxxxx.slug.yaml) to mutate into a content repo's own pack.</summary>
internal sealed record RuleTemplate(string Name, string Text);

/// <summary>
/// CsCheck generators of fuzz cases. Every case is a function of (seed, index) alone, so
/// <c>--seed S --start I --count 1</c> remakes case I exactly.
/// </summary>
internal sealed partial class Generators(FuzzData data, IReadOnlyList<CorpusArticle> corpus, IReadOnlyList<RuleTemplate> rules, int maxDepth)
{
    /// <summary>A part of a case: its files and the steps that made them.</summary>
    private sealed record Part(IReadOnlyList<FuzzFile> Files, IReadOnlyList<string> Steps)
    {
        public static Part None { get; } = new([], []);
    }

    public FuzzCase Generate(ulong seed, long index)
    {
        // One PCG stream per case index: cases do not depend on each other.
        var pcg = new PCG((uint)(index & 0x7FFFFFFF), seed);
        return Case.Generate(pcg, null!, out _);
    }

    private static readonly Gen<uint> Position = Gen.UInt;

    private static Gen<T> Pick<T>(IReadOnlyList<T> list) => Gen.Int[0, list.Count - 1].Select(i => list[i]);

    /// <summary>Mostly small, sometimes up to 2^<paramref name="maxExponent"/>: most bugs need little, some need a lot.</summary>
    private static Gen<int> Skewed(int maxExponent) => Gen.Select(Gen.Int[0, maxExponent], Gen.UInt, (e, r) => 1 + (int)(r % (1u << e)));

    // Deep nesting is capped: a stack overflow cannot be caught and would end the whole run (the hostile-input
    // suite tests the 20,000-deep cases in a child process).
    private Gen<int> Depth => Skewed(12).Select(d => Math.Min(d, maxDepth));

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private Gen<byte[]> YamlValue => Gen.Frequency(
        (4, Pick(data.Dates).Select(Utf8)),
        (4, Pick(data.YamlValues)),
        (2, Gen.Select(Depth, Gen.Bool, (depth, square) => Mutations.Nesting(square ? ("["u8.ToArray(), "]"u8.ToArray()) : ("{a: "u8.ToArray(), "}"u8.ToArray()), depth, "x"u8.ToArray()))),
        (1, Gen.Select(Pick(data.RunUnits), Skewed(12), (unit, count) => Enumerable.Repeat(unit, count).SelectMany(b => b).ToArray())));

    private Gen<Mutation> ArticleMutation => Gen.Frequency(
        (8, Gen.Select(Position, Gen.Int[0, 7], Skewed(3), Mutations.FlipBits)),
        (14, Gen.Select(Pick(data.Snippets), Position, Gen.Bool, (s, p, l) => Mutations.InsertAt("snippet", s, p, l))),
        (10, Gen.Select(Pick(data.DateTemplates), Pick(data.Dates), Position, Gen.Bool,
            (template, date, p, l) => Mutations.InsertAt("date", Utf8(template.Replace("{date}", date, StringComparison.Ordinal)), p, l))),
        (10, Gen.Select(Pick(data.FrontMatterKeys), YamlValue, Mutations.FrontMatter)),
        (6, Gen.Select(Position, Skewed(12), Mutations.Delete)),
        (5, Gen.Select(Position, Skewed(12), Position, Mutations.Duplicate)),
        (6, Gen.Select(Pick(data.RunUnits), Skewed(14), Position, Mutations.Run)),
        (6, Gen.Select(Pick(data.Nestings), Depth, Position, Mutations.Nest)),
        (5, Gen.Select(Gen.Enum<Mutations.LineEnding>(), Gen.UInt, Mutations.LineEndings)),
        (2, Position.Select(Mutations.Truncate)),
        (3, Gen.Enum<Mutations.TextEncoding>().Select(Mutations.Encode)),
        (6, Gen.Select(Pick(corpus), Position, Position, (other, here, there) => Mutations.Splice(other.Name, other.Bytes, here, there))));

    /// <summary>Edits for YAML files (configuration, packs); <paramref name="values"/> are what replaces a value.</summary>
    private Gen<Mutation> YamlMutation(Gen<byte[]> values, string what) => Gen.Frequency(
        (8, Gen.Select(Position, Gen.Int[0, 7], Skewed(2), Mutations.FlipBits)),
        (16, Gen.Select(values, Position, (v, w) => Mutations.ReplaceValue(what, v, w))),
        (6, Gen.Select(Pick(data.YamlValues), Position, Gen.Bool, (s, p, l) => Mutations.InsertAt("YAML", s, p, l))),
        (4, Gen.Select(Pick(data.Snippets), Position, Gen.Bool, (s, p, l) => Mutations.InsertAt("snippet", s, p, l))),
        (5, Gen.Select(Position, Skewed(9), Mutations.Delete)),
        (4, Gen.Select(Position, Skewed(9), Position, Mutations.Duplicate)),
        (5, Gen.Select(Position, Skewed(3), Gen.Int[-4, 4], Mutations.Indent)),
        (4, Gen.Select(Pick(data.Nestings), Depth, Position, Mutations.Nest)),
        (2, Gen.Select(Pick(data.RunUnits), Skewed(12), Position, Mutations.Run)),
        (3, Gen.Select(Gen.Enum<Mutations.LineEnding>(), Gen.UInt, Mutations.LineEndings)),
        (2, Position.Select(Mutations.Truncate)),
        (2, Gen.Enum<Mutations.TextEncoding>().Select(Mutations.Encode)));

    private static readonly string[] OddFileDates = ["9999-12-31", "0001-01-01", "10000-01-01", "2024-02-30", "٢٠٢٤-٠٣-٠٥"];

    private Gen<Part> Article(string folder, int maxMutations) => Gen.Select(
        Pick(corpus),
        Gen.Frequency((6, Gen.Const("md")), (2, Gen.Const("txt")), (2, Gen.Const("html"))),
        ArticleMutation.Array[0, maxMutations],
        Gen.Frequency((9, Gen.Const("")), (1, Pick(OddFileDates))),
        (article, format, mutations, fileDate) =>
        {
            var name = Path.GetFileNameWithoutExtension(article.Name);
            if (fileDate.Length > 0)
                name = fileDate + "-" + LeadingDate().Replace(name, "");
            var steps = new List<string> { $"{folder}{name}.{format}: {article.Name} as {format}" };
            var bytes = format == "html" ? ToHtml(article.Bytes) : article.Bytes;
            foreach (var mutation in mutations)
            {
                bytes = mutation.Apply(bytes);
                steps.Add("  " + mutation.Description);
            }
            return new Part([new FuzzFile($"{folder}{name}.{format}", bytes, FileRole.Article)], steps);
        });

    private Gen<Part> Config => Gen.Select(
        Gen.Frequency((8, Gen.Const(data.ConfigTemplate)), (1, Gen.Const("root: true\n"u8.ToArray())), (1, Gen.Const(Array.Empty<byte>()))),
        YamlMutation(YamlValue, "configuration").Array[0, 5],
        (template, mutations) =>
        {
            var steps = new List<string> { ".editlint.yaml: the configuration template" };
            var bytes = template;
            foreach (var mutation in mutations)
            {
                bytes = mutation.Apply(bytes);
                steps.Add("  " + mutation.Description);
            }
            return new Part([new FuzzFile(".editlint.yaml", bytes, FileRole.Config)], steps);
        });

    private Gen<Part> Pack => Gen.Select(
        Pick(rules),
        Gen.Int[4190, 4199],
        YamlMutation(Gen.Frequency((3, Pick(data.RegexSnippets)), (2, YamlValue)), "pack rule").Array[0, 4],
        YamlMutation(YamlValue, "pack manifest").Array[0, 1],
        (rule, id, ruleMutations, manifestMutations) =>
        {
            // A shipped rule under a new ID, so it does not collide with the embedded packs.
            var text = RuleId().Replace(rule.Text, $"id: EL{id}", 1);
            var ruleFile = $"styles/fuzz/EL{id}.fuzz.yaml";
            var steps = new List<string> { $"{ruleFile}: {rule.Name} renumbered EL{id}" };
            var bytes = Utf8(text);
            foreach (var mutation in ruleMutations)
            {
                bytes = mutation.Apply(bytes);
                steps.Add("  " + mutation.Description);
            }
            var manifest = "pack: fuzz\nprefix: EL\ndescription: Rules the fuzzer made.\n"u8.ToArray();
            steps.Add("styles/fuzz/pack.yaml");
            foreach (var mutation in manifestMutations)
            {
                manifest = mutation.Apply(manifest);
                steps.Add("  " + mutation.Description);
            }
            return new Part([new FuzzFile("styles/fuzz/pack.yaml", manifest, FileRole.PackManifest), new FuzzFile(ruleFile, bytes, FileRole.PackRule)], steps);
        });

    private Gen<FuzzCase> Case => Gen.Select(
        Article("", 6),
        Gen.Frequency((85, Gen.Const(Part.None)), (15, Article("b/", 2))),
        Gen.Frequency((75, Gen.Const(Part.None)), (25, Config)),
        Gen.Frequency((88, Gen.Const(Part.None)), (12, Pack)),
        Gen.Frequency((85, Gen.Const((DateOnly?)null)), (5, Gen.Const<DateOnly?>(new DateOnly(9999, 12, 31))), (5, Gen.Const<DateOnly?>(DateOnly.MinValue)), (5, Gen.Const<DateOnly?>(new DateOnly(2025, 8, 19)))),
        Gen.Frequency((85, Gen.Const(false)), (15, Gen.Const(true))),
        (article, second, config, pack, date, dateFromFileName) =>
        {
            var files = new List<FuzzFile>([.. article.Files, .. second.Files, .. config.Files, .. pack.Files]);
            var steps = new List<string>([.. article.Steps, .. second.Steps, .. config.Steps, .. pack.Steps]);
            if (pack.Files.Count > 0)
            {
                // The pack only loads when the configuration names its folder.
                var configIndex = files.FindIndex(f => f.Role == FileRole.Config);
                var declared = "pack-folders: [styles]\n"u8.ToArray();
                if (configIndex < 0)
                    files.Add(new FuzzFile(".editlint.yaml", declared, FileRole.Config));
                else
                    files[configIndex] = files[configIndex] with { Content = [.. declared, .. files[configIndex].Content] };
                steps.Add(".editlint.yaml: pack-folders: [styles] first");
            }
            if (date is { } d)
                steps.Add($"--date {d:yyyy-MM-dd}");
            if (dateFromFileName)
                steps.Add("--date-from-filename");
            return new FuzzCase(files, date, dateFromFileName, steps);
        });

    /// <summary>The article as a web page: title and date into the head, paragraphs into &lt;p&gt;.</summary>
    private static byte[] ToHtml(byte[] markdown)
    {
        var text = Encoding.UTF8.GetString(markdown);
        var html = new StringBuilder("<!DOCTYPE html>\n<html>\n<head>\n");
        var body = text;
        if (text.StartsWith("---\n", StringComparison.Ordinal) && text.IndexOf("\n---\n", 3, StringComparison.Ordinal) is var end and > 0)
        {
            foreach (var line in text[4..end].Split('\n'))
            {
                if (line.StartsWith("title:", StringComparison.Ordinal))
                    html.Append("<title>").Append(System.Net.WebUtility.HtmlEncode(line[6..].Trim().Trim('"'))).Append("</title>\n");
                else if (line.StartsWith("date:", StringComparison.Ordinal))
                    html.Append("<meta name=\"date\" content=\"").Append(System.Net.WebUtility.HtmlEncode(line[5..].Trim())).Append("\">\n");
            }
            body = text[(end + 5)..];
        }
        html.Append("</head>\n<body>\n");
        foreach (var paragraph in body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var heading = paragraph.StartsWith("# ", StringComparison.Ordinal);
            var inner = System.Net.WebUtility.HtmlEncode(heading ? paragraph[2..] : paragraph);
            html.Append(heading ? $"<h1>{inner}</h1>\n" : $"<p>{inner}</p>\n");
        }
        return Utf8(html.Append("</body>\n</html>\n").ToString());
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}-")]
    private static partial Regex LeadingDate();

    [GeneratedRegex(@"(?m)^id:\s*\S+")]
    private static partial Regex RuleId();
}
