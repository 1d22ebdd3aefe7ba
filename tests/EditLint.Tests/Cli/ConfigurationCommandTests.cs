using EditLint.Tests.Testing;

namespace EditLint.Tests.Cli;

// init, baseline, --baseline, .editlint.yaml and inline suppressions, end to end through the CLI.
public sealed class ConfigurationCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("editlint-cli-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Story = "---\ntitle: Council vote\ndate: 2025-02-26\n---\n\nThe council met in order to vote.\n";

    [Fact]
    public void Init_WritesACommentedConfigThatLoadsCleanly_AndNeverOverwrites()
    {
        var first = CliRunner.Run(_root, "init");
        Assert.Equal(0, first.ExitCode);
        var text = File.ReadAllText(Path.Combine(_root, ".editlint.yaml"));
        Assert.Contains("newsroom: on", text, StringComparison.Ordinal);
        Assert.Contains("# ", text, StringComparison.Ordinal);

        Write("story.md", Story);
        var check = CliRunner.Run(_root, "check", "story.md");
        Assert.DoesNotContain("EL9003", check.Out, StringComparison.Ordinal);

        var second = CliRunner.Run(_root, "init");
        Assert.Equal(2, second.ExitCode);
        Assert.Equal(text, File.ReadAllText(Path.Combine(_root, ".editlint.yaml")));
    }

    [Fact]
    public void Config_TurnsARuleOff_AndAPackOff()
    {
        Write("story.md", Story);
        Assert.Contains("EL4121", CliRunner.Run(_root, "check", "story.md").Out, StringComparison.Ordinal);
        Write(".editlint.yaml", "root: true\npacks: { plain-words: off }\n");
        Assert.DoesNotContain("EL4121", CliRunner.Run(_root, "check", "story.md").Out, StringComparison.Ordinal);
        Write(".editlint.yaml", "root: true\nrules: { EL4121: error }\n");
        var run = CliRunner.Run(_root, "check", "story.md");
        Assert.Contains("error EL4121", run.Out, StringComparison.Ordinal);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void MalformedConfig_GivesEL9003_TheRunGoesOn_AndExitsWith2()
    {
        Write(".editlint.yaml", "root: true\nrules: { EL4121: [error\n");
        Write("story.md", Story);
        var run = CliRunner.Run(_root, "check", "story.md");
        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"\.editlint\.yaml:[23]:\d+: error EL9003: .*invalid YAML", run.Out);
        Assert.Contains("EL4121", run.Out.Replace("EL9003", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void ContentRepoPack_IsLoaded_AndAnInvalidRuleInItIsEL9003()
    {
        Write(".editlint.yaml", "root: true\npack-folders: [styles]\n");
        Write("styles/house/pack.yaml", "pack: house\nprefix: EL\ndescription: Our own.\n");
        Write("styles/house/EL4190.council.yaml", "id: EL4190\ntitle: Council\ncheck: existence\nmessage: \"Say which council: '{0}'\"\ntokens: [the council]\nignorecase: true\nexamples: []\n");
        Write("styles/house/EL4191.broken.yaml", "id: EL4191\ntitle: Broken\ncheck: existence\nmessage: x\ntokens: ['(']\n");
        Write("story.md", Story);
        var run = CliRunner.Run(_root, "check", "story.md");
        Assert.Contains("EL4190: Say which council: 'The council'", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"styles/house/EL4191\.broken\.yaml:5:\d+: error EL9003: .*invalid pattern", run.Out);
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void InlineSuppressions_HideFindings_AndAnUnusedOneIsEL9004()
    {
        Write("story.md", """
            ---
            title: Council vote
            date: 2025-02-26
            author: Jane Okafor
            ---

            <!-- editlint-disable-next-line EL4121 -->
            The council met in order to vote.

            They met in order to talk.

            <!-- editlint-disable EL4121 -->
            Then in order to eat.
            <!-- editlint-enable EL4121 -->

            <!-- editlint-disable-next-line EL4002 -->
            Nothing repeats here.
            """);
        var run = CliRunner.Run(_root, "check", "story.md");
        var lines = run.Out.Split('\n').Where(l => l.Contains(" EL", StringComparison.Ordinal) && !l.StartsWith("1 file", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Contains(lines, l => l.StartsWith("story.md:10:", StringComparison.Ordinal) && l.Contains("EL4121", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("story.md:16:1: info EL9004", StringComparison.Ordinal));
    }

    [Fact]
    public void Baseline_HidesAcceptedFindings_SurvivesEditsElsewhere_AndNewFindingsShow()
    {
        Write("news/story.md", Story);
        var written = CliRunner.Run(_root, "baseline", "news");
        Assert.Equal(0, written.ExitCode);
        Assert.True(File.Exists(Path.Combine(_root, ".editlint-baseline.json")));

        var clean = CliRunner.Run(_root, "check", "news", "--baseline", ".editlint-baseline.json");
        Assert.DoesNotContain("EL4121", clean.Out, StringComparison.Ordinal);
        var all = CliRunner.Run(_root, "check", "news", "--format", "json");
        var accepted = System.Text.Json.JsonDocument.Parse(all.Out).RootElement.GetProperty("diagnostics").GetArrayLength();
        Assert.Contains($"editlint: the baseline .editlint-baseline.json accepted {accepted} findings; 0 reported.", clean.Error, StringComparison.Ordinal);

        // A paragraph added above moves the finding; the fingerprint does not care.
        Write("news/story.md", Story.Replace("\nThe council", "\nA new first paragraph.\n\nThe council", StringComparison.Ordinal) + "\nThey left in order to eat.\n");
        var after = CliRunner.Run(_root, "check", "news", "--baseline", ".editlint-baseline.json");
        var findings = after.Out.Split('\n').Where(l => l.StartsWith("news/", StringComparison.Ordinal) && l.Contains("EL4121", StringComparison.Ordinal)).ToList();
        Assert.Equal([10], findings.Select(l => int.Parse(l.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture)));

        // The baseline file works from another working folder too.
        var elsewhere = CliRunner.Run(Path.Combine(_root, "news"), "check", "story.md", "--baseline", "../.editlint-baseline.json");
        Assert.Single(elsewhere.Out.Split('\n'), l => l.StartsWith("story.md", StringComparison.Ordinal) && l.Contains("EL4121", StringComparison.Ordinal));
    }

    [Fact]
    public void Baseline_EntryThatNoLongerMatches_IsEL9004_AndAForeignFileIsNeverOverwritten()
    {
        Write("story.md", Story);
        CliRunner.Run(_root, "baseline", "story.md");
        Write("story.md", Story.Replace("in order to", "to", StringComparison.Ordinal));
        var run = CliRunner.Run(_root, "check", "story.md", "--baseline", ".editlint-baseline.json");
        Assert.Contains("info EL9004: The baseline accepts a EL4121 finding", run.Out, StringComparison.Ordinal);

        Write("notes.json", "{\"mine\": true}");
        var refused = CliRunner.Run(_root, "baseline", "story.md", "--output", "notes.json");
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("{\"mine\": true}", File.ReadAllText(Path.Combine(_root, "notes.json")));
    }
}
