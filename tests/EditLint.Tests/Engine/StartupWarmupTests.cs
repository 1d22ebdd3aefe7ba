using EditLint.Documents;
using EditLint.Engine;
using EditLint.Readers;
using EditLint.Semantics;
using EditLint.Text;

namespace EditLint.Tests.Engine;

// The warm-up reads its built-in article as a draft and as a page's text: each must take the way through the reader
// that a real file of its kind takes, and the page must still hold the article's facts.
public sealed class StartupWarmupTests
{
    [Fact]
    public void The_page_is_read_as_a_page_and_the_article_as_a_draft()
    {
        Assert.True(PlainTextReader.IsScrape(new SourceText(StartupWarmup.Page)));
        Assert.False(PlainTextReader.IsScrape(new SourceText(StartupWarmup.Article)));
    }

    [Fact]
    public void The_page_keeps_the_article_s_headline_and_facts_and_drops_its_furniture()
    {
        var page = new PlainTextReader().Read("warm-up.txt", new SourceText(StartupWarmup.Page));
        var model = new SemanticModel(page);

        Assert.Equal("Council approves £2.5m plan to rebuild 40 flood-hit homes", page.Metadata.Title?.Value);
        Assert.DoesNotContain(page.Blocks, b => b.IsProse && b.Text.Contains("Subscribe", StringComparison.Ordinal));
        Assert.NotEmpty(model.Quotes);
        Assert.NotEmpty(model.Figures);
        Assert.NotEmpty(model.TemporalExpressions);
    }
}
