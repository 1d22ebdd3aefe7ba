using System.Text;
using System.Text.RegularExpressions;
using EditLint.Checks;
using Xunit;

namespace EditLint.Tests.Packs;

/// <summary>
/// A whole-word pattern of letters (perhaps with an inner apostrophe), matched without the regex engine: which patterns
/// are taken, and every match the same as the engine's (place and length), on chosen and on random texts.
/// </summary>
public sealed class LetterWordsTests
{
    private const RegexOptions AnyCase = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string Apostrophe = @"\p{L}+(?:['’]\p{L}+)?";

    [Theory]
    [InlineData(@"\p{L}+")]
    [InlineData(Apostrophe)]
    [InlineData(@"\p{L}+(?:[’']\p{L}+)?")]
    [InlineData("(?:" + Apostrophe + ")")]
    [InlineData("(?:(?:" + @"\p{L}+" + "))")]
    public void A_word_of_letters_is_taken(string inner)
    {
        Assert.NotNull(LetterWords.TryCreate(Whole(inner), AnyCase, PackPattern.MatchTimeout));
        Assert.NotNull(LetterWords.TryCreate(Whole(inner), RegexOptions.CultureInvariant, PackPattern.MatchTimeout));
    }

    [Theory]
    [InlineData(@"\p{L}*")]
    [InlineData(@"\p{Lu}+")]
    [InlineData(@"[\p{L}\p{N}]+")]
    [InlineData(@"\p{L}+(?:['’]\p{L}+)*")]
    [InlineData(@"\p{L}+(?:['’-]\p{L}+)?")]
    [InlineData(@"\p{L}+(?:['’]\p{L}+)??")]
    [InlineData(@"\p{L}+|\p{L}+")]
    [InlineData(@"(?:\p{L}+)|(?:\p{L}+)")]
    [InlineData(@"\w+")]
    public void Any_other_pattern_is_left_to_the_engine(string inner) =>
        Assert.Null(LetterWords.TryCreate(Whole(inner), AnyCase, PackPattern.MatchTimeout));

    [Fact]
    public void Only_whole_word_patterns_with_invariant_case_are_taken()
    {
        Assert.Null(LetterWords.TryCreate(@"\p{L}+", AnyCase, PackPattern.MatchTimeout));
        Assert.Null(LetterWords.TryCreate(Whole(@"\p{L}+"), RegexOptions.IgnoreCase, PackPattern.MatchTimeout));
        Assert.Null(LetterWords.TryCreate(Whole(@"\p{L}+"), AnyCase | RegexOptions.Multiline, PackPattern.MatchTimeout));
        Assert.Null(LetterWords.TryCreate(Whole(@"\p{L}+"), AnyCase | RegexOptions.RightToLeft, PackPattern.MatchTimeout));
    }

    [Fact]
    public void PackPattern_makes_the_word_pattern_a_word_of_letters_and_keeps_what_the_engine_reports()
    {
        var made = PackPattern.Create(Apostrophe, ignoreCase: false);

        Assert.IsType<LetterWords>(made);
        Assert.True(PackPattern.IsPrecompiled(made));
        Assert.Equal((Whole(Apostrophe), RegexOptions.CultureInvariant, PackPattern.MatchTimeout), (made.ToString(), made.Options, made.MatchTimeout));
    }

    [Theory]
    [InlineData("The the cat's whiskers; don't won’t rock'n'roll")]
    // A word that runs into a digit matches nowhere in it; the apostrophe's second part gives way to the first alone.
    [InlineData("3rd abc1 x2y it's9 it's a'1 a'b'c 'tis tis' O’Neill")]
    [InlineData("naïve Ærøskøbing Жук ß \u212Aelvin e\u0301te ٣abc abc٣ \U0001D400bc")]
    [InlineData("  ''  ’’ a  ")]
    [InlineData("")]
    public void It_matches_where_the_engine_matches(string text)
    {
        foreach (var inner in new[] { @"\p{L}+", Apostrophe, "(?:" + Apostrophe + ")" })
        {
            foreach (var options in new[] { AnyCase, RegexOptions.CultureInvariant })
                _ = AssertSameMatches(Whole(inner), options, text);
        }
    }

    [Fact]
    public void A_match_from_a_later_start_still_reads_the_character_before_it()
    {
        var pattern = Whole(Apostrophe);
        var words = LetterWords.TryCreate(pattern, RegexOptions.CultureInvariant, PackPattern.MatchTimeout)!;
        var engine = new Regex(pattern, RegexOptions.CultureInvariant);
        const string Text = "border it's order";

        // From inside "border" nothing of it matches: the 'b' before "order" counts, as it does for the engine.
        Assert.Equal(engine.Matches(Text, 1).Select(m => (m.Index, m.Length)), words.Matches(Text, 1).Select(m => (m.Index, m.Length)));
        Assert.Equal([(7, 4), (12, 5)], words.Matches(Text, 1).Select(m => (m.Index, m.Length)));
        // Within a substring the character before it is outside the text.
        Assert.Equal(engine.Match(Text, 1, 5).Index, words.Match(Text, 1, 5).Index);
        Assert.True(words.Match(Text, 1, 5).Success);
        Assert.Equal(engine.Replace(Text, "X"), words.Replace(Text, "X"));
    }

    [Theory]
    [InlineData(20261206)]
    [InlineData(20261207)]
    public void Random_texts_match_as_the_engine_does(int seed)
    {
        // Letters in and out of ASCII, digits in and out of ASCII, the two apostrophes, a combining accent (no letter),
        // half a surrogate pair, spaces and marks.
        const string Alphabet = "aaaBBBzéЖß\u212A1٣'’'’ \u0301\uD835-.";
        var random = new Random(seed);
        var matched = 0;
        for (var round = 0; round < 3000; round++)
        {
            var text = new StringBuilder();
            for (var i = random.Next(0, 30); i > 0; i--)
                text.Append(Alphabet[random.Next(Alphabet.Length)]);
            foreach (var inner in new[] { @"\p{L}+", Apostrophe })
            {
                foreach (var options in new[] { AnyCase, RegexOptions.CultureInvariant })
                    matched += AssertSameMatches(Whole(inner), options, text.ToString());
            }
        }
        // Compared on matches, not only on their absence.
        Assert.True(matched > 10_000, $"only {matched} matches");
    }

    private static int AssertSameMatches(string pattern, RegexOptions options, string text) =>
        Testing.EngineMatches.AssertSame(LetterWords.TryCreate(pattern, options, PackPattern.MatchTimeout), text);

    private static string Whole(string inner) => @"(?<![\p{L}\p{N}])(?:" + inner + @")(?![\p{L}\p{N}])";
}
