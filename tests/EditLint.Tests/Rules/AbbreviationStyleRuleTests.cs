using EditLint.Configuration;
using EditLint.Documents;
using EditLint.Engine;
using EditLint.Readers;
using EditLint.Rules.Consistency;
using EditLint.Tests.Testing;
using EditLint.Text;

namespace EditLint.Tests.Rules;

public sealed class AbbreviationStyleRuleTests
{
    private static readonly RuleTester Tester = RuleTester.For<AbbreviationStyleRule>();

    [Fact]
    public void MixedForms_TheLessUsedIsReported() =>
        Tester.Verify("""
            The U.S. and the U.K. signed. The U.S. envoy left; {|EL4003:US|} officials stayed.
            """);

    [Fact]
    public void OneForm_OrShoutedText_IsFine() =>
        Tester.Verify("""
            # TELL US WHAT YOU THINK

            US officials met UK ministers. The US-backed plan and the UK's reply.
            """);

    [Fact]
    public void HouseForm_ReportsEveryOtherUse() =>
        Tester.WithSettings(new DocumentSettings { Style = new HouseStyle { Abbreviations = AbbreviationStyle.Dotted } })
            .Verify("""
                {|EL4003:US|} officials met {|EL4003:UK|} ministers and the U.N. envoy.
                """);

    [Fact]
    public void AcrossArticles_AnArticleUsingTheMinorityFormIsReportedOnce()
    {
        var loader = new DocumentLoader([new MarkdownReader(), new PlainTextReader(), new HtmlReader()]);
        ArticleDocument Doc(string path, string text) => loader.Read(path, new SourceText(text), DocumentFormat.Markdown);
        var result = new LintEngine([new AbbreviationStyleRule()], loader).Run(
        [
            Doc("a.md", "US troops left.\n"),
            Doc("b.md", "The US said no.\n"),
            Doc("c.md", "The U.S. said yes. The U.S. envoy left.\n"),
        ], new LintOptions());
        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal(("c.md", 4), (finding.Path, finding.Span.Start));
        Assert.True(finding.IsWorkspaceFinding);
        Assert.Equal("'U.S.' here, but 'US' in 2 other articles of this run (a.md:1, b.md:1)", finding.Message);
    }
}
