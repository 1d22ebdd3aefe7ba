extern alias OpenXml;

using System.IO.Compression;
using System.Text;
using OpenXml::DocumentFormat.OpenXml;
using OpenXml::DocumentFormat.OpenXml.Packaging;
using OpenXml::DocumentFormat.OpenXml.Wordprocessing;
using WordText = OpenXml::DocumentFormat.OpenXml.Wordprocessing.Text;

namespace EditLint.Tests.Testing;

/// <summary>
/// Writes .docx fixtures with the Open XML SDK at test time, so no binary file is committed: a body of paragraphs,
/// runs, tracked changes and tables, and what else a test adds to the package (styles, notes, comments, properties).
/// </summary>
internal static class DocxFile
{
    public const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>A package whose body holds <paramref name="body"/>; <paramref name="extra"/> adds parts to it.</summary>
    public static byte[] Create(IEnumerable<OpenXmlElement> body, Action<WordprocessingDocument>? extra = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(body));
            extra?.Invoke(document);
        }
        return stream.ToArray();
    }

    /// <summary>A paragraph of one run, in <paramref name="style"/> when given.</summary>
    public static Paragraph P(string text, string? style = null) => P(style, R(text));

    /// <summary>A paragraph of <paramref name="content"/> (runs, tracked changes, references).</summary>
    public static Paragraph P(string? style, params OpenXmlElement[] content)
    {
        var paragraph = new Paragraph(content);
        if (style is not null)
            paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        return paragraph;
    }

    /// <summary>A paragraph whose mark is a tracked deletion: accepted, it runs on into the next paragraph.</summary>
    public static Paragraph MarkDeleted(params OpenXmlElement[] content) =>
        new([new ParagraphProperties(new ParagraphMarkRunProperties(new Deleted { Id = "90", Author = "Editor" })), .. content]);

    public static Run R(string text) => new(new WordText(text) { Space = SpaceProcessingModeValues.Preserve });

    public static InsertedRun Inserted(string text) => new(R(text)) { Id = "1", Author = "Editor" };

    public static DeletedRun Deleted(string text) =>
        new(new Run(new DeletedText(text) { Space = SpaceProcessingModeValues.Preserve })) { Id = "2", Author = "Editor" };

    public static MoveFromRun MovedFrom(string text) =>
        new(new Run(new WordText(text) { Space = SpaceProcessingModeValues.Preserve })) { Id = "3", Author = "Editor" };

    public static MoveToRun MovedTo(string text) => new(R(text)) { Id = "4", Author = "Editor" };

    /// <summary>A table with a row per array; a cell's text splits into paragraphs at '|'.</summary>
    public static Table Table(params string[][] rows) =>
        new([new TableProperties(), .. rows.Select(Row)]);

    public static TableRow Row(string[] cells) =>
        new(cells.Select(c => new TableCell(c.Split('|').Select(p => P(p)))));

    /// <summary>A row that is a tracked deletion.</summary>
    public static TableRow DeletedRow(string[] cells)
    {
        var row = Row(cells);
        row.PrependChild(new TableRowProperties(new Deleted { Id = "91", Author = "Editor" }));
        return row;
    }

    /// <summary>Paragraph styles by ID and built-in name, each based on the one before it when <c>BasedOn</c> is given.</summary>
    public static void Styles(WordprocessingDocument document, params (string Id, string Name, string? BasedOn)[] styles)
    {
        var part = document.MainDocumentPart!.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(styles.Select(s =>
        {
            var style = new Style(new StyleName { Val = s.Name }) { Type = StyleValues.Paragraph, StyleId = s.Id };
            if (s.BasedOn is not null)
                style.Append(new BasedOn { Val = s.BasedOn });
            return style;
        }));
    }

    /// <summary>Footnotes by ID, after Word's separator notes (-1 and 0), which nothing cites.</summary>
    public static void Footnotes(WordprocessingDocument document, params (long Id, string Text)[] notes)
    {
        var part = document.MainDocumentPart!.AddNewPart<FootnotesPart>();
        part.Footnotes = new Footnotes(
        [
            new Footnote(P(null, new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(P(null, new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
            .. notes.Select(n => new Footnote(P(null, new Run(new FootnoteReferenceMark()), R(" " + n.Text))) { Id = n.Id }),
        ]);
    }

    public static Run FootnoteReference(long id) => new(new FootnoteReference { Id = id });

    /// <summary>A comments part holding one comment, ID 0.</summary>
    public static void Comment(WordprocessingDocument document, string text)
    {
        var part = document.MainDocumentPart!.AddNewPart<WordprocessingCommentsPart>();
        part.Comments = new Comments(new Comment(P(text)) { Id = "0", Author = "Desk" });
    }

    /// <summary>
    /// A copy of <paramref name="docx"/> whose part <paramref name="name"/> is what <paramref name="write"/> writes,
    /// compressed as it is written (a bomb's content is never held whole).
    /// </summary>
    public static byte[] WithPart(byte[] docx, string name, Action<Stream> write)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read))
        using (var copy = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.Where(e => e.FullName != name))
            {
                using var from = entry.Open();
                using var to = copy.CreateEntry(entry.FullName).Open();
                from.CopyTo(to);
            }
            using var part = copy.CreateEntry(name, CompressionLevel.Optimal).Open();
            write(part);
        }
        return output.ToArray();
    }

    /// <summary>A copy of <paramref name="docx"/> whose main part is one paragraph of <paramref name="bytes"/> letters: valid XML that deflates about 1,000 to 1.</summary>
    public static byte[] Bomb(byte[] docx, long bytes) => WithPart(docx, "word/document.xml", s =>
    {
        Write(s, $"<w:document xmlns:w=\"{WordNamespace}\"><w:body><w:p><w:r><w:t>");
        var chunk = Encoding.ASCII.GetBytes(new string('a', 64 * 1024));
        for (long written = 0; written < bytes; written += chunk.Length)
            s.Write(chunk);
        Write(s, "</w:t></w:r></w:p></w:body></w:document>");
    });

    /// <summary>A copy of <paramref name="docx"/> whose paragraph sits inside <paramref name="depth"/> nested content controls.</summary>
    public static byte[] Nested(byte[] docx, int depth) => WithPart(docx, "word/document.xml", s => Write(s,
        $"<w:document xmlns:w=\"{WordNamespace}\"><w:body>{string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", depth))}"
        + $"<w:p><w:r><w:t>Deep.</w:t></w:r></w:p>{string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", depth))}</w:body></w:document>"));

    /// <summary>Writes <paramref name="text"/> as UTF-8.</summary>
    public static void Write(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));
}
