using EditLint.Configuration;
using EditLint.Documents;
using EditLint.Engine;
using EditLint.Readers;
using EditLint.Rules.Consistency;
using EditLint.Tests.Testing;
using EditLint.Text;

namespace EditLint.Tests.Rules;

public sealed class NameSpellingRuleTests
{
    private static readonly RuleTester Tester = RuleTester.For<NameSpellingRule>();

    [Fact]
    public void TransliterationVariants_InOneArticle_MinorityIsReported() =>
        Tester.Verify("""
            President Volodymyr Zelenskyy met the envoy. Later Mr Zelenskyy said the talks went well.

            Aides to {|EL4001:Zelenskiy|} declined to comment.
            """);

    [Fact]
    public void AccentedAndPlainSpellings_AreVariants() =>
        Tester.Verify("""
            Governor Ricardo Rosselló resigned. Protesters had called for Rosselló to go.

            Supporters of {|EL4001:Rossello|} were few.
            """);

    [Fact]
    public void DifferentPeople_AreNeverPaired() =>
        Tester.Verify("""
            NATO chief Mark Rutte met Marco Rubio. Rutte and Rubio spoke for an hour.

            Alan Shearer and Allan Border met at the match. Iran and Iraq sent envoys.
            """);

    [Fact]
    public void SameSurname_WithDifferentFirstNames_IsNotAVariant() =>
        Tester.Verify("""
            Phillip Lim showed his collection. Philip Green bought the shop.
            """);

    [Fact]
    public void OrdinaryWordsAndSentenceStarts_AreNotNames() =>
        Tester.Verify("""
            Organisation matters. The organization said so. Colour is back.
            """);

    [Fact]
    public void AcceptedVocabulary_IsThePreferredSpelling() =>
        Tester.WithSettings(new DocumentSettings { Vocabulary = new Vocabulary { Accepted = new HashSet<string>(["Zelenskyy"], StringComparer.OrdinalIgnoreCase) } })
            .Verify("""
                Volodymyr {|EL4001:Zelenskiy|} spoke. Mr {|EL4001:Zelenskiy|} then left, and Zelenskyy's aides stayed.
                """);

    [Fact]
    public void AcrossArticles_TheMinoritySpellingIsAWorkspaceFinding_NamingTheMajorityAndWhere()
    {
        var loader = new DocumentLoader([new MarkdownReader(), new PlainTextReader(), new HtmlReader()]);
        ArticleDocument Doc(string path, string text) => loader.Read(path, new SourceText(text), DocumentFormat.Markdown);
        var result = new LintEngine([new NameSpellingRule()], loader).Run(
        [
            Doc("a.md", "President Volodymyr Zelenskyy spoke.\n"),
            Doc("b.md", "Mr Zelenskyy left.\n"),
            Doc("c.md", "Volodymyr Zelenskiy arrived.\n"),
        ], new LintOptions());
        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("c.md", finding.Path);
        Assert.True(finding.IsWorkspaceFinding);
        Assert.Equal("'Zelenskiy' is spelled 'Zelenskyy' in 2 other articles of this run (2×: a.md:1, b.md:1)", finding.Message);
    }
}
