using EditLint.Documents;
using EditLint.Checks.Dates;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Rules;

public sealed class WeekdayMismatchRuleTests
{
    private static readonly RuleTester Tester = RuleTester.For<WeekdayMismatchRule>();

    private static Task Dated(string date, string body) => Tester.VerifyAsync($"---\ndate: {date}\n---\n\n{body}\n");

    [Fact]
    public Task AtTheCalendarsEnd_ADayPastItIsNotChecked_AndTheDayBeforeIs() =>
        Dated("9999-12-31", "The count ended [|yesterday (Tuesday)|] and resumes tomorrow (Saturday).");

    [Fact]
    public Task WrongWeekdayOnAFullDate_IsReported() =>
        Dated("2025-02-28", "The vote was held on [|Wednesday, February 27, 2025|].");

    [Fact]
    public Task RightWeekdayOnAFullDate_IsAccepted() =>
        Dated("2025-02-28", "The vote was held on Thursday, February 27, 2025.");

    [Fact]
    public Task DayMonthYearOrder_IsChecked() =>
        Dated("2025-02-28", "The vote was held on [|Wednesday 27 February 2025|], not on Wednesday 26 February 2025.");

    [Fact]
    public Task AbbreviatedWeekdayAndMonth_AreChecked() =>
        Dated("2025-02-28", "Doors open [|Fri., Feb. 27, 2025|] and close Sat., March 1, 2025.");

    [Fact]
    public Task WeekdayWithADayAndNoYear_TakesTheYearFromTheArticle() =>
        Dated("2025-02-20", "The hearing is on [|Wednesday, Feb. 27|].");

    [Fact]
    public Task WeekdayWithADayAndNoYear_RightInTheArticlesYear_IsAccepted() =>
        Dated("2025-02-20", "The hearing is on Thursday, Feb. 27.");

    [Fact]
    public Task WeekdayAcrossTheYearBoundary_IsAccepted() =>
        Dated("2025-01-06", "The fire began on Tuesday, Dec. 31, and was put out on Thursday, Jan. 2.");

    [Fact]
    public Task LeapDay_RightWeekday_IsAccepted() =>
        Dated("2024-03-04", "The count closed on Thursday, February 29, 2024.");

    [Fact]
    public Task LeapDay_WrongWeekday_IsReported() =>
        Dated("2024-03-04", "The count closed on [|Friday, February 29, 2024|].");

    [Fact]
    public Task YesterdayNamedAsTheWrongWeekday_IsReported() =>
        Dated("2025-02-26", "The minister resigned [|yesterday (Wednesday)|].");

    [Fact]
    public Task YesterdayNamedAsTheRightWeekday_IsAccepted() =>
        Dated("2025-02-26", "The minister resigned yesterday (Tuesday).");

    [Fact]
    public Task TodayNamedAsTheWrongWeekday_IsReported() =>
        Dated("2025-02-26", "Talks begin [|today, Thursday|], officials said.");

    [Fact]
    public Task BareWeekdays_AreNeverReported() =>
        Dated("2025-02-26", "The minister spoke on Monday and will speak again on Friday.");

    [Fact]
    public Task WeeklyDateLine_WithTheWrongWeekday_IsReported() =>
        Tester.WithFormat(DocumentFormat.PlainText).VerifyAsync("""
            Harbour reopens after storm

            [|Saturday, January 4, 2019|]

            The harbour reopened on Friday after a week of repairs.
            """);

    [Fact]
    public Task WeeklyDateLine_WithTheRightWeekday_IsAccepted() =>
        Tester.WithFormat(DocumentFormat.PlainText).VerifyAsync("""
            Harbour reopens after storm

            Friday, January 4, 2019

            The harbour reopened on Friday after a week of repairs.
            """);

    [Fact]
    public Task WireDateline_WithAWeekdayDateLaterInTheStory_IsChecked() =>
        Tester.WithFormat(DocumentFormat.PlainText).VerifyAsync("""
            Harbour reopens after storm

            LONDON, Feb 26 (Reuters) - The harbour reopened on Wednesday, two weeks after it shut on [|Tuesday, Feb. 13|], officials said on Friday, January 3, 2025.
            """);

    // ISO dates and dates the calendar does not have.

    [Fact]
    public Task WrongWeekdayOnAnIsoDate_IsReported() =>
        Dated("2025-02-28", "The vote was held on [|Wednesday, 2025-02-27|], not on Thursday, 2025-02-27.");

    [Fact]
    public Task AFullDateTheMonthDoesNotHave_IsReported() =>
        Dated("2025-02-28", "The vote was held on [|February 30, 2025|] and counted on February 28, 2025.");

    [Fact]
    public Task TheTwentyNinthOfFebruaryInAYearThatIsNoLeapYear_IsReported() =>
        Dated("2025-02-28", "The rule came in on [|2025-02-29|]; the last leap day was 2024-02-29.");

    [Fact]
    public Task AMonthDayNoYearHas_IsReported() =>
        Dated("2025-05-02", "The council met on [|April 31|] and again on April 30.");

    [Fact]
    public Task AMonthDayNoYearHas_IsReported_InAnUndatedDraft() =>
        Tester.VerifyAsync("The council met on [|April 31|] and again on April 30.\n");

    [Fact]
    public Task ANumericDateWhoseOrderIsPlain_IsReported() =>
        Dated("2025-05-02", "The council met on [|31/04/2025|] and on 30/04/2025.");

    [Fact]
    public Task TheTwentyNinthOfFebruaryWithoutAYear_IsNotReported() =>
        Dated("2025-03-02", "The council met on February 29, or so the minutes say.");

    [Fact]
    public Task NumbersPastAnyMonthsLength_AreNotDates() =>
        Dated("2025-05-02", "The May 35 group met in June 40 times.");

    [Fact]
    public void AnImpossibleDateSaysWhy()
    {
        var finding = Assert.Single(Tester.Run("---\ndate: 2025-02-28\n---\n\nThe vote was held on February 30, 2025.\n"));
        Assert.Equal("'February 30, 2025' is not a date: February 2025 has 28 days", finding.Message);
    }
}
