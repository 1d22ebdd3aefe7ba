using EditLint.Configuration;
using EditLint.Documents;
using EditLint.Engine;
using EditLint.Readers;
using EditLint.Checks.Consistency;
using EditLint.Tests.Testing;
using EditLint.Text;

namespace EditLint.Tests.Rules;

public sealed class AbbreviationStyleRuleTests
{
    private static readonly RuleTester Tester = RuleTester.For<AbbreviationStyleRule>();
    private static readonly DocumentLoader Loader = new([new MarkdownReader(), new PlainTextReader(), new HtmlReader()]);

    [Fact]
    public void MixedForms_TheLessUsedIsReported() =>
        Tester.Verify("""
            The U.S. and the U.K. signed. The U.S. envoy left; {|EL4003:US|} officials stayed.
            """);

    // A site's summary box around a story it republishes does not set the story's style, even when it uses its own
    // form more often: the box's uses are the ones reported.
    [Fact]
    public void ASummaryBoxAroundTheStory_DepartsFromTheStorysStyle() =>
        Tester.Verify("""
            # U.S. envoy meets allies

            ## Key Takeaways

            - {|EL4003:US|} envoy meets allies.
            - {|EL4003:US|} and allies agree on aid.
            - {|EL4003:US|} talks resume next week.

            ## Story

            The U.S. envoy met allies on Tuesday. Aides said the U.S. position was unchanged.
            """);

    // Wire copy gives a company's instrument code after its name ("Unilever plc UN.AS", "Alusuisse ALUZ.Z"): letters
    // glued to others by a dot are part of a code, not the United Nations written without dots.
    [Fact]
    public void AWordJoinedByADotToOtherLetters_IsACodeNotAUse() =>
        Tester.Verify("""
            The U.N. envoy met bankers. The U.N. said rivals such as Unilever plc UN.AS or Procter and Gamble Co PG.N
            might bid. Shares of US.X rose.
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

    // Every article of the less common style is told the same three others: one message, kept once, not once per article.
    [Fact]
    public void AcrossArticles_TheArticlesOfTheLessCommonStyleShareOneMessage()
    {
        var result = new LintEngine([new AbbreviationStyleRule()], Loader).Run(
        [
            Doc("a.md", "US troops left.\n"),
            Doc("b.md", "The US said no.\n"),
            Doc("c.md", "US aid came.\n"),
            Doc("d.md", "The U.S. said yes.\n"),
            Doc("e.md", "A U.S. envoy left.\n"),
        ], new LintOptions());
        Assert.Equal(["d.md", "e.md"], result.Diagnostics.Select(d => d.Path));
        Assert.Equal("'U.S.' here, but 'US' in 3 other articles of this run (a.md:1, b.md:1, c.md:1)", result.Diagnostics[0].Message);
        Assert.Same(result.Diagnostics[0].Message, result.Diagnostics[1].Message);
    }

    // Seed 000 writes US six times and U.S. four; seed 002 writes US. The article's own style is US, so each U.S.
    // is the in-article finding, and the article agrees with the run: no second finding at the first U.S.
    [Fact]
    public void AcrossArticles_AnArticleThatMixesForms_IsJudgedByItsOwnStyle_OneFindingPerPlace()
    {
        var result = new LintEngine([new AbbreviationStyleRule()], Loader).Run(
        [
            Doc("a.md", "The U.S. envoy left. US troops stayed. US officials spoke. US aid came.\n"),
            Doc("b.md", "The US said no.\n"),
        ], new LintOptions());
        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal(("a.md", 4, false), (finding.Path, finding.Span.Start, finding.IsWorkspaceFinding));
        Assert.StartsWith("'U.S.' here, but 'US' elsewhere in this article", finding.Message, StringComparison.Ordinal);
    }

    // An article whose own style is the run's minority is reported at its first use of that style; its uses of the
    // other form are the in-article findings, at other places.
    [Fact]
    public void AcrossArticles_AnArticleWhoseOwnStyleIsTheMinority_IsReportedAtItsFirstUse()
    {
        var result = new LintEngine([new AbbreviationStyleRule()], Loader).Run(
        [
            Doc("a.md", "The U.S. envoy left. U.S. troops stayed. US officials spoke.\n"),
            Doc("b.md", "The US said no.\n"),
            Doc("c.md", "US aid came.\n"),
        ], new LintOptions());
        Assert.Equal(
            [("a.md", 4, true), ("a.md", 41, false)],
            result.Diagnostics.Select(d => (d.Path, d.Span.Start, d.IsWorkspaceFinding)));
        Assert.Equal(result.Diagnostics.Count, result.Diagnostics.Select(d => (d.Path, d.Span)).Distinct().Count());
    }

    private static ArticleDocument Doc(string path, string text) => Loader.Read(path, new SourceText(text), DocumentFormat.Markdown);
}
