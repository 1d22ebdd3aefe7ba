using EditLint.Documents;
using EditLint.Checks.Dates;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Rules;

public sealed class UnanchoredRelativeDateRuleTests
{
    private static readonly RuleTester Tester = RuleTester.For<UnanchoredRelativeDateRule>();

    [Fact]
    public Task UndatedArticle_ReportsTheDocumentAndEachReference() =>
        Tester.VerifyAsync("""
            [||]# Harbour reopens

            The harbour reopened on [|Wednesday|] after closing [|last week|]. Repairs began [|yesterday|].
            """);

    [Fact]
    public Task UndatedArticle_WithoutRelativeDates_IsAccepted() =>
        Tester.VerifyAsync("""
            # Harbour reopens

            The harbour first opened on March 3, 1921, and was rebuilt in 1950.
            """);

    [Fact]
    public Task DatedArticle_IsAccepted() =>
        Tester.VerifyAsync("""
            ---
            date: 2025-02-26
            ---

            The harbour reopened on Wednesday after closing last week. Repairs began yesterday.
            """);

    [Fact]
    public Task LastSeptemberAndAgo_AreRelative() =>
        Tester.VerifyAsync("""
            [||]# Museum

            The museum opened [|last September|], and its director left [|three days ago|].
            """);

    [Fact]
    public Task WireDatelineWithADay_DatesTheDraft() =>
        Tester.WithFormat(DocumentFormat.PlainText).VerifyAsync("""
            Harbour reopens

            LONDON, Feb 26 (Reuters) - The harbour reopened on Wednesday, closed since the storm of January 3, 2025.
            """);

    [Fact]
    public Task WireDatelineWithoutADay_LeavesTheDraftUndated() =>
        Tester.WithFormat(DocumentFormat.PlainText).VerifyAsync("""
            [||]Harbour reopens

            LONDON (Reuters) - The harbour reopened on [|Wednesday|].
            """);

    [Fact]
    public Task HolidaysAndTitles_AreNotRelativeDates() =>
        Tester.VerifyAsync("""
            # Fans march

            Fans marched on Good Friday, as the Sunday Times reported.
            """);
}
