using EditLint.Text;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Text;

/// <summary>The words read in place are the words a split on white space gives.</summary>
public sealed class SpacedWordsTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("one", 1)]
    [InlineData("  Racketeer Influenced  and\tCorrupt\u00A0Organisations. ", 5)]
    [InlineData("a\u2003b\nc", 3)]
    public void Counts_the_runs_between_white_space(string text, int words) => Assert.Equal(words, SpacedWords.Count(text));

    [Theory]
    [InlineData(20261206)]
    [InlineData(20261207)]
    public void Random_texts_give_the_words_a_split_gives(int seed)
    {
        const string Characters = "ab .,\t\n\u00A0\u2003\u200BX";
        var random = new Random(seed);
        for (var round = 0; round < 2000; round++)
        {
            var text = RandomText.Of(random, Characters, 30);
            var words = new List<string>();
            foreach (var word in SpacedWords.In(text))
                words.Add(word.ToString());
            Assert.Equal(text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), words);
            Assert.Equal(words.Count, SpacedWords.Count(text));
        }
    }
}
