using EditLint.Documents;
using EditLint.Readers;
using EditLint.Semantics;
using EditLint.Text;

namespace EditLint.Tests.Semantics;

public sealed class TokenizerTests
{
    [Fact]
    public void Words_KeepInnerApostrophesHyphensAndDottedAbbreviations()
    {
        var document = new MarkdownReader().Read("a.md", new SourceText("The U.S. isn't a well-known 1,000-mile *border*, he said.\n"));
        var tokens = new SemanticModel(document).Tokens;
        Assert.Equal(
            ["The", "U.S.", "isn't", "a", "well-known", "1,000", "-", "mile", "border", ",", "he", "said", "."],
            tokens.Select(t => t.Text));
        Assert.Equal(TokenKind.Number, tokens[5].Kind);
        var border = tokens.Single(t => t.Text == "border");
        Assert.Equal("border", document.Source.ToString(border.Span));
    }

    [Fact]
    public void Tokens_OfOneSpellingShareOneString()
    {
        var document = new MarkdownReader().Read("a.md", new SourceText("The minister said the plan worked.\n\nThe minister said so, the aide said.\n"));
        var said = new SemanticModel(document).Tokens.Where(t => t.Text == "said").ToList();
        Assert.Equal(3, said.Count);
        Assert.All(said, t => Assert.Same(said[0].Text, t.Text));
    }

    [Fact]
    public void Facts_AreComputedOncePerModel()
    {
        var document = new MarkdownReader().Read("a.md", new SourceText("One sentence. Another one.\n"));
        var model = new SemanticModel(document);
        Assert.Same(model.Sentences, model.Sentences);
        Assert.Same(model.GetFacts<Block>(), document.Blocks);
        Assert.Throws<InvalidOperationException>(() => model.GetFacts<string>());
    }
}
