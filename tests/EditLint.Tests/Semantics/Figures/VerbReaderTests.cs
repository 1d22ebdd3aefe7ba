using EditLint.Semantics.Figures;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Semantics.Figures;

// The verb a figure is the object or subject of, as a stem that the forms of one verb share.
public sealed class VerbReaderTests
{
    [Theory]
    [InlineData("The blast killed 23 people.", "23", "kill")]
    [InlineData("The blast killed all 23 people.", "23", "kill")]
    [InlineData("The flood sank nearly 12 ships.", "12", "sank")]
    [InlineData("The plan is requiring 300,000.", "300,000", "requir")]
    [InlineData("Police said 23 people died.", "23", null)]
    [InlineData("Toyota sold 23 cars; Honda 12 cars.", "12", null)]
    [InlineData("23 people died.", "23", null)]
    public void Reads_the_verb_before_the_figure(string prose, string figure, string? verb)
    {
        var (tokens, at) = ReaderInput.Tokens(prose, figure);
        Assert.Equal(verb, VerbReader.Before(tokens, at));
    }

    [Theory]
    [InlineData("Police said 23 people were killed.", "were", "kill")]
    [InlineData("Police said 23 people have reportedly been killed.", "have", "kill")]
    [InlineData("Police said five died.", "died", "died")]
    [InlineData("Police said 23 people in York.", "in", null)]
    [InlineData("Police said 23 people Monday.", "Monday", null)]
    [InlineData("Police said 23 people cheer.", "cheer", null)]
    public void Reads_the_verb_after_the_figure_and_what_it_counts(string prose, string after, string? verb)
    {
        var (tokens, at) = ReaderInput.Tokens(prose, after);
        Assert.Equal(verb, VerbReader.After(tokens, at));
    }

    [Fact]
    public void A_figure_has_the_same_verb_as_object_and_as_subject()
    {
        var figures = ProseModel.Of("The blast killed 23 people. Officials said 32 people were killed.").Figures;
        Assert.Equal(["kill", "kill"], figures.Select(f => f.Verb));
    }
}
