using System.Text;
using System.Text.RegularExpressions;
using EditLint.Checks;
using Xunit;

namespace EditLint.Tests.Packs;

/// <summary>
/// A whole-word list of phrases, matched without the regex engine: the phrases read out of the pattern, and every match
/// the same as the engine's (place and length), on chosen and on random texts.
/// </summary>
public sealed class LiteralAlternationTests
{
    private const RegexOptions AnyCase = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [Fact]
    public void The_phrases_are_spelled_out_in_the_order_the_engine_tries_them()
    {
        Assert.Equal(["in order to", "prior to"], LiteralAlternation.Phrases(Whole("(?:in order to)|(?:prior to)")));
        Assert.Equal(["utilise", "utilize"], LiteralAlternation.Phrases(Whole("utili[sz]e")));
        // Greedy: the longer spelling first.
        Assert.Equal(["new innovations", "new innovation"], LiteralAlternation.Phrases(Whole("new innovations?")));
        Assert.Equal(["mentally retarded", "mentally handicapped"], LiteralAlternation.Phrases(Whole("mentally (?:retarded|handicapped)")));
        // The first choice of an earlier part with every choice after it, then its second choice.
        Assert.Equal(["ac", "ad", "bc", "bd"], LiteralAlternation.Phrases(Whole("(?:a|b)(?:c|d)")));
        Assert.Equal(["U.S.", "man-made"], LiteralAlternation.Phrases(Whole(@"U\.S\.|man\-made")));
    }

    [Theory]
    [InlineData(@"\p{L}+(?:['’]\p{L}+)?")]
    [InlineData(@"[0-3]?\d(?:st|nd|rd|th)")]
    [InlineData("(per)cent")]
    [InlineData("a*b")]
    [InlineData("a+")]
    [InlineData("ab{2}")]
    [InlineData("colou??r")]
    [InlineData("a.b")]
    [InlineData("caf\u00e9")]
    [InlineData("(?i:Monday)")]
    [InlineData("[^a]b")]
    [InlineData("[a-z]b")]
    [InlineData(@"\bword")]
    [InlineData("a?")]
    [InlineData("x)|(?:y")]
    public void A_pattern_that_is_not_a_list_of_phrases_is_left_to_the_engine(string inner)
    {
        Assert.Null(LiteralAlternation.Phrases(Whole(inner)));
        Assert.Null(LiteralAlternation.TryCreate(Whole(inner), AnyCase, PackPattern.MatchTimeout));
    }

    [Fact]
    public void Groups_nested_past_what_a_list_needs_are_left_to_the_engine_however_deep()
    {
        Assert.Equal(["ab"], LiteralAlternation.Phrases(Whole(string.Concat(Enumerable.Repeat("(?:", 16)) + "ab" + new string(')', 16))));
        Assert.Null(LiteralAlternation.Phrases(Whole(string.Concat(Enumerable.Repeat("(?:", 17)) + "ab" + new string(')', 17))));
        // Read before the engine parses the pattern: a hostile pack's nesting must not exhaust the stack, nor its length
        // take time that grows with its square.
        Assert.Null(LiteralAlternation.Phrases(Whole(string.Concat(Enumerable.Repeat("(?:", 200_000)) + "ab" + new string(')', 200_000))));
        Assert.Null(LiteralAlternation.Phrases(Whole(new string('a', 1_000_000))));
        Assert.Equal([new string('a', 4_000)], LiteralAlternation.Phrases(Whole(new string('a', 4_000))));
    }

    [Fact]
    public void Only_whole_word_patterns_with_invariant_case_are_taken()
    {
        Assert.Null(LiteralAlternation.Phrases("in order to"));
        Assert.Null(LiteralAlternation.TryCreate(Whole("in order to"), RegexOptions.IgnoreCase, PackPattern.MatchTimeout));
        Assert.Null(LiteralAlternation.TryCreate(Whole("in order to"), AnyCase | RegexOptions.Multiline, PackPattern.MatchTimeout));
        Assert.NotNull(LiteralAlternation.TryCreate(Whole("in order to"), RegexOptions.CultureInvariant, PackPattern.MatchTimeout));
    }

    [Fact]
    public void PackPattern_makes_a_list_of_words_a_list_of_phrases_and_keeps_what_the_engine_reports()
    {
        var made = PackPattern.Create("(?:in order to)|(?:prior to)", ignoreCase: true);

        Assert.IsType<LiteralAlternation>(made);
        Assert.True(PackPattern.IsPrecompiled(made));
        Assert.Equal((Whole("(?:in order to)|(?:prior to)"), AnyCase, PackPattern.MatchTimeout), (made.ToString(), made.Options, made.MatchTimeout));
        Assert.IsNotType<LiteralAlternation>(PackPattern.Create(@"\p{L}+", ignoreCase: false));
    }

    [Theory]
    [InlineData("(?:in order to)|(?:in order)|(?:order)", "In order to win, they met in order to talk; the border town's order toll stayed. IN ORDER TO in order")]
    [InlineData("(?:a large number of)|(?:a large number)", "a large number of people, a large number. A LARGE NUMBER OFTEN")]
    [InlineData("utili[sz]e[sd]?", "They utilised it; she utilizes; UTILISE; reutilise; utilise2; utilisers")]
    [InlineData("new innovations?", "new innovation, new innovations, new innovationsx, New Innovations")]
    [InlineData("key|kite", "\u212Aey \u212Aite KEY Kite ke\u212Ay")]
    [InlineData("kilos|kites", "\u212Ailos, \u212AITES")]
    [InlineData("it's|its", "it's its it’s ITS it'sy")]
    [InlineData("ATM machines?", "atm machine, ATM machines, 3ATM machine, ATM machine3, ATM machine\u00e9")]
    [InlineData(@"U\.S\.", "U.S. and the U.S.A. and U.S.")]
    [InlineData("(?:on and on)|(?:and on)", "on and on and on")]
    public void It_matches_where_the_engine_matches(string inner, string text)
    {
        foreach (var options in new[] { AnyCase, RegexOptions.CultureInvariant })
            _ = AssertSameMatches(Whole(inner), options, text);
    }

