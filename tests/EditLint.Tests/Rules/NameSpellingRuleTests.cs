using EditLint.Configuration;
using EditLint.Documents;
using EditLint.Engine;
using EditLint.Readers;
using EditLint.Checks.Consistency;
using EditLint.Tests.Testing;
using EditLint.Text;

namespace EditLint.Tests.Rules;

public sealed class NameSpellingRuleTests
{
    private static readonly RuleTester Tester = RuleTester.For<NameSpellingRule>();

    [Fact]
    public void TransliterationVariants_InOneArticle_MinorityIsReported() =>
        Tester.Verify("""
            President Volodymyr Zelenskyy met the envoy. Later Mr Zelenskyy said the talks went well.

            Aides to {|EL4001:Zelenskiy|} declined to comment.
            """);

    [Fact]
    public void AccentedAndPlainSpellings_AreVariants() =>
        Tester.Verify("""
            Governor Ricardo Rosselló resigned. Protesters had called for Rosselló to go.

            Supporters of {|EL4001:Rossello|} were few.
            """);

    [Fact]
    public void DifferentPeople_AreNeverPaired() =>
        Tester.Verify("""
            NATO chief Mark Rutte met Marco Rubio. Rutte and Rubio spoke for an hour.

            Alan Shearer and Allan Border met at the match. Iran and Iraq sent envoys.
            """);

    [Fact]
    public void SameSurname_WithDifferentFirstNames_IsNotAVariant() =>
        Tester.Verify("""
            Phillip Lim showed his collection. Philip Green bought the shop.
            """);

    [Fact]
    public void OrdinaryWordsAndSentenceStarts_AreNotNames() =>
        Tester.Verify("""
            Organisation matters. The organization said so. Colour is back.
            """);

    [Fact]
    public void A_romanised_Chinese_name_one_letter_from_a_place_is_a_name_not_a_slip() =>
        Tester.Verify("""
            Exports to China fell again. "Demand from China is weak," said Tan Chia Ming, an economist in Singapore.

            China is the island's largest market.
            """);

    [Fact]
    public void A_slip_in_an_ordinary_word_of_an_organisations_name_is_reported_whatever_word_comes_before() =>
        Tester.Verify("""
            The plan is opposed by the National Dairy Association and the Pork Producers Association.

            The Wheat Growers {|EL4001:Associaton|} backs it.
            """);

    [Fact]
    public void A_name_used_only_to_open_sentences_is_established_and_its_slip_reported() =>
        Tester.Verify("""
            Maroochydore won the final on Saturday.

            "We defended well," the coach said. {|EL4001:Maroochydure|} led from the first minute.

            Maroochydore now top the table.
            """);

    [Fact]
    public void Two_different_organisations_named_by_an_ordinary_word_are_not_a_slip() =>
        Tester.Verify("""
            The Southern Company and the Northern Trust both reported. Southern shares rose; Northern shares fell.
            """);

    [Fact]
    public void TwoLettersSwapped_InAnEstablishedName_IsReported() =>
        Tester.Verify("""
            Anna Kowalski chairs the board. Kowalski said the vote would wait.

            Critics of {|EL4001:Kowlaski|} say the delay helps nobody.
            """);

    [Fact]
    public void ALetterDropped_FromAShortName_IsReported() =>
        Tester.Verify("""
            Foreign Secretary David Lammy flew to Kyiv. Officials travelling with Lammy said the visit was planned.

            It was the first trip abroad for {|EL4001:Lamy|} this year.
            """);

    [Fact]
    public void AVowelChanged_OrALetterDoubled_IsReported() =>
        Tester.Verify("""
            Speaker Nancy Pelosi opened the session. Pelosi thanked members, and Democrats applauded Pelosi.

            Later {|EL4001:Pelossi|} met reporters, and aides to {|EL4001:Pelasi|} handed out copies.
            """);

    [Fact]
    public void AVariantOnlyAtTheStartOfASentence_IsReported() =>
        Tester.Verify("""
            Marta Oyelaran leads the inquiry. The panel chaired by Oyelaran meets weekly.

            {|EL4001:Oeylaran|} said the report would be published in May. {|EL4001:Oyelaren|} declined to say more.
            """);

    [Fact]
    public void AVariantOnlyAtTheStartOfASentence_SharingASkeleton_IsReported() =>
        Tester.Verify("""
            President Volodymyr Zelenskyy met the envoy. Aides to Zelenskyy said the talks went well.

            {|EL4001:Zelensky|} said the talks went well.
            """);

    [Fact]
    public void ASlip_OffersTheEstablishedSpellingAsItsFix()
    {
        var finding = Assert.Single(Tester.Run("Anna Kowalski chairs the board. Kowalski said the vote would wait. Critics of Kowlaski disagree.\n"));
        Assert.Equal("Kowalski", Assert.Single(Assert.Single(finding.Fixes).Edits).NewText);
    }

