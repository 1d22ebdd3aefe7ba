using EditLint.Checks.Figures;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Rules;

public sealed class DateArithmeticRuleTests
{
    private static readonly RuleTester Tester = RuleTester.For<DateArithmeticRule>();

    private static Task Dated(string body) => Tester.VerifyAsync($"---\ndate: 2025-02-26\n---\n\n{body}\n");

    [Fact]
    public Task YearsLater_ThatDoNotAddUp_AreReported() =>
        Dated("The theatre burned down in December 1994. [|Twenty years later|], in 2016, it reopened.");

    [Fact]
    public Task YearsLater_ThatAddUp_AreAccepted() =>
        Dated("The theatre burned down in December 1994. Twenty years later, in 2014, it reopened.");

    [Fact]
    public Task YearsLater_RoundedByLessThanAYear_AreAccepted() =>
        Dated("The theatre burned down in December 1994. Twenty years later, in 2015, it reopened.");

    [Fact]
    public Task AnOffsetPastTheCalendar_IsNotCompared_AndDoesNotFail() =>
        Dated("The theatre burned down in December 1994. 999 decades later, in 2015, it reopened.");

    [Fact]
    public Task DaysAfterANamedDay_ThatDoNotAddUp_AreReported() =>
        Dated("The strike ended on Friday, [|two days after|] Monday's vote.");

    [Fact]
    public Task DaysAfterANamedDay_ThatAddUp_AreAccepted() =>
        Dated("The strike ended on Wednesday, two days after Monday's vote.");

    [Fact]
    public Task DaysLater_FromAFullDate_AreChecked() =>
        Dated("The dam failed on March 3, 2024. [|Three days later|], on March 9, 2024, the town was evacuated.");

    [Fact]
    public Task DaysLater_AcrossALeapDay_AddUp() =>
        Dated("The dam failed on February 27, 2024. Three days later, on March 1, 2024, the town was evacuated.");

    [Fact]
    public Task YearsEarlier_AreChecked() =>
        Dated("The bridge opened in 2010. [|Five years earlier|], in 2004, the plan was approved.");

    [Fact]
    public Task AnOffsetWithoutBothEnds_IsNotChecked() =>
        Dated("The bridge opened in 2010. Two days after the vote, the council resigned.");

    [Fact]
    public Task AnOffsetFromAnEventNamedInWords_IsNotChecked() =>
        Dated("The strike ended on Friday, two days after the vote.");

    // Ages against birth dates, on the article's date (2025-02-26).

    [Fact]
    public Task An_age_that_does_not_match_the_birth_year_is_reported() =>
        Dated("Mayor Ann Lee, [|45|], was born in 1970.");

    [Fact]
    public Task A_compound_age_in_the_next_sentence_is_checked() =>
        Dated("A [|30-year-old|] man was arrested. He was born in 1980, police said.");

    [Fact]
    public Task An_age_with_aged_is_checked() =>
        Dated("The driver, aged [|61|], was born in 1970 in the town.");

    [Fact]
    public Task Either_age_around_the_birthday_is_accepted() =>
        Dated("Mayor Ann Lee, 54, was born in 1970. Her deputy, Tom Bell, 55, was born in 1970 too.");

    [Fact]
    public Task A_full_birth_date_fixes_the_age() =>
        Dated("The singer, Mia Hart, [|42|], was born on March 3, 1983.");

    [Fact]
    public Task A_full_birth_date_that_matches_is_accepted() =>
        Dated("The singer, Mia Hart, 41, was born on March 3, 1983.");

    [Fact]
    public Task An_age_far_from_the_birth_date_is_not_paired() =>
        Dated("Mayor Ann Lee, 45, spoke first.\n\nThe town hall was built in 1970. Its architect was born in 1920 and died young.");

    [Fact]
    public Task Without_an_article_date_ages_are_not_checked() =>
        Tester.VerifyAsync("Mayor Ann Lee, 45, was born in 1970.\n");

    [Fact]
    public Task An_impossible_age_is_not_checked() =>
        Dated("The tortoise, aged 20000, was born in 1970.");
}
