using EditLint.Documents;
using EditLint.Readers;
using EditLint.Semantics;
using EditLint.Text;

using EditLint.Semantics.People;

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
    public void A_token_s_kind_follows_its_first_character_and_its_start_stays_whole()
    {
        // A letter of any script is a word, a digit of any script a number, anything else punctuation. The kind is kept
        // in the start's top bits: each start, past the first 16 bits, is read back whole beside every kind.
        var lead = string.Concat(Enumerable.Repeat("word ", 14_000));
        var document = new PlainTextReader().Read("a.txt", new SourceText(lead + "Zürich ٣ — 42 é\n"));
        var tokens = new SemanticModel(document).Tokens.Skip(14_000).ToList();

        Assert.Equal(["Zürich", "٣", "—", "42", "é"], tokens.Select(t => t.Text));
        Assert.Equal([TokenKind.Word, TokenKind.Number, TokenKind.Punctuation, TokenKind.Number, TokenKind.Word], tokens.Select(t => t.Kind));
        Assert.Equal([70_000, 70_007, 70_009, 70_011, 70_014], tokens.Select(t => t.LocalStart));
        Assert.All(tokens, t => Assert.Equal(t.Text, document.Source.ToString(t.Span)));
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

    [Fact]
    public void A_large_document_read_on_two_threads_has_the_facts_it_has_when_read_one_at_a_time()
    {
        var paragraph = "\"We will finish by Tuesday,\" Mayor Jane Doe said on March 3, as the plan's cost rose 40 percent to $5 million for 300 homes.\n\n";
        var text = "---\ndate: 2025-03-05\n---\n\n" + string.Concat(Enumerable.Repeat(paragraph, (SemanticModel.ParallelFrom / paragraph.Length) + 1));
        var document = new MarkdownReader().Read("a.md", new SourceText(text));
        Assert.True(document.Source.Length >= SemanticModel.ParallelFrom);

        var parallel = new SemanticModel(document);
        parallel.ExtractAll();
        var sequential = new SemanticModel(document);

        Assert.Equal(
            sequential.Figures.Select(f => (f.Span, f.Value, f.Counted?.Key, string.Join(' ', f.Context.Order(StringComparer.Ordinal)), f.Scope)),
            parallel.Figures.Select(f => (f.Span, f.Value, f.Counted?.Key, string.Join(' ', f.Context.Order(StringComparer.Ordinal)), f.Scope)));
        Assert.Equal(
            sequential.TemporalExpressions.Select(e => (e.Span, e.Resolved, e.Tense)),
            parallel.TemporalExpressions.Select(e => (e.Span, e.Resolved, e.Tense)));
        Assert.Equal(sequential.Quotes.Select(q => q.Span), parallel.Quotes.Select(q => q.Span));
        Assert.Equal(sequential.GetFacts<NameMention>().Select(n => n.Span), parallel.GetFacts<NameMention>().Select(n => n.Span));
        Assert.NotEmpty(parallel.Figures);
        Assert.NotEmpty(parallel.TemporalExpressions);
    }
}
