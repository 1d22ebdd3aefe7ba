using EditLint.Tests.Testing;

namespace EditLint.Tests.Semantics.Figures;

// Each figure's sentence, and the time and place its sentence states for it.
public sealed class ScopeReaderTests
{
    [Fact]
    public void Puts_each_figure_in_its_sentence()
    {
        var model = ProseModel.Of("Officials counted 20 deaths. Later they counted 30 deaths and 40 injuries.");
        Assert.Equal([0, 1, 1], model.Figures.Select(f => f.SentenceIndex));
    }

    [Fact]
    public void Takes_the_nearest_date_of_the_sentence()
    {
        var figures = ProseModel.Of("In 2018 the charity fed 300 families, and in 2019 it fed 500 families.").Figures;
        Assert.Equal(["[2018-01-01, 2018-12-31]", "[2019-01-01, 2019-12-31]"], figures.Select(f => f.When));
    }

    [Fact]
    public void A_date_of_another_sentence_is_no_scope() =>
        Assert.Null(ProseModel.Of("The charity opened in 2019. It fed 500 families.").Figures[0].When);

    [Fact]
    public void An_offset_counts_time_but_is_no_scope() =>
        Assert.Null(ProseModel.Of("Two years later the charity fed 500 families.").Figures[0].When);

    [Theory]
    [InlineData("The charity fed 500 families across Europe.", "Europe")]
    [InlineData("The charity fed 500 families throughout New Zealand.", "New Zealand")]
    [InlineData("The charity fed 500 families in the north.", null)]
    public void Takes_the_place_after_in_across_or_throughout(string prose, string? place) =>
        Assert.Equal(place, ProseModel.Of(prose).Figures[0].Where);

    [Fact]
    public void Takes_the_nearest_place_of_the_sentence()
    {
        var figures = ProseModel.Of("Families in London got 300 meals and families in York got 500 meals.").Figures;
        Assert.Equal(["London", "York"], figures.Select(f => f.Where));
    }

    [Fact]
    public void Scope_is_the_time_and_the_place_together() =>
        Assert.Equal("[2019-01-01, 2019-12-31] York", ProseModel.Of("The charity fed 500 families in York in 2019.").Figures[0].Scope);
}
