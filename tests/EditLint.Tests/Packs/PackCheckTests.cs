using System.Diagnostics;
using System.Text.RegularExpressions;
using EditLint.Checks;

namespace EditLint.Tests.Packs;

/// <summary>The parts of pack checks that the rule examples cannot pin down: counts, and matching on very long texts.</summary>
public sealed class PackCheckTests
{
    [Fact]
    public void Metric_counts_words_syllables_letters_and_sentences()
    {
        // Syllables: Rates 2, rose 1 (silent e), The 1, committee's 3, decision 3, surprised 3, everyone 3 (silent e),
        // at 1, the 1, TABLE 2 (a final "le" is sounded, in any case).
        var counts = MetricCheck.Count("Rates rose. The committee's decision surprised everyone at the TABLE  ");

        Assert.Equal(10, counts["words"]);
        Assert.Equal(2, counts["sentences"]);
        Assert.Equal(20, counts["syllables"]);
        Assert.Equal(57, counts["characters"]);
        Assert.Equal(4, counts["complex_words"]);
        Assert.Equal(4, counts["long_words"]);
    }

    [Fact]
    public void Metric_counts_a_text_ending_in_a_full_stop_as_its_sentences()
    {
        var counts = MetricCheck.Count("It rained. “Go home,” he said! ");

        Assert.Equal(2, counts["sentences"]);
        Assert.Equal(6, counts["words"]);
    }

    [Fact]
    public void A_long_text_is_matched_as_a_short_one_is_ignoring_case_as_asked()
    {
        var pattern = PackPattern.Create("end result|free gift", ignoreCase: true);
        var text = string.Concat(Enumerable.Repeat("The talks went on. ", (PatternBudget.CompiledFrom / 19) + 1)) + "The END RESULT was a free gift, not a free gifts.";
        Assert.True(text.Length >= PatternBudget.CompiledFrom);

        var matches = PatternBudget.None.Matches(pattern, text).Select(m => (m.Index, m.Value)).ToList();

        var tail = text.Length - "The END RESULT was a free gift, not a free gifts.".Length;
        Assert.Equal([(tail + 4, "END RESULT"), (tail + 21, "free gift")], matches);
    }

    [Fact]
    public void A_long_text_keeps_the_match_timeout()
    {
        var pattern = PackPattern.Create("(a+)+$", ignoreCase: false, raw: true);
        var text = new string('a', PatternBudget.CompiledFrom) + "!";

        var stopwatch = Stopwatch.StartNew();
        var timeout = Assert.Throws<RegexMatchTimeoutException>(() => PatternBudget.None.IsMatch(pattern, text));

        Assert.Equal(PackPattern.MatchTimeout, timeout.MatchTimeout);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void A_pattern_that_has_scanned_many_short_texts_matches_as_before_and_keeps_the_match_timeout()
    {
        // Past PatternBudget.CompiledAfter characters in all, a pattern is matched by its compiled copy, on short texts too.
        var phrases = PackPattern.Create("end result|free gift", ignoreCase: true);
        var catastrophic = PackPattern.Create("(a+)+$", ignoreCase: false, raw: true);
        var article = string.Concat(Enumerable.Repeat("The talks went on. ", 5_000)) + "The END RESULT was a free gift, not a free gifts.";
        var tail = article.Length - "The END RESULT was a free gift, not a free gifts.".Length;
        Assert.True(article.Length < PatternBudget.CompiledFrom);

        Assert.False(PatternBudget.HasCompiledCopy(phrases));
        for (var scanned = 0L; scanned <= PatternBudget.CompiledAfter; scanned += article.Length)
        {
            Assert.Equal([(tail + 4, "END RESULT"), (tail + 21, "free gift")], PatternBudget.None.Matches(phrases, article).Select(m => (m.Index, m.Value)).ToList());
            Assert.False(PatternBudget.None.IsMatch(catastrophic, article));
        }

        // The compiled copies are built in the background; matching goes on meanwhile, and after them.
        var waited = Stopwatch.StartNew();
        while (!(PatternBudget.HasCompiledCopy(phrases) && PatternBudget.HasCompiledCopy(catastrophic)) && waited.Elapsed < TimeSpan.FromSeconds(30))
            Thread.Sleep(10);
        Assert.True(PatternBudget.HasCompiledCopy(phrases) && PatternBudget.HasCompiledCopy(catastrophic), "no compiled copy after 30 s");
        Assert.Equal([(tail + 4, "END RESULT"), (tail + 21, "free gift")], PatternBudget.None.Matches(phrases, article).Select(m => (m.Index, m.Value)).ToList());

        var timeout = Assert.Throws<RegexMatchTimeoutException>(() => PatternBudget.None.IsMatch(catastrophic, new string('a', 40) + "!"));
        Assert.Equal(PackPattern.MatchTimeout, timeout.MatchTimeout);
    }
}
