using EditLint.Checks.Sourcing;
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

    // Two remarks that share a stock phrase are two quotations, not one rendered twice: the words of one must all
    // be in the other, in order. A comma dropped from a partial quotation is no new rendering.
    [Theory]
    [InlineData("“Thank you very much. I'm so thrilled,” she said. He began: “Thank you very much, I'm sure you're pleased.”")]
    [InlineData("“We have the right to opt in,” Smith said. Jones replied: “We have the right, as you know, to leave whenever we like.”")]
    [InlineData("“The first minister should withdraw these remarks immediately.” Later she said: “It is staggering that the first minister, of all people, should say this.”")]
    [InlineData("He said it was his “genuinely held, independent view” of the law. “It is my genuinely held independent view,” he said.")]
    public Task RemarksSharingAPhrase_AreNotReported(string text) => Tester.VerifyAsync(text);

    // A quotation that says its own words twice, written differently, is one rendering; a later quotation is weighed
    // against the first rendering of each run of words, which is the earlier quotation's.
    [Fact]
    public Task AQuotationRepeatingItself_IsNoEcho_ButALaterRenderingIs() =>
        Tester.VerifyAsync("""
            She said: “We will fight on, we will fight-on, we will win.”

            Later she promised [|“we will fight-on”|] again.
            """);

    // The table of first renderings is kept by the thread for its next article, emptied: an article's quotation is
    // never weighed against another article's.
    [Fact]
    public async Task AnEarlierArticlesRendering_IsNotWeighed()
    {
        await Tester.VerifyAsync("He said the allies “could offer Article-5 like protection” to Kyiv.");
        await Tester.VerifyAsync("He described it as “Article 5-like protection” for Kyiv.");
        await Tester.VerifyAsync("""
            He said the allies “could offer Article-5 like protection” to Kyiv.

            He described it as [|“Article 5-like protection”|] for Kyiv.
            """);
    }

    [Fact]
    public Task AWordAddedInOneRendering_IsReported() =>
        Tester.VerifyAsync("""
            Fox called the claim “at best misrepresentation at worst a lie”.

            He repeated that it was [|“at best a misrepresentation, at worst a lie”|].
            """);
}
