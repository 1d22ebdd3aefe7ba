using EditLint.Semantics.Figures;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Semantics.Figures;

// What the characters right around a figure's number say it is, besides a number of things: the exceptions of house
// number style, read as facts of the figure.
public sealed class NumeralMarksTests
{
    // The marks of the figure whose text starts with `number` in `prose`.
    private static NumeralMarks? Marks(string prose, string number) =>
        ProseModel.Of(prose).Figures.First(f => f.Text.StartsWith(number, StringComparison.Ordinal)).Marks;

    [Theory]
    [InlineData("The council closed 4 libraries last year.", "4")]
    [InlineData("About 3 schools will close.", "3")]
    [InlineData("They won 3 games to 1 game.", "3")]
    public void A_count_in_prose_has_no_marks(string prose, string number) => Assert.Equal(NumeralMarks.None, Marks(prose, number));

    // The figure facts leave most dates, decimals and times out of the figures already ("March 5", "5.5", "5:30"); the
    // marks catch what they still read as counts.
    [Theory]
    [InlineData("Halo 3 sold well in its first week.", "3", NumeralMarks.AfterName)]
    [InlineData("1 in 4 voters stayed at home.", "4", NumeralMarks.Paired)]
    [InlineData("1 in 4 voters stayed at home.", "1", NumeralMarks.Paired)]
    [InlineData("The index hit 5.5 and 6.5 points.", "5.5", NumeralMarks.Paired)]
    [InlineData("They live at 4 Privet Drive in Surrey.", "4", NumeralMarks.BeforeName)]
    [InlineData("She read item *4 twice.", "4", NumeralMarks.AfterSymbol)]
    [InlineData("The ratio was =4 players.", "4", NumeralMarks.AfterSymbol)]
    [InlineData("The shop opens at 9 a.m. every day.", "9", NumeralMarks.TimeOrUnit)]
    [InlineData("The shop had 9 o'clock visitors.", "9", NumeralMarks.TimeOrUnit)]
    [InlineData("He ate 6 1/2 pies.", "6", NumeralMarks.TimeOrUnit)]
    [InlineData("The lab has 3 mg of the drug.", "3", NumeralMarks.TimeOrUnit)]
    [InlineData("The panel listed (3) risks and costs.", "3", NumeralMarks.Bracketed)]
    public void A_neighbour_marks_what_the_number_is(string prose, string number, NumeralMarks mark) =>
        Assert.True(Marks(prose, number) is { } marks && marks.HasFlag(mark), $"{Marks(prose, number)}");

    [Theory]
    [InlineData("The fund grew by two point five billion dollars.", "five")]
    [InlineData("He counted two hundred three ships.", "three")]
    [InlineData("It took forty nine days to finish.", "forty")]
    public void A_number_word_after_a_tens_word_hundred_or_point_or_before_a_unit_is_part_of_one_number(string prose, string number) =>
        Assert.True(Marks(prose, number) is { } marks && marks.HasFlag(NumeralMarks.PartOfWords), $"{Marks(prose, number)}");

    [Fact]
    public void A_number_word_beside_another_word_is_a_number_of_its_own()
    {
        // "nineteen" is no unit, "nines" no number word.
        Assert.False(Marks("The club has forty nineteen-year-olds.", "forty")!.Value.HasFlag(NumeralMarks.PartOfWords));
        Assert.False(Marks("They sold forty nines at the fair.", "forty")!.Value.HasFlag(NumeralMarks.PartOfWords));
    }

    [Fact]
    public void A_number_word_next_to_another_is_part_of_one_number()
    {
        Assert.True(Marks("The project took twenty three years to finish.", "three") is { } marks && marks.HasFlag(NumeralMarks.PartOfWords));
        Assert.True(Marks("The project took twenty three years to finish.", "twenty") is { } first && first.HasFlag(NumeralMarks.PartOfWords));
    }

    [Fact]
    public void An_opener_before_the_number_is_no_name()
    {
        // "About", "The" are openers (numeral-openers.txt), not a name the number labels.
        Assert.False(Marks("About 3 schools will close.", "3")!.Value.HasFlag(NumeralMarks.AfterName));
        Assert.True(Marks("Halo 3 sold well in its first week.", "3")!.Value.HasFlag(NumeralMarks.AfterName));
    }
}

// The numeral that opens a sentence as a count, which house style writes in words.
public sealed class OpeningNumeralTests
{
    private static OpeningNumeral? Opening(string prose, int sentence = 0) => OpeningNumeral.Of(ProseModel.Of(prose).Sentences[sentence]);

    [Theory]
    [InlineData("10 people died in the fire.", "10")]
    [InlineData("\"15 of them were children,\" she said.", "15")]
    [InlineData("40% of voters stayed at home.", "40")]
    [InlineData("(12 people were hurt in the crash.)", "12")]
    [InlineData("‘25 were arrested,’ police said.", "25")]
    [InlineData("[“7 ships sank,” the navy said.]", "7")]
    public void A_count_opening_the_sentence_is_found(string prose, string value)
    {
        var opening = Opening(prose);
        Assert.NotNull(opening);
        Assert.Equal(value, opening.Value.Value);
        Assert.Equal(prose.IndexOf(value, StringComparison.Ordinal), opening.Value.Index);
    }

    [Theory]
    [InlineData("1976 was a good year for the club.")]
    [InlineData("3D films sold well.")]
    [InlineData("9/11 changed air travel.")]
    [InlineData("50 Cent said he would tour.")]
    [InlineData("3 is looking for new customers.")]
    [InlineData("About 10 people came.")]
    [InlineData("“A 10-year-old was hurt,” she said.")]
    public void A_year_a_name_a_time_or_a_label_opens_no_count(string prose) => Assert.Null(Opening(prose));

    [Theory]
    [InlineData("The horse was ranked No. ")]
    [InlineData("The crowd was approx. ")]
    [InlineData("See the chart on pp. ")]
    public void A_numeral_after_an_abbreviation_opens_no_sentence(string before)
    {
        // The sentence splitter does not end a sentence at these full stops; a sentence that starts there all the same
        // (another reader's boundary) still opens with no count.
        var block = ProseModel.Of(before + "5 people came.").Document.Blocks.First(b => b.IsProse);
        var after = new EditLint.Semantics.Sentence(block, 1, before.Length, "5 people came.".Length);
        var afterFullStop = new EditLint.Semantics.Sentence(ProseModel.Of("The horse ran. 5 people came.").Document.Blocks.First(b => b.IsProse), 1, "The horse ran. ".Length, "5 people came.".Length);

        Assert.Null(OpeningNumeral.Of(after));
        Assert.Equal("5", OpeningNumeral.Of(afterFullStop)?.Value);
    }
}
