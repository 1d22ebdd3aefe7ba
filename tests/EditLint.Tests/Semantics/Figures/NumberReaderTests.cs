using System.Globalization;
using EditLint.Semantics.Figures;

namespace EditLint.Tests.Semantics.Figures;

// The number a token starts: its value and the words it takes, before anything says what it is.
public sealed class NumberReaderTests
{
    [Theory]
    [InlineData("They hired 1,000 staff.", "1,000", "1000", "1,000")]
    [InlineData("It weighs 3.5 tonnes.", "3.5", "3.5", "3.5")]
    [InlineData("They hired two hundred and fifty staff.", "two", "250", "two hundred and fifty")]
    [InlineData("They hired two hundred thousand staff.", "two", "200000", "two hundred thousand")]
    [InlineData("The city has a million residents.", "a million", "1000000", "a million")]
    [InlineData("The city has one million residents.", "one", "1000000", "one million")]
    [InlineData("They bought three dozen eggs.", "three", "36", "three dozen")]
    [InlineData("The fund holds 15 mln dlrs.", "15", "15000000", "15 mln")]
    [InlineData("The fund raised £5m last year.", "5m", "5000000", "5m")]
    [InlineData("The firm sold 3.5m copies.", "3.5m", "3500000", "3.5m")]
    [InlineData("The app has 10k users.", "10k", "10000", "10k")]
    public void Reads_the_value_and_the_words_it_takes(string prose, string at, string value, string written)
    {
        var (tokens, i) = ReaderInput.Tokens(prose, at);
        var number = Assert.NotNull(NumberReader.Read(tokens, i));
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), number.Value);
        Assert.Equal(written, ReaderInput.Words(tokens, number.First, number.End));
    }

    [Theory]
    [InlineData("They hired 1,000 staff.", "1,000", true)]
    [InlineData("They hired twenty staff.", "twenty", false)]
    public void Knows_a_numeral_from_a_number_word(string prose, string at, bool numeral)
    {
        var (tokens, i) = ReaderInput.Tokens(prose, at);
        Assert.Equal(numeral, Assert.NotNull(NumberReader.Read(tokens, i)).IsNumeral);
    }

    [Theory]
    [InlineData("They met for a two-hour dinner.", "two-hour", "2", "hour")]
    [InlineData("A five-year-old boy was found.", "five-year-old", "5", "year-old")]
    [InlineData("A twenty-five-year-old man was held.", "twenty-five-year-old", "25", "year-old")]
    public void Keeps_the_rest_of_a_hyphenated_number_word(string prose, string at, string value, string tail)
    {
        var (tokens, i) = ReaderInput.Tokens(prose, at);
        var number = Assert.NotNull(NumberReader.Read(tokens, i));
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), number.Value);
        Assert.Equal(tail, number.HyphenTail);
    }

    [Theory]
    [InlineData("Half of the voters stayed home.", "Half", "0.5")]
    [InlineData("Of the fund, half went to schools.", "half", "0.5")]
    [InlineData("Two-thirds of members agreed.", "Two-thirds", "0.6667")]
    [InlineData("A third of the staff left.", "A third", "0.3333")]
    public void Reads_a_fraction_in_words_before_its_whole(string prose, string at, string value)
    {
        var (tokens, i) = ReaderInput.Tokens(prose, at);
        var number = Assert.NotNull(NumberReader.Read(tokens, i));
        Assert.True(number.IsFraction);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), Math.Round(number.Value, 4));
    }

    [Theory]
    [InlineData("No one came.", "one")]
    [InlineData("One of the guards left.", "One")]
    [InlineData("England open the Six Nations at home.", "Six")]
    [InlineData("The F-35 jets arrived.", "35")]
    [InlineData("Call 007 now.", "007")]
    [InlineData("She finished 3rd in the race.", "3rd")]
    [InlineData("The 5G network opened.", "5G")]
    [InlineData("The ratio was 3/4 at best.", "3")]
    [InlineData("Runners did the 60m race.", "60m")]
    [InlineData("They scored in the second half of the game.", "half")]
    [InlineData("An estimated 100 left.", "An")]
    public void Reads_no_number_where_there_is_none(string prose, string at)
    {
        var (tokens, i) = ReaderInput.Tokens(prose, at);
        Assert.Null(NumberReader.Read(tokens, i));
    }
}
