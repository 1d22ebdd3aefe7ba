extern alias OpenXml;

using System.Runtime.InteropServices;
using System.Text;
using System.Xml;
using OpenXml::DocumentFormat.OpenXml.Packaging;
using OpenXml::DocumentFormat.OpenXml.Wordprocessing;
using EditLint.Documents;
using EditLint.Text;
using Block = EditLint.Documents.Block;

namespace EditLint.Readers;

/// <summary>
/// Word drafts (.docx) through the Open XML SDK. The document's source is the text Word shows with every tracked change
/// accepted, one line per paragraph (a table row is one line, its cells between tabs), the body first and then the
/// footnotes and endnotes it cites: a finding's line is the paragraph and its column the character in it. Headings come
/// from paragraph styles (Title and Heading 1 are the headline); the core properties (title, author, created, modified)
/// fill in what the text does not say. Parts are checked before they are parsed and streamed, never loaded whole.
/// </summary>
public sealed class DocxReader : IBinaryDocumentReader
{
    private const string PropertiesOrigin = "document properties";

    /// <inheritdoc />
    public DocumentFormat Format => DocumentFormat.Docx;

    /// <inheritdoc />
    public ArticleDocument Read(string path, ReadOnlyMemory<byte> bytes, long maxTextLength)
    {
        using var stream = MemoryMarshal.TryGetArray(bytes, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);
        DocxPackage.Check(bytes.Span, stream);
        try
        {
            using var package = WordprocessingDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = DocxPackage.MaxPartBytes });
            return Read(path, package, maxTextLength);
        }
        // What the SDK and System.IO.Packaging throw for a package they cannot make sense of (a relationship to a part
        // that is not there is an InvalidOperationException).
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or IOException or InvalidOperationException)
        {
            throw new UnreadableDocumentException($"is damaged or not a Word document ({e.Message.TrimEnd('.')}).", e);
        }
    }

    private static ArticleDocument Read(string path, WordprocessingDocument package, long maxTextLength)
    {
        var main = package.MainDocumentPart
            ?? throw new UnreadableDocumentException("has no document text (word/document.xml); it is not a Word document.");
        var styles = DocxStyles.Read(main.StyleDefinitionsPart);
        var budget = new DocxStory.TextBudget(maxTextLength);
        var body = new DocxStory(styles, budget);
        using (var reader = DocxXml.Open(main))
        {
            DocxXml.WalkPart(reader, r => r.Depth > 0 || r.ElementType == typeof(Document)
                ? body.Visit(r)
                : throw new UnreadableDocumentException($"is damaged: its document part holds <{r.LocalName}>, not a Word document."));
        }
        body.Finish();

        // The notes follow the body, each once, in the order the body cites them.
        List<DocxLine> lines =
        [
            .. body.Lines,
            .. Notes(main.FootnotesPart, typeof(Footnote), body.Footnotes, styles, budget),
            .. Notes(main.EndnotesPart, typeof(Endnote), body.Endnotes, styles, budget),
        ];
        var (source, blocks) = Assemble(lines);

        var metadata = new ArticleMetadata();
        var classified = BodyMetadata.Read(blocks, metadata);
        var properties = package.PackageProperties;
        ReadProperties(properties.Title, properties.Creator, properties.Created, properties.Modified, metadata);
        return new ArticleDocument(path, DocumentFormat.Docx, source, metadata, classified);
    }

    private static IEnumerable<DocxLine> Notes(OpenXmlPart? part, Type noteType, IReadOnlyList<string> cited, DocxStyles styles, DocxStory.TextBudget budget)
    {
        if (part is null || cited.Count == 0)
            return [];
        var read = new Dictionary<string, IReadOnlyList<DocxLine>>(StringComparer.Ordinal);
        using (var reader = DocxXml.Open(part))
        {
            DocxXml.WalkPart(reader, r =>
            {
                if (r.IsEndElement)
                    return true;
                if (r.ElementType != noteType)
                    return r.ElementType == typeof(Footnotes) || r.ElementType == typeof(Endnotes);
                if (DocxXml.Attribute(r, "id") is not { } id || !cited.Contains(id) || read.ContainsKey(id))
                    return false;
                var note = new DocxStory(styles, budget);
                DocxXml.WalkContent(r, note.Visit);
                note.Finish();
                read[id] = note.Lines;
                return true;
            });
        }
        return cited.Where(read.ContainsKey).SelectMany(id => read[id]);
    }

    // One line per paragraph or row, joined by \n; a block per paragraph or cell, over its text on that line.
    private static (SourceText Source, List<Block> Blocks) Assemble(List<DocxLine> lines)
    {
        var text = new StringBuilder();
        var starts = new int[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
                text.Append('\n');
            starts[i] = text.Length;
            text.Append(lines[i].Text);
        }
        var source = new SourceText(text.ToString());
        var blocks = new List<Block>();
        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var (start, end) in lines[i].Parts)
            {
                var span = new TextSpan(starts[i] + start, end - start);
                blocks.Add(new Block(lines[i].Kind, span, ProseText.Verbatim(source, span), lines[i].Level));
            }
        }
        return (source, blocks);
    }

    // Word fills these in itself (the author is the account that made the file, created is when it was made), so
    // what the draft's own text says wins; the properties fill in the rest, as front matter would.
    private static void ReadProperties(string? title, string? creator, DateTime? created, DateTime? modified, ArticleMetadata metadata)
    {
        if (!string.IsNullOrWhiteSpace(title))
            metadata.Title ??= new(title.Trim(), null, PropertiesOrigin);
        if (!string.IsNullOrWhiteSpace(creator))
            metadata.Byline ??= new(creator.Trim(), null, PropertiesOrigin);
        if (created is { } publishedAt)
            metadata.Published ??= new(Utc(publishedAt), null, PropertiesOrigin);
        if (modified is { } updatedAt)
            metadata.Updated ??= new(Utc(updatedAt), null, PropertiesOrigin);
    }

    // dcterms dates are UTC ("2025-02-26T09:30:00Z"); one without a zone is taken as UTC too, never as this machine's time.
    private static DateTimeOffset Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => new DateTimeOffset(value).ToUniversalTime(),
        _ => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)),
    };
}
