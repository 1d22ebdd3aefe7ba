using EditLint.Documents;
using EditLint.Readers;
using EditLint.Text;

namespace EditLint.Tests.Readers;

public class HtmlReaderTests
{
    private static ArticleDocument Read(string html) => new HtmlReader().Read("test.html", new SourceText(html));

    private static Block Single(ArticleDocument document, string textStart) =>
        Assert.Single(document.Blocks, b => b.Text.StartsWith(textStart, StringComparison.Ordinal));

    // The original characters behind `part` (its first occurrence) in the block's prose.
    private static string SourceOf(ArticleDocument document, Block block, string part)
    {
        var index = block.Text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{part}' not in '{block.Text}'");
        return document.Source.ToString(block.Content.ToSource(index, part.Length));
    }

    // Every prose character maps exactly: to itself, to a whole entity, or (a collapsed space) to whitespace.
    // A coarse fallback would map characters to the whole element and fail here.
    private static void AssertExactMapping(ArticleDocument document, IEnumerable<Block>? blocks = null)
    {
        foreach (var block in blocks ?? document.Blocks)
        {
            for (var i = 0; i < block.Text.Length; i++)
            {
                var span = block.Content.ToSource(i, 1);
                var source = document.Source.ToString(span);
                Assert.True(block.Span.Contains(span) || (span.Length == 0 && span.Start == block.Span.End), $"{block}: char {i} maps to {span}, outside the block");
                if (block.Text[i] == ' ')
                    Assert.True(string.IsNullOrWhiteSpace(source) || source.StartsWith('&'), $"{block}: space {i} maps to '{source}'");
                else if (source.Length != 1 || source[0] != block.Text[i])
                    Assert.True(source.StartsWith('&') && source.Length > 1 && !source[1..].Contains('&', StringComparison.Ordinal) && !source.Contains('<', StringComparison.Ordinal), $"{block}: char {i} '{block.Text[i]}' maps to '{source}'");
            }
        }
    }

    [Fact]
    public void ReadsBlockKindsInDocumentOrder()
    {
        var document = Read("""
            <!doctype html>
            <html><head><title>Page</title></head>
            <body>
            <article>
              <h1>Council approves budget</h1>
              <p>The council met on Tuesday.</p>
              <h2>Reaction</h2>
              <ul>
                <li>Residents welcomed it.</li>
                <li>Unions did not.</li>
              </ul>
              <blockquote><p>It is a good day.</p><p>A very good day.</p></blockquote>
              <blockquote>Short quote</blockquote>
              <figure><img src="a.jpg" alt="x"><figcaption>The council chamber.</figcaption></figure>
              <pre><code>var x = 1;</code></pre>
              <div class="note">A div with text only.</div>
            </article>
            </body></html>
            """);

        Assert.Equal(
            [
                (BlockKind.Heading, 1, "Council approves budget"),
                (BlockKind.Paragraph, 0, "The council met on Tuesday."),
                (BlockKind.Heading, 2, "Reaction"),
                (BlockKind.ListItem, 0, "Residents welcomed it."),
                (BlockKind.ListItem, 0, "Unions did not."),
                (BlockKind.BlockQuote, 0, "It is a good day."),
                (BlockKind.BlockQuote, 0, "A very good day."),
                (BlockKind.BlockQuote, 0, "Short quote"),
                (BlockKind.Caption, 0, "The council chamber."),
                (BlockKind.Code, 0, "var x = 1;"),
                (BlockKind.Paragraph, 0, "A div with text only."),
            ],
            document.Blocks.Select(b => (b.Kind, b.Level, b.Text)));
        Assert.Equal(DocumentFormat.Html, document.Format);
        Assert.Equal(Enumerable.Range(0, document.Blocks.Count), document.Blocks.Select(b => b.Index));
        AssertExactMapping(document);
    }

    [Fact]
    public void BlockSpanRunsFromStartTagToEndTag()
    {
        const string html = "<article><p class=\"lead\">Hello <b>there</b>.</p></article>";
        var document = Read(html);
        var block = Assert.Single(document.Blocks);
        Assert.Equal("<p class=\"lead\">Hello <b>there</b>.</p>", document.Source.ToString(block.Span));
        AssertExactMapping(document);
    }

