using EditLint.Documents;
using EditLint.Checks.Dates;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Rules;

public sealed class MissingDateRuleTests
{
    private static readonly RuleTester Tester = RuleTester.For<MissingDateRule>();

    [Fact]
    public Task MarkdownWithoutDate_IsReportedAtTheStart() =>
        Tester.VerifyAsync("""
            [||]---
            title: Harbour reopens
            ---

            The harbour reopened on Wednesday.
            """);

    [Fact]
    public Task FrontMatterDate_IsAccepted() =>
        Tester.VerifyAsync("""
            ---
            title: Harbour reopens
            date: 2025-02-26
            ---

            The harbour reopened on Wednesday.
            """);

    [Theory]
    [InlineData("published: 2025-02-26T09:30:00Z")]
    [InlineData("pubDate: February 26, 2025")]
    [InlineData("date: 26 February 2025")]
    public Task OtherFrontMatterDateKeysAndForms_AreAccepted(string line) =>
        Tester.VerifyAsync($"""
            ---
            title: Harbour reopens
            {line}
            ---

            The harbour reopened on Wednesday.
            """);

    [Fact]
    public Task MarkdownPublishedOnLine_IsAccepted() =>
        Tester.VerifyAsync("""
            # Harbour reopens

            Published on 3 March 2024

            The harbour reopened on Wednesday.
            """);

    [Fact]
    public Task UpdatedDateAlone_IsNotAPublicationDate() =>
        Tester.VerifyAsync("""
            [||]---
            title: Harbour reopens
            updated: 2025-02-27
            ---

            The harbour reopened on Wednesday.
            """);

    [Fact]
    public Task PlainTextDraftWithPostedOnLine_IsAccepted() =>
        Tester.WithFormat(DocumentFormat.PlainText).VerifyAsync("""
            Harbour reopens after storm

            Posted on February 26, 2025

            The harbour reopened on Wednesday after a week of repairs.
            """);

    [Fact]
    public Task PlainTextDraftWithoutDate_IsReported() =>
        Tester.WithFormat(DocumentFormat.PlainText).VerifyAsync("""
            [||]Harbour reopens after storm

            The harbour reopened on Wednesday after a week of repairs.
            """);

    [Fact]
    public Task ADateInsideASentence_IsNotAPublicationDate() =>
        Tester.WithFormat(DocumentFormat.PlainText).VerifyAsync("""
            [||]Harbour reopens after storm

            The harbour first opened on March 3, 1921.
            """);
}
