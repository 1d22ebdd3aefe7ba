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