    // A slip of two names used as often as each other is a slip of the first by its letters, whichever the article
    // names first.
    [Theory]
    [InlineData("Tom Marlow chairs the board. Later Marlow said the vote would wait.", "Ann Marlaw leads the union. Later Marlaw said the strike would go on.")]
    [InlineData("Ann Marlaw leads the union. Later Marlaw said the strike would go on.", "Tom Marlow chairs the board. Later Marlow said the vote would wait.")]
    public void A_slip_of_two_names_used_alike_offers_the_first_by_its_letters(string one, string other)
    {
        var finding = Assert.Single(Tester.Run($"{one}\n\n{other}\n\nCritics of Marlw disagree.\n"));
        Assert.Equal("Marlaw", Assert.Single(Assert.Single(finding.Fixes).Edits).NewText);
    }

    // The index of an article's names is reused for the next article on the thread: nothing of the first is left in it.
    [Fact]
    public void A_name_established_in_one_article_is_no_standard_for_the_next()
    {
        Assert.Single(Tester.Run("Anna Kowalski chairs the board. Kowalski said the vote would wait. Critics of Kowlaski disagree.\n"));
        Assert.Empty(Tester.Run("Critics of Kowlaski disagree.\n"));
    }

    // Each used once: the form given in full is the established one, even when the slip comes first.
    [Fact]
    public void UsedOnceEach_TheFormGivenInFull_IsPreferred() =>
        Tester.Verify("""
            Shares were bought by {|EL4001:Parnters|}, a fund. Later the fund Hollis Partners sold them.
            """);

    [Fact]
    public void OneSlipApart_ButTwoNamesInTheirOwnRight_IsNotReported() =>
        Tester.Verify("""
            Maria Kowalska and her husband Piotr Kowalski spoke. Kowalski said Kowalska would run.

            Iran and Iraq sent envoys, and Iraq said Iran agreed. Madrid beat Spain's champions. Spain won. Spin followed.

            Marcus Horan and Shane Horgan started. Horgan scored twice.
            """);

    // A word in its own right is a slip where it shares a name word with the established form; a following word tells
    // two names apart only where the established form is always followed by the same one.
    [Fact]
    public void AWordSharingANameWord_AndAWordBeforeAnotherFollowingWord_AreSlips() =>
        Tester.Verify("""
            The Coast Guard said a Coast Guard cutter was sent. A {|EL4001:Coat|} Guard officer confirmed it.

            The Vietnam News Agency said Vietnam would reply. Veterans of the {|EL4001:Vientam|} War were invited.
            """);

    [Fact]
    public void TheApostrophesStyle_IsNoSlip() =>
        Tester.Verify("""
            Francis D'Souza led the party. D'Souza said the vote would wait, and later D’Souza left.
            """);

    [Fact]
    public void AFormUsedMoreThanOnce_IsNotAOneOffSlip() =>
        Tester.Verify("""
            Horgan scored. Horgan passed to Horan, and Horgan kicked. Horan tackled late in the game.
            """);

    [Fact]
    public void AFormAlsoWrittenInLowerCase_IsAnOrdinaryWord() =>
        Tester.Verify("""
            Kenneth Branagh starred. Branagh directed it. Brangah was the word on the tickets, as brangah is slang there.
            """);

    [Fact]
    public void AcceptedVocabulary_IsThePreferredSpelling() =>
        Tester.WithSettings(new DocumentSettings { Vocabulary = new Vocabulary { Accepted = new HashSet<string>(["Zelenskyy"], StringComparer.OrdinalIgnoreCase) } })
            .Verify("""
                Volodymyr {|EL4001:Zelenskiy|} spoke. Mr {|EL4001:Zelenskiy|} then left, and Zelenskyy's aides stayed.
                """);

    [Fact]
    public void AcrossArticles_TheMinoritySpellingIsAWorkspaceFinding_NamingTheMajorityAndWhere()
    {
        var loader = new DocumentLoader([new MarkdownReader(), new PlainTextReader(), new HtmlReader()]);
        ArticleDocument Doc(string path, string text) => loader.Read(path, new SourceText(text), DocumentFormat.Markdown);
        var result = new LintEngine([new NameSpellingRule()], loader).Run(
        [
            Doc("a.md", "President Volodymyr Zelenskyy spoke.\n"),
            Doc("b.md", "Mr Zelenskyy left.\n"),
            Doc("c.md", "Volodymyr Zelenskiy arrived.\n"),
        ], new LintOptions());
        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("c.md", finding.Path);
        Assert.True(finding.IsWorkspaceFinding);
        Assert.Equal("'Zelenskiy' is spelled 'Zelenskyy' in 2 other articles of this run (2×: a.md:1, b.md:1)", finding.Message);
    }
}
