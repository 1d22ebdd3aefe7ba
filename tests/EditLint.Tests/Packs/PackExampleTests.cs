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
        var files = Directory.EnumerateFiles(RepoPaths.Path("rules"), "*.yaml", SearchOption.AllDirectories)
            .Select(f => new PackFile(Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToList();

        var proved = PackLoader.Load(files, linkToRepository: true);

        Assert.Empty(proved.Problems);
        Assert.Equal(Rules.Select(r => r.Descriptor.Id).Order(StringComparer.Ordinal), proved.Rules.Select(r => r.Descriptor.Id).Order(StringComparer.Ordinal));
        foreach (var rule in proved.Rules)
        {
            Assert.True(rule.IsPrepared);
            foreach (var example in rule.Examples)
                RuleTester.For(rule).Verify(example);
        }
    }

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
