using EditLint.Readers;
using EditLint.Semantics;
using EditLint.Semantics.People;
using EditLint.Text;

namespace EditLint.Tests.Semantics;

/// <summary>A name mention keeps where its words are among the tokens and reads them from there.</summary>
public sealed class NameMentionTests
{
    [Fact]
    public void A_mention_reads_its_words_title_and_span_from_the_tokens()
    {
        const string Source = "The plan of Mr. Baker's office met Ludwig van Beethoven there.\n";
        var model = new SemanticModel(new MarkdownReader().Read("a.md", new SourceText(Source)));

        var mentions = model.GetFacts<NameMention>();

        var baker = Assert.Single(mentions, m => m.Text == "Baker");
        Assert.Equal("Mr", baker.Honorific?.Text);
        Assert.Equal(new TextSpan(Source.IndexOf("Baker", StringComparison.Ordinal), "Baker".Length), baker.Span);
        Assert.Equal("Baker", baker.Last.Text);
        Assert.False(baker.IsSentenceStart);
        var composer = Assert.Single(mentions, m => m.Words.Count == 3);
        Assert.Equal(["Ludwig", "van", "Beethoven"], composer.Words.Select(w => w.Text));
        Assert.Equal(Source.IndexOf("Beethoven", StringComparison.Ordinal), composer.Words[2].Span.Start);
        Assert.Null(composer.Honorific);
        Assert.Throws<ArgumentOutOfRangeException>(() => composer.Words[3]);
        var first = Assert.Single(mentions, m => m.Text == "The");
        Assert.True(first.IsSentenceStart);
    }

    [Fact]
    public void A_sentence_reads_its_text_and_normalised_text_from_its_block()
    {
        var model = new SemanticModel(new MarkdownReader().Read("a.md", new SourceText("First one here. “Yes,”  he said — twice.\n")));

        var second = model.Sentences[1];

        Assert.Equal("“Yes,”  he said — twice.", second.Text);
        Assert.Equal("\"yes,\" he said - twice.", second.NormalizedText);
    }
}