    [Fact]
    public void SkipsNavigationAsidesFootersScriptsAndForms()
    {
        var document = Read("""
            <html><head><style>p { color: red }</style><script>var headline = "Script text";</script></head>
            <body>
            <nav><ul><li>Home</li><li>World</li></ul></nav>
            <article>
              <header><p class="kicker">Politics</p></header>
              <p>Body text.<script>document.write("inline script")</script><button>Share</button> More body.</p>
              <aside><p>Aside text</p></aside>
              <form><label>Email</label><input name="e"><button>Subscribe</button></form>
              <noscript><p>Enable JavaScript</p></noscript>
              <template><p>Template text</p></template>
              <iframe src="x">Frame text</iframe>
              <svg><text>Svg text</text></svg>
              <footer><p>Footer text</p></footer>
            </article>
            <footer>Copyright</footer>
            </body></html>
            """);

        Assert.Equal(["Politics", "Body text. More body."], document.Blocks.Select(b => b.Text));
        var all = string.Join("|", document.Blocks.Select(b => b.Text));
        foreach (var absent in new[] { "Home", "Script text", "inline script", "Share", "Aside", "Email", "Subscribe", "JavaScript", "Template", "Frame", "Svg", "Footer", "Copyright", "color" })
            Assert.DoesNotContain(absent, all, StringComparison.Ordinal);
        AssertExactMapping(document);
    }

