using EditLint.Checks.Consistency;
using EditLint.Semantics.Lexicons;
using EditLint.Tests.Testing;
using EditLint.Text;

namespace EditLint.Tests.Semantics;

/// <summary>The facts EL4001 reasons with: how far apart two spellings are, and what a spelling is without its accents.</summary>
public sealed class NameSpellingFactsTests
{
    [Theory]
    [InlineData("Kowalski", "Kowlaski", 1)] // two letters swapped
    [InlineData("Lammy", "Lamy", 1)] // a letter dropped
    [InlineData("Pelosi", "Pelossi", 1)] // a letter doubled
    [InlineData("Pelosi", "Pelasi", 1)] // a vowel changed
    [InlineData("Schlesinger", "Schelsigner", 2)] // two swaps: long names allow two
    [InlineData("Rutte", "Rubio", null)] // three edits: different people
    public void EditDistance_CountsInsertionsDeletionsChangesAndSwaps(string a, string b, int? expected) =>
        Assert.Equal(expected, EditDistance.Within(a, b, 2));

    [Fact]
    public void InnerDeletions_KeepTheFirstAndLastLetters_SoASlipSharesAKey()
    {
        var keys = EditDistance.InnerDeletions("Kowalski", 1).ToHashSet();
        Assert.Contains("Kowalski", keys);
        Assert.Contains("Kwalski", keys);
        Assert.DoesNotContain("owalski", keys);
        Assert.True(keys.Overlaps(EditDistance.InnerDeletions("Kowlaski", 1)));
    }

    [Fact]
    public void Articles_share_one_string_per_spelling_and_keep_only_the_lower_case_words_a_name_is_compared_with()
    {
        var first = NameVariants.Occurrences(ProseModel.Of("President Volodymyr Zelenskyy spoke in Kyiv. Zelenskyy said talks would go on."));
        var second = NameVariants.Occurrences(ProseModel.Of("Volodymyr Zelenskyy met the envoy in Kyiv."));

        var a = first.First(o => o.Form == "Zelenskyy");
        var b = second.First(o => o.Form == "Zelenskyy");
        Assert.NotSame(a, b);
        // Kept once for every article of a run (the comparison across articles holds them all), while the process's pool
        // of 200,000 spellings has room: the test run reads far fewer.
        Assert.Same(a.Form, b.Form);
        Assert.Same(a.Skeleton, b.Skeleton);
        Assert.Same(first.First(o => o.Form == "Volodymyr").Form, second.First(o => o.Form == "Volodymyr").Form);

        var words = new HashSet<ulong>();
        NameVariants.LowerCaseIn(ProseModel.Of("The talks would go on in the spring.")).AddTo(words);
        Assert.Contains(LowerCaseWords.HashOf("talks"), words);
        Assert.Contains(LowerCaseWords.HashOf("spring"), words);
        Assert.DoesNotContain(LowerCaseWords.HashOf("the"), words);
        Assert.DoesNotContain(LowerCaseWords.HashOf("go"), words);
    }

    // The command-line tool runs with invariant globalization, where string.Normalize cannot decompose letters: accents
    // are dropped from a table, so the tests and the tool see the same skeletons.
    [Fact]
    public void Accents_AreDroppedFromATable()
    {
        Assert.Equal("Rossello Brudzinski Erdogan Lodz Orsted Sokolovic", Lexicon.WithoutAccents("Rosselló Brudziński Erdoğan Łódź Ørsted Sokolović"));
        Assert.Equal(NameVariants.Skeleton("Rossello"), NameVariants.Skeleton("Rosselló"));
        Assert.Equal(NameVariants.Skeleton("Zelenskyy"), NameVariants.Skeleton("Zelenskiy"));
    }

    [Theory]
    [InlineData("Spin")] // an ordinary word: "Spin" beside "Spain"
    [InlineData("Sudan")] // a well-known name: "Sudan" beside "Susan"
    public void WordsAndWellKnownNames_AreKnown(string form) =>
        Assert.True(Lexicon.KnownWords.Contains(form.ToLowerInvariant()) || Lexicon.KnownNames.Contains(form));

    [Fact]
    public void KnownPairsOfDifferentNames_AreDistinctInEitherOrder()
    {
        Assert.True(Lexicon.AreDistinctNames("Colombia", "Columbia"));
        Assert.True(Lexicon.AreDistinctNames("Columbia", "Colombia"));
        Assert.False(Lexicon.AreDistinctNames("Kowalski", "Kowlaski"));
    }
}
