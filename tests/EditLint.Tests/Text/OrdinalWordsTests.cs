using System.Buffers;
using EditLint.Text;

namespace EditLint.Tests.Text;

public sealed class OrdinalWordsTests
{
    [Theory]
    [InlineData("On 3 March 2025", 5)]
    [InlineData("Mayor of Mayfield", 0)]
    [InlineData("JAN, jan and Janet", 13)]
    [InlineData("no month here", -1)]
    [InlineData("", -1)]
    [InlineData("J", -1)]
    [InlineData("a Ja", -1)]
    [InlineData("… and Dec", 6)]
    public void IndexIn_finds_where_the_first_word_starts(string text, int expected) =>
        Assert.Equal(expected, new OrdinalWords("Jan", "Mar", "May", "Dec").IndexIn(text));

    // The search it stands in for: SearchValues' multi-word search, case-sensitive, on texts made of the words' pieces.
    [Fact]
    public void IndexIn_finds_what_SearchValues_finds()
    {
        string[] words = ["Monday", "Tuesday", "Mon", "-0", "-1", "Sep"];
        var ordinal = new OrdinalWords(words);
        var searchValues = SearchValues.Create(words, StringComparison.Ordinal);
        string[] pieces = ["Mon", "day", "Tues", "-", "0", "1", "M", "S", "ep", "sep", " ", "monday", "é", "Tu"];
        var random = new Random(921);
        for (var i = 0; i < 5_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 9)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.True(text.AsSpan().IndexOfAny(searchValues) == ordinal.IndexIn(text), $"'{text}'");
        }
    }

    [Fact]
    public void No_words_or_an_empty_word_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new OrdinalWords());
        Assert.Throws<ArgumentException>(() => new OrdinalWords("Jan", ""));
    }
}
