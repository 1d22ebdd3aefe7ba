using EditLint.Rules.Sourcing;
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
    [InlineData("Putin’s envoy met Zelensky’s team in the ’90s style, rock ’n’ roll and all.")]
    [InlineData("The farmers' union said 'no' to the plan.")]
    [InlineData("She said “they told me ‘never again’ and meant it”.")]
    [InlineData("The \"A\" car and the \"B\" car are both built here.")]
    public Task ApostrophesAndBalancedMarks_AreNotReported(string text) => Tester.VerifyAsync(text);
}
