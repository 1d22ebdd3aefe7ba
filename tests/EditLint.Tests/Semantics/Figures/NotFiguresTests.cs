using EditLint.Semantics.Figures;

namespace EditLint.Tests.Semantics.Figures;

// Numbers that are no figures, and the words that make them so.
public sealed class NotFiguresTests
{
    [Theory]
    [InlineData("The war began in 1994.", "1994", true)]
    [InlineData("The war cost 1,994 lives.", "1,994", false)]
    [InlineData("It weighs 1994.5 tonnes.", "1994.5", false)]
    [InlineData("The firm employs 2200 people.", "2200", false)]
    [InlineData("The firm employs 999 people.", "999", false)]
    public void A_bare_four_digit_numeral_from_1000_to_2199_looks_like_a_year(string prose, string at, bool yearLike)
    {
        var (tokens, i) = ReaderInput.Tokens(prose, at);
        Assert.Equal(yearLike, NotFigures.IsYearLike(tokens, Assert.NotNull(NumberReader.Read(tokens, i))));
    }

    [Theory]
    [InlineData("The treaty's Article 5 applies.", "5", true)]
    [InlineData("Read page 12 of the report.", "12", true)]
    [InlineData("He lives at No. 10 now.", "10", true)]
    [InlineData("He played Halo 2 all night.", "2", true)]
    [InlineData("About 100 boats left.", "100", false)]
    [InlineData("The 32 member states agreed.", "32", false)]
    [InlineData("Britain's 32 ports closed.", "32", false)]
    [InlineData("Sales of the Toyota 5 fell.", "5", true)]
    public void A_label_or_a_capitalised_word_before_a_number_makes_it_a_name(string prose, string at, bool label)
    {
        var (tokens, i) = ReaderInput.Tokens(prose, at);
        Assert.Equal(label, NotFigures.IsLabelOrName(tokens, i));
    }

    [Theory]
    [InlineData("Call 20 7946 0000 for details.", "20", "20 7946 0000")]
    [InlineData("Call 555-0100 for details.", "555", "555")]
    [InlineData("They sent 10, 20 and 30 boats.", "10", null)]
    [InlineData("They sent 1,000 2000 times.", "1,000", null)]
    public void A_group_of_digits_is_skipped_whole(string prose, string at, string? skipped)
    {
        var (tokens, i) = ReaderInput.Tokens(prose, at);
        var number = Assert.NotNull(NumberReader.Read(tokens, i));
        Assert.Equal(skipped, NotFigures.DigitGroupsEnd(tokens, number) is { } end ? ReaderInput.Words(tokens, i, end) : null);
    }

    [Theory]
    [InlineData("Liverpool won 3-1 at home.", "3-1", true)]
    [InlineData("The court issued a 5-4 ruling.", "5-4", true)]
    [InlineData("Officials expect 3-1 odds.", "3-1", false)]
    public void Two_numbers_near_sport_or_a_vote_are_a_score(string prose, string pair, bool score)
    {
        var (tokens, i) = ReaderInput.Tokens(prose, pair);
        Assert.Equal(score, NotFigures.IsScore(tokens, i, i + 3));
    }
}
