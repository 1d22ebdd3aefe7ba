using System.Globalization;
using EditLint.Documents;
using EditLint.Engine;
using EditLint.Readers;
using EditLint.Semantics;
using EditLint.Semantics.Figures;
using EditLint.Text;

using EditLint.Tests.Testing;

namespace EditLint.Tests.Semantics;

// What the figure facts read from prose: value, kind, what is counted, qualifiers — and what is not a figure.
public sealed class FigureExtractorTests
{
    private static readonly DocumentLoader Loader = new([new MarkdownReader()]);

    private static IReadOnlyList<Figure> Figures(string prose) =>
        ProseModel.Of(prose).Figures;

    private static Figure Single(string prose) => Assert.Single(Figures(prose));

    [Theory]
    [InlineData("The army sent 1,000 soldiers.", "1000", "Count", "", "soldier")]
    [InlineData("The tank holds 3.5 litres.", "3.5", "Measure", "litre", "")]
    [InlineData("Twenty people were hurt.", "20", "Count", "", "person")]
    [InlineData("The club signed twenty-five players.", "25", "Count", "", "player")]
    [InlineData("A dozen shops closed.", "12", "Count", "", "shop")]
    [InlineData("The city has two million residents.", "2000000", "Count", "", "resident")]
    [InlineData("The scheme cost $90bn last time.", "90000000000", "Money", "USD", "")]
    [InlineData("It would cost £66.6bn over time.", "66600000000", "Money", "GBP", "")]
    [InlineData("The firm paid US$5m for it.", "5000000", "Money", "USD", "")]
    [InlineData("The fine was €20,000 for each breach.", "20000", "Money", "EUR", "")]
    [InlineData("Revenue reached 1.2 billion euros.", "1200000000", "Money", "EUR", "")]
    [InlineData("About 10% of voters stayed home.", "10", "Percent", "", "")]
    [InlineData("Turnout was 61 per cent, officials said.", "61", "Percent", "", "")]
    [InlineData("Support reached 40 percent among the young.", "40", "Percent", "", "")]
    [InlineData("The party trails by 3 percentage points.", "3", "PercentagePoints", "", "")]
    [InlineData("Crews patrol the 1,000-mile border.", "1000", "Measure", "mile", "border")]
    [InlineData("They met for a two-hour dinner.", "2", "Measure", "hour", "dinner")]
    [InlineData("A 45-year-old man was arrested.", "45", "Age", "", "")]
    [InlineData("She moved abroad at the age of 45 with her family.", "45", "Age", "", "")]
    [InlineData("Twenty-one people were hurt.", "21", "Count", "", "person")]
    [InlineData("Two hundred and fifty soldiers left.", "250", "Count", "", "soldier")]
    [InlineData("The plan would cost £500m.", "500000000", "Money", "GBP", "")]
    [InlineData("The driver, aged 52, was unhurt.", "52", "Age", "", "")]
    public void Reads_value_kind_and_what_is_counted(string prose, string value, string kind, string currencyOrUnit, string counted)
    {
        var figure = Single(prose);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), figure.Value);
        Assert.Equal(kind, figure.Kind.ToString());
        Assert.Equal(currencyOrUnit, figure.Currency ?? figure.Unit ?? "");
        Assert.Equal(counted, figure.Counted?.Key ?? "");
    }

    [Theory]
    [InlineData("Half of the voters stayed home.", "0.5", "voter")]
    [InlineData("Nearly half the town was flooded.", "0.5", "town")]
    [InlineData("A third of the staff left.", "0.3333", "staff")]
    [InlineData("Two-thirds of members agreed.", "0.6667", "member")]
    [InlineData("Three quarters of the homes lost power.", "0.75", "home")]
    public void Reads_fractions_in_words_with_what_they_are_a_share_of(string prose, string value, string of)
    {
        var figure = Single(prose);
        Assert.Equal(FigureKind.Fraction, figure.Kind);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), Math.Round(figure.Value, 4));
        Assert.Equal(of, figure.Of);
    }

    [Theory]
    [InlineData("They scored in the second half.")]
    [InlineData("The quarter-final was postponed.")]
    [InlineData("A third man was arrested.")]
    public void Fraction_words_that_are_not_shares_are_not_figures(string prose) =>
        Assert.Empty(Figures(prose));

    [Fact]
    public void Parts_of_a_period_are_not_shares() =>
        Assert.DoesNotContain(Figures("Profits rose in the first three quarters of the year and the second half of the season."), f => f.Kind == FigureKind.Fraction);

    [Theory]
    [InlineData("Between 10 and 15 ships sank.", "10", "15")]
    [InlineData("Officials expect 10-15 ships to sail.", "10", "15")]
    [InlineData("Officials expect 10 to 15 ships to sail.", "10", "15")]
    [InlineData("The deal is worth $10-15bn to the firm.", "10000000000", "15000000000")]
    [InlineData("Between 10 and 15 million people watched.", "10000000", "15000000")]
    public void Reads_ranges(string prose, string low, string high)
    {
        var figure = Single(prose);
        Assert.Equal(decimal.Parse(low, CultureInfo.InvariantCulture), figure.Value);
        Assert.Equal(decimal.Parse(high, CultureInfo.InvariantCulture), figure.UpperValue);
    }

    [Theory]
    [InlineData("Around 100 boats left.", "About", "around")]
    [InlineData("Nearly 100 boats left.", "About", "nearly")]
    [InlineData("More than 100 boats left.", "AtLeast", "more than")]
    [InlineData("At least 100 boats left.", "AtLeast", "at least")]
    [InlineData("Up to 100 boats left.", "AtMost", "up to")]
    [InlineData("Fewer than 100 boats left.", "AtMost", "fewer than")]
    [InlineData("Exactly 100 boats left.", "Exact", null)]
    public void Reads_approximations(string prose, string approximation, string? words)
    {
        var figure = Single(prose);
        Assert.Equal(approximation, figure.Approximation.ToString());
        Assert.Equal(words, figure.ApproximationText);
    }

    [Theory]
    [InlineData("The plan needs 100,000 soldiers at a time.", "at a time", "Aggregate")]
    [InlineData("The plan needs 300,000 soldiers in total.", "in total", "Aggregate")]
    [InlineData("The plant makes 5,000 cars a year.", "a year", "Rate")]
    [InlineData("Tickets cost $40 each.", "each", "Each")]
    [InlineData("The plan needs a total of 300,000 soldiers.", "a total of", "Aggregate")]
    public void Reads_qualifiers(string prose, string qualifier, string kind)
    {
        var figure = Single(prose);
        Assert.Equal(qualifier, figure.Qualifier);
        Assert.Equal(kind, figure.QualifierKind.ToString());
    }

    [Theory]
    [InlineData("The treaty's Article 5 applies.")]
    [InlineData("He lives at No. 10 now.")]
    [InlineData("The attacks of 9/11 changed that.")]
    [InlineData("The G7 leaders met.")]
    [InlineData("The F-35 jets arrived.")]
    [InlineData("Covid-19 spread quickly.")]
    [InlineData("The war began in 1994.")]
    [InlineData("They met on 3 March 2024.")]
    [InlineData("The meeting starts at 10am.")]
    [InlineData("The meeting starts at 10:30.")]
    [InlineData("She finished 3rd in the race.")]
    [InlineData("Call 020 7946 0000 for details.")]
    [InlineData("Sales boomed in the 1990s.")]
    [InlineData("Read page 12 of the report.")]
    [InlineData("One of the guards left.")]
    [InlineData("Liverpool won 3-1 at home.")]
    [InlineData("The court issued a 5-4 ruling.")]
    [InlineData("The telescope saw a trillion trillion trillion stars.")]
    [InlineData("It cost 79,228,162,514,264,337,593,543,950,335 million pounds.")]
    [InlineData("England open the Six Nations at home.")]
    public void Does_not_read_labels_dates_times_ordinals_names_or_scores_as_figures(string prose) =>
        Assert.Empty(Figures(prose));

    [Fact]
    public void An_elliptical_figure_counts_what_the_figure_before_it_counted()
    {
        var figures = Figures("The border would need around 100,000 soldiers at a time, which would have to be rotated, requiring 300,000 in total.");
        Assert.Equal(2, figures.Count);
        Assert.Equal("soldier", figures[1].Counted?.Key);
        Assert.True(figures[1].Counted?.Inferred);
        Assert.False(figures[0].Counted?.Inferred);
    }

    [Fact]
    public void Synonyms_and_plurals_fold_to_one_counted_thing()
    {
        var figures = Figures("The plan needs 500 troops. A single soldier costs less than 30 soldiers.");
        Assert.All(figures.Where(f => f.Counted is not null), f => Assert.Equal("soldier", f.Counted!.Lemma));
    }

    [Fact]
    public void A_share_of_that_is_a_share_of_what_the_figure_before_it_counted()
    {
        var figures = Figures("The force would need 300,000 soldiers. The army could supply 10% of that.");
        Assert.Equal("soldier", figures[1].Of);
    }

    [Theory]
    [InlineData("Turnout rose to 20 people.", "IsComparison")]
    [InlineData("Another 20 people arrived.", "IsIncrement")]
    [InlineData("France could add a further 10% of the cost.", "IsIncrement")]
    [InlineData("Police held 20 of them overnight.", "IsPartitive")]
    [InlineData("The 27 member states agreed.", "IsDefinite")]
    public void Reads_the_cues_that_keep_figures_apart(string prose, string flag)
    {
        var figure = Single(prose);
        Assert.True((bool)typeof(Figure).GetProperty(flag)!.GetValue(figure)!);
    }

    [Fact]
    public void A_figure_at_the_end_of_a_sentence_ends_before_the_full_stop()
    {
        var text = "---\ndate: 2025-02-26\n---\n\nThe plan would cost £500m. It was approved.\n";
        var model = new SemanticModel(Loader.Read("test.md", new SourceText(text), DocumentFormat.Markdown));
        Assert.Equal("£500m", text[model.Figures[0].Span.Start..model.Figures[0].Span.End]);
    }

    [Fact]
    public void Figure_spans_point_at_the_number_in_the_source()
    {
        var text = "---\ndate: 2025-02-26\n---\n\nThe deal was worth *$90bn* (£66.6bn) in all.\n";
        var model = new SemanticModel(Loader.Read("test.md", new SourceText(text), DocumentFormat.Markdown));
        Assert.Equal(["$90bn", "£66.6bn"], model.Figures.Select(f => text[f.Span.Start..f.Span.End]));
    }

    [Theory]
    [InlineData("Housing starts rose 4.4 pct in March.", "Change")]
    [InlineData("The rate was cut by 2 points.", "Change")]
    [InlineData("The survey found a 4.4 pct rise in starts.", "Change")]
    [InlineData("Housing starts rose to 1,670 units.", "Level")]
    [InlineData("The storm sank between 10 and 15 ships.", "Level")]
    [InlineData("Sales fell, down from 400 units.", "Compared")]
    [InlineData("The blast killed 23 people.", "Level")]
    public void Reads_the_part_a_figure_plays_in_a_change(string prose, string role)
    {
        var figures = Figures(prose);
        Assert.Equal(role, figures[^1].Role.ToString());
    }

    [Theory]
    [InlineData("The harvest target of 232 million tonnes will be hard to meet.", true)]
    [InlineData("Growth is forecast at 2.5% next year.", true)]
    [InlineData("Output is forecast to rise to 320 million tonnes.", true)]
    [InlineData("The harvest brought in 232 million tonnes.", false)]
    public void Reads_projections(string prose, bool projection) =>
        Assert.Equal(projection, Single(prose).IsProjection);

    [Theory]
    [InlineData("The farm produced 232 million tonnes of grain.", "grain", false)]
    [InlineData("The firm reported a loss of $310m for the year.", "loss", false)]
    [InlineData("Fosters bought an 18.8% stake in the winemaker.", "stake", false)]
    [InlineData("About 10% of voters stayed home.", "voter", false)]
    [InlineData("Police held three of the protesters overnight.", "protester", true)]
    public void Reads_the_referent_a_figure_states(string prose, string referent, bool partitive)
    {
        var figure = Single(prose);
        Assert.Equal(referent, figure.Referent);
        Assert.Equal(partitive, figure.IsPartitive);
    }

    [Fact]
    public void Reads_the_time_and_the_place_of_a_figure_apart()
    {
        var figures = Figures("The charity fed 300 families in 2019. The charity fed 500 families in York.");
        Assert.Equal(("[2019-01-01, 2019-12-31]", (string?)null), (figures[0].When, figures[0].Where));
        Assert.Equal(((string?)null, "York"), (figures[1].When, figures[1].Where));
    }

    [Fact]
    public void A_dateline_dates_the_report_not_the_first_figure()
    {
        var text = "---\ndate: 1987-03-16\n---\n\nMANILA, March 16 - A 250 mln dlr capital fund will be launched shortly, the minister said.\n";
        var model = new SemanticModel(Loader.Read("test.md", new SourceText(text), DocumentFormat.Markdown));
        Assert.Null(Assert.Single(model.Figures).When);
    }

    [Fact]
    public void Reads_the_figures_of_a_front_matter_headline_where_they_are_written()
    {
        var text = "---\ntitle: \"Shell seals $6bn gas deal\"\ndate: 2025-02-26\n---\n\nShell has signed the deal.\n";
        var model = new SemanticModel(Loader.Read("test.md", new SourceText(text), DocumentFormat.Markdown));
        var figure = Assert.Single(model.HeadlineFigures);
        Assert.True(figure.IsHeadline);
        Assert.Equal(6_000_000_000m, figure.Value);
        Assert.Equal("$6bn", text[figure.Span.Start..figure.Span.End]);
        Assert.Empty(model.Figures);
    }

    [Fact]
    public void The_figures_of_a_first_level_heading_are_the_headline_s()
    {
        var model = ProseModel.Of("# Quake injures 29 people\n\nA quake injured 25 people.");
        Assert.Equal([true, false], model.Figures.Select(f => f.IsHeadline));
        Assert.Equal(29m, Assert.Single(model.HeadlineFigures).Value);
    }
}
