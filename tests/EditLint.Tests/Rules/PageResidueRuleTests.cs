using EditLint.Documents;
using EditLint.Checks.Structure;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Rules;

public sealed class PageResidueRuleTests
{
    private static readonly RuleTester Tester = RuleTester.For<PageResidueRule>();

    [Fact]
    public Task ShareCounterAndReadMore_InsideTheBody_AreReported() =>
        Tester.VerifyAsync("""
            # Harbour reopens

            The harbour reopened on Wednesday after a week of repairs.

            [|Read more|]

            Fishing boats were back in the water by noon, the harbour master said.

            [|1.2k shares|]

            Repairs cost more than expected.
            """);

    [Fact]
    public Task RelatedListWithItsHeadlines_IsReported() =>
        Tester.VerifyAsync("""
            The harbour reopened on Wednesday after a week of repairs.

            [|You might also like|]

            [|Mayor opens new library in the old town hall|]

            [|Storm warning issued for the weekend across the coast|]

            Fishing boats were back in the water by noon, the harbour master said.
            """);

    [Theory]
    [InlineData("Install the Coastal News app for free")]
    [InlineData("Download our app to get alerts")]
    [InlineData("Be the first to get breaking news")]
    [InlineData("Sign up for our morning newsletter")]
    [InlineData("Please use Chrome browser for a more accessible video player")]
    [InlineData("This video can not be played")]
    [InlineData("Media playback is unsupported on your device")]
    [InlineData("Your browser does not support the video")]
    [InlineData("A VIDEO PLAYER is loading")]
    [InlineData("Read Entire Article")]
    [InlineData("Advertisement")]
    public Task Prompts_InsideTheBody_AreReported(string prompt) =>
        Tester.VerifyAsync($"""
            The harbour reopened on Wednesday after a week of repairs.

            [|{prompt}|]

            Fishing boats were back in the water by noon, the harbour master said.
            """);

    [Theory]
    [InlineData("Listen to the full interview on Harbour Radio from 1900 GMT.")]
    [InlineData("Listen again to the interview on the Coast FM website.")]
    [InlineData("Image copyright Getty Images")]
    [InlineData("Image caption The harbour wall was rebuilt in 1910")]
    [InlineData("Fishing boats at dawn. Image: Jane Okafor.")]
    [InlineData("Photo: Tom Reyes/Coastal News")]
    [InlineData("The quay at dusk. Picture: Ana Lopes.")]
    [InlineData("Read more: Mayor opens new library in the old town hall")]
    [InlineData("Related: Storm warning issued for the weekend across the coast")]
    [InlineData("Sign up for our free morning newsletter, with the day's biggest stories from the coast, the harbour and the town hall, sent straight to your inbox before breakfast every weekday")]
    [InlineData("More")]
    public void RealResidue_InsideTheBody_IsReported(string residue) =>
        Tester.Verify($"""
            The harbour reopened on Wednesday after a week of repairs.

            [|{residue}|]

            Fishing boats were back in the water by noon, the harbour master said.
            """);

    [Fact]
    public void ARelatedListOnConsecutiveLinesOfOneParagraph_IsReported() =>
        Tester.Verify("""
            The harbour reopened on Wednesday after a week of repairs.

            [|Related:
            Mayor opens new library in the old town hall
            Storm warning issued for the weekend across the coast|]

            Fishing boats were back in the water by noon, the harbour master said.
            """);

    [Fact]
    public void AGraphicsTeaser_AsTheBodysFirstLine_IsReported() =>
        Tester.Verify("""
            [|Graphic: How the harbour was rebuilt|]

            The harbour reopened on Wednesday after a week of repairs.
            """);

    [Fact]
    public void WireTransmissionResidue_AtTheEndOfAParagraph_IsReported() =>
        Tester.Verify("""
            The harbour reopened on Wednesday after a week of repairs.

            Fishing boats were back in the water by noon, the harbour master said.[| REUTER...|]
            """);

    [Theory]
    [InlineData("More than 200 boats were back in the water by noon.")]
    [InlineData("Listen to what the harbour master said: the wall is safe.")]
    [InlineData("The image of the harbour at dawn, said Ms Okafor, was one she would keep.")]
    [InlineData("Related businesses reopened too, the chamber of commerce said.")]
    [InlineData("The agency Reuters reported the reopening first, citing the port authority.")]
    [InlineData("Video-sharing app TikTok said on Tuesday it would appeal the ruling.")]
    [InlineData("Try as it might, the ministry could not persuade people to download its contact-tracing app, officials said.")]
    [InlineData("The REUTER archive, the agency said, holds every story it sent in 1987.")]
    public void ProseThatMentionsTheSameWords_IsNotResidue(string prose) =>
        Tester.Verify($"""
            The harbour reopened on Wednesday after a week of repairs.

            {prose}

            Fishing boats were back in the water by noon, the harbour master said.
            """);

    [Fact]
    public Task ResidueInAPlainTextDraft_IsReported() =>
        Tester.WithFormat(DocumentFormat.PlainText).VerifyAsync("""
            Harbour reopens after storm

            The harbour reopened on Wednesday after a week of repairs.

            [|Install the Coastal News app for free|]

            Fishing boats were back in the water by noon, the harbour master said.
            """);

    [Fact]
    public Task ResidueInsideAnHtmlArticle_IsReported() =>
        Tester.WithFormat(DocumentFormat.Html).VerifyAsync("""
            <article><h1>Harbour reopens</h1>
            <p>The harbour reopened on Wednesday after a week of repairs.</p>
            <p>[|Read more|]</p>
            <p>Fishing boats were back in the water by noon, the harbour master said.</p></article>
            """);

    [Fact]
    public Task ProseMentioningApps_IsNotResidue() =>
        Tester.VerifyAsync("""
            The council will install the new parking app for free in every district next year, officials said.

            Readers who want to read more about the plan can find it on the council's website.

            The newsletter, which the council posts to every home, will explain the scheme.
            """);

    [Fact]
    public Task SubheadingThatIsNotAList_IsNotResidue() =>
        Tester.VerifyAsync("""
            The harbour reopened on Wednesday after a week of repairs.

            ## What happens next

            Fishing boats were back in the water by noon, the harbour master said.
            """);

    [Fact]
    public Task ResidueAroundATextScrapesBody_IsChromeAndNotReported() =>
        Tester.WithFormat(DocumentFormat.PlainText).VerifyAsync("""
            Home
            News
            Sport
            Weather
            Contact Us

            Harbour reopens after storm

            By Jane Smith
            February 26, 2025

            The harbour reopened on Wednesday after a week of repairs, the harbour master said in a statement.

            Fishing boats were back in the water by noon, and the fish market opened an hour later than usual.

            Related News

            Mayor opens new library in the old town hall

            Read more

            Copyright © 2025 Coastal News. All rights reserved.
            Privacy Policy
            """);
}
