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
}
