using EditLint.Checks;
using EditLint.Packs;
using EditLint.Rules;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Packs;

// Every YAML rule carries its own examples in {|ID:…|} markup; this one test runs them all.
public sealed class PackExampleTests
{
    private static IReadOnlyList<PackRule> Rules => BuiltInPacks.Rules;

    public static TheoryData<string, int> Examples
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var rule in Rules)
            {
                for (var i = 0; i < rule.Examples.Count; i++)
                    data.Add(rule.Descriptor.Id, i);
            }
            return data;
        }
    }

    public static TheoryData<string> RuleIds => [.. Rules.Select(r => r.Descriptor.Id)];

    [Fact]
    public void ShippedPacks_LoadWithoutProblems()
    {
        var loaded = BuiltInPacks.Load();
        Assert.Empty(loaded.Problems.Select(p => $"{p.Path}:{p.Position}: {p.Message}"));
        Assert.Equal(["inclusive", "newsroom", "plain-words"], loaded.Packs.Select(p => p.Name).Order(StringComparer.Ordinal));
        // Their patterns are built on first use: every one builds.
        foreach (var rule in loaded.Rules)
            rule.Prepare();
    }

    // The shipped rules (replayed from events recorded at build time) compile each pattern once, without the compiles
    // that prove it; the same files read as any folder's are, proving every pattern, must give the same findings.
    [Fact]
    public void ShippedPacks_ReadAsAFolderIs_GiveEveryExampleItsMarkedFindings()
    {
        var proved = LoadAsAFolder();

        Assert.Empty(proved.Problems);
        Assert.Equal(Rules.Select(r => r.Descriptor.Id).Order(StringComparer.Ordinal), proved.Rules.Select(r => r.Descriptor.Id).Order(StringComparer.Ordinal));
        foreach (var rule in proved.Rules)
        {
            Assert.True(rule.IsPrepared);
            foreach (var example in rule.Examples)
                RuleTester.For(rule).Verify(example);
        }
    }

    // Finding for finding, not only against the markup: each shipped rule, built both ways, on one text made of every
    // rule's examples.
    [Fact]
    public void ShippedPacks_BuiltEitherWay_FindTheSameInEveryRulesExamples()
    {
        var proved = LoadAsAFolder().Rules.ToDictionary(r => r.Descriptor.Id);
        var text = string.Join("\n\n", Rules.SelectMany(r => r.Examples).Select(e => Markup.Parse(e, null).Text).Distinct());

        var silent = 0;
        foreach (var rule in Rules)
        {
            var replayed = RuleTester.For(rule).Run(text).Select(d => $"{d.Id} {d.Span} {d.Message}").ToList();
            var provedFindings = RuleTester.For(proved[rule.Descriptor.Id]).Run(text).Select(d => $"{d.Id} {d.Span} {d.Message}");
            Assert.Equal(provedFindings, replayed);
            silent += replayed.Count == 0 ? 1 : 0;
        }
        // Nearly every rule finds something in the text (a rule of whole documents may not, in one so mixed).
        Assert.InRange(silent, 0, Rules.Count / 10);
    }

    // The shipped packs' files as a folder's are read: without the events recorded at build time, every pattern proved.
    private static PackLoadResult LoadAsAFolder() => PackLoader.Load(
        [.. Directory.EnumerateFiles(RepoPaths.Path("rules"), "*.yaml", SearchOption.AllDirectories)
            .Select(f => new PackFile(Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'), File.ReadAllText(f)))],
        linkToRepository: true);

    [Fact]
    public void ShippedPacks_UseEveryCheckKind() =>
        Assert.Equal(PackLoader.CheckKinds.Order(StringComparer.Ordinal), Rules.Select(r => r.CheckKind).Distinct().Order(StringComparer.Ordinal));

    [Theory, MemberData(nameof(Examples))]
    public void Example_GivesExactlyTheMarkedFindings(string id, int index)
    {
        var rule = Rules.Single(r => r.Descriptor.Id == id);
        RuleTester.For(rule).Verify(rule.Examples[index]);
    }

    [Theory, MemberData(nameof(RuleIds))]
    public void Rule_HasExamplesThatFire_AndExamplesThatDoNot(string id)
    {
        var rule = Rules.Single(r => r.Descriptor.Id == id);
        Assert.Contains(rule.Examples, e => e.Contains("{|" + id + ":", StringComparison.Ordinal));
        Assert.Contains(rule.Examples, e => !e.Contains("{|", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(RuleIds))]
    public void Rule_FileIsNamedAfterItsId_InItsPacksFolder(string id)
    {
        var rule = Rules.Single(r => r.Descriptor.Id == id);
        Assert.Matches($@"^rules/{rule.Descriptor.Pack}/{id}\.[a-z0-9-]+\.yaml$", rule.File);
        Assert.True(File.Exists(RepoPaths.Path(rule.File)), rule.File);
    }
}
