using EditLint.Semantics.Figures;

namespace EditLint.Tests.Semantics.Figures;

/// <summary>The values of numbers written in words, whatever their case: the facts every figure in words is read with.</summary>
public sealed class NumberWordsTests
{
    [Theory]
    [InlineData("seven", 7)]
    [InlineData("Seven", 7)] // opening a sentence
    [InlineData("TWELVE", 12)]
    [InlineData("ninety", 90)]
    [InlineData("seventeen", 17)] // the longest unit
    [InlineData("twenty-five", 25)]
    [InlineData("Twenty-One", 21)] // "one" counts after tens
    [InlineData("one", 1)]
    [InlineData("One", 1)]
    public void ParseWord_ReadsUnitsTensAndHyphenatedPairs(string word, int expected) =>
        Assert.Equal<int?>(expected, NumberWords.ParseWord(word));

    [Theory]
    [InlineData("twelve-five")] // a pair needs tens first
    [InlineData("ten-three")] // ten is not tens
    [InlineData("twenty-ten")] // the second part is below ten
    [InlineData("seventeenth")] // too long to be a unit
    [InlineData("sev en")]
    [InlineData("")]
    [InlineData("ſix")] // a long s: only ASCII spellings are number words
    [InlineData("Ｔｗｏ")] // full-width letters
    public void ParseWord_LeavesOtherWordsAlone(string word) =>
        Assert.Null(NumberWords.ParseWord(word));

    [Theory]
    [InlineData("hundred", 100)]
    [InlineData("Million", 1_000_000)]
    [InlineData("TRILLION", 1_000_000_000_000)]
    [InlineData("mln", 1_000_000)] // wire copy
    [InlineData("Bln", 1_000_000_000)]
    public void Magnitude_IsTheFactorOfTheWord(string word, long factor) =>
        Assert.Equal<decimal?>(factor, NumberWords.Magnitude(word));

    [Theory]
    [InlineData("hundreds")]
    [InlineData("millions")]
    [InlineData("bn")] // only attached to a numeral
    public void Magnitude_IsNullForOtherWords(string word) =>
        Assert.Null(NumberWords.Magnitude(word));

    [Theory]
    [InlineData("k", 1_000)]
    [InlineData("m", 1_000_000)]
    [InlineData("bn", 1_000_000_000)]
    [InlineData("trn", 1_000_000_000_000)]
    public void AttachedMagnitude_IsTheFactorOfTheSuffix(string suffix, long factor) =>
        Assert.Equal<decimal?>(factor, NumberWords.AttachedMagnitude(suffix));

    [Theory]
    [InlineData("M")] // as written: "5M" is not read as five million here
    [InlineData("BN")]
    [InlineData("km")]
    public void AttachedMagnitude_IsNullForOtherSuffixes(string suffix) =>
        Assert.Null(NumberWords.AttachedMagnitude(suffix));

    [Theory]
    [InlineData("half", 2)]
    [InlineData("Thirds", 3)]
    [InlineData("quarters", 4)]
    [InlineData("TENTH", 10)]
    public void Fraction_IsOnePartOfTheWhole(string word, int parts) =>
        Assert.Equal<decimal?>(1m / parts, NumberWords.Fraction(word));

    [Theory]
    [InlineData("halfway")]
    [InlineData("quarterly")]
    [InlineData("second")]
    public void Fraction_IsNullForOtherWords(string word) =>
        Assert.Null(NumberWords.Fraction(word));
}
