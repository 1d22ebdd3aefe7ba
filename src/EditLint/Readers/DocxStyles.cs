extern alias OpenXml;

using System.Globalization;
using OpenXml::DocumentFormat.OpenXml.Packaging;
using OpenXml::DocumentFormat.OpenXml.Wordprocessing;
using EditLint.Documents;

namespace EditLint.Readers;

/// <summary>
/// A .docx's paragraph styles, as far as they say what a paragraph is: a heading and its level (Title and Heading 1 are
/// the headline, as an H1 is), a list item, a quotation or a caption. Styles are told by their built-in name
/// ("heading 2"), which Word writes in English whatever the language of its menus and style IDs, else by their outline
/// level; a style inherits both from the style it is based on.
/// </summary>
internal sealed class DocxStyles
{
    private const int MaxInheritance = 32;

    private readonly Dictionary<string, Style> _styles;
    private readonly string? _default;

    private DocxStyles(Dictionary<string, Style> styles, string? defaultStyle)
    {
        _styles = styles;
        _default = defaultStyle;
    }

    /// <summary>No styles part: style IDs are read as names ("Heading1").</summary>
    public static DocxStyles None { get; } = new([], null);

    private sealed class Style(string id)
    {
        public string Id { get; } = id;

        public string? Name { get; set; }

        public string? BasedOn { get; set; }

        public int? OutlineLevel { get; set; }

        public bool? Numbered { get; set; }
    }

    /// <summary>Reads the paragraph styles of <paramref name="part"/>.</summary>
    public static DocxStyles Read(StyleDefinitionsPart? part)
    {
        if (part is null)
            return None;
        var styles = new Dictionary<string, Style>(StringComparer.Ordinal);
        string? defaultStyle = null;
        Style? current = null;
        using var reader = DocxXml.Open(part);
        DocxXml.WalkPart(reader, r =>
        {
            var type = r.ElementType;
            if (r.IsEndElement)
            {
                if (type == typeof(OpenXml::DocumentFormat.OpenXml.Wordprocessing.Style))
                    current = null;
                return true;
            }
            if (type == typeof(Styles))
                return true;
            if (type == typeof(OpenXml::DocumentFormat.OpenXml.Wordprocessing.Style))
            {
                // Character, table and numbering styles say nothing about what a paragraph is.
                if (DocxXml.Attribute(r, "type") is { } kind && kind != "paragraph" || DocxXml.Attribute(r, "styleId") is not { } id)
                    return false;
                current = new Style(id);
                styles.TryAdd(id, current);
                if (defaultStyle is null && DocxXml.Attribute(r, "default") is "1" or "true" or "on")
                    defaultStyle = id;
                return true;
            }
            if (current is null)
                return false;
            if (type == typeof(StyleName))
                current.Name = DocxXml.Attribute(r, "val");
            else if (type == typeof(BasedOn))
                current.BasedOn = DocxXml.Attribute(r, "val");
            else if (type == typeof(OutlineLevel))
                current.OutlineLevel = Level(DocxXml.Attribute(r, "val"));
            else if (type == typeof(NumberingId))
                current.Numbered = DocxXml.Attribute(r, "val") is not (null or "0");
            else if (type != typeof(StyleParagraphProperties) && type != typeof(NumberingProperties))
                return false;
            return true;
        });
        return new DocxStyles(styles, defaultStyle);
    }

    /// <summary>An outline level as written (0 = level 1 … 8); 9 and anything else is body text.</summary>
    public static int? Level(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var level) && level is >= 0 and <= 8 ? level : null;

    /// <summary>
    /// What a paragraph is, from its style (the default paragraph style when it names none) and what it sets itself:
    /// its outline level and whether it is numbered (null where it does not say).
    /// </summary>
    public (BlockKind Kind, int Level) Classify(string? styleId, int? outlineLevel, bool? numbered)
    {
        styleId ??= _default;
        int? styleOutline = null;
        bool? styleNumbered = null;
        var hops = 0;
        for (var id = styleId; id is not null && hops < MaxInheritance; hops++)
        {
            _styles.TryGetValue(id, out var style);
            // Without a styles part the ID is all there is, and Word's IDs for its own styles are their names.
            var name = style?.Name ?? id;
            if (HeadingLevel(name) is { } level)
                return (BlockKind.Heading, level);
            if (KindOf(name) is { } kind)
                return (kind, 0);
            styleOutline ??= style?.OutlineLevel;
            styleNumbered ??= style?.Numbered;
            id = style?.BasedOn;
        }
        if ((outlineLevel ?? styleOutline) is { } outline)
            return (BlockKind.Heading, outline + 1);
        return (numbered ?? styleNumbered ?? false) ? (BlockKind.ListItem, 0) : (BlockKind.Paragraph, 0);
    }

    private static int? HeadingLevel(string name)
    {
        var compact = Compact(name);
        if (compact == "title")
            return 1;
        if (compact.Length == 8 && compact.StartsWith("heading", StringComparison.Ordinal) && compact[7] is >= '1' and <= '9')
            return compact[7] - '0';
        return null;
    }

    private static BlockKind? KindOf(string name) => Compact(name) switch
    {
        "quote" or "intensequote" or "blocktext" => BlockKind.BlockQuote,
        "caption" => BlockKind.Caption,
        var list when list.StartsWith("listparagraph", StringComparison.Ordinal) || list.StartsWith("listbullet", StringComparison.Ordinal) || list.StartsWith("listnumber", StringComparison.Ordinal) => BlockKind.ListItem,
        _ => null,
    };

    // "Heading 1", "heading 1" and the ID "Heading1" alike.
    private static string Compact(string name) => name.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
}
