using System.Text.RegularExpressions;
using EditLint.Semantics.Dates;
using EditLint.Text;

namespace EditLint.Tests.Semantics;

public sealed class TenseReaderTests
{
    // The tense reader reads a sentence's words by hand: the same words as the pattern it stands for, on every character
    // and on mixes of the characters that join or part them.
    [Fact]
    public void A_sentence_s_words_are_the_words_the_pattern_finds()
    {
        var pattern = new Regex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*|[^\s\p{L}\p{N}]", RegexOptions.CultureInvariant);
        var space = new Regex(@"^\s$", RegexOptions.CultureInvariant);
        for (var c = 0; c <= char.MaxValue; c++)
            Assert.True(space.IsMatch(((char)c).ToString()) == WordCharacters.IsSpace((char)c), $"U+{c:X4}");

        var random = new Random(20261205);
        string[] pieces = ["a", "Zé", "7", "Ⅻ", "²", "ß", "\U0001D400", "'", "’", "-", "--", " ", "\u00A0", "\u2028", ".", ",", "\n", "\uD800", "_", "“", "ǅ"];
        for (var n = 0; n < 20_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 14)).Select(_ => pieces[random.Next(pieces.Length)]));
            var expected = pattern.Matches(text).Select(m => (m.Index, m.Length)).ToList();
            var read = new List<(int, int)>();
            for (var at = 0; TenseReader.NextWord(text, ref at) is var length && length > 0;)
                read.Add((at - length, length));
            Assert.Equal(expected, read);
        }
    }

    // The future markers are found on the sentence with ’ read as ': the same places as the patterns that name both
    // apostrophes, on random mixes of the words, spaces and marks they turn on.
    [Fact]
    public void Future_markers_are_where_the_patterns_with_both_apostrophes_find_them()
    {
        var future = new Regex(@"\b(?:will|shall|'ll|’ll|(?:is|are|am|be)\s+(?:due|set|scheduled|expected|slated|going|poised|likely|planning|preparing)\s+to|(?:is|are|am)\s+to|plans?\s+to|intends?\s+to|aims?\s+to|hopes?\s+to)(?=\s|$)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var would = new Regex(@"\b(?:would|'d|’d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var random = new Random(20261205);
        string[] pieces = ["will", "WILL", "’ll", "’D", "'ll", "'d", "shall", "ll", "'", "’", "d", "would", "Would", "she", "I", "is", "due", "to", "be", "going", "plans", "x", " ", "  ", "\n", ".", "-", "é"];
        int checkedMarks = 0, curly = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 16)).Select(_ => pieces[random.Next(pieces.Length)]));
            var expectedFuture = future.Matches(text).Select(m => (m.Index, m.Length)).ToList();
            var expectedWould = would.Matches(text).Select(m => (m.Index, m.Length)).ToList();
            Assert.Equal(expectedFuture, TenseReader.FutureMarks(text).ToList());
            Assert.Equal(expectedWould, TenseReader.WouldMarks(text).ToList());
            checkedMarks += expectedFuture.Count + expectedWould.Count;
            curly += expectedFuture.Concat(expectedWould).Count(m => text.AsSpan(m.Index, m.Length).Contains('’'));
        }
        // The mixes do hold markers of each kind, curly ones among them.
        Assert.Equal([(3, 3)], TenseReader.FutureMarks("She’ll go").ToList());
        Assert.Equal([(1, 2)], TenseReader.WouldMarks("I’d go").ToList());
        Assert.True(checkedMarks > 2_000 && curly > 200, $"{checkedMarks} markers, {curly} with ’");
    }
    // The verb group that governs a reference, read from the words before it (the reference is the text after "|").
    [Theory]
    [InlineData("The leaders met on |Monday.", false, "Past")]
    [InlineData("The leaders met |Monday.", true, "Unknown")]             // a bare date after a past verb: a participle
    [InlineData("She will meet Putin on |Monday.", false, "Future")]
    [InlineData("She will meet |tomorrow.", false, "Future")]
    [InlineData("The vote was held on |March 3.", true, "Past")]
    [InlineData("It was postponed to |Friday.", false, "Unknown")]         // a plan verb
    [InlineData("The quarter ended |March 31.", true, "Unknown")]
    [InlineData("He resigned |yesterday.", false, "Past")]
    [InlineData("The deal could be finalized and announced this |weekend.", false, "Unknown")] // a modal earlier
    [InlineData("The talks, which ended, resumed on |Monday.", false, "Past")]
    [InlineData("Sales rose more than |last year.", false, "Unknown")]     // a comparison
    [InlineData("He said the vote approved on |May 20 stands.", false, "Past")]
    [InlineData("The planned vote on |Monday was cancelled.", false, "Unknown")]
    public void The_governing_tense_is_read_from_the_words_before_the_reference(string marked, bool needsPreposition, string tense)
    {
        var at = marked.IndexOf('|', StringComparison.Ordinal);
        var sentence = marked.Remove(at, 1);

        Assert.Equal(tense, TenseReader.Read(sentence).Governing(at, needsPreposition).ToString());
    }

    // The nearest tense marker anywhere in the sentence: a past form or a future marker, before the reference first.
    [Theory]
    [InlineData("On |Monday the minister resigned.", "Past")]
    [InlineData("On |Monday the minister will resign.", "Future")]
    [InlineData("The minister resigned, and on |Monday she will speak.", "Future")]
    [InlineData("On |Monday the report.", "Unknown")]
    [InlineData("The revised plan starts on |Monday.", "Unknown")]         // "revised" after a determiner is no past verb
    [InlineData("Talks postponed to |Monday.", "Unknown")]                // a plan verb is no marker either
    [InlineData("She had left by |Monday.", "Past")]
    public void The_nearest_marker_gives_a_bare_reference_its_tense(string marked, string tense)
    {
        var at = marked.IndexOf('|', StringComparison.Ordinal);
        var sentence = marked.Remove(at, 1);
        var end = sentence.IndexOfAny([' ', '.'], at);

        Assert.Equal(tense, TenseReader.Read(sentence).Nearest(at, end).ToString());
    }
}
