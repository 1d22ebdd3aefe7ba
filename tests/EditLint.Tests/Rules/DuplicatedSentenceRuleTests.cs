using EditLint.Documents;
using EditLint.Checks.Consistency;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Rules;

public sealed class DuplicatedSentenceRuleTests
{
    private static readonly RuleTester Tester = RuleTester.For<DuplicatedSentenceRule>();

    [Fact]
    public Task RepeatedParagraphSentence_IsReportedOnTheSecond() =>
        Tester.VerifyAsync("""
            The council approved the budget on Tuesday night.

            Later the mayor left. [|The council approved the budget on Tuesday night.|]
            """);

    [Fact]
    public Task RepeatInsideOneParagraph_IsReported() =>
        Tester.VerifyAsync("""
            Flood defences were raised along the river bank. Residents were told to stay inside. [|Flood defences were raised along the river bank.|]
            """);

    [Fact]
    public Task WhitespaceQuotesAndCase_DoNotHideARepeat() =>
        Tester.VerifyAsync("""
            He called the plan “a disaster for the whole town”.

            [|he called the plan   "a disaster for the whole town".|]
            """);

    [Fact]
    public Task EmphasisAndLinks_DoNotHideARepeat_AndTheSpanCoversTheMarkup() =>
        Tester.VerifyAsync("""
            The ministry published its annual report on fishing quotas.

            [|The *ministry* published its [annual report](https://example.org) on fishing quotas.|]
            """);

    [Fact]
    public Task ThreeCopies_GiveTwoFindings() =>
        Tester.VerifyAsync("""
            The bridge will stay closed until the spring inspection.

            [|The bridge will stay closed until the spring inspection.|]

            [|The bridge will stay closed until the spring inspection.|]
            """);

    [Fact]
    public Task RepeatInBlockQuoteAndListItem_IsReported() =>
        Tester.VerifyAsync("""
            > The vote was postponed because two members were absent.

            - [|The vote was postponed because two members were absent.|]
            """);

    [Fact]
    public Task RepeatInPlainTextDraft_IsReported() =>
        Tester.WithFormat(DocumentFormat.PlainText).VerifyAsync("""
            Council votes on budget

            The budget passed by nine votes to four on Monday.

            Opposition members walked out. [|The budget passed by nine votes to four on Monday.|]
            """);

    [Fact]
    public Task RepeatInHtml_IsReportedAtTheOriginalCharacters() =>
        Tester.WithFormat(DocumentFormat.Html).VerifyAsync("""
            <html><body><nav><p>The council approved the budget on Tuesday night.</p></nav>
            <article><p>The council approved the budget on Tuesday night.</p>
            <p>[|The <em>council</em> approved the budget on Tuesday&nbsp;night.|]</p></article></body></html>
            """);

    [Fact]
    public Task ShortStockPhrase_IsNotReported() =>
        Tester.VerifyAsync("""
            The company was asked about the leak. It declined to comment.

            The regulator was asked too. It declined to comment.
            """);

    [Fact]
    public Task RepeatedHeading_IsNotReported() =>
        Tester.VerifyAsync("""
            # What happens next for the harbour project

            The harbour project is on hold.

            ## What happens next for the harbour project

            Work may resume in the autumn.
            """);

    [Fact]
    public Task SimilarButDifferentSentences_AreNotReported() =>
        Tester.VerifyAsync("""
            The council approved the budget on Tuesday night.

            The council rejected the budget on Wednesday night.
            """);

    [Fact]
    public Task RepeatedCode_IsNotReported() =>
        Tester.VerifyAsync("""
            ```
            The council approved the budget on Tuesday night.
            ```

            ```
            The council approved the budget on Tuesday night.
            ```
            """);

    [Fact]
    public Task HtmlComment_IsNotProse() =>
        Tester.VerifyAsync("""
            The council approved the budget on Tuesday night.

            <!-- The council approved the budget on Tuesday night. -->
            """);
}
