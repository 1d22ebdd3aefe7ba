using EditLint.Tests.Testing;

namespace EditLint.Tests.Semantics.Figures;

// How a figure is written: its number without sign or unit, whether that is digits alone, its percent sign, and the
// words that make it the rest of a whole. House style (EL2005) and shares (EL2002) read these.
public sealed class WrittenFormTests
{
    [Theory]
    [InlineData("Turnout was 61% in May.", "61", true)]
    [InlineData("Turnout was 61 per cent in May.", "61", true)]
    [InlineData("Support was five per cent in May.", "five", false)]
    [InlineData("Forecasts put it at 10–15% in May.", "10–15", false)]
    [InlineData("The scheme cost $90bn in May.", "90bn", false)]
    [InlineData("The plan would cost £500m.", "500m", false)]
    [InlineData("Crews patrol the 1,000-mile border.", "1,000", false)]
    [InlineData("The city has 2 million residents.", "2 million", false)]
    [InlineData("The council closed 4 libraries.", "4", true)]
    [InlineData("The council closed 12000 libraries.", "12000", true)]
    [InlineData("The tank holds 3.5 litres.", "3.5", false)]
    public void Reads_the_number_as_written(string prose, string number, bool digits)
    {
        var figure = Assert.Single(ProseModel.Of(prose).Figures);
        Assert.Equal((number, digits), (figure.Number, figure.IsWrittenInDigits));
    }

    [Theory]
    [InlineData("Turnout was 61% in May.", "%")]
    [InlineData("Turnout was 61 Per  Cent in May.", "Per  Cent")]
    [InlineData("Support was five per cent in May.", "per cent")]
    [InlineData("The scheme cost $90bn in May.", null)]
    public void Keeps_the_percent_sign_as_written(string prose, string? sign) =>
        Assert.Equal(sign, Assert.Single(ProseModel.Of(prose).Figures).PercentSign);

    [Theory]
    [InlineData("Of the fund, 60% went to schools and the remaining 40% to roads.", "the remaining")]
    [InlineData("Some 70% of the land is farmed, with the rest, 45%, left as forest.", "the rest,")]
    [InlineData("Rail carries 65% of freight. The other 25% goes by road.", "The other")]
    [InlineData("Rail carries 65% of freight. The remainder (about 30%) goes by road.", "The remainder (about")]
    [InlineData("Rail carries 65% of freight, remaining at just under 30% by road.", "remaining at just under")]
    [InlineData("Rail carries 65% of freight and the remaining approximately 30% by road.", null)]
    [InlineData("Rail carries 65% of freight and the remaining, of 30% by road.", null)]
    [InlineData("Rail carries 65% of freight and the rest of the 30% by road.", null)]
    [InlineData("Rail carries 65% of freight and the rest. 30% goes by road.", null)]
    public void Reads_the_words_that_make_a_figure_the_rest_of_a_whole(string prose, string? remainder) =>
        Assert.Equal(remainder, ProseModel.Of(prose).Figures[^1].Remainder);
}
