using EditLint.Semantics.Figures;

namespace EditLint.Tests.Semantics.Figures;

// What the words after a figure say it counts, the whole a share is of, and the noun before "of" it states.
public sealed class CountedReaderTests
{
    private static CountedReading Read(string prose, string after, FigureKind kind)
    {
        var (tokens, at) = ReaderInput.Tokens(prose, after);
        return CountedReader.Read(tokens, at, kind);
    }

    [Theory]
    [InlineData("The EU has 27 member states today.", "member states", "member state", "member states")]
    [InlineData("The army sent 1,000 troops.", "troops", "soldier", "troops")]
    [InlineData("They hired 20 new staff members.", "new staff", "new staff member", "new staff members")]
    [InlineData("There were 20 children hurt.", "children", "child", "children")]
    public void Reads_the_noun_phrase_a_count_counts(string prose, string after, string key, string words)
    {
        var counted = Assert.IsType<CountedThing>(Read(prose, after, FigureKind.Count).Counted);
        Assert.Equal((key, words, false), (counted.Key, counted.Words, counted.Inferred));
    }

    [Theory]
    [InlineData("Five died in the blast.", "died")]
    [InlineData("They paid 40 each.", "each")]
    [InlineData("They counted 40 of the 50.", "of the 50")]
    public void A_verb_a_qualifier_or_a_number_names_nothing(string prose, string after) =>
        Assert.Null(Read(prose, after, FigureKind.Count).Counted);

    [Fact]
    public void Twenty_more_people_is_an_increment_that_counts_people()
    {
        var reading = Read("Police said 20 more people arrived.", "more", FigureKind.Count);
        Assert.True(reading.IsIncrement);
        Assert.Equal("person", reading.Counted?.Lemma);
    }

    [Theory]
    [InlineData("About 10% of voters stayed home.", "of voters", "Percent", "voter", false, null)]
    [InlineData("The bank lent $5m of the fund.", "of the fund", "Money", "fund", false, null)]
    [InlineData("The farm produced 232 million tonnes of grain.", "of grain", "Measure", null, false, "grain")]
    [InlineData("Police held three of the protesters.", "of the protesters", "Count", null, true, "protester")]
    [InlineData("They planted 500 of all trees.", "of all trees", "Count", null, true, "tree")]
    public void Reads_what_an_of_phrase_makes_of_the_figure(string prose, string after, string kind, string? of, bool partitive, string? counted)
    {
        var reading = Read(prose, after, Enum.Parse<FigureKind>(kind));
        Assert.Equal(AfterFigure.OfPhrase, reading.Form);
        Assert.Equal((of, partitive, counted), (reading.Of, reading.IsPartitive, reading.Counted?.Lemma));
    }

    [Theory]
    [InlineData("The army could supply 10% of that.", "Percent", CountedReader.AnaphoricOf, false)]
    [InlineData("Police held 20 of them overnight.", "Count", null, true)]
    public void Of_that_refers_back(string prose, string kind, string? of, bool partitive)
    {
        var reading = Read(prose, "of", Enum.Parse<FigureKind>(kind));
        Assert.Equal(AfterFigure.Anaphor, reading.Form);
        Assert.Equal((of, partitive), (reading.Of, reading.IsPartitive));
    }

    [Fact]
    public void Half_the_town_is_a_share_of_the_town()
    {
        var reading = Read("Nearly half the town was flooded.", "the town", FigureKind.Fraction);
        Assert.Equal((AfterFigure.Whole, "town", (CountedThing?)null), (reading.Form, reading.Of, reading.Counted));
    }

    [Fact]
    public void An_age_counts_nothing_but_keeps_the_noun_after_it()
    {
        var reading = Read("A 45-year-old man was arrested.", "man", FigureKind.Age);
        Assert.Null(reading.Counted);
        Assert.Equal("man", reading.NounAfter?.Head);
    }

    [Theory]
    [InlineData("The firm reported a loss of $310m.", "$310m", "loss")]
    [InlineData("Fosters took a stake of 20% in it.", "20%", "stake")]
    [InlineData("Police said two of 20 men fled.", "20 men", null)]
    [InlineData("Shares of Toyota rose 5%.", "5%", null)]
    public void Reads_the_noun_before_of_that_a_figure_states(string prose, string figure, string? noun)
    {
        var (tokens, at) = ReaderInput.Tokens(prose, figure);
        Assert.Equal(noun, CountedReader.NounBefore(tokens, at));
    }
}
