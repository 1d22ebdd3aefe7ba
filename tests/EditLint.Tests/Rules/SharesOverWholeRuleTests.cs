using EditLint.Checks.Figures;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Rules;

public sealed class SharesOverWholeRuleTests
{
    private static readonly RuleTester Tester = RuleTester.For<SharesOverWholeRule>();

    [Fact]
    public Task ASplitPastTheWhole_IsReported() =>
        Tester.VerifyAsync("The council vote was split 55% to [|48%|], officials said.");

    [Fact]
    public Task ABudgetDividedPastTheWhole_IsReported() =>
        Tester.VerifyAsync("The grant is divided between the library, which gets 70%, and the pool, which gets [|40%|].");

    [Fact]
    public Task MoneyThatWentToPlacesPastTheWhole_IsReported() =>
        Tester.VerifyAsync("Of the fund, 45% went to schools, 35% went to roads and [|30%|] went to parks.");

    [Fact]
    public Task SharesOfTheSameWholeInABreakdown_AreReported() =>
        Tester.VerifyAsync("In the breakdown, 62% of the harvest is wheat and [|41%|] of the harvest is barley.");

    [Fact]
    public Task BracketedResultsOfASplitPastTheWhole_AreReported() =>
        Tester.VerifyAsync("The vote split three ways: Greens (51%), Liberals (33%) and Socialists ([|22%|]).");

    [Fact]
    public Task ARemainderThatDoesNotComplete_IsReported() =>
        Tester.VerifyAsync("Sales opened on Monday. 60% of the tickets were sold online and the remaining [|30%|] at the door.");

    [Fact]
    public Task ARemainderThatOvershoots_IsReported() =>
        Tester.VerifyAsync("Some 70% of the land is farmed, with the rest, [|45%|], left as forest.");

    [Fact]
    public Task ARemainderInTheNextSentence_IsChecked() =>
        Tester.VerifyAsync("Rail carries 65% of freight in the region. The other [|25%|] goes by road.");

    [Fact]
    public Task PerCentForms_AreAddedUp() =>
        Tester.VerifyAsync("The estate was split 60 per cent to the son and [|50 per cent|] to the daughter.");

    [Fact]
    public Task ASplitThatAddsUp_IsAccepted() =>
        Tester.VerifyAsync("The council vote was split 52% to 48%, officials said.");

    [Fact]
    public Task RoundingByHalfAPointPerShare_IsAccepted() =>
        Tester.VerifyAsync("The fund went to schools (34%), roads (34%) and parks (33%).");

    [Fact]
    public Task IndependentQuestions_AreNotAddedUp() =>
        Tester.VerifyAsync("A poll found 60% of voters back the tram plan and 70% of voters back the bridge.");

    [Fact]
    public Task ShareOfThatThenAFurtherShare_IsAccepted() =>
        Tester.VerifyAsync("Europe would need 25,000 troops. The entire Dutch army would only make up 10% of that, with Belgium able to add a further 10%, she says.");

    [Fact]
    public Task SharesOfDifferentWholes_AreNotAddedUp() =>
        Tester.VerifyAsync("Exports are split unevenly: 70% of grain goes to Asia and 60% of timber goes to Europe.");

    [Fact]
    public Task RatesOfChange_AreNotShares() =>
        Tester.VerifyAsync("Sales in the split region rose 80% in May and climbed 60% in June.");

    [Fact]
    public Task BracketedGrowthRates_AreNotShares() =>
        Tester.VerifyAsync("Profits rose at the bakery (65%) and the café (50%).");

    [Fact]
    public Task ARemainderThatCompletes_IsAccepted() =>
        Tester.VerifyAsync("Inflation hit 5% as the firm sold 60% of its stake, keeping the remaining 40%.");

    [Fact]
    public Task ARemainderAfterAFractionInWords_IsAccepted() =>
        Tester.VerifyAsync("Half of the budget goes to wages, 30% goes to rent and the remaining 20% to heating.");

    [Fact]
    public Task BracketedSharesOfDifferentGroups_AreNotAddedUp() =>
        Tester.VerifyAsync("Most pupils (94%) and teachers (92%) own a bike.");

    [Fact]
    public Task TheOtherSideOfAComparison_IsNotAShare() =>
        Tester.VerifyAsync("Tourism accounted for 65.3% of income in May against 66.4% a year earlier.");

    [Fact]
    public Task PricesAndYields_AreNotShares() =>
        Tester.VerifyAsync("The issue consists of bonds priced at 99.80% to yield 7.49%.");

    [Fact]
    public Task ARemainderCompletedBySharesFurtherBack_IsAccepted() =>
        Tester.VerifyAsync("The mayor's party holds 20% of the seats.\n\nThe Greens hold 20% of the seats. The remaining 60% are split among small parties.");

    [Fact]
    public Task UpperBounds_AreNotAddedUp() =>
        Tester.VerifyAsync("The prize is split: up to 70% to the winner and up to 50% to the runner-up.");

    [Fact]
    public Task FractionsInWordsPastTheWhole_AreReported() =>
        Tester.VerifyAsync("The budget was divided: two-thirds of the budget went to schools and [|half|] of the budget went to roads.");

    [Fact]
    public Task FractionsAndPercentagesTogetherPastTheWhole_AreReported() =>
        Tester.VerifyAsync("Of the fund, half went to schools and [|60%|] went to roads.");

    [Fact]
    public Task FractionsInWordsThatFitTheWhole_AreAccepted() =>
        Tester.VerifyAsync("The budget was divided: half of the budget went to schools and a third of the budget went to roads.");

    // Poll answers stated over a paragraph: each sentence opens with a share and gives a different answer.

    [Fact]
    public Task PollAnswersOverAParagraphPastTheWhole_AreReported() =>
        Tester.VerifyAsync("In the survey of 1,000 adults, 52% backed the plan. 41% opposed it. [|9%|] did not know.");

    [Fact]
    public Task PollAnswersOverAParagraphThatAddUp_AreAccepted() =>
        Tester.VerifyAsync("In the survey of 1,000 adults, 52% backed the plan. 40% opposed it. 8% did not know.");

    [Fact]
    public Task TheSameAnswerToTwoQuestions_IsNotAddedUp() =>
        Tester.VerifyAsync("In the survey, 60% backed the tram plan. 55% backed the new bridge.");

    [Fact]
    public Task SharesOverAParagraphWithoutAPoll_AreNotAddedUp() =>
        Tester.VerifyAsync("Exports to Asia were 52% of the total. 41% opposed the levy, the union said. 9% did not know what it would cost.");

    [Fact]
    public Task PollAnswersOfTwoWholes_AreNotAddedUp() =>
        Tester.VerifyAsync("In the poll, 52% of men backed the plan. 58% of women opposed it.");

    [Fact]
    public Task PollAnswersInTwoParagraphs_AreNotAddedUp() =>
        Tester.VerifyAsync("In the poll, 52% backed the plan.\n\nIn a second poll a month later, 58% opposed it.");
}
