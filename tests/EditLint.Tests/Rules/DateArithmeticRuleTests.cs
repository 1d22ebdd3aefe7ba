using EditLint.Rules.Figures;
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
}
