using EditLint.Documents;
using EditLint.Rules.Structure;
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

    [Fact]
    public void ABylineLine_InAPlainTextScrape_IsAByline() =>
        Tester.WithFormat(DocumentFormat.PlainText).Verify("""
            Harbour reopens after a week of repairs

            Writing by Jane Okafor

            The harbour reopened on Wednesday after a week of repairs, the port authority said on Thursday.
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
