using EditLint.Tests.Testing;

namespace EditLint.Tests.Semantics.Figures;

// What a figure takes from the figures beside it: an elliptical count's thing, the whole of "of that", a breakdown.
public sealed class NeighbourFiguresTests
{
    [Fact]
    public void An_elliptical_count_in_the_next_sentence_counts_what_the_one_before_counted()
    {
        var figures = ProseModel.Of("The force has 100,000 soldiers. It will need 300,000 in total.").Figures;
        Assert.Equal("soldier", figures[1].Counted?.Key);
        Assert.True(figures[1].Counted?.Inferred);
    }

    [Fact]
    public void An_elliptical_count_two_sentences_on_counts_nothing() =>
        Assert.Null(ProseModel.Of("The force has 100,000 soldiers. It is large. It will need 300,000 in total.").Figures[1].Counted);

    [Theory]
    [InlineData("The force has 100,000 soldiers and needs 10% more.")]
    [InlineData("The force has 100,000 soldiers and needs 200,000-300,000 in all.")]
    [InlineData("The force has 100,000 soldiers; 300 of them are ill.")]
    public void Only_a_count_that_is_no_range_and_no_part_takes_the_thing_before_it(string prose) =>
        Assert.All(ProseModel.Of(prose).Figures.Skip(1), f => Assert.False(f.Counted?.Inferred ?? false));

    [Fact]
    public void Of_that_without_a_counted_thing_is_of_the_figure_before_as_written()
    {
        var figures = ProseModel.Of("The fund holds $5 million. Half of that went to schools.").Figures;
        Assert.Equal("$5 million", figures[1].Of);
    }

    [Fact]
    public void Figures_of_three_different_things_in_one_sentence_are_a_breakdown()
    {
        var figures = ProseModel.Of("Toyota made 1.20 mln cars, 649,587 trucks and 14,797 buses. It made 20 cars and 10 trucks.").Figures;
        Assert.Equal([true, true, true, false, false], figures.Select(f => f.IsInList));
    }
}
