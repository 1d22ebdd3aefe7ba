using EditLint.Documents;
using EditLint.Checks.Structure;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Rules;

public sealed class MissingHeadlineRuleTests
{
    private static readonly RuleTester Tester = RuleTester.For<MissingHeadlineRule>();

    [Fact]
    public Task MarkdownWithoutTitleOrHeading_IsReported() =>
        Tester.VerifyAsync("""
            [||]The harbour reopened on Wednesday after a week of repairs.
            """);

    [Fact]
    public Task FrontMatterTitle_IsAccepted() =>
        Tester.VerifyAsync("""
            ---
            title: Harbour reopens
            ---

            The harbour reopened on Wednesday after a week of repairs.
            """);

    [Fact]
    public Task FirstLevelHeading_IsAccepted() =>
        Tester.VerifyAsync("""
            # Harbour reopens

            The harbour reopened on Wednesday after a week of repairs.
            """);

    [Fact]
    public Task SecondLevelHeadingOnly_IsReported() =>
        Tester.VerifyAsync("""
            [||]## Background

            The harbour reopened on Wednesday after a week of repairs.
            """);

    [Fact]
    public Task PlainTextTitleLine_IsAccepted() =>
        Tester.WithFormat(DocumentFormat.PlainText).VerifyAsync("""
            Harbour reopens after storm

            The harbour reopened on Wednesday after a week of repairs.
            """);

    [Fact]
    public Task PlainTextStartingWithASentence_IsReported() =>
        Tester.WithFormat(DocumentFormat.PlainText).VerifyAsync("""
            [||]The harbour reopened on Wednesday after a week of repairs.

            Boats were back by noon.
            """);
}
