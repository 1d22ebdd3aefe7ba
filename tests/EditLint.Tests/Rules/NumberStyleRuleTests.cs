using EditLint.Configuration;
using EditLint.Checks.Figures;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Rules;

public sealed class NumberStyleRuleTests
{
    private static readonly RuleTester Tester = RuleTester.For<NumberStyleRule>();

    private static RuleTester With(HouseStyle style) => Tester.WithSettings(new DocumentSettings { Style = style });

    // Found by the fuzzer: a sentence opening with digits of another script made the rule throw (EL9001).
    [Fact]
    public void DigitsOfAnotherScriptAtASentenceStart_AreNoNumeral()
    {
        var findings = Tester.Run("The market was quiet. ٢٠٢٤ people came to the harbour.");
        Assert.Empty(findings);
    }

    [Fact]
    public Task ASmallNumeral_IsReported() =>
        Tester.VerifyAsync("The council closed [|4|] libraries last year.");

    [Fact]
    public Task ALargeNumberInWords_IsReported() =>
        Tester.VerifyAsync("The council closed [|twelve|] libraries last year.");

    [Fact]
    public Task AHyphenatedNumberInWords_IsReported() =>
        Tester.VerifyAsync("Police arrested [|twenty-five|] people after the match.");

    [Fact]
    public Task ASentenceStartingWithANumeral_IsReported() =>
        Tester.VerifyAsync("The storm hit overnight. [|40|] homes lost power.");

    [Fact]
    public Task APercentageStartingASentence_IsReported() =>
        Tester.VerifyAsync("Turnout was low. [|15|]% of voters stayed at home.");

    [Fact]
    public Task AMinorityPercentForm_IsReported() =>
        Tester.VerifyAsync("Prices rose 5% in May and 3% in June, after falling [|2 per cent|] in April.");

    [Fact]
    public Task APercentageInWords_IsReported() =>
        Tester.VerifyAsync("The tax rose by [|five per cent|] this year.");

    [Fact]
    public Task TheConfiguredPercentForm_Wins() =>
        With(new HouseStyle { Percent = PercentStyle.TwoWords }).VerifyAsync("Prices rose [|5%|] in May and [|3%|] in June.");

    [Fact]
    public Task TheConfiguredWordLimit_Applies() =>
        With(new HouseStyle { NumberWordsUpTo = 10 }).VerifyAsync("The council closed [|10|] libraries on Monday.");

    [Fact]
    public Task TheLimitOfNine_WantsTenInFigures() =>
        Tester.VerifyAsync("The council closed [|ten|] libraries.");

    [Fact]
    public Task WordsAndFiguresByHouseStyle_AreAccepted() =>
        Tester.VerifyAsync("The council closed four libraries and 12 pools last year.");

    [Fact]
    public Task ASentenceStartingInWords_IsAccepted() =>
        Tester.VerifyAsync("The storm hit overnight. Forty homes lost power.");

    [Fact]
    public Task AgesMoneyMeasuresAndPercentages_AreFigures() =>
        Tester.VerifyAsync("Smith, 7, found $5 and a 3kg bag, which held 4% of the 2-mile haul.");

    [Fact]
    public Task SmallNumbersNextToLargeOnes_StayFigures() =>
        Tester.VerifyAsync("Between 8 and 12 people were hurt; the team had 9 wins and 14 losses.");

    [Fact]
    public Task ScoresAndVotes_AreFigures() =>
        Tester.VerifyAsync("The court ruled 5-4 in the case, and the home side won 3-1 on Saturday.");

    [Fact]
    public Task YearsAndLabels_AreNotCounts() =>
        Tester.VerifyAsync("1998 was a good year. Article 5 applies, and Route 9 is closed at 4 Privet Drive.");

    [Fact]
    public Task NumberedListItems_MayStartWithANumeral() =>
        Tester.VerifyAsync("Follow these steps.\n\n1. Preheat the oven.\n2. Mix the flour.");

    [Fact]
    public Task OnePercentForm_IsAccepted() =>
        Tester.VerifyAsync("Prices rose 5 per cent in May and 3 per cent in June.");

    [Fact]
    public Task ANumberWordAsATitle_IsAccepted() =>
        Tester.VerifyAsync("She starred in Ocean's Twelve and in a dozen other films.");

    [Fact]
    public Task NamesWithNumerals_AreNotCounts() =>
        Tester.VerifyAsync("Racer 3 won two awards, and a Fone 3 spokesperson said the game sold well.");

    [Fact]
    public Task TimesAndUnitsTheFactsMiss_AreNotCounts() =>
        Tester.VerifyAsync("He went to bed at 1 o'clock, and the line gives 2 megabits each on march 5.");

    [Fact]
    public Task AnUnhyphenatedCompound_IsLeftAlone() =>
        Tester.VerifyAsync("She served in the House for twenty three years.");

    [Fact]
    public Task APercentageInWordsOpeningASentence_IsNotAnotherForm() =>
        Tester.VerifyAsync("Turnout rose 5% and 7%. Forty-three per cent of voters stayed home.");

    [Fact]
    public Task ANumberThatNamesSomething_MayStartASentence() =>
        Tester.VerifyAsync("The network is new. 3 is looking to music to win customers.");

    [Fact]
    public Task WordsCanBeSwitchedOff() =>
        With(new HouseStyle { NumberWordsUpTo = 0 }).VerifyAsync("The council closed 4 libraries and twelve pools.");

    [Fact]
    public Task Headlines_AreNotChecked() =>
        Tester.VerifyAsync("# 5 things to know about the vote\n\nThe council closed four libraries.");

    // The replacement keeps the number as written and the spacing of its sign: a range with an en dash kept none of
    // its number while the rule read it with a pattern ("10–15 per cent" became "%").
    [Theory]
    [InlineData("Prices rose 5% in May and 3% in June, after falling 2 per cent in April.", "2%")]
    [InlineData("Prices rose 5% in May and 3% in June, after falling 10–15 per cent in April.", "10–15%")]
    [InlineData("The tax rose by five per cent this year.", "5 per cent")]
    [InlineData("The tax rose by five% this year.", "5%")]
    public void A_fix_keeps_the_number_as_written(string text, string replacement)
    {
        var finding = Assert.Single(Tester.Run(text));
        Assert.Equal(replacement, Assert.Single(Assert.Single(finding.Fixes).Edits).NewText);
    }
}