    [Fact]
    public void A_match_from_a_later_start_still_reads_the_character_before_it()
    {
        var pattern = Whole("order");
        var literal = LiteralAlternation.TryCreate(pattern, AnyCase, PackPattern.MatchTimeout)!;
        var engine = new Regex(pattern, AnyCase);
        const string Text = "border order";

        // From inside "border": the 'b' before "order" still counts, as it does for the engine.
        Assert.Equal(engine.Matches(Text, 1).Select(m => m.Index), literal.Matches(Text, 1).Select(m => m.Index));
        Assert.Equal([7], literal.Matches(Text, 1).Select(m => m.Index));
        // Within a substring the character before it is outside the text.
        Assert.Equal(engine.Match(Text, 1, 5).Success, literal.Match(Text, 1, 5).Success);
        Assert.True(literal.Match(Text, 1, 5).Success);
        Assert.Equal(engine.Replace(Text, "X"), literal.Replace(Text, "X"));
    }

    [Fact]
    public void Required_words_are_few_long_words_that_cover_every_phrase()
    {
        // "a source familiar with", "two people close to", … "one official with knowledge of": the four endings' long
        // words, not "with", which two of them share, nor the sources, which are many.
        var phrases = (from count in new[] { "a", "two", "one" }
                       from source in new[] { "source", "people", "official", "diplomat" }
                       from ending in new[] { "familiar with", "close to", "briefed on", "with knowledge of" }
                       select $"{count} {source} {ending}").ToList();
        Assert.Equal(["knowledge", "familiar", "briefed", "close"], LiteralAlternation.RequiredWords(phrases));
        Assert.Equal(["suicide"], LiteralAlternation.RequiredWords(["committed suicide", "commit suicide", "suicide attempt"]));
        // A phrase with no run of four letters, or more than eight words needed: none.
        Assert.Null(LiteralAlternation.RequiredWords(["committed suicide", "in it"]));
        Assert.Null(LiteralAlternation.RequiredWords([.. Enumerable.Range(0, 9).Select(i => new string((char)('a' + i), 5))]));
    }

    // Short phrases with k among their letters (the Kelvin sign), and phrases of three letters or more without it, with
    // the phrases themselves (in any case) among the text's random characters; and phrases of four letters or more, which
    // have words to look for first (RequiredWords).
    [Theory]
    [InlineData("abkis -'", 1, 20261206)]
    [InlineData("abis -'", 3, 20261207)]
    [InlineData("abkis", 4, 20261208)]
    public void Random_phrase_lists_match_random_texts_as_the_engine_does(string phraseLetters, int shortest, int seed)
    {
        // Letters whose case the engine may pair oddly (k and the Kelvin sign, i and the dotted and dotless i, s and the
        // long s), digits, an accented letter, spaces and marks.
        const string Alphabet = "aAbBkK\u212AiIsS\u017F\u0130\u0131é1 -'.";
        var random = new Random(seed);
        var matched = 0;
        var required = 0;
        for (var round = 0; round < 3000; round++)
        {
            var phrases = Enumerable.Range(0, random.Next(1, 6)).Select(_ => Word(random, phraseLetters, random.Next(shortest, shortest + 4))).ToList();
            var inner = string.Join("|", phrases.Select(p => "(?:" + Regex.Escape(p).Replace("'", "\\'") + (shortest == 1 && random.Next(4) == 0 ? "?" : "") + ")"));
            if (random.Next(3) == 0)
                inner += shortest == 1 ? "|[ab]k[is]" : "|[ab]i[is]";
            // Random characters, and the phrases themselves in random case, so that matches are many.
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => random.Next(2) == 0
                ? Word(random, Alphabet, random.Next(0, 6))
                : new string(phrases[random.Next(phrases.Count)].Select(c => random.Next(2) == 0 ? char.ToUpperInvariant(c) : c).ToArray())));
            foreach (var options in new[] { AnyCase, RegexOptions.CultureInvariant })
            {
                if (LiteralAlternation.Phrases(Whole(inner)) is { } spelled && spelled.All(p => p.Length > 0))
                {
                    matched += AssertSameMatches(Whole(inner), options, text);
                    required += LiteralAlternation.TryCreate(Whole(inner), options, PackPattern.MatchTimeout)!.HasRequiredWords ? 1 : 0;
                }
            }
        }
        // Compared on matches, not only on their absence; with long phrases, mostly by lists with required words.
        // (Long phrases of few letters run on into the random words around them more often, and match less.)
        Assert.True(matched > (shortest >= 4 ? 300 : 1000), $"only {matched} matches");
        if (shortest >= 4)
            Assert.True(required > 1000, $"only {required} lists with required words");
    }

    private static string Word(Random random, string letters, int length)
    {
        var word = new StringBuilder();
        for (var i = 0; i < length; i++)
            word.Append(letters[random.Next(letters.Length)]);
        return word.ToString();
    }

    private static int AssertSameMatches(string pattern, RegexOptions options, string text) =>
        Testing.EngineMatches.AssertSame(LiteralAlternation.TryCreate(pattern, options, PackPattern.MatchTimeout), text);

    private static string Whole(string inner) => @"(?<![\p{L}\p{N}])(?:" + inner + @")(?![\p{L}\p{N}])";
}
