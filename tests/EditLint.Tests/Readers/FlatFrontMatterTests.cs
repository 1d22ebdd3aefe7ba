using System.Text;
using EditLint.Configuration;
using EditLint.Readers;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EditLint.Tests.Readers;

/// <summary>
/// Front matter of <c>key: value</c> lines, read without the YAML parser: the entries it reads (key, value and the value
/// node's place) are the parser's, on chosen and on random front matter, and anything else is left to the parser.
/// </summary>
public sealed class FlatFrontMatterTests
{
    [Fact]
    public void Key_value_lines_are_read_with_their_values_places()
    {
        const string Yaml = "title: \"Ad sales boost profit\"\r\n# a comment\n\nsource: BBC News (2006)\ndate: 2025-02-26\nnote: 'it is: here'\nempty:\n";

        var entries = FlatFrontMatter.Read(Yaml);

        Assert.NotNull(entries);
        Assert.Equal(
            [("title", "Ad sales boost profit", "\"Ad sales boost profit\""), ("source", "BBC News (2006)", "BBC News (2006)"), ("date", "2025-02-26", "2025-02-26"),
                ("note", "it is: here", "'it is: here'"), ("empty", "", "")],
            entries!.Select(e => (e.Key, e.Value, Yaml[e.Start..e.End])));
        AssertAsTheParserReads(Yaml);
    }

    [Theory]
    [InlineData("title: Hello # a comment\n")]
    [InlineData("title: a: b\n")]
    [InlineData("title: ends:\n")]
    [InlineData("title: \"escaped \\\" quote\"\n")]
    [InlineData("title: 'it''s'\n")]
    [InlineData("title: \"unclosed\n")]
    [InlineData("title: \"a\" and more\n")]
    [InlineData("title: - a list?\n")]
    [InlineData("title: [a, b]\n")]
    [InlineData("title: *alias\n")]
    [InlineData("title: |\n  block\n")]
    [InlineData("authors:\n  - Ann Lee\n")]
    [InlineData("title:Hello\n")]
    [InlineData("title : Hello\n")]
    [InlineData("title:\tHello\n")]
    [InlineData("title: Hello\ntitle: Again\n")]
    [InlineData("title: Hello\ntitle:\n")]
    [InlineData("---\ntitle: Hello\n")]
    [InlineData("key with space: x\n")]
    [InlineData("1st: x\n")]
    [InlineData("title: line\u2028break\n")]
    [InlineData("\uFEFFtitle: x\n")]
    [InlineData("title: a\rb\n")]
    [InlineData("just a scalar\n")]
    public void Anything_but_flat_key_value_lines_is_left_to_the_parser(string yaml) => Assert.Null(FlatFrontMatter.Read(yaml));

    // Values a plain scalar may open with or hold, which a flat reading must read as the parser does, or leave to it.
    [Theory]
    [InlineData("title: ...\n")]
    [InlineData("title: =\n")]
    [InlineData("title: <<\n")]
    [InlineData("title: .5\n")]
    [InlineData("title: 0x1F\n")]
    [InlineData("title: a:b\n")]
    [InlineData("title: C#\n")]
    [InlineData("title: x ~ y\n")]
    [InlineData("title: \"\"\n")]
    [InlineData("title: ''\n")]
    [InlineData("title: \"  padded  \"   \n")]
    [InlineData("<<: x\n")]
    [InlineData("title: x\r\ndate: 2025-02-26\r\n")]
    [InlineData("title: x")]
    [InlineData("\n\n# only a comment\n")]
    public void Odd_values_are_read_as_the_parser_reads_them_or_left_to_it(string yaml) => AssertAsTheParserReads(yaml);

    [Fact]
    public void Front_matter_past_its_length_is_left_to_the_parser()
    {
        var yaml = string.Concat(Enumerable.Range(0, 1_000).Select(i => $"k{i}: value {i}\n"));
        Assert.Null(FlatFrontMatter.Read(yaml));
        Assert.NotNull(FlatFrontMatter.Read(yaml[..2_000]));
    }

    [Theory]
    [InlineData(20261206)]
    [InlineData(20261207)]
    public void Random_front_matter_is_read_as_the_parser_reads_it_or_left_to_it(int seed)
    {
        string[] keys = ["title", "date", "author", "a_b", "x-y", "T1", "_k", "bad key", "1abc", "ключ", "title"];
        string[] separators = [": ", ":", ":  ", " : ", ":\t", ":x"];
        string[] values =
        [
            "Hello world", "It's here", "C# rocks", "2024-01-02", "10:30", "a: b", "a #b", "end:", "-x", "[a]", "{a}", "*a", "&a", "!a",
            "|", ">", "%a", "@a", "`a", "\"quoted\"", "'single'", "\"a\\\"b\"", "'it''s'", "\"unclosed", "'x", "\"a\" extra", "é ü — “x”",
            "tab\there", "\u2028x", "~", "null", "", "\"  spaced  \"", "a  b", "\"it's\"", "'say \"hi\"'", "?x", "a,b", "x]", "\"\"", "''",
        ];
        string[] ends = ["", " ", "  ", " # comment", "\r"];
        string[] others = ["", "   ", "# comment", "  indented: x", "- item", "---", "...", "  - x"];
        var random = new Random(seed);
        var (flat, left) = (0, 0);
        for (var round = 0; round < 3_000; round++)
        {
            var yaml = new StringBuilder();
            for (var line = random.Next(0, 6); line > 0; line--)
            {
                if (random.Next(5) == 0)
                    yaml.Append(others[random.Next(others.Length)]);
                else
                    yaml.Append(keys[random.Next(keys.Length)]).Append(separators[random.Next(3) == 0 ? random.Next(separators.Length) : 0])
                        .Append(values[random.Next(values.Length)]).Append(ends[random.Next(4) == 0 ? random.Next(ends.Length) : 0]);
                yaml.Append('\n');
            }
            if (AssertAsTheParserReads(yaml.ToString()))
                flat++;
            else
                left++;
        }
        // Both halves are exercised, with entries read on many.
        Assert.True(flat > 500 && left > 500, $"{flat} read, {left} left to the parser");
    }

    // When the flat reader reads the YAML, the parser reads it without an error, to the same entries in the same order:
    // each key, its value, and the value node's start and end (of an entry with a value). True when it was read flat.
    private static bool AssertAsTheParserReads(string yaml)
    {
        var entries = FlatFrontMatter.Read(yaml);
        if (entries is null)
            return false;
        YamlStream stream;
        try
        {
            stream = YamlFile.Load(yaml);
        }
        catch (YamlException e)
        {
            Assert.Fail($"read flat, but the parser fails ({e.Message}) on: {yaml}");
            return false;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            Assert.True(entries.Count == 0, $"entries read where the parser has no mapping: {yaml}");
            return true;
        }
        var parsed = root.Children.Select(c => (Key: ((YamlScalarNode)c.Key).Value, Node: (YamlScalarNode)c.Value)).ToList();
        Assert.Equal(parsed.Select(p => (p.Key ?? "", p.Node.Value ?? "")), entries.Select(e => (e.Key, e.Value)));
        foreach (var (entry, (_, node)) in entries.Zip(parsed))
        {
            if (entry.Value.Length > 0)
                Assert.Equal(((int)node.Start.Index, (int)node.End.Index), (entry.Start, entry.End));
        }
        return true;
    }
}
