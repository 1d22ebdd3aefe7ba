using EditLint.Checks;
using EditLint.Configuration;
using EditLint.Text;
using EditLint.Packs;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EditLint.Tests.Configuration;

// The shipped packs' YAML is parsed at build time and its events replayed at start-up: a replay must give exactly what
// parsing gives, positions included, and only for the text it was recorded from.
public sealed class YamlEventsTests
{
    public static TheoryData<string> Texts =>
    [
        "id: EL4199\ntitle: A rule\n",
        "swap:\n  policeman: police officer\n  'man-made': \"artificial\"\nscope: [paragraph, heading]\n",
        "description: >\n  Folded text\n  over lines.\nliteral: |\n  kept\n  as is\n",
        "base: &b {a: 1, b: [x, y]}\ncopy: *b\ntagged: !!str 12\n",
        "---\nfirst: document\n...\n---\nsecond: one\n",
        "# only a comment\n",
        "",
        "examples:\n  - \"Two {|EL4141:policemen|} were injured.\"\n  - ünïcödé — “quotes”\n",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Replay_GivesTheEventsParsingGives(string text)
    {
        var replay = YamlEvents.Replay(YamlEvents.Record(text), text);

        Assert.NotNull(replay);
        Assert.Equal(Events(new Parser(new StringReader(text))), Events(replay));
    }

    [Fact]
    public void Replay_RefusesEventsRecordedFromAnotherText()
    {
        var events = YamlEvents.Record("title: old\n");

        Assert.Null(YamlEvents.Replay(events, "title: new\n"));
        Assert.Null(YamlEvents.Replay(events, "title: old \n"));
    }

    [Fact]
    public void Parse_ReadsTheTextWhenTheEventsAreStale()
    {
        var problems = new List<ConfigProblem>();

        var (_, root) = YamlFile.Parse("rule.yaml", "title: new\n", problems, YamlEvents.Record("title: old\n"));

        Assert.Empty(problems);
        Assert.Equal("new", ((YamlScalarNode)root!.Children[new YamlScalarNode("title")]).Value);
    }

    [Fact]
    public void Parse_PointsAtTheSamePlaceReplayedAsParsed()
    {
        const string text = "id: EL4199\nscope:\n  nested: [a, b]\n";
        var (parsedProblems, replayedProblems) = (new List<ConfigProblem>(), new List<ConfigProblem>());

        var (parsed, parsedRoot) = YamlFile.Parse("rule.yaml", text, parsedProblems);
        var (replayed, replayedRoot) = YamlFile.Parse("rule.yaml", text, replayedProblems, YamlEvents.Record(text));
        parsed.String(parsedRoot!, "scope");
        replayed.String(replayedRoot!, "scope");

        var problem = Assert.Single(replayedProblems);
        Assert.Equal(Assert.Single(parsedProblems), problem);
        Assert.Equal(new LinePosition(2, 2), problem.Position);
    }

    [Fact]
    public void Record_RefusesDirectives()
    {
        Assert.Throws<NotSupportedException>(() => YamlEvents.Record("%YAML 1.1\n---\na: b\n"));
        Assert.Throws<NotSupportedException>(() => YamlEvents.Record("%TAG !e! tag:example.com,2000:\n---\na: b\n"));
    }

    [Fact]
    public void Record_ThrowsWhereTheTextIsNotYaml() =>
        Assert.ThrowsAny<YamlException>(() => YamlEvents.Record("a: [unclosed\n"));

    [Fact]
    public void ShippedPacks_CarryEventsRecordedFromTheirText()
    {
        var assembly = typeof(BuiltInPacks).Assembly;
        var packFiles = assembly.GetManifestResourceNames().Where(n => n.StartsWith("rules/", StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(packFiles);
        foreach (var name in packFiles)
        {
            using var text = new StreamReader(assembly.GetManifestResourceStream(name)!);
            using var events = assembly.GetManifestResourceStream(name + ".events");
            Assert.True(events is not null, $"{name} has no recorded events");
            var bytes = new byte[events.Length];
            events.ReadExactly(bytes);
            Assert.True(YamlEvents.Replay(bytes, text.ReadToEnd()) is not null, $"{name}'s events were recorded from another text");
        }
    }

    // The replay writes no anchor as the default value, not as AnchorName.Empty (whose static constructor compiles a
    // regular expression): the two must be the same anchor.
    [Fact]
    public void Replay_GivesANodeWithoutAnchorTheEmptyAnchor()
    {
        const string text = "plain: value\nlist: [a, b]\n";
        var replay = YamlEvents.Replay(YamlEvents.Record(text), text)!;
        var nodes = new List<YamlDotNet.Core.Events.NodeEvent>();
        while (replay.MoveNext())
        {
            if (replay.Current is YamlDotNet.Core.Events.NodeEvent node)
                nodes.Add(node);
        }

        Assert.Equal(7, nodes.Count); // the mapping, two keys, a value, the sequence and its two items
        Assert.All(nodes, n => Assert.True(n.Anchor.IsEmpty && n.Anchor.Equals(AnchorName.Empty)));
    }

    // Each event as its type, its text and where it starts and ends: what the representation model reads from it.
    private static List<string> Events(IParser parser)
    {
        var events = new List<string>();
        while (parser.MoveNext())
        {
            var e = parser.Current!;
            events.Add($"{e.GetType().Name} {e} {e.Start.Index}/{e.Start.Line}/{e.Start.Column}-{e.End.Index}/{e.End.Line}/{e.End.Column}");
        }
        return events;
    }
}
