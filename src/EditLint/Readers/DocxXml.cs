extern alias OpenXml;

using OpenXml::DocumentFormat.OpenXml;
using OpenXml::DocumentFormat.OpenXml.Packaging;

namespace EditLint.Readers;

/// <summary>
/// One part of a .docx read as a stream of elements, never as a whole tree: memory grows with the text taken from
/// it, not with the part. Nesting is bounded, so a part of nothing but open tags cannot grow the reader's stack.
/// </summary>
internal static class DocxXml
{
    /// <summary>Deeper than this is no document Word writes (a table in a table in a table is depth 15 or so).</summary>
    public const int MaxDepth = 256;

    /// <summary>A reader over <paramref name="part"/>, held to <see cref="DocxPackage.MaxPartBytes"/> characters.</summary>
    public static OpenXmlReader Open(OpenXmlPart part) =>
        new OpenXmlPartReader(part, new OpenXmlPartReaderOptions { MaxCharactersInPart = DocxPackage.MaxPartBytes });

    /// <summary>Walks every element of the part <paramref name="reader"/> has not started reading; see <see cref="WalkContent"/>.</summary>
    public static void WalkPart(OpenXmlReader reader, Func<OpenXmlReader, bool> visit) => Walk(reader, -1, visit);

    /// <summary>
    /// Walks the content of the element the reader stands on, leaving it on that element's end.
    /// <paramref name="visit"/> sees each start and end inside; returning false on a start skips that element's content.
    /// </summary>
    public static void WalkContent(OpenXmlReader reader, Func<OpenXmlReader, bool> visit) => Walk(reader, reader.Depth, visit);

    private static void Walk(OpenXmlReader reader, int depth, Func<OpenXmlReader, bool> visit)
    {
        var more = reader.Read();
        while (more && !(reader.IsEndElement && reader.Depth == depth))
        {
            if (reader.Depth > MaxDepth)
                throw new UnreadableDocumentException($"nests its XML more than {MaxDepth} elements deep; it was not read.");
            // Skip leaves the reader on the node after the element already.
            if (!visit(reader) && reader.IsStartElement)
            {
                reader.Skip();
                more = !reader.EOF;
                continue;
            }
            more = reader.Read();
        }
    }

    /// <summary>The value of the current element's attribute <paramref name="localName"/> (w:val, w:id …), or null.</summary>
    public static string? Attribute(OpenXmlReader reader, string localName)
    {
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == localName)
                return attribute.Value;
        }
        return null;
    }

    /// <summary>An on/off property (w:vanish, w:default): on unless its w:val says false, 0 or off.</summary>
    public static bool IsOn(OpenXmlReader reader, string localName = "val") =>
        Attribute(reader, localName) is not ("false" or "0" or "off");
}
