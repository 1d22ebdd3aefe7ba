using EditLint.Semantics.Figures;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Semantics.Figures;

// What a figure is said about: the stems of the content words around it in its sentence, and the names there.
public sealed class ContextReaderTests
{
    private static IReadOnlySet<string> Context(string prose) => ProseModel.Of(prose).Figures[0].Context;

    [Fact]
    public void Holds_the_stems_of_the_words_around_the_figure()
    {
        var context = Context("The cathedral attack killed 20 worshippers in the city.");
        Assert.Contains("cathedral", context);
        Assert.Contains("attack", context);
        Assert.Contains("kill", context);
        Assert.Contains("city", context);
    }

    [Fact]
    public void Leaves_out_what_the_figure_counts_function_words_and_approximations()
    {
        var context = Context("Police said around 20 worshippers died in the city.");
        Assert.DoesNotContain("worshipper", context);
        Assert.DoesNotContain("the", context);
        Assert.DoesNotContain("around", context);
        Assert.DoesNotContain("said", context);
    }

    [Fact]
    public void Marks_the_names_around_the_figure()
    {
        var context = Context("Last year Toyota sold 1.2 million cars in Japan.");
        Assert.Contains("@Toyota", context);
        Assert.Contains("@Japan", context);
        Assert.DoesNotContain("@Last", context);
    }

    [Fact]
    public void Drops_the_possessive_from_a_name() =>
        Assert.Contains("@Toyota", Context("Sales of Toyota's 1.2 million cars fell."));

    [Fact]
    public void Stops_at_the_ends_of_the_figure_s_sentence()
    {
        var context = Context("The storm hit the coast. Officials counted 20 deaths. Rebuilding began.");
        Assert.DoesNotContain("storm", context);
        Assert.DoesNotContain("rebuild", context);
        Assert.Contains("official", context);
    }

    // Figures side by side read many of the same words, each when it is first asked for: each still leaves out its own
    // counted thing (as found with the figure) and keeps the other's.
    [Fact]
    public void Figures_side_by_side_each_leave_out_their_own_counted_thing()
    {
        var figures = ProseModel.Of("In Japan Toyota sold 12 cars and 15 vans last year.").Figures;
        Assert.Equal(2, figures.Count);
        var (cars, vans) = (figures[0].Context, figures[1].Context);
        Assert.DoesNotContain("car", cars);
        Assert.Contains("van", cars);
        Assert.Contains("car", vans);
        Assert.DoesNotContain("van", vans);
        Assert.Contains("@Toyota", cars);
        Assert.Contains("@Toyota", vans);
    }

    // Read when first asked for, perhaps by several rules' threads at once: all of them get the one set kept.
    [Fact]
    public void A_context_asked_for_by_many_threads_at_once_is_one_set()
    {
        var figure = ProseModel.Of("The cathedral attack killed 20 worshippers in the city.").Figures[0];
        var seen = new IReadOnlySet<string>[16];
        Parallel.For(0, seen.Length, i => seen[i] = figure.Context);
        Assert.All(seen, set => Assert.Same(seen[0], set));
        Assert.Contains("cathedral", seen[0]);
        Assert.Same(seen[0], figure.Context);
    }
}
