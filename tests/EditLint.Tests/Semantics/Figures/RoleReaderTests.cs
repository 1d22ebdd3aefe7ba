using EditLint.Semantics.Figures;

namespace EditLint.Tests.Semantics.Figures;

// The part a figure plays in its clause: level, change or compared; in a comparison or not; a projection or not.
public sealed class RoleReaderTests
{
    private static ClauseRole Before(string prose, string figure)
    {
        var (tokens, at) = ReaderInput.Tokens(prose, figure);
        return RoleReader.Before(tokens, at);
    }

    [Theory]
    [InlineData("Sales rose to 400 units.", "400", "Level", true)]
    [InlineData("Sales rose 4%.", "4%", "Change", true)]
    [InlineData("Sales were higher than 400 units.", "400", "Compared", true)]
    [InlineData("Sales fell to 300 from 400 units.", "400", "Compared", true)]
    [InlineData("Sales rose, reaching 400 units.", "400", "Level", false)]
    [InlineData("Profits were up by 400 units.", "400", "Change", true)]
    [InlineData("Sales were 400, versus 300 units.", "300", "Compared", true)]
    [InlineData("The blast killed 23 people.", "23", "Level", false)]
    [InlineData("Women make up 10% of staff.", "10%", "Level", false)]
    [InlineData("Sales rose, and 400 units were sold.", "400", "Level", false)]
    public void Reads_the_role_the_clause_before_gives(string prose, string figure, string role, bool comparison)
    {
        var read = Before(prose, figure);
        Assert.Equal((role, comparison), (read.Role.ToString(), read.IsComparison));
    }

    [Fact]
    public void A_change_word_more_than_eight_words_back_governs_nothing() =>
        Assert.False(Before("Sales rose in the north of the country in the year to 400 units.", "400").IsComparison);

    [Theory]
    [InlineData("Output is expected to reach 300 tonnes.", true)]
    [InlineData("The harvest target of 300 tonnes was missed.", true)]
    [InlineData("The target was missed; 300 tonnes came in.", false)]
    [InlineData("The harvest brought in 300 tonnes.", false)]
    public void Reads_a_projection_in_the_clause_before(string prose, bool projection) =>
        Assert.Equal(projection, Before(prose, "300").IsProjection);

    [Theory]
    [InlineData("There were 100 more deaths than last year.", "than", true)]
    [InlineData("There were 100 deaths, up from 80.", ",", true)]
    [InlineData("There were 100 deaths, down from 120.", ",", true)]
    [InlineData("There were 100 deaths. Fewer than that fled.", ".", false)]
    public void Reads_a_comparison_just_after_the_figure_and_what_it_counts(string prose, string after, bool comparison)
    {
        var (tokens, at) = ReaderInput.Tokens(prose, after);
        Assert.Equal(comparison, RoleReader.After(tokens, new ClauseRole(FigureRole.Level, false, false), null, at).IsComparison);
    }

    [Fact]
    public void A_figure_before_a_change_noun_is_the_size_of_the_change()
    {
        var (tokens, at) = ReaderInput.Tokens("The survey found a 4.4 pct rise in starts.", "in");
        var rise = new CountedThing("rise", "rise", [], default, false);
        Assert.Equal(FigureRole.Change, RoleReader.After(tokens, new ClauseRole(FigureRole.Level, false, false), rise, at).Role);
    }
}
