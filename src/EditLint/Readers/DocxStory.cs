extern alias OpenXml;

using System.Globalization;
using System.Text;
using OpenXml::DocumentFormat.OpenXml;
using OpenXml::DocumentFormat.OpenXml.Wordprocessing;
using EditLint.Documents;
using WordText = OpenXml::DocumentFormat.OpenXml.Wordprocessing.Text;

namespace EditLint.Readers;

/// <summary>One line of extracted text and the blocks on it, as offsets into the line.</summary>
internal sealed record DocxLine(string Text, BlockKind Kind, int Level, IReadOnlyList<(int Start, int End)> Parts);

/// <summary>
/// The text of one story of a .docx (the body, one footnote) as Word shows it with every tracked change accepted: one
/// line per paragraph, one line per table row with its cells between tabs. Inserted and moved-to text is read;
/// deleted and moved-from text, field codes, hidden text, comments, drawings and text boxes are not. A paragraph whose
/// mark was deleted runs on into the next, as it does once the deletion is accepted.
/// </summary>
internal sealed class DocxStory(DocxStyles styles, DocxStory.TextBudget budget)
{
    /// <summary>The characters all stories of one document may still take.</summary>
    internal sealed class TextBudget(long max)
    {
        private long _used;

        public long Max { get; } = max;

        public void Take(int count)
        {
            _used += count;
            if (_used > Max)
                throw new UnreadableDocumentException(string.Create(CultureInfo.InvariantCulture, $"has more than {Max:N0} characters of text, over the limit for one article; it was not read."));
        }
    }

    // Never text: what a tracked change removed, what Word computes or hides, and what floats beside the text.
    private static readonly HashSet<Type> NotRead =
    [
        typeof(DeletedRun), typeof(MoveFromRun), typeof(DeletedText), typeof(DeletedFieldCode), typeof(FieldCode),
        typeof(AlternateContent), typeof(Drawing), typeof(Picture), typeof(EmbeddedObject), typeof(TextBoxContent),
        typeof(SdtProperties), typeof(SdtEndCharProperties), typeof(RubyContent), typeof(RubyProperties),
        typeof(SectionProperties), typeof(TableProperties), typeof(TableGrid), typeof(TableCellProperties),
        typeof(TablePropertyExceptions), typeof(AltChunk), typeof(SubDocumentReference),
        typeof(OpenXml::DocumentFormat.OpenXml.Math.OfficeMath), typeof(OpenXml::DocumentFormat.OpenXml.Math.Paragraph),
    ];

    private readonly List<DocxLine> _lines = [];
    private readonly List<string> _footnotes = [];
    private readonly List<string> _endnotes = [];
    private readonly StringBuilder _line = new();
    private readonly List<(int Start, int End)> _cells = [];

    // Where the reader is: inside which properties, how deep in paragraphs and tables.
    private Type? _properties;
    private int _paragraphs;
    private int _tables;
    private bool _hidden;

    // The paragraph being read (its properties) and whether its mark was deleted.
    private string? _style;
    private int? _outline;
    private bool? _numbered;
    private bool _markRemoved;
    private bool _carried;

    // The top-level table row being read.
    private bool _rowDeleted;
    private int _cellStart = -1;
    private bool _cellSpace;

    /// <summary>The lines read so far.</summary>
    public IReadOnlyList<DocxLine> Lines => _lines;

    /// <summary>The footnotes the text read cites, in the order it cites them (by ID).</summary>
    public IReadOnlyList<string> Footnotes => _footnotes;

    /// <summary>The endnotes the text read cites, in order.</summary>
    public IReadOnlyList<string> Endnotes => _endnotes;

    /// <summary>Sees one element start or end of the story (<see cref="DocxXml"/> walks); false skips the element.</summary>
    public bool Visit(OpenXmlReader reader)
    {
        var type = reader.ElementType;
        if (reader.IsEndElement)
        {
            End(type);
            return true;
        }
        if (_properties is not null)
            return ReadProperty(reader, type);
        if (NotRead.Contains(type))
            return false;
        if (type == typeof(WordText))
            Append(reader.GetText());
        else if (type == typeof(TabChar) || type == typeof(PositionalTab))
            Append("\t");
        else if (type == typeof(Break) || type == typeof(CarriageReturn))
            Append(" ");
        else if (type == typeof(NoBreakHyphen))
            Append("-");
        else if (type == typeof(FootnoteReference))
            Cite(reader, _footnotes);
        else if (type == typeof(EndnoteReference))
            Cite(reader, _endnotes);
        else if (type == typeof(Paragraph))
            StartParagraph();
        else if (type == typeof(ParagraphProperties) || type == typeof(RunProperties) || type == typeof(TableRowProperties))
            _properties = type;
        else if (type == typeof(Table))
            StartTable();
        else if (type == typeof(TableRow))
            StartRow();
        else if (type == typeof(TableCell))
            return StartCell();
        return true;
    }

