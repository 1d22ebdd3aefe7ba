extern alias OpenXml;

using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using EditLint.Cli;
using EditLint.Documents;
using EditLint.Readers;
using EditLint.Tests.Testing;
using OpenXml::DocumentFormat.OpenXml.Wordprocessing;
using WordText = OpenXml::DocumentFormat.OpenXml.Wordprocessing.Text;
using static EditLint.Tests.Testing.DocxFile;

namespace EditLint.Tests.Readers;

public sealed partial class DocxReaderTests : IDisposable
{
    private const long TenMiB = 10 * 1024 * 1024;

    private readonly string _directory = Directory.CreateTempSubdirectory("editlint-docx-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static ArticleDocument Read(byte[] docx, long maxTextLength = TenMiB) => new DocxReader().Read("draft.docx", docx, maxTextLength);

    private static string[] Lines(ArticleDocument document) => document.Source.Text.Split('\n');

    private static (BlockKind Kind, int Level, string Text)[] Blocks(ArticleDocument document) =>
        [.. document.Blocks.Select(b => (b.Kind, b.Level, b.Text))];

    // Where a block starts, as reports show it: 1-based line (the paragraph) and column (the character in it).
    private static (int Line, int Column) Position(ArticleDocument document, Block block)
    {
        var position = document.Source.GetPosition(block.Span.Start);
        return (position.DisplayLine, position.DisplayColumn);
    }

    [Fact]
    public void Paragraphs_are_lines_and_heading_styles_are_headings()
    {
        // No styles part: Word's IDs for its own styles are their names.
        var document = Read(Create(
        [
            P("Council approves budget", "Title"),
            P("By Jane Okafor"),
            P("The council met on Tuesday."),
            P(""),
            P("Reaction", "Heading2"),
            P("Residents welcomed it."),
        ]));

        Assert.Equal(DocumentFormat.Docx, document.Format);
        Assert.Equal(["Council approves budget", "By Jane Okafor", "The council met on Tuesday.", "", "Reaction", "Residents welcomed it."], Lines(document));
        Assert.Equal(
            [
                (BlockKind.Heading, 1, "Council approves budget"),
                (BlockKind.Metadata, 0, "By Jane Okafor"),
                (BlockKind.Paragraph, 0, "The council met on Tuesday."),
                (BlockKind.Heading, 2, "Reaction"),
                (BlockKind.Paragraph, 0, "Residents welcomed it."),
            ],
            Blocks(document));
        Assert.Equal((5, 1), Position(document, document.Blocks[3]));
        Assert.Equal(("Council approves budget", "first heading"), (document.Metadata.Title?.Value, document.Metadata.Title?.Origin));
        Assert.Equal("Jane Okafor", document.Metadata.Byline?.Value);
    }

    [Fact]
    public void Heading_styles_are_known_by_their_built_in_name_and_outline_level_whatever_their_id()
    {
        // A German Word's IDs; the names stay English. "Kicker" inherits Heading 1; the last paragraph sets its own outline level.
        var headingStyles = Create(
            [
                P("Ein Titel", "Titel"),
                P("Eine Zwischenzeile", "berschrift2"),
                P("Vorspann", "Kicker"),
                P("Zitat", "Zitat"),
                new Paragraph(new ParagraphProperties(new OutlineLevel { Val = 2 }), R("Gliederung")),
                new Paragraph(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 3 })), R("Punkt")),
            ],
            d => Styles(d, ("Titel", "Title", null), ("berschrift1", "heading 1", null), ("berschrift2", "heading 2", null), ("Kicker", "Kicker", "berschrift1"), ("Zitat", "Quote", null)));

        Assert.Equal(
            [
                (BlockKind.Heading, 1, "Ein Titel"),
                (BlockKind.Heading, 2, "Eine Zwischenzeile"),
                (BlockKind.Heading, 1, "Vorspann"),
                (BlockKind.BlockQuote, 0, "Zitat"),
                (BlockKind.Heading, 3, "Gliederung"),
                (BlockKind.ListItem, 0, "Punkt"),
            ],
            Blocks(Read(headingStyles)));
    }

    [Fact]
    public void A_table_row_is_one_line_with_its_cells_between_tabs_and_a_block_per_cell()
    {
        var document = Read(Create(
        [
            P("Results"),
            DocxFile.Table(["Candidate", "Votes", "Share"], ["Ann Lee", "1,204", "52%|of votes cast"]),
            P("After the table."),
        ]));

        Assert.Equal(["Results", "Candidate\tVotes\tShare", "Ann Lee\t1,204\t52% of votes cast", "After the table."], Lines(document));
        var cells = document.Blocks.Where(b => b.Text is "Votes" or "52% of votes cast").ToList();
        Assert.Equal([(2, 11), (3, 15)], cells.Select(c => Position(document, c)));
        Assert.All(document.Blocks, b => Assert.DoesNotContain('\t', b.Text));
        Assert.Equal("After the table.", document.Blocks[^1].Text);
    }

    [Fact]
    public void Footnotes_follow_the_body_in_the_order_it_cites_them()
    {
        var document = Read(Create(
            [
                P(null, R("Turnout fell."), FootnoteReference(2)),
                P(null, R("The vote was close."), FootnoteReference(1)),
            ],
            d => Footnotes(d, (1, "Figures from the clerk."), (2, "Turnout as the council counts it."), (3, "A note nothing cites."))));

        // The note's reference mark is not text; the space Word puts after it is.
        Assert.Equal(["Turnout fell.", "The vote was close.", " Turnout as the council counts it.", " Figures from the clerk."], Lines(document));
        Assert.Equal(("Figures from the clerk.", (4, 2)), (document.Blocks[^1].Text, Position(document, document.Blocks[^1])));
    }

    [Fact]
    public void Tracked_changes_are_read_as_accepted()
    {
        var document = Read(Create(
        [
            P(null, R("The council "), DocxFile.Deleted("did not approve"), Inserted("approved"), R(" the plan.")),
            P(null, MovedFrom("Text moved away.")),
            P(null, MovedTo("Text moved here.")),
            MarkDeleted(R("The mayor")),
            P(" said yes."),
            MarkDeleted(DocxFile.Deleted("A paragraph deleted whole.")),
            P("Next."),
            DocxFile.Table(["Kept", "row"]),
        ]));
        Assert.Equal(["The council approved the plan.", "", "Text moved here.", "The mayor said yes.", "Next.", "Kept\trow"], Lines(document));

        // A deleted row is gone with its line.
        var withDeletedRow = Read(Create([new OpenXml::DocumentFormat.OpenXml.Wordprocessing.Table(Row(["First"]), DeletedRow(["Struck"]), Row(["Last"]))]));
        Assert.Equal(["First", "Last"], Lines(withDeletedRow));
    }

    [Fact]
    public void Comments_field_codes_and_hidden_text_are_not_read()
    {
        var document = Read(Create(
            [
                P(null,
                    new CommentRangeStart { Id = "0" }, R("See "), new CommentRangeEnd { Id = "0" }, new Run(new CommentReference { Id = "0" }),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }), new Run(new FieldCode(" HYPERLINK \"https://example.org\" ")),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }), R("the report"), new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
                    new Run(new RunProperties(new Vanish()), new WordText(" HIDDEN")),
                    R(" here.")),
            ],
            d => Comment(d, "SECRET COMMENT")));

        Assert.Equal("See the report here.", document.Source.Text);
    }

    [Fact]
    public void Core_properties_fill_in_what_the_text_does_not_say()
    {
        void Properties(OpenXml::DocumentFormat.OpenXml.Packaging.WordprocessingDocument d)
        {
            d.PackageProperties.Title = "Library budget approved";
            d.PackageProperties.Creator = "Jane Okafor";
            d.PackageProperties.Created = new DateTime(2024, 3, 4, 9, 30, 0, DateTimeKind.Utc);
            d.PackageProperties.Modified = new DateTime(2024, 3, 5, 8, 0, 0, DateTimeKind.Utc);
        }

        var untitled = Read(Create([P("The council met on Tuesday.")], Properties)).Metadata;
        Assert.Equal(("Library budget approved", null, "document properties"), (untitled.Title?.Value, untitled.Title?.Span, untitled.Title?.Origin));
        Assert.Equal("Jane Okafor", untitled.Byline?.Value);
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 9, 30, 0, TimeSpan.Zero), untitled.Published?.Value);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 8, 0, 0, TimeSpan.Zero), untitled.Updated?.Value);

        // What the draft says wins over what Word filled in.
        var written = Read(Create([P("Council approves budget", "Title"), P("By Tom Lee"), P("March 1, 2024"), P("The council met.")], Properties)).Metadata;
        Assert.Equal("Council approves budget", written.Title?.Value);
        Assert.Equal("Tom Lee", written.Byline?.Value);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero), written.Published?.Value);
    }

    [Fact]
    public void A_finding_points_at_the_paragraph_and_the_character_in_it()
    {
        const string sentence = "The city council voted on Tuesday to approve a new budget for the central library.";
        File.WriteAllBytes(Path.Combine(_directory, "budget.docx"), Create(
        [
            P("Council approves new library budget", "Title"),
            P("By Jane Okafor"),
            P(sentence),
            P("Councillors said the money would pay for longer opening hours."),
            P("Residents were pleased. " + sentence),
        ]));

        var run = CliRunner.Run(_directory, "check", ".", "--format", "json", "--date", "2024-03-04");

        using var report = JsonDocument.Parse(run.Out);
        var duplicate = Assert.Single(report.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("id").GetString() == "EL4002");
        Assert.Equal("budget.docx", duplicate.GetProperty("path").GetString());
        Assert.Equal((5, 25), (duplicate.GetProperty("startLine").GetInt32(), duplicate.GetProperty("startColumn").GetInt32()));
    }

    [Fact]
    public void The_html_report_shows_the_text_read_from_the_docx()
    {
        File.WriteAllBytes(Path.Combine(_directory, "budget.docx"), Create([P("Council approves budget", "Title"), P("The council met on Tuesday.")]));
        var output = Path.Combine(_directory, "report.html");

        var run = CliRunner.Run(_directory, "check", "budget.docx", "--format", "html", "--output", output);

        Assert.True(run.ExitCode is ExitCodes.Success or ExitCodes.Findings, run.Error);
        var data = DataBlock().Match(File.ReadAllText(output));
        using var json = JsonDocument.Parse(data.Groups[1].Value);
        Assert.Equal("Council approves budget\nThe council met on Tuesday.", json.RootElement.GetProperty("sources")[0].GetString());
    }

    [Fact]
    public void Sarif_names_the_docx_type_and_gives_no_offset_into_the_file()
    {
        const string sentence = "The city council voted on Tuesday to approve a new budget for the central library.";
        File.WriteAllBytes(Path.Combine(_directory, "budget.docx"), Create([P("Council approves budget", "Title"), P(sentence), P(sentence)]));

        var run = CliRunner.Run(_directory, "check", "budget.docx", "--format", "sarif");

        using var log = JsonDocument.Parse(run.Out);
        var sarif = log.RootElement.GetProperty("runs")[0];
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", sarif.GetProperty("artifacts")[0].GetProperty("mimeType").GetString());
        var result = Assert.Single(sarif.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "EL4002");
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        // Line and column are the paragraph and the character in it; a character offset would point into the zip.
        Assert.Equal((3, 1), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()));
        Assert.False(region.TryGetProperty("charOffset", out _));
    }

    [Fact]
    public void Unreadable_docx_files_are_EL9002_and_the_run_goes_on()
    {
        const string sentence = "The city council voted on Tuesday to approve a new budget for the central library.";
        var good = Create([P("Council approves budget", "Title"), P(sentence), P(sentence)]);
        File.WriteAllBytes(Path.Combine(_directory, "good.docx"), good);
        File.WriteAllBytes(Path.Combine(_directory, "truncated.docx"), good[..(good.Length / 2)]);
        File.WriteAllText(Path.Combine(_directory, "text.docx"), "Just a draft typed into a text editor.\n");
        File.WriteAllBytes(Path.Combine(_directory, "encrypted.docx"), [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[64], .. Encoding.Unicode.GetBytes("EncryptedPackage")]);
        File.WriteAllBytes(Path.Combine(_directory, "spreadsheet.docx"), ZipOf("xl/workbook.xml", "<workbook/>"));
        File.WriteAllBytes(Path.Combine(_directory, "bomb.docx"), Bomb(good, 2 * 1024 * 1024));
        File.WriteAllBytes(Path.Combine(_directory, "not-a-document.docx"), WithPart(good, "word/document.xml", s => Write(s, "<html/>")));
        File.WriteAllBytes(Path.Combine(_directory, "empty.docx"), []);
        File.WriteAllBytes(Path.Combine(_directory, "blank.docx"), Create([P(""), P(" ")]));
        // A .docx under another name is binary like any other: the text readers refuse it.
        File.WriteAllBytes(Path.Combine(_directory, "saved-as.txt"), good);

        var run = CliRunner.Run(_directory, "check", ".", "--format", "json");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        using var report = JsonDocument.Parse(run.Out);
        var unreadable = report.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("id").GetString() == "EL9002")
            .ToDictionary(d => d.GetProperty("path").GetString()!, d => d.GetProperty("message").GetString()!);
        Assert.Equal(["bomb.docx", "encrypted.docx", "not-a-document.docx", "saved-as.txt", "spreadsheet.docx", "text.docx", "truncated.docx"], unreadable.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("damaged: its document part holds <html>", unreadable["not-a-document.docx"], StringComparison.Ordinal);
        Assert.Contains("zip bomb", unreadable["bomb.docx"], StringComparison.Ordinal);
        Assert.Contains("password-protected", unreadable["encrypted.docx"], StringComparison.Ordinal);
        Assert.Contains("binary", unreadable["saved-as.txt"], StringComparison.Ordinal);
        Assert.Contains("not a Word document", unreadable["spreadsheet.docx"], StringComparison.Ordinal);
        Assert.Contains("this file is text", unreadable["text.docx"], StringComparison.Ordinal);
        Assert.Contains("damaged", unreadable["truncated.docx"], StringComparison.Ordinal);
        Assert.All(unreadable, u => Assert.StartsWith(u.Key + " ", u.Value, StringComparison.Ordinal));
        Assert.Contains(report.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("path").GetString() == "good.docx" && d.GetProperty("id").GetString() == "EL4002");
        // Empty, or Word's empty paragraphs only: an empty draft, as an empty .md is.
        Assert.DoesNotContain(report.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("path").GetString() is "empty.docx" or "blank.docx");
    }

    [Fact]
    public void A_folder_of_only_unreadable_docx_files_fails_the_run_and_says_why()
    {
        File.WriteAllText(Path.Combine(_directory, "notes.docx"), "not a zip\n");
        File.WriteAllBytes(Path.Combine(_directory, "broken.docx"), [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);

        var run = CliRunner.Run(_directory, "check", ".");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        Assert.Contains("broken.docx:1:1: error EL9002", run.Out, StringComparison.Ordinal);
        Assert.Contains("notes.docx:1:1: error EL9002", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("no findings", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_past_the_size_bound_is_refused_without_being_inflated()
    {
        var docx = Bomb(Create([P("Small.")]), DocxPackage.MaxPartBytes + 1024 * 1024);
        Assert.True(docx.Length < 1024 * 1024, $"{docx.Length} bytes");

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<UnreadableDocumentException>(() => Read(docx));
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.Contains("word/document.xml", e.Message, StringComparison.Ordinal);
        Assert.Contains("64 MiB limit", e.Message, StringComparison.Ordinal);
        Assert.True(allocated < 8 * 1024 * 1024, $"{allocated} bytes allocated");
    }

    [Fact]
    public void A_part_that_expands_past_the_ratio_bound_is_refused()
    {
        var e = Assert.Throws<UnreadableDocumentException>(() => Read(Bomb(Create([P("Small.")]), 4 * 1024 * 1024)));
        Assert.Contains("past the 100:1 bound", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_past_the_depth_bound_is_refused()
    {
        var e = Assert.Throws<UnreadableDocumentException>(() => Read(Nested(Create([P("Small.")]), 300)));
        Assert.Contains("deep", e.Message, StringComparison.Ordinal);

        // Content controls a few levels deep are read as the paragraphs they hold.
        Assert.Equal("Deep.", Read(Nested(Create([P("Small.")]), 20)).Source.Text);
    }

    [Fact]
    public void Text_past_the_limit_for_one_article_is_refused()
    {
        var docx = Create([P("Twenty characters ok"), P("and then some more.")]);

        // 39 characters, line breaks not counted.
        Assert.Equal("Twenty characters ok\nand then some more.", Read(docx, maxTextLength: 39).Source.Text);
        var e = Assert.Throws<UnreadableDocumentException>(() => Read(docx, maxTextLength: 38));
        Assert.Contains("more than 38 characters of text", e.Message, StringComparison.Ordinal);
    }

    private static byte[] ZipOf(string name, string content)
    {
        using var stream = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = archive.CreateEntry(name).Open();
            Write(entry, content);
        }
        return stream.ToArray();
    }

    [GeneratedRegex(@"<script type=""application/json"" id=""editlint-data"">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataBlock();
}
