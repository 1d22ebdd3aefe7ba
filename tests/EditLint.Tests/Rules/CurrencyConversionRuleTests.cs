using EditLint.Checks.Figures;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Rules;

public sealed class CurrencyConversionRuleTests
{
    private static readonly RuleTester Tester = RuleTester.For<CurrencyConversionRule>();

    [Fact]
    public Task ASecondPairAtAnotherRate_IsReported() =>
        Tester.VerifyAsync("The bridge will cost $40bn (£30bn). Repairs add [|$10bn (£9bn)|] more.");

    [Fact]
    public Task EuroToDollarPairs_AreCompared() =>
        Tester.VerifyAsync("The club paid €50m ($54m) for the striker and [|€20m ($30m)|] for the keeper.");

    [Fact]
    public Task PairsWrittenTheOtherWayRound_AreCompared() =>
        Tester.VerifyAsync("Tickets cost £10 (US$13). The hotel charged [|$260 (£100)|] a night.");

    [Fact]
    public Task ApproximateConversions_AreCompared() =>
        Tester.VerifyAsync("The fine was €300m (about £260m), and the refund [|€100m (about £120m)|].");

    [Fact]
    public Task EachLaterOutlier_IsReported() =>
        Tester.VerifyAsync("The deal is worth $900m (£700m). Fees come to [|$90m (£50m)|], and bonuses to [|$45m (£60m)|].");

    [Fact]
    public Task PairsAreComparedWithTheFirstPairOfTheirCurrencies() =>
        Tester.VerifyAsync("The yacht sold for $10m (£7.5m) and €9m, then again for €12m ($13m), and finally [|$20m (£19m)|].");

    [Fact]
    public Task AnOutlierAmongThree_IsTheOneReported() =>
        Tester.VerifyAsync("The film made [|$19.5m (£10m)|] on Friday, $40m (£30m) over the weekend and $80m (£60m) in all.");

    [Fact]
    public Task AMissingMagnitude_IsReported() =>
        Tester.VerifyAsync("The sequel took $22m (£11.7m), ahead of the remake's [|$6.3 (£3.35m)|].");

    [Fact]
    public Task PairsAcrossParagraphs_AreCompared() =>
        Tester.VerifyAsync("The dam cost £2bn ($2.6bn).\n\nIts upkeep is [|£100m ($180m)|] a year.");

    [Fact]
    public Task YenPairs_AreCompared() =>
        Tester.VerifyAsync("The plant cost ¥150bn ($1bn), and the second one [|¥150bn ($1.5bn)|].");

    [Fact]
    public Task OnePairAlone_IsAccepted() =>
        Tester.VerifyAsync("Ukraine offered to buy an extra $40bn (£29.6bn) of arms, the minister said.");

    [Fact]
    public Task PairsAtTheSameRate_AreAccepted() =>
        Tester.VerifyAsync("The bridge will cost $40bn (£30bn). Repairs add $12bn (£9bn) more.");

    [Fact]
    public Task PairsWithinFivePercent_AreAccepted() =>
        Tester.VerifyAsync("The bridge will cost $40bn (£30bn). Repairs add $12bn (£9.3bn) more.");

    [Fact]
    public Task RoundedSmallAmounts_AreGivenTheirRounding() =>
        Tester.VerifyAsync("A coffee costs £3 ($4), and a sandwich £6 ($7.60).");

    [Fact]
    public Task DifferentCurrencyPairs_AreNotCompared() =>
        Tester.VerifyAsync("The club paid €50m ($54m) for the striker and €20m (£17m) for the keeper.");

    [Fact]
    public Task AmountsNotInBrackets_AreNotPairs() =>
        Tester.VerifyAsync("The club paid $54m for the striker and €50m for the keeper, then $20m and €40m for two defenders.");

    [Fact]
    public Task AmountsInOneCurrency_AreNotPairs() =>
        Tester.VerifyAsync("The budget rose to $40bn ($38bn last year) and then to $50bn ($10bn more).");

    [Fact]
    public Task ABracketWithMoreThanAnAmount_IsNotAPair() =>
        Tester.VerifyAsync("Fares rose to £10 (£2 more than $5 buys). The fee is £20 ($26).");

    [Fact]
    public Task Rates_that_round_to_nothing_or_overflow_are_not_compared() =>
        Tester.VerifyAsync("It cost £79,228,162,514,264,337,593,543 ($0.000001). It cost £0.01 ($79,228,162,514,264,337,593,543,950,335). It cost £10 ($13).");
}