    /// <summary>Ends the story: a paragraph whose deleted mark had nothing after it still stands.</summary>
    public void Finish()
    {
        if (_carried)
            EndLine(Part());
    }

    // Inside properties only what says what the text is or whether it is there; the rest (and the record of earlier
    // formatting in w:pPrChange) is skipped.
    private bool ReadProperty(OpenXmlReader reader, Type type)
    {
        if (_properties == typeof(RunProperties))
        {
            if (type == typeof(Vanish))
                _hidden = DocxXml.IsOn(reader);
            return false;
        }
        if (_properties == typeof(TableRowProperties))
        {
            if (type == typeof(Deleted) && _tables == 1)
                _rowDeleted = true;
            return false;
        }
        if (type == typeof(ParagraphStyleId))
            _style = DocxXml.Attribute(reader, "val");
        else if (type == typeof(OutlineLevel))
            _outline = DocxStyles.Level(DocxXml.Attribute(reader, "val"));
        else if (type == typeof(NumberingId))
            _numbered = DocxXml.Attribute(reader, "val") is not (null or "0");
        else if (type == typeof(Deleted) || type == typeof(MoveFrom))
            _markRemoved = true;
        else
            return type == typeof(NumberingProperties) || type == typeof(ParagraphMarkRunProperties);
        return false;
    }

    private void End(Type type)
    {
        if (type == _properties)
            _properties = null;
        else if (type == typeof(Run))
            _hidden = false;
        else if (type == typeof(Paragraph))
            EndParagraph();
        else if (type == typeof(TableCell))
            EndCell();
        else if (type == typeof(TableRow))
            EndRow();
        else if (type == typeof(Table))
            _tables--;
    }

    private void Append(string text)
    {
        if (_hidden || _paragraphs == 0 || text.Length == 0)
            return;
        if (_cellSpace)
        {
            _cellSpace = false;
            Append(" ");
        }
        budget.Take(text.Length);
        var start = _line.Length;
        _line.Append(text);
        // A line is a paragraph: a break inside a text element (Word writes none) must not start another.
        _line.Replace('\r', ' ', start, text.Length).Replace('\n', ' ', start, text.Length);
    }

    private void Cite(OpenXmlReader reader, List<string> notes)
    {
        if (!_hidden && DocxXml.Attribute(reader, "id") is { } id && !notes.Contains(id))
            notes.Add(id);
    }

    private void StartParagraph()
    {
        if (++_paragraphs > 1)
            return;
        (_style, _outline, _numbered, _markRemoved) = (null, null, null, false);
    }

    private void EndParagraph()
    {
        if (--_paragraphs > 0)
            return;
        if (_tables > 0)
        {
            // Paragraphs of one cell are one stretch of text; a deleted mark joins two of them with nothing between.
            if (!_markRemoved && _line.Length > _cellStart)
                _cellSpace = true;
            return;
        }
        _carried = _markRemoved;
        if (!_carried)
            EndLine(Part());
    }

    private (int, int)[] Part() => Trimmed(0, _line.Length) is { } part ? [part] : [];

    private void StartTable()
    {
        if (_tables == 0 && _carried)
            EndLine(Part());
        _tables++;
    }

    private void StartRow()
    {
        if (_tables == 1)
            _rowDeleted = false;
        else
            _cellSpace = _line.Length > _cellStart;
    }

    private bool StartCell()
    {
        if (_tables != 1)
        {
            _cellSpace = _line.Length > _cellStart;
            return true;
        }
        // A deleted row is gone once the deletion is accepted.
        if (_rowDeleted)
            return false;
        if (_cellStart >= 0)
            AppendSeparator('\t');
        _cellStart = _line.Length;
        _cellSpace = false;
        return true;
    }

    private void EndCell()
    {
        if (_tables != 1 || _cellStart < 0)
            return;
        if (Trimmed(_cellStart, _line.Length) is { } cell)
            _cells.Add(cell);
        _cellSpace = false;
    }

    private void EndRow()
    {
        if (_tables != 1)
            return;
        if (!_rowDeleted)
            EndLine([.. _cells]);
        _line.Clear();
        _cells.Clear();
        _cellStart = -1;
    }

    private void AppendSeparator(char c)
    {
        budget.Take(1);
        _line.Append(c);
    }

    private void EndLine((int Start, int End)[] parts)
    {
        var (kind, level) = _tables > 0 ? (BlockKind.Paragraph, 0) : styles.Classify(_style, _outline, _numbered);
        _lines.Add(new DocxLine(_line.ToString(), kind, level, parts));
        _line.Clear();
        _carried = false;
    }

    // The stretch without the white space around it; null when nothing is left.
    private (int, int)? Trimmed(int start, int end)
    {
        while (start < end && char.IsWhiteSpace(_line[start]))
            start++;
        while (end > start && char.IsWhiteSpace(_line[end - 1]))
            end--;
        return end > start ? (start, end) : null;
    }
}
