using EditLint.Semantics;

namespace EditLint.Tests.Semantics;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("  He said:\t“Go — now”\n ", "he said: \"go - now\"")]
    [InlineData("It’s ‘fine’ – «très» `ok`", "it's 'fine' - \"très\" 'ok'")]
    [InlineData("ÉLYSÉE\u00A0Palace", "élysée palace")]
    public void Whitespace_is_collapsed_quotes_and_dashes_made_plain_and_letters_lower_cased(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Fact]
    public void A_long_text_is_normalised_as_a_short_one_is()
    {
        var piece = "  The Minister’s “Plan” —\tAgain ";
        var text = string.Concat(Enumerable.Repeat(piece, 100));
        Assert.True(text.Length > 512);

        var expected = string.Join(' ', Enumerable.Repeat(TextNormalizer.Normalize(piece), 100));

        Assert.Equal(expected, TextNormalizer.Normalize(text));
        Assert.Equal(expected, TextNormalizer.Normalize(text.AsSpan()));
    }

    // Every character between two letters, against the rule the normaliser states: white space (as char.IsWhiteSpace
    // reads it) collapsed to one space, the curly quotes and dashes made plain, everything else lower-cased invariantly.
    [Fact]
    public void Each_character_is_normalised_by_the_stated_rule()
    {
        for (var c = char.MinValue; ; c++)
        {
            var expected = char.IsWhiteSpace(c) ? "a b" : "a" + c switch
            {
                '“' or '”' or '„' or '«' or '»' => '"',
                '‘' or '’' or '‚' or '`' => '\'',
                '–' or '—' or '‒' or '―' => '-',
                _ => char.ToLowerInvariant(c),
            } + "b";
            var actual = TextNormalizer.Normalize("A" + c + "B");
            if (actual != expected)
                Assert.Fail($"U+{(int)c:X4}: '{actual}', not '{expected}'");
            if (c == char.MaxValue)
                break;
        }
    }

    // Texts of words, spaces, tabs, backticks, curly quotes, dashes and non-ASCII letters, against the rule written out:
    // printable ASCII with single spaces is lowered in one pass, everything else a character at a time, the same way.
    [Fact]
    public void Random_texts_are_normalised_by_the_stated_rule()
    {
        const string alphabet = "aZq09 .,'\"`~\t\n“’—ÉßİΣ\u00A0";
        var random = new Random(20261206);
        var plain = 0;
        for (var n = 0; n < 5000; n++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var i = 0; i < chars.Length; i++)
                chars[i] = random.Next(3) == 0 ? alphabet[random.Next(alphabet.Length)] : (char)random.Next('A', 'z' + 1);
            var text = new string(chars);
            var expected = ByTheRule(text);
            Assert.Equal(expected, TextNormalizer.Normalize(text));
            Assert.Equal(StringComparer.Ordinal.GetHashCode(expected), TextNormalizer.HashOf(text));
            plain += text.Length > 0 && text.All(c => c is >= ' ' and <= '~' and not '`') && !text.Contains("  ", StringComparison.Ordinal)
                && text[0] != ' ' && text[^1] != ' ' ? 1 : 0;
        }
        Assert.InRange(plain, 200, 5000); // both ways of normalising are tried

        static string ByTheRule(string text)
        {
            var words = new List<string>();
            var word = new System.Text.StringBuilder();
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    if (word.Length > 0)
                        words.Add(word.ToString());
                    word.Clear();
                    continue;
                }
                word.Append(c switch
                {
                    '“' or '”' or '„' or '«' or '»' => '"',
                    '‘' or '’' or '‚' or '`' => '\'',
                    '–' or '—' or '‒' or '―' => '-',
                    _ => char.ToLowerInvariant(c),
                });
            }
            if (word.Length > 0)
                words.Add(word.ToString());
            return string.Join(' ', words);
        }
    }

    // The duplicated-sentence rule groups sentences by this hash: it is the normalised string's own.
    [Theory]
    [InlineData("")]
    [InlineData("  He said:\t“Go — now”\n ")]
    [InlineData("ÉLYSÉE\u00A0Palace")]
    public void A_text_s_hash_is_the_hash_of_its_normalised_form(string text)
    {
        Assert.Equal(StringComparer.Ordinal.GetHashCode(TextNormalizer.Normalize(text)), TextNormalizer.HashOf(text));
        var repeated = string.Concat(Enumerable.Repeat(text + " The Minister’s “Plan” ", 40));
        Assert.Equal(StringComparer.Ordinal.GetHashCode(TextNormalizer.Normalize(repeated)), TextNormalizer.HashOf(repeated));
    }
}
