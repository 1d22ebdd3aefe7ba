using EditLint.Semantics.Figures;

namespace EditLint.Tests.Semantics.Figures;

// What a number measures, read from the sign before it and the unit, percent sign or word after it, and the words
// the figure spans.
public sealed class KindReaderTests
{
    private static (FigureMeasure? Measure, string Words) Read(string prose, string at)
    {
        var (tokens, i) = ReaderInput.Tokens(prose, at);
        var number = Assert.NotNull(NumberReader.Read(tokens, i));
        var measure = KindReader.Read(tokens, number, number.End);
        return (measure, measure is { } m ? ReaderInput.Words(tokens, m.Start, m.End) : "");
    }

    [Theory]
    [InlineData("The army sent 1,000 soldiers.", "1,000", "Count", "", "1,000")]
    [InlineData("Turnout was 61 per cent, officials said.", "61", "Percent", "", "61 per cent")]
    [InlineData("Output rose 4.4 pct in March.", "4.4", "Percent", "", "4.4 pct")]
    [InlineData("About 10% of voters stayed home.", "10", "Percent", "", "10%")]
    [InlineData("The party trails by 3 percentage points.", "3", "PercentagePoints", "", "3 percentage points")]
    [InlineData("The scheme cost $90bn last time.", "90", "Money", "USD", "$90bn")]
    [InlineData("The firm paid US$5m for it.", "5", "Money", "USD", "US$5m")]
    [InlineData("The firm paid USD 5 million for it.", "5", "Money", "USD", "USD 5 million")]
    [InlineData("Fees rose to 20 euros a month.", "20", "Money", "EUR", "20 euros")]
    [InlineData("A stamp costs 50p now.", "50", "Money", "GBP-pence", "50p")]
    [InlineData("The route is 5km long.", "5", "Measure", "km", "5km")]
    [InlineData("The tank holds 3.5 litres.", "3.5", "Measure", "litre", "3.5 litres")]
    [InlineData("The man is 45 years old.", "45", "Age", "", "45 years old")]
    [InlineData("The driver, aged 52, was unhurt.", "52", "Age", "", "52")]
    [InlineData("Smith, 45, said he was fine.", "45", "Age", "", "45")]
    public void Reads_kind_currency_or_unit_and_the_words_of_the_figure(string prose, string at, string kind, string currencyOrUnit, string words)
    {
        var (measure, written) = Read(prose, at);
        var m = Assert.NotNull(measure);
        Assert.Equal(kind, m.Kind.ToString());
        Assert.Equal(currencyOrUnit, m.Currency ?? m.Unit ?? "");
        Assert.Equal(words, written);
    }

    [Theory]
    [InlineData("Crews patrol the 1,000-mile border.", "1,000", "Measure", "1,000-mile")]
    [InlineData("They met for a two-hour dinner.", "two-hour", "Measure", "two-hour")]
    [InlineData("A 45-year-old man was arrested.", "45", "Age", "45-year-old")]
    [InlineData("A five-year-old boy was found.", "five-year-old", "Age", "five-year-old")]
    [InlineData("A 100-strong force arrived.", "100", "Count", "100-strong")]
    public void Reads_a_compound_modifier(string prose, string at, string kind, string words)
    {
        var (measure, written) = Read(prose, at);
        var m = Assert.NotNull(measure);
        Assert.True(m.IsModifier);
        Assert.Equal(kind, m.Kind.ToString());
        Assert.Equal(words, written);
    }

    [Theory]
    [InlineData("They drew up a 10-point plan.", "10")]
    [InlineData("They made a two-something offer.", "two-something")]
    public void A_compound_of_no_unit_is_no_figure(string prose, string at) =>
        Assert.Null(Read(prose, at).Measure);

    [Theory]
    [InlineData("He is 45 and lives in York.", "45")]
    [InlineData("Smith, 145, said he was fine.", "145")]
    public void A_bare_number_beside_a_name_is_an_age_only_when_it_can_be_one(string prose, string at) =>
        Assert.Equal(FigureKind.Count, Assert.NotNull(Read(prose, at).Measure).Kind);

    [Theory]
    [InlineData("Turnout was 61%.", "61", "%")]
    [InlineData("Turnout was 61 per cent.", "61", "per cent")]
    [InlineData("Turnout was 61 Per Cent.", "61", "Per Cent")]
    [InlineData("Turnout was 61 percent.", "61", "percent")]
    [InlineData("Output rose 4.4 pct.", "4.4", "pct")]
    [InlineData("The party trails by 3 percentage points.", "3", null)]
    [InlineData("The scheme cost $90bn last time.", "90", null)]
    public void Keeps_the_percent_sign_as_written(string prose, string at, string? sign) =>
        Assert.Equal(sign, Assert.NotNull(Read(prose, at).Measure).PercentSign);
}
