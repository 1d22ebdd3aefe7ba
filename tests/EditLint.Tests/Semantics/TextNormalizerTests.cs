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