    [Fact]
    public void SkipsAPageHeaderOutsideTheArticleUnlessItHoldsTheHeadline()
    {
        var document = Read("""
            <body>
            <header><a href="/">Daily Planet</a><p>Menu</p></header>
            <header><h1>The headline</h1></header>
            <p>Body.</p>
            </body>
            """);
        Assert.Equal(["The headline", "Body."], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void PrefersTheLongestArticleThenMainThenBody()
    {
        var articles = Read("""
            <body><p>Outside.</p>
            <article><p>Short teaser.</p></article>
            <article><p>The real story has a lot more text in it than the teaser.</p></article>
            </body>
            """);
        Assert.Equal(["The real story has a lot more text in it than the teaser."], articles.Blocks.Select(b => b.Text));

        var main = Read("<body><div><p>Outside.</p></div><main><p>Inside main.</p></main></body>");
        Assert.Equal(["Inside main."], main.Blocks.Select(b => b.Text));

        var body = Read("<body><div><p>One.</p></div><p>Two.</p></body>");
        Assert.Equal(["One.", "Two."], body.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void MapsProseBackToTheOriginalCharacters()
    {
        const string html = """<article><p>The <em>council</em> voted &amp; Smith&#8217;s plan <a href="x">passed</a>.</p></article>""";
        var document = Read(html);
        var block = Assert.Single(document.Blocks);

        Assert.Equal("The council voted & Smith\u2019s plan passed.", block.Text);
        Assert.Equal("The", SourceOf(document, block, "The"));
        Assert.Equal("council", SourceOf(document, block, "council"));
        Assert.Equal("voted", SourceOf(document, block, "voted"));
        Assert.Equal("&amp;", SourceOf(document, block, "&"));
        Assert.Equal("Smith", SourceOf(document, block, "Smith"));
        Assert.Equal("&#8217;", SourceOf(document, block, "\u2019"));
        Assert.Equal("s plan", SourceOf(document, block, "s plan"));
        Assert.Equal("passed", SourceOf(document, block, "passed"));
        Assert.Equal("passed</a>.", SourceOf(document, block, "passed."));
        Assert.Equal("voted &amp; Smith", SourceOf(document, block, "voted & Smith"));

        var amp = block.Text.IndexOf('&', StringComparison.Ordinal);
        var ampSpan = block.Content.ToSource(amp, 1);
        Assert.Equal(html.IndexOf("&amp;", StringComparison.Ordinal), ampSpan.Start);
        Assert.Equal(5, ampSpan.Length);
        Assert.Equal(html.IndexOf("<p>", StringComparison.Ordinal), block.Span.Start);
        Assert.Equal(html.IndexOf("</article>", StringComparison.Ordinal), block.Span.End);
        AssertExactMapping(document);
    }

    [Fact]
    public void CollapsesWhitespaceAndLineBreaksWithCrlfLineEndings()
    {
        var html = "<html>\r\n<body>\r\n<article>\r\n<h1>Storm\r\n  hits   coast</h1>\r\n<p>The storm arrived\r\n    on Tuesday,<br>\r\n  flooding <strong>two\r\ntowns</strong>.</p>\r\n<p>Second &nbsp;paragraph.</p>\r\n</article>\r\n</body>\r\n</html>\r\n";
        var document = Read(html);

        Assert.Equal(["Storm hits coast", "The storm arrived on Tuesday, flooding two towns.", "Second \u00A0paragraph."], document.Blocks.Select(b => b.Text));
        var paragraph = document.Blocks[1];
        Assert.Equal("arrived\r\n    on", SourceOf(document, paragraph, "arrived on"));
        Assert.Equal("Tuesday", SourceOf(document, paragraph, "Tuesday"));
        Assert.Equal("two\r\ntowns", SourceOf(document, paragraph, "two towns"));
        Assert.Equal("flooding", SourceOf(document, paragraph, "flooding"));
        Assert.Equal("&nbsp;", SourceOf(document, document.Blocks[2], "\u00A0"));

        var position = document.Source.GetPosition(paragraph.Content.ToSource(paragraph.Text.IndexOf("flooding", StringComparison.Ordinal), 8).Start);
        Assert.Equal(7, position.Line);
        Assert.Equal(2, position.Character);
        AssertExactMapping(document);
    }

    [Fact]
    public void EscapedMarkupIsText()
    {
        var document = Read("<article><p>Never write &lt;script&gt; in a headline &amp; <code>&lt;b&gt;</code> either.</p></article>");
        var block = Assert.Single(document.Blocks);
        Assert.Equal("Never write <script> in a headline & <b> either.", block.Text);
        Assert.Equal("&lt;script&gt;", SourceOf(document, block, "<script>"));
        Assert.Equal(BlockKind.Paragraph, block.Kind);
        AssertExactMapping(document);
    }

    [Fact]
    public void DecodesEntitiesAsABrowserDoes()
    {
        var document = Read("<p>&copy 2025 AT&T &#146;quoted&#x2019; &hellip; &check; &bogus; Q&A</p>");
        var block = Assert.Single(document.Blocks);
        Assert.Equal("\u00A9 2025 AT&T \u2019quoted\u2019 \u2026 \u2713 &bogus; Q&A", block.Text);
        Assert.Equal("&copy", SourceOf(document, block, "\u00A9"));
        Assert.Equal("&#146;", SourceOf(document, block, "\u2019"));
        Assert.Equal("&#x2019;", SourceOf(document, block, "d\u2019")[1..]);
        Assert.Equal("&check;", SourceOf(document, block, "\u2713"));
        Assert.Equal("AT&T", SourceOf(document, block, "AT&T"));
        AssertExactMapping(document);
    }

    [Fact]
    public void HandlesImpliedEndTags()
    {
        const string html = "<article><p>One\n<p>Two<ul><li>Alpha<li>Beta</ul><h2>Sub<p>After</article>";
        var document = Read(html);
        Assert.Equal(
            [(BlockKind.Paragraph, "One"), (BlockKind.Paragraph, "Two"), (BlockKind.ListItem, "Alpha"), (BlockKind.ListItem, "Beta"), (BlockKind.Heading, "Sub After")],
            document.Blocks.Select(b => (b.Kind, b.Text)));
        Assert.Equal("<p>One", document.Source.ToString(document.Blocks[0].Span));
        Assert.Equal("<p>Two", document.Source.ToString(document.Blocks[1].Span));
        Assert.Equal("<li>Alpha", document.Source.ToString(document.Blocks[2].Span));
        Assert.Equal("<li>Beta", document.Source.ToString(document.Blocks[3].Span));
        AssertExactMapping(document);
    }

    [Fact]
    public void TextBetweenNestedBlocksBecomesItsOwnBlock()
    {
        var document = Read("<article><ul><li>Item <em>one</em><ul><li>Sub item</li></ul></li></ul><div>Loose text<p>Para</p>tail</div></article>");
        Assert.Equal(
            [(BlockKind.ListItem, "Item one"), (BlockKind.ListItem, "Sub item"), (BlockKind.Paragraph, "Loose text"), (BlockKind.Paragraph, "Para"), (BlockKind.Paragraph, "tail")],
            document.Blocks.Select(b => (b.Kind, b.Text)));
        Assert.Equal("Item <em>one", document.Source.ToString(document.Blocks[0].Span));
        AssertExactMapping(document);
    }

    [Fact]
    public void ReadsAFragmentWithoutHtmlOrBodyTags()
    {
        var document = Read("Loose <b>intro</b> line.\n<h1>Title</h1>\n<p>Body &amp; more.</p>");
        Assert.Equal(["Loose intro line.", "Title", "Body & more."], document.Blocks.Select(b => b.Text));
        Assert.Equal("intro", SourceOf(document, document.Blocks[0], "intro"));
        Assert.Equal("&amp;", SourceOf(document, document.Blocks[2], "&"));
        AssertExactMapping(document);
    }

    [Fact]
    public void KeepsPositionsAfterAstralCharactersAndComments()
    {
        var document = Read("<article><!-- <p>not this</p> --><p>\U0001F600 Emoji first</p><p title=\"a>b\">Second <!-- hidden --> para</p></article>");
        Assert.Equal(["\U0001F600 Emoji first", "Second para"], document.Blocks.Select(b => b.Text));
        Assert.Equal("Emoji", SourceOf(document, document.Blocks[0], "Emoji"));
        Assert.Equal("Second <!-- hidden --> para", SourceOf(document, document.Blocks[1], "Second para"));
        AssertExactMapping(document);
    }

    [Fact]
    public void FallsBackToCoarsePositionsWhenTheTreeDiffersFromTheSource()
    {
        // Text inside a table row is moved before the table by the parser, so the source scan of the article
        // cannot find it between the article's blocks: it gets the article's whole span instead.
        const string html = "<article><p><b>Bold <i>both</b> italic</i> plain</p><table><tr>Fostered<td>Cell</td></tr></table><p>Last</p></article>";
        var document = Read(html);
        Assert.Equal(["Bold both italic plain", "Fostered", "Cell", "Last"], document.Blocks.Select(b => b.Text));

        var fostered = document.Blocks[1];
        Assert.Equal(html.Length, fostered.Span.Length);
        Assert.Equal(fostered.Span, fostered.Content.ToSource(0, 1));
        Assert.Contains("Fostered", document.Source.ToString(fostered.Content.SourceSpan), StringComparison.Ordinal);

        AssertExactMapping(document, document.Blocks.Where(b => b != fostered));
        Assert.Equal("both</b> italic", SourceOf(document, document.Blocks[0], "both italic"));
    }

    [Fact]
    public void MetadataFromOpenGraphAndArticleMetaTags()
    {
        const string html = """
            <html><head>
            <title>Site | Headline</title>
            <meta property="og:title" content="Storm hits coast">
            <meta property="og:site_name" content="Daily Planet">
            <meta name="author" content="Lois Lane">
            <meta property="article:published_time" content="2025-02-26T09:30:00Z">
            <meta property="article:modified_time" content="2025-02-27T10:00:00+01:00">
            </head><body><article><h1>Different headline</h1><time datetime="2020-01-01">old</time><p>Body.</p></article></body></html>
            """;
        var metadata = Read(html).Metadata;

        Assert.Equal("Storm hits coast", metadata.Title?.Value);
        Assert.Equal("og:title", metadata.Title?.Origin);
        Assert.Equal("""<meta property="og:title" content="Storm hits coast">""", Slice(html, metadata.Title?.Span));
        Assert.Equal(new DateTimeOffset(2025, 2, 26, 9, 30, 0, TimeSpan.Zero), metadata.Published?.Value);
        Assert.StartsWith("<meta property=\"article:published_time\"", Slice(html, metadata.Published?.Span), StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2025, 2, 27, 10, 0, 0, TimeSpan.FromHours(1)), metadata.Updated?.Value);
        Assert.Equal("Lois Lane", metadata.Byline?.Value);
        Assert.Equal("Daily Planet", metadata.Source?.Value);
        Assert.StartsWith("<meta property=\"og:site_name\"", Slice(html, metadata.Source?.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void BylineAndDateParagraphsUnderTheHeadline_AreMetadata()
    {
        var document = Read("<article><h1>Harbour reopens</h1><p>By Jo Park</p><p>Published on 1 March 2025</p><p>The harbour reopened on Wednesday.</p></article>");
        Assert.Equal("Jo Park", document.Metadata.Byline!.Value);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero), document.Metadata.Published!.Value);
        Assert.Equal([BlockKind.Heading, BlockKind.Metadata, BlockKind.Metadata, BlockKind.Paragraph], document.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void TitleFallsBackToTheFirstH1ThenTheTitleElement()
    {
        const string withHeading = "<html><head><title>Site | Page</title></head><body><nav><h1>Menu</h1></nav><article><h1>The <em>real</em> headline</h1><p>Body.</p></article></body></html>";
        var metadata = Read(withHeading).Metadata;
        Assert.Equal("The real headline", metadata.Title?.Value);
        Assert.Equal("The <em>real</em> headline", Slice(withHeading, metadata.Title?.Span));

        const string withTitle = "<html><head><title>\n  Site &amp; Page\n</title></head><body><p>Body.</p></body></html>";
        metadata = Read(withTitle).Metadata;
        Assert.Equal("Site & Page", metadata.Title?.Value);
        Assert.Equal("title element", metadata.Title?.Origin);
        Assert.Equal("Site &amp; Page", Slice(withTitle, metadata.Title?.Span));
    }

    [Fact]
    public void PublishedDateFromATimeElementInTheArticle()
    {
        const string html = """
            <body><aside><time datetime="2019-05-05">ad</time></aside>
            <article><aside><time datetime="2018-01-01">related</time></aside><p>By Jo, <time class="x" datetime="2025-03-04T08:00">March 4</time></p></article></body>
            """;
        var metadata = Read(html).Metadata;
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 8, 0, 0, TimeSpan.Zero), metadata.Published?.Value);
        Assert.Equal("time element", metadata.Published?.Origin);
        Assert.Equal("<time class=\"x\" datetime=\"2025-03-04T08:00\">", Slice(html, metadata.Published?.Span));
    }

    [Fact]
    public void MetadataFromJsonLdObject()
    {
        const string html = """
            <html><head>
            <script type="application/ld+json">{ "@context": "https://schema.org", "@type": "NewsArticle",
              "headline": "H", "datePublished": "2025-02-26T09:30:00+00:00", "dateModified": "2025-02-26T12:00:00+00:00",
              "author": { "@type": "Person", "name": "Clark Kent" }, "publisher": { "@type": "Organization", "name": "Daily Planet" } }</script>
            </head><body><article><p>Body.</p></article></body></html>
            """;
        var metadata = Read(html).Metadata;
        Assert.Equal(new DateTimeOffset(2025, 2, 26, 9, 30, 0, TimeSpan.Zero), metadata.Published?.Value);
        Assert.Equal(new DateTimeOffset(2025, 2, 26, 12, 0, 0, TimeSpan.Zero), metadata.Updated?.Value);
        Assert.Equal("Clark Kent", metadata.Byline?.Value);
        Assert.Equal("Daily Planet", metadata.Source?.Value);
        Assert.Equal("<script type=\"application/ld+json\">", Slice(html, metadata.Published?.Span));
        Assert.Equal("JSON-LD author", metadata.Byline?.Origin);
    }

    [Fact]
    public void MetadataFromJsonLdGraphWithAuthorArrayAndReferences()
    {
        const string html = """
            <html><head>
            <script type="application/ld+json">not json at all {</script>
            <script type="application/ld+json">
            { "@context": "https://schema.org", "@graph": [
              { "@type": "WebPage", "@id": "https://x/#page" },
              { "@type": ["Article", "NewsArticle"], "datePublished": "2025-01-15",
                "author": [ { "@id": "https://x/#jo" }, "Sam Lee", { "@type": "Person", "name": "Ana Ruiz" } ],
                "publisher": { "@id": "https://x/#org" } },
              { "@type": "Person", "@id": "https://x/#jo", "name": "Jo Park" },
              { "@type": "Organization", "@id": "https://x/#org", "name": "The Courier" },
            ] }
            </script>
            <meta name="author" content="Meta Author">
            </head><body><p>Body.</p></body></html>
            """;
        var metadata = Read(html).Metadata;
        Assert.Equal(new DateTimeOffset(2025, 1, 15, 0, 0, 0, TimeSpan.Zero), metadata.Published?.Value);
        Assert.Equal("JSON-LD datePublished", metadata.Published?.Origin);
        Assert.Equal("Jo Park, Sam Lee, Ana Ruiz", metadata.Byline?.Value);
        Assert.Equal("The Courier", metadata.Source?.Value);
        Assert.Null(metadata.Updated);
    }

    [Fact]
    public void MalformedJsonLdIsIgnoredAndMetaAuthorUsed()
    {
        var metadata = Read("""<head><script type="application/ld+json">{"author": </script><meta name="author" content="Meta  Author"></head><p>Body.</p>""").Metadata;
        Assert.Equal("Meta Author", metadata.Byline?.Value);
        Assert.Null(metadata.Published);
    }

    [Fact]
    public void FindsTheDatelineAndMarksPageResidue()
    {
        var document = Read("""
            <article><h1>Markets rally</h1>
            <p>NEW YORK (Reuters) - Stocks rose on Wednesday.</p>
            <p>Read more</p>
            <p>Traders cheered.</p>
            </article>
            """);
        Assert.Equal("NEW YORK (Reuters) -", document.Metadata.Dateline?.Value);
        Assert.Equal("Reuters", document.Metadata.Source?.Value);
        Assert.Equal("NEW YORK (Reuters) -", document.Source.ToString(document.Metadata.Dateline!.Span!.Value));
        var residue = Single(document, "Read more");
        Assert.Equal(BlockKind.PageChrome, residue.Kind);
        Assert.Equal("link to the full article", residue.ChromeReason);
    }

    [Fact]
    public void CodeBlocksKeepTheirWhitespace()
    {
        const string html = "<article><pre>\n  if (a &lt; b)\n    return;</pre><p><code>npm   test</code></p></article>";
        var document = Read(html);
        Assert.Equal([(BlockKind.Code, "  if (a < b)\n    return;"), (BlockKind.Code, "npm test")], document.Blocks.Select(b => (b.Kind, b.Text)));
        Assert.Equal("&lt;", SourceOf(document, document.Blocks[0], "<"));
        Assert.False(document.Blocks[0].IsProse);
        AssertExactMapping(document);
    }

    [Fact]
    public void NoBreakSpacesAreKeptInsideButTrimmedAtTheEnd()
    {
        const string html = "<!doctype html><article><p>&nbsp;</p><p>Ends with a space&nbsp;</p><p>Costs 5&nbsp;euros.&#160; </p></article>";
        var document = Read(html);
        Assert.Equal(["Ends with a space", "Costs 5\u00A0euros."], document.Blocks.Select(b => b.Text));
        Assert.Equal("5&nbsp;euros", SourceOf(document, document.Blocks[1], "5\u00A0euros"));
        AssertExactMapping(document);
    }

    [Fact]
    public void FollowsQuirksModeAndTextAfterTheEndOfTheBody()
    {
        // Without a doctype a table does not close an open paragraph; text after </body> or </html> joins what is open.
        const string html = "<html><body><p>Before<table><tr><td>Cell</td></tr></table>after</p><p>Two</body>\n</html>\nThree";
        var document = Read(html);
        Assert.Equal(["Before", "Cell", "after", "Two Three"], document.Blocks.Select(b => b.Text));
        AssertExactMapping(document);
        Assert.Equal("Two</body>\n</html>\nThree", SourceOf(document, document.Blocks[3], "Two Three"));
    }

    [Fact]
    public void EmptyAndTextFreePagesHaveNoBlocks()
    {
        Assert.Empty(Read("<html><head><title>T</title></head><body><img src=x><div> </div><p>&nbsp;</p></body></html>").Blocks);
        Assert.Empty(Read("   ").Blocks);
    }

    [Fact]
    public void ReadsAPageNestedDeeperThan512ElementsUpToTheElementThatGoesDeeper()
    {
        // Two closed paragraphs (implied end tags do not count), then 600 nested divs around a paragraph.
        var prefix = "<html><head><title>Deep</title></head><body><p>First paragraph.<p>Second paragraph.";
        var html = prefix + string.Concat(Enumerable.Repeat("<div>", 600)) + "<p>Too deep.</p>" + string.Concat(Enumerable.Repeat("</div>", 600)) + "</body></html>";

        var document = Read(html);

        var problem = Assert.Single(document.ReaderProblems);
        // The 513th div: the first div closed the open paragraph (an implied end tag), so only divs are open by then.
        Assert.Equal(prefix.Length + (512 * "<div>".Length), problem.Span.Start);
        Assert.Contains("more than 512 deep", problem.Message, StringComparison.Ordinal);
        Assert.Equal(["First paragraph.", "Second paragraph."], document.Blocks.Select(b => b.Text));
        Assert.Equal("Deep", document.Metadata.Title?.Value);
    }

    [Fact]
    public void ReadsAPageNested512ElementsDeepWhole()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 511)) + "<p>Deep enough.</p>" + string.Concat(Enumerable.Repeat("</div>", 511)) + "</body></html>";

        var document = Read(html);

        Assert.Empty(document.ReaderProblems);
        Assert.Equal("Deep enough.", Assert.Single(document.Blocks).Text);
    }

    private static string? Slice(string text, TextSpan? span) => span is { } s ? text.Substring(s.Start, s.Length) : null;
}
