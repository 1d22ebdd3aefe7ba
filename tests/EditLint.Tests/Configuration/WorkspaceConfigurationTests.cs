using EditLint.Configuration;
using EditLint.Diagnostics;

namespace EditLint.Tests.Configuration;

public sealed class WorkspaceConfigurationTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("editlint-config-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private WorkspaceConfiguration Load(params string[] documents) =>
        WorkspaceConfiguration.Load(documents, p => Path.GetRelativePath(_root, p).Replace('\\', '/'), EditLint.Inputs.LinkBoundary.None);

    private static readonly RuleDescriptor Pack4101 = new("EL4101", "t", "m", RuleCategory.Consistency, Severity.Warning) { Pack = "newsroom" };
    private static readonly RuleDescriptor Rule4001 = new("EL4001", "t", "m", RuleCategory.Consistency, Severity.Warning);
    private static readonly RuleDescriptor Rule4004 = new("EL4004", "t", "m", RuleCategory.Consistency, Severity.Info);

    [Fact]
    public void ThreeFolderLevels_MergeWithTheNearestWinning()
    {
        Write("repo/.editlint.yaml", """
            root: true
            rules: { EL4001: error, EL4004: warning }
            style: { abbreviations: dotted, honorifics: always }
            vocabulary: { accept: [Zelenskyy], reject: { Kiev: Kyiv } }
            """);
        Write("repo/news/.editlint.yaml", """
            rules: { EL4001: info }
            packs: { newsroom: off }
            style: { abbreviations: undotted }
            """);
        Write("repo/news/world/.editlint.yaml", """
            rules: { EL4004: none }
            vocabulary: { accept: [Kiev] }
            """);
        var top = Write("repo/a.md", "x");
        var middle = Write("repo/news/b.md", "x");
        var deep = Write("repo/news/world/c.md", "x");
        var configuration = Load(top, middle, deep);
        Assert.Empty(configuration.Problems);

        var a = configuration.SettingsFor(top);
        Assert.Equal(Severity.Error, a.SeverityOf(Rule4001));
        Assert.Equal(Severity.Warning, a.SeverityOf(Pack4101));
        Assert.Equal(AbbreviationStyle.Dotted, a.Style.Abbreviations);

        var b = configuration.SettingsFor(middle);
        Assert.Equal(Severity.Info, b.SeverityOf(Rule4001));
        Assert.Equal(Severity.Warning, b.SeverityOf(Rule4004));
        Assert.Equal(Severity.None, b.SeverityOf(Pack4101));
        Assert.Equal(AbbreviationStyle.Undotted, b.Style.Abbreviations);
        Assert.Equal(HonorificStyle.Always, b.Style.Honorifics);

        var c = configuration.SettingsFor(deep);
        Assert.Equal(Severity.Info, c.SeverityOf(Rule4001));
        Assert.Equal(Severity.None, c.SeverityOf(Rule4004));
        Assert.True(c.Vocabulary.IsAccepted("Zelenskyy"));
        Assert.True(c.Vocabulary.IsAccepted("kiev"));
        Assert.DoesNotContain("Kiev", c.Vocabulary.Rejected.Keys);
        Assert.Equal("Kyiv", b.Vocabulary.Rejected["Kiev"]);
    }

    [Fact]
    public void NumberStyle_IsReadAndMerged()
    {
        Write("repo/.editlint.yaml", """
            root: true
            style: { number-words-up-to: 10, percent: "per cent" }
            """);
        Write("repo/wire/.editlint.yaml", "style: { number-words-up-to: 0 }\n");
        var top = Write("repo/a.md", "x");
        var wire = Write("repo/wire/b.md", "x");
        var configuration = Load(top, wire);
        Assert.Empty(configuration.Problems);
        Assert.Equal(10, configuration.SettingsFor(top).Style.NumberWordsUpTo);
        Assert.Equal(PercentStyle.TwoWords, configuration.SettingsFor(top).Style.Percent);
        Assert.Equal(0, configuration.SettingsFor(wire).Style.NumberWordsUpTo);
        Assert.Equal(PercentStyle.TwoWords, configuration.SettingsFor(wire).Style.Percent);
    }

    [Fact]
    public void AnUnknownPercentForm_IsAProblem()
    {
        Write("repo/.editlint.yaml", "root: true\nstyle: { percent: pc }\n");
        var configuration = Load(Write("repo/a.md", "x"));
        Assert.Contains(configuration.Problems, p => p.Message.Contains("unknown percent style", StringComparison.Ordinal));
    }

    [Fact]
    public void RootTrue_StopsTheWalk()
    {
        Write(".editlint.yaml", "rules: { EL4001: error }\n");
        Write("repo/.editlint.yaml", "root: true\n");
        var doc = Write("repo/a.md", "x");
        Assert.Equal(Severity.Warning, Load(doc).SettingsFor(doc).SeverityOf(Rule4001));
    }

    [Fact]
    public void Overrides_ApplyToMatchingFilesOnly()
    {
        Write("repo/.editlint.yaml", """
            root: true
            overrides:
              - files: ["opinion/**"]
                rules: { EL4004: none }
              - files: "*.html"
                packs: { newsroom: off }
            """);
        var opinion = Write("repo/opinion/2024/col.md", "x");
        var news = Write("repo/news/story.md", "x");
        var page = Write("repo/news/page.html", "x");
        var configuration = Load(opinion, news, page);
        Assert.Equal(Severity.None, configuration.SettingsFor(opinion).SeverityOf(Rule4004));
        Assert.Equal(Severity.Info, configuration.SettingsFor(news).SeverityOf(Rule4004));
        Assert.Equal(Severity.None, configuration.SettingsFor(page).SeverityOf(Pack4101));
        Assert.Equal(Severity.Warning, configuration.SettingsFor(news).SeverityOf(Pack4101));
    }

    [Fact]
    public void EditorConfigSeverities_AreHonoured_AndEditlintYamlWinsOverThem()
    {
        Write("repo/.editorconfig", """
            root = true

            [*]
            indent_style = space
            editlint_diagnostic.EL4001.severity = none
            editlint_diagnostic.EL4004.severity = error

            [drafts/**.md]
            editlint_diagnostic.EL4001.severity = warning
            """);
        Write("repo/.editlint.yaml", "root: true\nrules: { EL4004: warning }\n");
        var story = Write("repo/story.md", "x");
        var draft = Write("repo/drafts/x/draft.md", "x");
        var configuration = Load(story, draft);
        Assert.Empty(configuration.Problems);
        Assert.Equal(Severity.None, configuration.SettingsFor(story).SeverityOf(Rule4001));
        Assert.Equal(Severity.Warning, configuration.SettingsFor(story).SeverityOf(Rule4004));
        Assert.Equal(Severity.Warning, configuration.SettingsFor(draft).SeverityOf(Rule4001));
    }

    [Fact]
    public void MalformedConfig_IsEL9003WithLineAndColumn_AndOtherFilesStillApply()
    {
        Write("repo/.editlint.yaml", "root: true\nrules: { EL4001: error }\n");
        Write("repo/bad/.editlint.yaml", "rules:\n  EL4004: [oops\n");
        var good = Write("repo/a.md", "x");
        var bad = Write("repo/bad/b.md", "x");
        var configuration = Load(good, bad);
        var problem = Assert.Single(configuration.Problems);
        Assert.Equal("repo/bad/.editlint.yaml", problem.Path);
        Assert.True(problem.Position.DisplayLine >= 2, problem.ToString());
        Assert.Equal(Severity.Error, configuration.SettingsFor(bad).SeverityOf(Rule4001));
    }

    [Fact]
    public void UnknownKeysSeveritiesRulesAndPacks_AreReportedAtTheirLines()
    {
        Write("repo/.editlint.yaml", """
            root: true
            rule: { EL4001: error }
            rules:
              EL4004: sometimes
              EL4999: none
            packs: { newsrom: off }
            style: { abbreviations: dots }
            """);
        var doc = Write("repo/a.md", "x");
        var configuration = Load(doc);
        configuration.Validate([Pack4101, Rule4001, Rule4004]);
        var problems = configuration.Problems.Select(p => (p.Position.DisplayLine, p.Message)).ToList();
        Assert.Contains(problems, p => p.DisplayLine == 2 && p.Message.Contains("did you mean 'rules'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.DisplayLine == 4 && p.Message.Contains("unknown severity 'sometimes'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.DisplayLine == 5 && p.Message.Contains("there is no rule EL4999", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.DisplayLine == 6 && p.Message.Contains("no rule pack 'newsrom'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.DisplayLine == 7 && p.Message.Contains("unknown abbreviation style 'dots'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("*.md", "a/b/c.md", true)]
    [InlineData("*.md", "c.html", false)]
    [InlineData("opinion/**", "opinion/2024/x.md", true)]
    [InlineData("opinion/**", "news/opinion.md", false)]
    [InlineData("**/drafts/*.{md,txt}", "a/drafts/x.txt", true)]
    [InlineData("drafts/*.md", "drafts/sub/x.md", false)]
    public void Globs(string pattern, string path, bool matches) => Assert.Equal(matches, Glob.Create(pattern).IsMatch(path));

    [Theory]
    [InlineData("{", "invalid glob '{': the '{' at column 1 is never closed")]
    [InlineData("/a/{b,{c}", "invalid glob '/a/{b,{c}': the '{' at column 4 is never closed")]
    [InlineData("[z-a].md", "invalid glob '[z-a].md': reversed character range")]
    public void Invalid_globs_say_what_is_wrong(string pattern, string problem)
    {
        Assert.False(Glob.TryCreate(pattern, out _, out var actual));
        Assert.Equal(problem, actual);
        Assert.Equal(problem, Assert.Throws<FormatException>(() => Glob.Create(pattern)).Message);
    }

    [Fact]
    public void Glob_longer_than_the_limit_is_refused_and_one_at_it_compiles()
    {
        Assert.True(Glob.TryCreate(new string('a', Glob.MaxLength - 3) + ".md", out var glob, out _));
        Assert.True(glob.IsMatch("x/" + new string('a', Glob.MaxLength - 3) + ".md"));
        Assert.False(Glob.TryCreate(new string('a', Glob.MaxLength + 1), out _, out var problem));
        Assert.Equal("the glob is 1,001 characters long; globs may be at most 1,000", problem);
    }

    [Fact]
    public void Glob_with_many_stars_fails_to_match_a_long_name_quickly()
    {
        var glob = Glob.Create(string.Concat(Enumerable.Repeat("*a", 60)) + "*b");
        var started = System.Diagnostics.Stopwatch.StartNew();
        Assert.False(glob.IsMatch("x/" + new string('a', 2_000)));
        Assert.True(glob.IsMatch("x/" + new string('a', 2_000) + "b"));
        Assert.InRange(started.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(2));
    }
}
