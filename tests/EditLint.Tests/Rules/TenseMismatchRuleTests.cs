using EditLint.Checks.Dates;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Rules;

public sealed class TenseMismatchRuleTests
{
    private static readonly RuleTester Tester = RuleTester.For<TenseMismatchRule>();

    private static Task Dated(string date, string body) => Tester.VerifyAsync($"---\ndate: {date}\n---\n\n{body}\n");

    [Fact]
    public Task FutureTenseForAPastDate_IsReported() =>
        Dated("2025-02-26", "The council will meet on [|Feb. 20|] to decide.");

    [Fact]
    public Task PastTenseForAFutureDate_IsReported() =>
        Dated("2025-02-26", "The council met on [|March 3|] to decide.");

    [Fact]
    public Task PastTenseForTomorrow_IsReported() =>
        Dated("2025-02-26", "The council met [|tomorrow|].");

    [Fact]
    public Task FutureTenseForLastWeek_IsReported() =>
        Dated("2025-02-26", "The council will meet [|last week|].");

    [Fact]
    public Task AgreeingTenses_AreAccepted() =>
        Dated("2025-02-26", "The council met on Feb. 20 and will meet again on March 3. It met yesterday and meets tomorrow.");

    [Fact]
    public Task BareWeekdays_TakeTheirDirectionFromTheTense() =>
        Dated("2025-02-26", "The council will meet on Monday. It met on Friday.");

    [Fact]
    public Task PlanningVerbs_PointAhead() =>
        Dated("2025-02-26", "The vote was scheduled for March 3 and postponed to March 10.");

    [Fact]
    public Task ADateAfterANoun_IsNotGovernedByAnEarlierVerb() =>
        Dated("2025-02-26", "The company reported a loss for the quarter ending March 31.");

    [Fact]
    public Task ReportedSpeech_IsNotChecked() =>
        Dated("2025-02-26", "He said the council would meet on March 3.");

    [Fact]
    public Task YearBoundary_IsRespected() =>
        Dated("2025-01-02", "The strike began on Dec. 28 and will end on Jan. 5.");

    [Fact]
    public Task YearsAndComparisons_AreNotChecked() =>
        Dated("2025-02-26", "The games will be held in 2024. Sales will be lower than last year's. Exports will rise from last week.");

    [Fact]
    public Task ParticiplesAndModals_AreNotPastTense() =>
        Dated("2025-02-26", "The quarter ended March 31. The deal could be announced next week. It was expected to end on Feb. 20.");

    [Fact]
    public Task ParticiplesAfterAFutureOrAModal_AreNotPastTense() =>
        Dated("2025-02-26", "It could be signed and announced next week. Rights will go to holders of shares registered on March 3.");

    [Fact]
    public Task AFarDayWithoutAYear_TakesItsYearFromTheTense() =>
        Dated("2025-04-07", "The chairman resigned on September 10 and the plant will reopen on January 5.");

    [Fact]
    public Task FutureWithAnObject_IsReported() =>
        Dated("2025-02-26", "The president will meet the prime minister on [|Feb. 24|].");

    // A past verb with its object between it and the date.

    [Fact]
    public Task PastVerbWithItsObjectBeforeAFutureDate_IsReported() =>
        Dated("2025-05-12", "The council approved the budget at its meeting on [|May 20|].");

    [Fact]
    public Task PastVerbWithItsObjectBeforeAPastDate_IsAccepted() =>
        Dated("2025-05-12", "The council approved the budget at its meeting on May 2.");

    [Fact]
    public Task AVerbOfSayingWithItsObject_DoesNotGovernTheDate() =>
        Dated("2025-05-12", "The mayor announced the vote on May 20. He said the meeting on May 20 would be open.");

    [Fact]
    public Task AnInfinitiveBetween_LeavesTheDateToIt() =>
        Dated("2025-05-12", "The council agreed to hold the vote on May 20.");
}
