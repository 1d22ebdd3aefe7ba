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

    // In any case: wherever a culture-invariant IgnoreCase pattern of the words matches, among texts of the words'
    // pieces in mixed case and letters that fold to ASCII ones ("ı", "ſ").
    [Fact]
    public void InAnyCase_finds_every_place_an_IgnoreCase_pattern_of_the_words_matches()
    {
        string[] words = ["wee", "mon", "yea"];
        var anyCase = OrdinalWords.InAnyCase(words);
        var pattern = new System.Text.RegularExpressions.Regex("wee|mon|yea", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        string[] pieces = ["w", "W", "e", "E", "m", "M", "o", "O", "n", "N", "y", "Y", "a", "A", " ", "ı", "ſ", "k", "wEe", "MoN", "yeA", "WE", "mo"];
        var random = new Random(922);
        var found = 0;
        for (var i = 0; i < 5_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 9)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.True(pattern.Match(text) is var m && (m.Success ? m.Index : -1) == anyCase.IndexIn(text), $"'{text}'");
            found += m.Success ? 1 : 0;
        }
        Assert.True(found > 500, $"{found} found");
        Assert.Equal(4, anyCase.IndexIn("The WeEKend"));
    }

    [Fact]
    public void Words_in_any_case_with_a_k_are_refused() =>
        // IgnoreCase reads a k as the Kelvin sign too, which an ordinal comparison in any case does not.
        Assert.Throws<ArgumentException>(() => OrdinalWords.InAnyCase("week"));

    [Fact]
    public void No_words_or_an_empty_word_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new OrdinalWords());
        Assert.Throws<ArgumentException>(() => new OrdinalWords("Jan", ""));
    }
}
