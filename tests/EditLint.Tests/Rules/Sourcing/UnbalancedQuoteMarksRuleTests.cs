using EditLint.Checks.Sourcing;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Rules.Sourcing;

public sealed class UnbalancedQuoteMarksRuleTests
{
    private static readonly RuleTester Tester = RuleTester.For<UnbalancedQuoteMarksRule>();

    [Fact]
    public Task OpeningMarkNeverClosed_IsReported() =>
        Tester.VerifyAsync("""
            [|“|]We will not give up, the mayor said.

            The meeting ended at noon.
            """);

    [Fact]
    public Task ClosingMarkNeverOpened_IsReported() =>
        Tester.VerifyAsync("The mayor said we will not give up[|”|] and left.");

    [Fact]
    public Task StraightOpeningClosedByCurlyMark_IsReported() =>
        Tester.VerifyAsync("The mayor said \"we will not give up[|”|] and left.");

    [Fact]
    public Task CurlyOpeningUsedAsClosingMark_IsReported() =>
        Tester.VerifyAsync("The mayor said “we will not give up[|“|] and left.");

    [Fact]
    public Task CurlySingleOpenedAndNeverClosed_IsReported() =>
        Tester.VerifyAsync("He warned of a [|‘|]very big mistake in the talks.");

    [Fact]
    public Task MultiParagraphQuotation_FollowsTheConvention() =>
        Tester.VerifyAsync("""
            “At first it would need Western support,” Bell says. “Over time the community would help.

            “Because there will be different governments in five years, it has to endure.”
            """);

    [Fact]
    public Task RunTogetherParagraphsOfOneQuotation_FollowTheConvention() =>
        Tester.VerifyAsync("\"We are keen to help,\" he said. \"There is scope for growth. \"We will invest more next year.\"");

    [Theory]
    [InlineData("The mayor said “we will not give up and left.", "The mayor said “we will not give up and left.”")]
    [InlineData("The mayor said we will not give up” and left.", "The mayor said we will not give up and left.")]
    [InlineData("The mayor said “we will not give up“ and left.", "The mayor said “we will not give up” and left.")]
    [InlineData("The meeting of OPEC\"s pricing committee was postponed.", "The meeting of OPEC's pricing committee was postponed.")]
    [InlineData("Shares in the bank\"s parent company fell.", "Shares in the bank's parent company fell.")]
    public void QuickFix_BalancesTheMarks(string text, string fixedText)
    {
        var loader = new EditLint.Engine.DocumentLoader([new EditLint.Readers.MarkdownReader()]);
        var document = loader.Read("a.md", new EditLint.Text.SourceText(text), EditLint.Documents.DocumentFormat.Markdown);
        var finding = Assert.Single(new EditLint.Engine.LintEngine([new UnbalancedQuoteMarksRule()], loader).Run([document], new EditLint.Engine.LintOptions()).Diagnostics);
        var edit = Assert.Single(Assert.Single(finding.Fixes).Edits);
        Assert.Equal(fixedText, text.Remove(edit.Span.Start, edit.Span.Length).Insert(edit.Span.Start, edit.NewText));
    }

    // Scraped wire copy turns apostrophes into straight double marks: say so, rather than "no opening mark".
    [Fact]
    public void DoubleMarkStandingForAnApostrophe_SaysSo()
    {
        var finding = Assert.Single(Tester.Run("Talks of OPEC\"s pricing committee were postponed."));
        Assert.Equal("This \" stands for an apostrophe (OPEC\"s): write OPEC's", finding.Message);
    }

    [Theory]
    [InlineData("Putin’s envoy met Zelensky’s team in the ’90s style, rock ’n’ roll and all.")]
    [InlineData("The farmers' union said 'no' to the plan.")]
    [InlineData("She said “they told me ‘never again’ and meant it”.")]
    [InlineData("The \"A\" car and the \"B\" car are both built here.")]
    public Task ApostrophesAndBalancedMarks_AreNotReported(string text) => Tester.VerifyAsync(text);
}
