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

    [Fact]
    public void TokenAt_finds_the_token_that_starts_at_a_source_offset()
    {
        var source = "Mr. Baker met *U.S.* officials.\n\nThey left.\n";
        var document = new MarkdownReader().Read("a.md", new SourceText(source));
        var model = new SemanticModel(document);
        var tokens = model.Tokens;

        Assert.Equal("Baker", tokens[model.TokenAt(source.IndexOf("Baker", StringComparison.Ordinal))].Text);
        Assert.Equal("U.S.", tokens[model.TokenAt(source.IndexOf("U.S.", StringComparison.Ordinal))].Text);
        Assert.Equal("They", tokens[model.TokenAt(source.IndexOf("They", StringComparison.Ordinal))].Text);
        Assert.Equal(0, model.TokenAt(0));
        // Inside a token, on markup or past the end: none.
        Assert.Equal(-1, model.TokenAt(source.IndexOf("aker", StringComparison.Ordinal)));
        Assert.Equal(-1, model.TokenAt(source.IndexOf('*', StringComparison.Ordinal)));
        Assert.Equal(-1, model.TokenAt(source.Length));
    }
}
