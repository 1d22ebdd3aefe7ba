using EditLint.Semantics.Lexicons;

namespace EditLint.Tests.Semantics.Lexicons;

/// <summary>Facts the lexicons give that their users rely on: which titles say a person's gender.</summary>
public sealed class LexiconTests
{
    [Theory]
    [InlineData("Mrs", true)]
    [InlineData("Lady", true)]
    [InlineData("Duchess", true)]
    [InlineData("Mr", false)]
    [InlineData("Sir", false)]
    [InlineData("Duke", false)]
    [InlineData("Dr", null)]   // says neither
    [InlineData("Mx", null)]
    [InlineData("mrs", null)]  // titles are matched as written
    public void A_title_says_a_woman_a_man_or_neither(string title, bool? woman)
    {
        Assert.Equal(woman, Lexicon.GenderOfTitle(title));
    }
}
