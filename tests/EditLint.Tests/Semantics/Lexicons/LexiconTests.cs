using EditLint.Semantics.Lexicons;

namespace EditLint.Tests.Semantics.Lexicons;

/// <summary>Facts the lexicons give that their users rely on: which titles say a person's gender.</summary>
public sealed class LexiconTests
{
    [Theory]
    [InlineData("Mrs", true)]
    [InlineData("Lady", true)]
    [InlineData("Duchess", true)]
    [InlineData("Mr", false)]
    [InlineData("Sir", false)]
    [InlineData("Duke", false)]
    [InlineData("Dr", null)]   // says neither
    [InlineData("Mx", null)]
    [InlineData("mrs", null)]  // titles are matched as written
    public void A_title_says_a_woman_a_man_or_neither(string title, bool? woman)
    {
        Assert.Equal(woman, Lexicon.GenderOfTitle(title));
    }

    // Asked of every name word EL4001 weighs: the same answer as the set asked with the word lower-cased.
    [Theory]
    [InlineData("Spring")]
    [InlineData("SPRING")]
    [InlineData("spring")]
    [InlineData("Association")]
    [InlineData("Zelenskyy")]
    [InlineData("ÉTÉ")]
    [InlineData("")]
    public void A_known_word_is_found_in_any_case(string word)
    {
        Assert.Equal(Lexicon.KnownWords.Contains(word.ToLowerInvariant()), Lexicon.IsKnownWord(word));
        var repeated = string.Concat(Enumerable.Repeat(word, 20));
        Assert.Equal(Lexicon.KnownWords.Contains(repeated.ToLowerInvariant()), Lexicon.IsKnownWord(repeated));
    }

    [Fact]
    public void Every_known_word_in_capitals_is_answered_as_the_set_answers_it_lower_cased() =>
        Assert.All(Lexicon.KnownWords, w => Assert.Equal(Lexicon.KnownWords.Contains(w.ToUpperInvariant().ToLowerInvariant()), Lexicon.IsKnownWord(w.ToUpperInvariant())));

    // The letters words begin with, as written (an ordinal set's words): no other letter, no other case.
    [Fact]
    public void First_letters_are_the_letters_the_words_begin_with_as_written()
    {
        var letters = Lexicon.FirstLetters(["US", "EU", "me", ""]);

        Assert.All("UEm", c => Assert.True(letters.Contains(c), $"{c}"));
        Assert.All("uMeSx ", c => Assert.False(letters.Contains(c), $"{c}"));
    }
}
