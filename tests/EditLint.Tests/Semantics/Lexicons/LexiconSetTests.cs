using System.Collections.Frozen;
using EditLint.Semantics.Lexicons;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Semantics.Lexicons;

/// <summary>
/// A lexicon's list turns a word away by its shape before it looks it up: it must never turn away a word the list holds,
/// in any case the list's comparer accepts.
/// </summary>
public sealed class LexiconSetTests
{
    [Theory]
    [InlineData("said", "SAID", true)]
    [InlineData("said", "Said", true)]
    [InlineData("said", "\u017Faid", false)]  // the long s is not s to an ordinal comparison
    [InlineData("is", "\u0131s", false)]      // nor the dotless i, i
    [InlineData("kin", "\u212Ain", false)]    // nor the Kelvin sign, k
    [InlineData("émigré", "ÉMIGRÉ", true)]
    [InlineData("said", "sad", false)]
    [InlineData("said", "", false)]
    public void A_word_is_found_as_an_ordinal_comparison_that_ignores_case_finds_it(string listed, string asked, bool found)
    {
        var list = new LexiconSet([listed], StringComparer.OrdinalIgnoreCase);

        Assert.Equal(found, list.Contains(asked));
        Assert.Equal(found, list.Contains(asked.AsSpan()));
        Assert.Equal(FrozenSet.ToFrozenSet([listed], StringComparer.OrdinalIgnoreCase).Contains(asked), list.Contains(asked));
    }

    [Fact]
    public void A_list_that_compares_as_written_finds_only_the_word_as_written()
    {
        var list = new LexiconSet(["Mr", "Dr"], StringComparer.Ordinal);

        Assert.True(list.Contains("Mr"));
        Assert.False(list.Contains("mr"));
        Assert.False(list.Contains("Ms"));
    }

    // Random lists and random words over letters that fold in surprising ways, compared with the frozen set alone.
    [Theory]
    [InlineData(20261206, true)]
    [InlineData(20261207, false)]
    public void Random_words_are_answered_as_the_frozen_set_answers_them(int seed, bool ignoreCase)
    {
        const string Letters = "aAsSiIkKeE\u017F\u0131\u0130\u212A\u00E9\u00C9-'.1";
        var random = new Random(seed);
        string Word() => RandomText.Of(random, Letters, 5, minLength: 1);
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

        for (var round = 0; round < 200; round++)
        {
            var words = Enumerable.Range(0, random.Next(1, 40)).Select(_ => Word()).ToList();
            var list = new LexiconSet(words, comparer);
            var frozen = words.ToFrozenSet(comparer);
            for (var ask = 0; ask < 200; ask++)
            {
                var word = ask % 4 == 0 ? Mixed(words[random.Next(words.Count)], random) : Word();
                Assert.True(frozen.Contains(word) == list.Contains(word), $"'{word}' in [{string.Join(", ", words)}]");
                // Asked in place, inside a longer text, as the readers ask.
                var text = "(" + word + ")";
                Assert.True(frozen.Contains(word) == list.Contains(text.AsSpan(1, word.Length)), $"span '{word}' in [{string.Join(", ", words)}]");
            }
        }
    }

    [Fact]
    public void A_long_list_is_answered_by_its_set_alone()
    {
        var words = Enumerable.Range(0, 1500).Select(i => "w" + i).ToList();
        var list = new LexiconSet(words, StringComparer.OrdinalIgnoreCase);

        Assert.All(words, w => Assert.True(list.Contains(w.ToUpperInvariant())));
        Assert.False(list.Contains("w1500"));
        Assert.True(list.Contains("W1499".AsSpan()));
        Assert.False(list.Contains("w1500".AsSpan()));
        Assert.Equal(1500, list.Count);
    }

    // A listed word with its letters' cases changed at random.
    private static string Mixed(string word, Random random) =>
        new([.. word.Select(c => random.Next(2) == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c))]);
}
