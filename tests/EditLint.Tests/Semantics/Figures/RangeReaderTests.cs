using System.Globalization;
using EditLint.Semantics.Figures;

namespace EditLint.Tests.Semantics.Figures;

// The second number of a range, the magnitude both ends share, and pairs that are no range.
public sealed class RangeReaderTests
{
    private static PairedNumber? Read(string prose, string at)
    {
        var (tokens, i) = ReaderInput.Tokens(prose, at);
        return RangeReader.Read(tokens, Assert.NotNull(NumberReader.Read(tokens, i)));
    }

    [Theory]
    [InlineData("Officials expect 10-15 ships.", "10", "10", "15")]
    [InlineData("Officials expect 10–15 ships.", "10", "10", "15")]
    [InlineData("Officials expect 10 to 15 ships.", "10", "10", "15")]
    [InlineData("Between 10 and 15 ships sank.", "10", "10", "15")]
    [InlineData("The deal is worth $10-15bn.", "10", "10000000000", "15000000000")]
    [InlineData("Between 10 and 15 million people watched.", "10", "10000000", "15000000")]
    public void Reads_both_bounds_of_a_range(string prose, string at, string low, string high)
    {
        var paired = Assert.NotNull(Read(prose, at));
        Assert.False(paired.IsScore);
        Assert.Equal(decimal.Parse(low, CultureInfo.InvariantCulture), paired.Value);
        Assert.Equal(decimal.Parse(high, CultureInfo.InvariantCulture), paired.Upper);
    }

    [Fact]
    public void A_second_number_no_larger_than_the_first_makes_no_range()
    {
        var paired = Assert.NotNull(Read("Officials expect 15-10 ships.", "15"));
        Assert.Equal((15m, (decimal?)null), (paired.Value, paired.Upper));
    }

    [Fact]
    public void A_pair_beside_sport_is_a_score() =>
        Assert.True(Assert.NotNull(Read("Liverpool won 3-1 at home.", "3")).IsScore);

    [Theory]
    [InlineData("Output rose from 10 to 15 units.", "10")]
    [InlineData("Officials expect 10 ships.", "10")]
    [InlineData("The 10 and 15 ships sailed.", "10")]
    [InlineData("A 10-year-old won.", "10")]
    public void Reads_no_range_where_no_second_number_is_joined_to_the_first(string prose, string at) =>
        Assert.Null(Read(prose, at));
}
