using EditLint.Rules.Sourcing;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Rules.Sourcing;

public sealed class QuoteRenderedDifferentlyRuleTests
{
    private static readonly RuleTester Tester = RuleTester.For<QuoteRenderedDifferentlyRule>();

    [Fact]
    public Task HyphenatedDifferently_IsReportedOnTheLaterRendering() =>
        Tester.VerifyAsync("""
            He said the allies “could offer Article-5 like protection” to Kyiv.

            ## [|‘Article 5-like protection’|]

            He described them as [|“Article 5-like”|] guarantees.
            """);

    [Fact]
    public Task SpacingAroundADashDiffers_IsReported() =>
        Tester.VerifyAsync("""
            The mayor called it “a once-in-a-generation chance” for the town.

            Later she repeated it was [|“a once in a generation chance”|].
            """);

    [Theory]
    [InlineData("She called it “a once-in-a-generation chance”. Later she said again it was ‘a once-in-a-generation chance’.")]
    [InlineData("She called it “a fresh start for the town”. He called it “a fresh look at the harbour”.")]
    [InlineData("He offered “Article 5-type” guarantees. She wanted “Article-5 like protection”.")]
    [InlineData("He said it was “Historic Day For Us”. She said “historic day for us” too.")]
    public Task SameRenderingOrDifferentWords_AreNotReported(string text) => Tester.VerifyAsync(text);
}
