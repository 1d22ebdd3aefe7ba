using EditLint.Checks;
using System.Text;
using System.Text.RegularExpressions;
using EditLint.Diagnostics;
using EditLint.Rules;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Catalog;

public sealed partial class RuleCatalogTests
{
    private static IReadOnlyList<RuleDescriptor> All => [.. BuiltInRules.Create().Select(r => r.Descriptor), .. BuiltInPacks.Rules.Select(r => r.Descriptor), .. EngineRules.All];

    public static TheoryData<string> AllIds => [.. All.Select(d => d.Id)];

    // C# and engine rules have a docs page; pack rules document themselves in their YAML file.
    public static TheoryData<string> DocumentedIds => [.. All.Where(d => d.Pack is null).Select(d => d.Id)];

    private static RuleDescriptor Get(string id) => All.Single(d => d.Id == id);

    [Fact]
    public void Ids_AreUnique() => Assert.Equal(All.Count, All.Select(d => d.Id).Distinct().Count());

    [Fact]
    public void Every_assigned_rule_ID_has_exactly_one_discovered_rule()
    {
        var assigned = typeof(RuleIds).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(25, assigned.Count);
        Assert.Equal(assigned, BuiltInRules.Create().Select(r => r.Descriptor.Id).Order(StringComparer.Ordinal));
    }

    [Theory, MemberData(nameof(AllIds))]
    public void Id_IsInItsCategorysRange(string id)
    {
        var descriptor = Get(id);
        Assert.Matches(IdPattern(), id);
        var range = descriptor.Category switch
        {
            RuleCategory.Sourcing => '1',
            RuleCategory.Figures => '2',
            RuleCategory.Dates => '3',
            RuleCategory.Consistency => '4',
            RuleCategory.Structure => '5',
            _ => '9',
        };
        Assert.Equal(range, id[2]);
    }

    [Theory, MemberData(nameof(DocumentedIds))]
    public void HasDocPage_AndHelpLink(string id)
    {
        Assert.True(File.Exists(RepoPaths.Path($"docs/rules/{id}.md")), $"{id}: missing docs/rules/{id}.md");
        Assert.EndsWith($"/docs/rules/{id}.md", Get(id).HelpUri, StringComparison.Ordinal);
        Assert.StartsWith($"# {id}: {Get(id).Title}", File.ReadAllText(RepoPaths.Path($"docs/rules/{id}.md")), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(AllIds))]
    public void HasTitleMessageAndDescription(string id)
    {
        var descriptor = Get(id);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Title));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.MessageFormat));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Description));
    }

    [Fact]
    public void PackRule_HelpLinkIsItsYamlFile()
    {
        foreach (var rule in BuiltInPacks.Rules)
            Assert.EndsWith("/" + rule.File, rule.Descriptor.HelpUri, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(DocumentedIds))]
    public void BuiltInRule_HasATestClass(string id)
    {
        if (id.StartsWith("EL9", StringComparison.Ordinal))
            return;
        var rule = BuiltInRules.Create().Single(r => r.Descriptor.Id == id);
        var testClass = typeof(RuleCatalogTests).Assembly.GetTypes().SingleOrDefault(t => t.Name == rule.GetType().Name + "Tests");
        Assert.True(testClass is not null, $"{id}: no {rule.GetType().Name}Tests class");
    }

    [Fact]
    public void ReadmeTable_IsCurrent()
    {
        var path = RepoPaths.Path("docs/rules/README.md");
        var expected = ExpectedReadme();
        var actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        if (actual != expected)
            File.WriteAllText(Path.ChangeExtension(path, ".received.md"), expected);
        Assert.True(actual == expected, "docs/rules/README.md is out of date; the current catalogue was written to docs/rules/README.received.md");
    }

    private static string ExpectedReadme()
    {
        var builder = new StringBuilder();
        builder.Append("# EditLint rules\n\n");
        builder.Append("Every rule EditLint ships, generated from the rules themselves (a test keeps this table current).\n");
        builder.Append("IDs never change meaning; see `../../README.md` for how to run EditLint.\n\n");
        builder.Append("| ID | Title | Category | Default severity | Source |\n|---|---|---|---|---|\n");
        var files = BuiltInPacks.Rules.ToDictionary(r => r.Descriptor.Id, r => r.File);
        foreach (var d in All.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            var page = d.Pack is null ? d.Id + ".md" : "../../" + files[d.Id];
            var source = d.Pack is not null ? $"pack `{d.Pack}`" : d.Id.StartsWith("EL9", StringComparison.Ordinal) ? "engine" : "built-in";
            builder.Append($"| [{d.Id}]({page}) | {d.Title.Replace("|", "\\|", StringComparison.Ordinal)} | {d.Category} | {d.DefaultSeverity.ToName()} | {source} |\n");
        }
        return builder.ToString();
    }

    [GeneratedRegex(@"^EL\d{4}$")]
    private static partial Regex IdPattern();
}
