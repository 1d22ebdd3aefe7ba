using EditLint.Documents;
using EditLint.Checks.Structure;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Rules;

public sealed class MissingBylineRuleTests
{
    private static readonly RuleTester Tester = RuleTester.For<MissingBylineRule>();

    [Fact]
    public void AnArticleNamingNoAuthor_IsReported() =>
        Tester.Verify("""
            [||]# Harbour reopens

            The harbour reopened on Wednesday after a week of repairs, the port authority said.
            """);

    [Fact]
    public void FrontMatterAuthor_IsAByline() =>
        Tester.Verify("""
            ---
            title: Harbour reopens
            author: Jane Okafor
            ---

            The harbour reopened on Wednesday after a week of repairs.
            """);

    [Fact]
    public void AByLine_IsAByline() =>
        Tester.Verify("""
            # Harbour reopens

            By Jane Okafor

            The harbour reopened on Wednesday after a week of repairs.
            """);

    [Fact]
    public void AWireCredit_AtTheEnd_IsAByline() =>
        Tester.Verify("""
            # Harbour reopens

            The harbour reopened on Wednesday after a week of repairs.

            (Reporting by Jane Okafor; Editing by Tom Reyes)
            """);

    // A scrape puts the byline after the menus, past the lines the header reader looks at.
    [Fact]
    public void ABylineLine_AfterAScrapesMenus_IsAByline() =>
        Tester.WithFormat(DocumentFormat.PlainText).Verify("""
            Home
            News
            Sport
            Weather
            Cookie policy
            Privacy policy
            Terms of use

            Harbour reopens after a week of repairs

            The harbour reopened on Wednesday after a week of repairs, the port authority said on Thursday.

            Fishing boats were back in the water by noon, the harbour master said, and the ferry ran on time.

            By Jane Okafor

            Repairs cost more than expected, the authority said, and the work will go on next spring.
            """);

    [Theory]
    [InlineData("Photo by Tom Reyes")]
    [InlineData("Reporting by Harbour Radio showed the wall was safe, engineers said.")]
    public void APhotoCreditOrProse_IsNoByline(string line) =>
        Tester.Verify($"""
            [||]# Harbour reopens

            The harbour reopened on Wednesday after a week of repairs.

            {line}

            Fishing boats were back in the water by noon.
            """);

    [Fact]
    public void HtmlAuthorMetadata_IsAByline() =>
        Tester.WithFormat(DocumentFormat.Html).Verify("""
            <html><head><title>Harbour reopens</title><meta name="author" content="Jane Okafor"></head>
            <body><article><p>The harbour reopened on Wednesday after a week of repairs.</p></article></body></html>
            """);

    [Fact]
    public void HtmlWithoutAuthor_IsReported() =>
        Tester.WithFormat(DocumentFormat.Html).Verify("""
            [||]<html><head><title>Harbour reopens</title></head>
            <body><article><p>The harbour reopened on Wednesday after a week of repairs.</p></article></body></html>
            """);

    [Fact]
    public void TheWireCredit_IsTheBylineFact()
    {
        var document = new EditLint.Readers.MarkdownReader().Read("a.md", new EditLint.Text.SourceText("Text here.\n\n(Reporting by Jane Okafor; Editing by Tom Reyes)\n"));
        Assert.Equal("wire credit", document.Metadata.Byline?.Origin);
        Assert.StartsWith("(Reporting by Jane Okafor", document.Metadata.Byline!.Value, StringComparison.Ordinal);
    }
}
