using EditLint.Documents;
using EditLint.Checks.Sourcing;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Rules.Sourcing;

public sealed class UncreditedRepublicationRuleTests
{
    private static readonly RuleTester Tester = RuleTester.For<UncreditedRepublicationRule>();

    [Fact]
    public Task ReadEntireArticleWithoutCredit_IsReported() =>
        Tester.VerifyAsync("""
            # Harbour reopens

            The harbour reopened on Wednesday after a week of repairs.

            [|Read Entire Article|]
            """);

    [Fact]
    public Task OriginallyPublishedWithoutCredit_IsReported() =>
        Tester.WithFormat(DocumentFormat.PlainText).VerifyAsync("""
            Harbour reopens after storm

            The harbour reopened on Wednesday after a week of repairs.

            [|This article was originally published elsewhere.|]
            """);

    [Fact]
    public Task CreditLine_IsAccepted() =>
        Tester.VerifyAsync("""
            # Harbour reopens

            The harbour reopened on Wednesday after a week of repairs.

            Read Entire Article

            Source: Coastal News
            """);

    // A "Source" heading titles a section (a dataset's README names its repository under it); a bare "Source:" label
    // with the outlet on the next line is a credit line split in two.
    [Fact]
    public Task SourceHeading_IsNoMarker() =>
        Tester.VerifyAsync("""
            # Harbour data

            The files below were collected in 2024.

            ## Source

            - Repository: the port authority's open data site.
            """);

    [Fact]
    public Task SourceLabelWithTheOutletOnTheNextLine_IsACredit() =>
        Tester.WithFormat(DocumentFormat.PlainText).VerifyAsync("""
            Harbour reopens after storm

            The harbour reopened on Wednesday after a week of repairs.

            Source:

            Coastal News
            """);

    [Fact]
    public Task SourceLabelFollowedByAnotherMarker_IsReported() =>
        Tester.WithFormat(DocumentFormat.PlainText).VerifyAsync("""
            Harbour reopens after storm

            The harbour reopened on Wednesday after a week of repairs.

            [|Source:|]

            Read the full story
            """);

    [Fact]
    public Task SourceLabelWithNothingAfterIt_IsReported() =>
        Tester.WithFormat(DocumentFormat.PlainText).VerifyAsync("""
            Harbour reopens after storm

            The harbour reopened on Wednesday after a week of repairs.

            [|Source:|]
            """);

    [Fact]
    public Task FrontMatterSource_IsAccepted() =>
        Tester.VerifyAsync("""
            ---
            title: Harbour reopens
            source: Coastal News
            ---

            The harbour reopened on Wednesday after a week of repairs.

            Read Entire Article
            """);

    [Fact]
    public Task AgencyDateline_IsACredit() =>
        Tester.WithFormat(DocumentFormat.PlainText).VerifyAsync("""
            Harbour reopens after storm

            PLYMOUTH (Reuters) - The harbour reopened on Wednesday after a week of repairs.

            This story first appeared on the agency wire.
            """);

    [Fact]
    public Task ArticleWithoutMarker_IsNotReported() =>
        Tester.VerifyAsync("""
            # Harbour reopens

            The harbour reopened on Wednesday; readers can read the full report on the council website.
            """);
}
