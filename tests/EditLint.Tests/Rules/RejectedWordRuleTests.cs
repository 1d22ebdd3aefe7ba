using EditLint.Configuration;
using EditLint.Documents;
using EditLint.Engine;
using EditLint.Readers;
using EditLint.Checks.Consistency;
using EditLint.Tests.Testing;
using EditLint.Text;

namespace EditLint.Tests.Rules;

public sealed class RejectedWordRuleTests
{
    private static readonly RuleTester Tester = RuleTester.For<RejectedWordRule>().WithSettings(new DocumentSettings
    {
        Vocabulary = new Vocabulary
        {
            Rejected = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
            {
                ["Kiev"] = "Kyiv",
                ["utilise"] = "use",
                ["in order to"] = "to",
                ["shock and awe"] = null,
            },
            Accepted = new HashSet<string>(["Chicken Kiev", "Kiev Pechersk Lavra"], StringComparer.OrdinalIgnoreCase),
        },
    });

    [Theory]
    [InlineData("Troops left {|EL4006:Kiev|} on Monday.")]
    [InlineData("{|EL4006:KIEV|}, March 3 (Reuters) - Talks began.")]
    [InlineData("# Fighting near {|EL4006:Kiev|}\n\nTalks began.")]
    [InlineData("They will {|EL4006:utilise|} the funds.")]
    [InlineData("{|EL4006:Utilise|} what you have, she said.")]
    [InlineData("He came {|EL4006:in order to|} help.")]
    [InlineData("He came {|EL4006:in  order\nto|} help.")]
    [InlineData("A {|EL4006:shock and awe|} campaign.")]
    [InlineData("- {|EL4006:Kiev's|} mayor spoke.")]
    [InlineData("{|EL4006:Kiev|} and {|EL4006:Kiev|} again.")]
    public void RejectedTerms_AreReported(string markup) => Tester.Verify(markup.Replace("{|EL4006:Kiev's|}", "{|EL4006:Kiev|}'s", StringComparison.Ordinal));

    [Theory]
    [InlineData("Troops left Kyiv on Monday.")]
    [InlineData("Kievan Rus was a medieval state.")]
    [InlineData("They will utilize the funds.")]
    [InlineData("They utilised the funds.")]
    [InlineData("He ordered chicken Kiev for lunch.")]
    [InlineData("The Kiev Pechersk Lavra is a monastery.")]
    [InlineData("He came in order.")]
    [InlineData("```\nKiev\n```")]
    [InlineData("Shock and anger followed.")]
    [InlineData("\"We came in order to help,\" she said. He said they would \"utilise\" it.")]
    public void OtherWords_AcceptedTerms_AndCode_AreFine(string markup) => Tester.Verify(markup);

    [Fact]
    public void NoVocabulary_NothingIsReported() =>
        RuleTester.For<RejectedWordRule>().Verify("Troops left Kiev in order to utilise the funds.");

    [Fact]
    public void Finding_CarriesThePreferredFormAsItsFix()
    {
        var loader = new DocumentLoader([new MarkdownReader(), new PlainTextReader(), new HtmlReader()]);
        var document = loader.Read("a.md", new SourceText("Troops left Kiev.\n"), DocumentFormat.Markdown);
        var settings = new DocumentSettings { Vocabulary = new Vocabulary { Rejected = new Dictionary<string, string?> { ["kiev"] = "kyiv" } } };
        var result = new LintEngine([new RejectedWordRule()], loader).Run([document], new LintOptions { SettingsFor = _ => settings });
        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("'Kiev' is on the house's rejected list; use 'Kyiv'", finding.Message);
        Assert.Equal("Kyiv", Assert.Single(Assert.Single(finding.Fixes).Edits).NewText);
    }

    [Fact]
    public void WireDatelineInCapitals_GetsTheFixInCapitals()
    {
        var loader = new DocumentLoader([new MarkdownReader(), new PlainTextReader(), new HtmlReader()]);
        var document = loader.Read("a.md", new SourceText("KIEV, March 3 - Talks began.\n"), DocumentFormat.Markdown);
        var settings = new DocumentSettings { Vocabulary = new Vocabulary { Rejected = new Dictionary<string, string?> { ["Kiev"] = "Kyiv" } } };
        var result = new LintEngine([new RejectedWordRule()], loader).Run([document], new LintOptions { SettingsFor = _ => settings });
        Assert.Equal("KYIV", Assert.Single(Assert.Single(Assert.Single(result.Diagnostics).Fixes).Edits).NewText);
    }
}
