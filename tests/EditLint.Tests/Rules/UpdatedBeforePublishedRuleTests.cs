using EditLint.Documents;
using EditLint.Checks.Dates;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Rules;

public sealed class UpdatedBeforePublishedRuleTests
{
    private static readonly RuleTester Tester = RuleTester.For<UpdatedBeforePublishedRule>();

    [Fact]
    public Task UpdateBeforePublication_IsReported() =>
        Tester.VerifyAsync("""
            ---
            date: 2025-02-26
            updated: [|2025-02-20|]
            ---

            The harbour reopened.
            """);

    [Fact]
    public Task UpdateAfterPublication_IsAccepted() =>
        Tester.VerifyAsync("""
            ---
            date: 2025-02-26
            updated: 2026-01-25
            ---

            The harbour reopened.
            """);

    [Fact]
    public Task UpdateOnTheSameDay_WithATimeOnlyOnThePublicationDate_IsAccepted() =>
        Tester.VerifyAsync("""
            ---
            date: 2025-02-26T18:30:00Z
            updated: 2025-02-26
            ---

            The harbour reopened.
            """);

    [Fact]
    public Task PageScrapeUpdatedLineBeforePostedLine_IsReported() =>
        Tester.WithFormat(DocumentFormat.PlainText).VerifyAsync("""
            Harbour reopens after storm

            Posted on February 26, 2025

            Last updated: [|January 25, 2025|]

            The harbour reopened on Wednesday after a week of repairs.
            """);

    [Fact]
    public Task PublicationDateFarInTheFuture_IsReported() =>
        Tester.VerifyAsync("""
            ---
            date: [|2999-01-01|]
            ---

            The harbour reopened.
            """);

    [Fact]
    public Task PublicationDateInThePast_IsAccepted() =>
        Tester.VerifyAsync("""
            ---
            date: 1987-03-11
            ---

            The harbour reopened.
            """);
}
