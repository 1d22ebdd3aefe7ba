using EditLint.Documents;
using EditLint.Readers;
using EditLint.Text;

namespace EditLint.Tests.Readers;

public sealed class MarkdownReaderTests
{
    private static ArticleDocument Read(string markdown) => new MarkdownReader().Read("a.md", new SourceText(markdown));

    // The source text of the prose characters [index of word, +length) must be exactly what the file holds there.
    private static string SourceOf(ArticleDocument document, Block block, string word)
    {
        var index = block.Text.IndexOf(word, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{word}' not in '{block.Text}'");
        return document.Source.ToString(block.Content.ToSource(index, word.Length));
    }

    [Fact]
    public void FrontMatter_GivesMetadataWithSpans()
    {
        var document = Read("""
            ---
            title: "Harbour reopens"
            date: 2025-02-26
            updated: 2025-02-27T10:00:00Z
            author: [Jane Smith, Ali Khan]
            source: Coastal News
            ---

            Body text here.
            """);
        var metadata = document.Metadata;
        Assert.Equal("Harbour reopens", metadata.Title!.Value);
        Assert.Equal("\"Harbour reopens\"", document.Source.ToString(metadata.Title.Span!.Value));
        Assert.Equal(new DateTimeOffset(2025, 2, 26, 0, 0, 0, TimeSpan.Zero), metadata.Published!.Value);
        Assert.Equal("2025-02-26", document.Source.ToString(metadata.Published.Span!.Value));
        Assert.Equal(new DateTimeOffset(2025, 2, 27, 10, 0, 0, TimeSpan.Zero), metadata.Updated!.Value);
        Assert.Equal("Jane Smith, Ali Khan", metadata.Byline!.Value);
        Assert.Equal("Coastal News", metadata.Source!.Value);
        Assert.Equal(["Body text here."], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void EmphasisLinksAndEntities_MapBackToTheOriginalCharacters()
    {
        var document = Read("---\ntitle: T\n---\n\nThe *council* voted &amp; [Smith's plan](https://example.org/x) **passed** `today`.\n");
        var block = Assert.Single(document.Blocks);
        Assert.Equal("The council voted & Smith's plan passed today.", block.Text);
        Assert.Equal("council", SourceOf(document, block, "council"));
        Assert.Equal("&amp;", SourceOf(document, block, "&"));
        Assert.Equal("Smith's plan", SourceOf(document, block, "Smith's plan"));
        Assert.Equal("passed", SourceOf(document, block, "passed"));
        Assert.Equal("`today`", SourceOf(document, block, "today"));
        // A span across emphasis covers the markup between the words.
        Assert.Equal("council* voted &amp; [Smith's", SourceOf(document, block, "council voted & Smith's"));
        var position = document.Source.GetPosition(block.Content.ToSource(block.Text.IndexOf("passed", StringComparison.Ordinal), 6).Start);
        Assert.Equal((5, 67), (position.DisplayLine, position.DisplayColumn));
    }

    // Quotation marks inside inline code are code, not quotations: they become primes (an apostrophe inside a word
    // stays), and the code still maps to its whole span while the prose around it maps exactly.
    [Fact]
    public void InlineCode_KeepsItsWordsButNotItsQuotationMarks()
    {
        var document = Read("Wire items carry `TYPE=\"BRIEF\"` and `'raw'` tags, and `Lee’s \u201Cnote\u201D` stays code.\n");
        var block = Assert.Single(document.Blocks);
        Assert.Equal("Wire items carry TYPE=″BRIEF″ and ′raw′ tags, and Lee’s ″note″ stays code.", block.Text);
        Assert.Equal("`TYPE=\"BRIEF\"`", SourceOf(document, block, "TYPE=″BRIEF″"));
        Assert.Equal("`'raw'`", SourceOf(document, block, "′"));
        Assert.Equal("tags", SourceOf(document, block, "tags"));
        Assert.Equal("stays code.", SourceOf(document, block, "stays code."));
    }

    [Fact]
    public void SoftLineBreaks_BecomeSpaces_AndCrLfKeepsPositionsExact()
    {
        var document = Read("First line of the paragraph\r\ncontinues here.\r\n");
        var block = Assert.Single(document.Blocks);
        Assert.Equal("First line of the paragraph continues here.", block.Text);
        var start = block.Content.ToSource(block.Text.IndexOf("continues", StringComparison.Ordinal), 9).Start;
        Assert.Equal(new LinePosition(1, 0), document.Source.GetPosition(start));
    }

    [Fact]
    public void Blocks_HaveKinds_AndCodeAndHtmlAreNotProse()
    {
        var document = Read("""
            # Headline

            Paragraph.

            > Quoted paragraph.

            - Item one

            ```
            code();
            ```

            <!-- a comment -->

            <div>raw html</div>
            """);
        Assert.Equal(
            [(BlockKind.Heading, "Headline"), (BlockKind.Paragraph, "Paragraph."), (BlockKind.BlockQuote, "Quoted paragraph."), (BlockKind.ListItem, "Item one"), (BlockKind.Code, "```\ncode();\n```")],
            document.Blocks.Select(b => (b.Kind, b.Text)));
        Assert.False(document.Blocks[4].IsProse);
        Assert.Equal("Headline", document.Metadata.Title!.Value);
    }

    [Fact]
    public void MalformedFrontMatter_IsAProblemWithItsPosition_AndTheBodyIsStillRead()
    {
        var document = Read("---\ntitle: [unclosed\ndate: 2025-02-26\n---\n\nBody text.\n");
        var problem = Assert.Single(document.ReaderProblems);
        Assert.Contains("not valid YAML", problem.Message, StringComparison.Ordinal);
        Assert.True(document.Source.GetPosition(problem.Span.Start).Line >= 1);
        Assert.Contains(document.Blocks, b => b.Text == "Body text.");
    }

    [Fact]
    public void UnreadableFrontMatterDate_IsAProblemAtTheValue()
    {
        var document = Read("---\ntitle: T\ndate: sometime soon\n---\n\nBody.\n");
        var problem = Assert.Single(document.ReaderProblems);
        Assert.Equal("sometime soon", document.Source.ToString(problem.Span));
        Assert.Null(document.Metadata.Published);
    }

    [Fact]
    public void FrontMatterAtTheDepthLimit_IsRead_AndOneLevelDeeper_IsAProblemAtTheBracket()
    {
        // The top-level mapping is level 1: 99 brackets reach the limit of 100, a 100th goes past it.
        var atLimit = Read("---\ntitle: T\nx: " + new string('[', 99) + new string(']', 99) + "\n---\n\nBody.\n");
        Assert.Empty(atLimit.ReaderProblems);
        Assert.Equal("T", atLimit.Metadata.Title?.Value);

        var tooDeep = Read("---\ntitle: T\nx: " + new string('[', 100) + new string(']', 100) + "\n---\n\nBody.\n");
        var problem = Assert.Single(tooDeep.ReaderProblems);
        Assert.Equal(new LinePosition(2, 102), tooDeep.Source.GetPosition(problem.Span.Start));
        Assert.Contains("nested more than 100 levels deep", problem.Message, StringComparison.Ordinal);
        Assert.Null(tooDeep.Metadata.Title);
        Assert.Contains(tooDeep.Blocks, b => b.Text == "Body.");
    }

    [Fact]
    public void FrontMatterAliases_AreReadUpToTheirLimit()
    {
        // An anchor of 1,000 items: 99 aliases of it stand for 99,099 nodes (each list and its items), 101 for 101,101.
        var list = "[" + string.Join(',', Enumerable.Repeat("x", 1000)) + "]";
        string WithAliases(int count) => "---\ntitle: T\nbase: &b " + list + "\nuses: [" + string.Join(',', Enumerable.Repeat("*b", count)) + "]\n---\n\nBody.\n";

        Assert.Empty(Read(WithAliases(99)).ReaderProblems);
        var problem = Assert.Single(Read(WithAliases(101)).ReaderProblems);
        Assert.Contains("aliases stand for more than 100,000 nodes", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: &a [x, *a]\n", 1, 14, "the alias *a is inside the node it names (a cycle)")]
    [InlineData("title: [*b, x]\nother: &b [y]\n", 1, 8, "the alias *b names no anchor &b before it")]
    [InlineData("a: &x [*y]\nb: &y [*x]\n", 1, 7, "the alias *y names no anchor &y before it")]
    public void FrontMatterAliasToNoEarlierNode_IsAProblemAtTheAlias(string yaml, int line, int column, string message)
    {
        // A cycle made every walk of the front matter recurse until the stack overflowed.
        var document = Read("---\n" + yaml + "---\n\nBody.\n");
        var problem = Assert.Single(document.ReaderProblems);
        Assert.Equal(new LinePosition(line, column), document.Source.GetPosition(problem.Span.Start));
        Assert.EndsWith(message + "; the body is still checked.", problem.Message, StringComparison.Ordinal);
        Assert.Contains(document.Blocks, b => b.Text == "Body.");
    }

    // A Markdown draft with a footer and a short list is still Markdown: its heading stays a heading.
    [Fact]
    public void MarkdownWithAFooterAndAShortList_IsNotReadAsAScrape()
    {
        var document = new MarkdownReader().Read("a.md", new SourceText("""
            # Privacy policy changes

            The council changed its privacy policy on Tuesday.

            - one
            - two
            - three

            © 2024 Coastal News. All rights reserved. Terms of use.
            """));
        Assert.Equal(EditLint.Documents.DocumentFormat.Markdown, document.Format);
        Assert.Contains(document.Blocks, b => b.Kind == EditLint.Documents.BlockKind.Heading && b.Text == "Privacy policy changes");
    }
}
