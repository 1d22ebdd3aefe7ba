using EditLint.Semantics.Figures;

namespace EditLint.Tests.Semantics.Figures;

// How a figure is stated: the approximation and the cues before it, the qualifier after it.
public sealed class QualifierReaderTests
{
    private static (HowStated Stated, string ClauseEnd) Before(string prose, string at)
    {
        var (tokens, i) = ReaderInput.Tokens(prose, at);
        var stated = QualifierReader.Before(tokens, i);
        return (stated, stated.ClauseEnd < tokens.Count ? tokens[stated.ClauseEnd].Text : "");
    }

    [Theory]
    [InlineData("Just over 100 boats left.", "About", "just over")]
    [InlineData("Well over 100 boats left.", "AtLeast", "well over")]
    [InlineData("No more than 100 boats left.", "AtMost", "no more than")]
    [InlineData("As many as 100 boats left.", "AtMost", "as many as")]
    [InlineData("An estimated 100 boats left.", "About", "an estimated")]
    public void The_longest_approximation_wins(string prose, string approximation, string words)
    {
        var (stated, _) = Before(prose, "100");
        Assert.Equal(approximation, stated.Approximation.ToString());
        Assert.Equal(words, stated.ApproximationText);
    }

    [Fact]
    public void The_clause_before_a_figure_is_read_from_before_its_approximation_and_total()
    {
        var (stated, clauseEnd) = Before("The plan needs around a total of 300,000 soldiers.", "300,000");
        Assert.True(stated.IsTotal);
        Assert.Equal(Approximation.Exact, stated.Approximation);
        Assert.Equal("a", clauseEnd);

        (stated, clauseEnd) = Before("The plan needs a total of around 300,000 soldiers.", "300,000");
        Assert.True(stated.IsTotal);
        Assert.Equal("around", stated.ApproximationText);
        Assert.Equal("a", clauseEnd);
    }

    [Theory]
    [InlineData("Another 20 people arrived.", true, false)]
    [InlineData("An extra 20 people arrived.", true, false)]
    [InlineData("The 20 people arrived.", false, true)]
    [InlineData("Britain's 20 ports closed.", false, true)]
    [InlineData("All 50 states voted.", false, true)]
    [InlineData("Only 20 people arrived.", false, false)]
    public void Reads_an_increment_or_a_definite_figure_from_the_word_before(string prose, bool increment, bool definite)
    {
        var at = prose.Contains("50", StringComparison.Ordinal) ? "50" : "20";
        var (stated, _) = Before(prose, at);
        Assert.Equal((increment, definite), (stated.IsIncrement, stated.IsDefinite));
    }

    [Theory]
    [InlineData("They needed 300,000 soldiers, in total.", ", in total", "in total", "Aggregate")]
    [InlineData("They made 5,000 cars per year.", "per year", "per year", "Rate")]
    [InlineData("They paid $40 apiece.", "apiece", "apiece", "Each")]
    [InlineData("They made 5,000 cars.", ".", null, null)]
    public void Reads_the_qualifier_after_what_the_figure_counts(string prose, string after, string? qualifier, string? kind)
    {
        var (tokens, at) = ReaderInput.Tokens(prose, after);
        var read = QualifierReader.After(tokens, at);
        Assert.Equal(qualifier, read?.Text);
        Assert.Equal(kind, read?.Kind.ToString());
    }
}
