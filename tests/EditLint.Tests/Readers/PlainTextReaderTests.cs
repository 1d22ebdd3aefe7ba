using EditLint.Documents;
using EditLint.Readers;
using EditLint.Tests.Testing;
using EditLint.Text;

namespace EditLint.Tests.Readers;

public sealed class PlainTextReaderTests
{
    private static ArticleDocument Read(string text) => new PlainTextReader().Read("a.txt", new SourceText(text));

    private static ArticleDocument ReadSeed(string name) =>
        new PlainTextReader().Read(name, new SourceText(File.ReadAllText(RepoPaths.Fixture("seeds/" + name))));

    private static int LineOf(ArticleDocument document, TextSpan span) => document.Source.GetPosition(span.Start).DisplayLine;

    [Fact]
    public void Draft_TitleIsTheFirstLineWhenItLooksLikeOne()
    {
        var document = Read("Harbour reopens after storm\n\nBy Jane Smith\n\nThe harbour reopened on Wednesday.\nIt had been shut for a week.\n");
        Assert.Equal("Harbour reopens after storm", document.Metadata.Title!.Value);
        Assert.Equal("Jane Smith", document.Metadata.Byline!.Value);
        Assert.Equal(
            [(BlockKind.Heading, "Harbour reopens after storm"), (BlockKind.Metadata, "By Jane Smith"), (BlockKind.Paragraph, "The harbour reopened on Wednesday.\nIt had been shut for a week.")],
            document.Blocks.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void Draft_WithRunsOfShortLines_IsNotMistakenForAPageScrape()
    {
        var document = Read("Town draw with rivals\n\nThe home side equalised late in a tense derby on Saturday afternoon.\n\nTown: Smith, Jones, Brown, Patel.\nSubs not used: Green.\nBooked: Jones.\nGoals: Patel 88.\n");
        Assert.DoesNotContain(document.Blocks, b => b.Kind == BlockKind.PageChrome);
    }

    [Fact]
    public void Draft_WireDatelineAndAgency_AreFound()
    {
        var document = Read("Talks resume\n\nLONDON, Feb 26 (Reuters) - Talks resumed on Wednesday.\n");
        Assert.Equal("LONDON, Feb 26 (Reuters) -", document.Metadata.Dateline!.Value);
        Assert.Equal("Reuters", document.Metadata.Source!.Value);
    }

    [Fact]
    public void Seed000_HeadlineBylineDatelineAndDates_AreExtracted()
    {
        var document = ReadSeed("000_48f7f3f048a3ef7a.txt");
        var metadata = document.Metadata;
        Assert.Equal("UK's Starmer says only U.S. 'backstop' can secure lasting Ukraine peace", metadata.Title!.Value);
        Assert.Equal(59, LineOf(document, metadata.Title.Span!.Value));
        Assert.Equal("Elizabeth Piper", metadata.Byline!.Value);
        Assert.Equal("By Elizabeth Piper", document.Source.ToString(metadata.Byline.Span!.Value));
        Assert.Equal("WASHINGTON (Reuters) -", metadata.Dateline!.Value);
        Assert.Equal(86, LineOf(document, metadata.Dateline.Span!.Value));
        Assert.Equal(new DateOnly(2025, 2, 26), DateOnly.FromDateTime(metadata.Published!.Value.Date));
        Assert.Equal(new DateOnly(2026, 1, 25), DateOnly.FromDateTime(metadata.Updated!.Value.Date));
        Assert.Equal("Reuters", metadata.Source!.Value);
    }

    [Fact]
    public void Seed002_HeadlineBylineAndDate_AreExtracted()
    {
        var document = ReadSeed("002_1c17c126ff08fd48.txt");
        Assert.Equal("What would US-backed security guarantees for Ukraine look like?", document.Metadata.Title!.Value);
        Assert.Equal(98, LineOf(document, document.Metadata.Title.Span!.Value));
        Assert.Equal("Sarah Taylor", document.Metadata.Byline!.Value);
        Assert.Equal(new DateOnly(2025, 8, 19), DateOnly.FromDateTime(document.Metadata.Published!.Value.Date));
    }

    [Fact]
    public void Page_HeadlineShownAboveAndBelowTheByline_IsTheFirstAndTheDateLineIsTheOneNearestTheBody()
    {
        // A scrape: a menu, the headline, byline and date line, the headline again, two date lines (the one nearer the
        // story is its date), then the story.
        var document = Read(string.Join("\n",
        [
            "Skip to content", "Home", "News", "Sport", "Business", "Weather", "",
            "Harbour reopens after three-day storm", "", "By Jane Smith", "", "Harbour reopens after three-day storm", "",
            "Updated 2 March 2025", "", "1 March 2025", "",
            "The harbour reopened on Wednesday after a storm closed it for three days, the port authority said.",
            "Fishing boats returned to their moorings by the afternoon, and the ferry service resumed its timetable.",
            "Officials said repairs to the outer wall would take several weeks and cost about two million pounds.",
            "", "Share", "Related Topics", "Copyright 2025 Example News Ltd.",
        ]));

        Assert.Equal("Harbour reopens after three-day storm", document.Metadata.Title!.Value);
        Assert.Equal(8, LineOf(document, document.Metadata.Title.Span!.Value));
        Assert.Equal(new DateOnly(2025, 3, 1), DateOnly.FromDateTime(document.Metadata.Published!.Value.Date));
    }

    [Fact]
    public void Page_TwoHeadlineLikeLinesScoringAlike_TheFirstIsTheHeadline()
    {
        // Two title-like lines next to each other before the byline, neither repeated: they score alike, and the page
        // leads with the first.
        var document = Read(string.Join("\n",
        [
            "Skip to content", "Home", "News", "Sport", "Business", "Weather", "",
            "Harbour reopens after three-day storm", "Ferry timetable restored by afternoon", "By Jane Smith", "1 March 2025", "",
            "The harbour reopened on Wednesday after a storm closed it for three days, the port authority said.",
            "Fishing boats returned to their moorings by the afternoon, and the ferry service resumed its timetable.",
            "Officials said repairs to the outer wall would take several weeks and cost about two million pounds.",
            "", "Share", "Related Topics", "Copyright 2025 Example News Ltd.",
        ]));

        Assert.Equal("Harbour reopens after three-day storm", document.Metadata.Title!.Value);
    }

    [Fact]
    public void Page_DateLinesAsNearBeforeAndAfterTheBodyStart_TheOneBeforeIsTheDate()
    {
        // A date line counts five lines further when it is after the body's start: one six lines before and one a line
        // after are as near, and the earlier is the article's date.
        var document = Read(string.Join("\n",
        [
            "Skip to content", "Home", "News", "Sport", "Business", "Weather", "",
            "Harbour reopens after three-day storm", "By Jane Smith", "1 March 2025", "", "Share", "", "", "",
            "The harbour reopened on Wednesday after a storm closed it for three days, the port authority said.",
            "2 March 2025",
            "Fishing boats returned to their moorings by the afternoon, and the ferry service resumed its timetable.",
            "Officials said repairs to the outer wall would take several weeks and cost about two million pounds.",
            "", "Share", "Related Topics", "Copyright 2025 Example News Ltd.",
        ]));

        Assert.Equal(new DateOnly(2025, 3, 1), DateOnly.FromDateTime(document.Metadata.Published!.Value.Date));
    }

    [Theory]
    [InlineData("000_48f7f3f048a3ef7a.txt", new[] { 1, 5, 18, 28, 49, 50, 54, 56, 70, 76, 154, 159, 183 })]
    [InlineData("002_1c17c126ff08fd48.txt", new[] { 1, 3, 21, 66, 78, 96, 105, 109, 228, 229, 234, 243, 245, 297, 333, 352, 354, 369 })]
    public void SeedNavigationDisclosuresAndFooters_AreChromeOutsideTheBody(string seed, int[] lines)
    {
        var document = ReadSeed(seed);
        foreach (var line in lines)
        {
            var block = document.Blocks.Single(b => LineOf(document, b.Span) == line);
            Assert.True(block is { Kind: BlockKind.PageChrome, IsInsideBody: false }, $"line {line}: {block}");
        }
    }

    [Theory]
    [InlineData("000_48f7f3f048a3ef7a.txt", new[] { 80, 86, 98, 110, 128, 134, 144 })]
    [InlineData("002_1c17c126ff08fd48.txt", new[] { 111, 121, 137, 165, 189, 225 })]
    public void SeedArticleParagraphs_AreProse(string seed, int[] lines)
    {
        var document = ReadSeed(seed);
        foreach (var line in lines)
        {
            var block = document.Blocks.Single(b => LineOf(document, b.Span) == line);
            Assert.True(block.IsProse, $"line {line}: {block}");
        }
    }
}
