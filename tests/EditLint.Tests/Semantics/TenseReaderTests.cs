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
}
