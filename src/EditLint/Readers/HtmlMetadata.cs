using System.Text.Json;
using AngleSharp.Dom;
using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Readers;

/// <summary>
/// Article metadata from an HTML page: Open Graph and article meta tags, time elements in the article, and
/// JSON-LD (an object, an array or an @graph; malformed JSON is ignored). Values keep the span of the element
/// they came from.
/// </summary>
internal static class HtmlMetadata
{
    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static void Read(IDocument document, IElement root, HtmlSource source, Block? headline, ArticleMetadata metadata)
    {
        TextSpan? SpanOf(IElement element) =>
            element.SourceReference?.Position.Index is { } index ? source.StartTag(index, element.LocalName) : null;

        var linked = ReadLinkedData(document);

        if (Meta(document, "og:title") is (var ogTitle, var titleText))
            metadata.Title ??= new(titleText, SpanOf(ogTitle), "og:title");
        if (headline is not null)
            metadata.Title ??= new(headline.Text, headline.Content.SourceSpan, "first heading");
        if (metadata.Title is null && document.QuerySelectorAll("title").FirstOrDefault(t => t.Closest("svg") is null) is { } title
            && HtmlReader.Collapse(title.TextContent) is { Length: > 0 } titleValue)
        {
            var span = title.SourceReference?.Position.Index is { } at ? source.RawContent(at, "title") ?? SpanOf(title) : null;
            metadata.Title = new(titleValue, span, "title element");
        }

        if (MetaDate(document, "article:published_time") is (var published, var publishedDate))
            metadata.Published ??= new(publishedDate, SpanOf(published), "article:published_time");
        if (metadata.Published is null)
        {
            foreach (var time in root.QuerySelectorAll("time[datetime]"))
            {
                if (!HtmlReader.HasSkippedAncestor(time, root) && DateText.TryParse(time.GetAttribute("datetime"), out var date))
                {
                    metadata.Published = new(date, SpanOf(time), "time element");
                    break;
                }
            }
        }
        if (linked.Published is (var ldPublished, var ldScript1))
            metadata.Published ??= new(ldPublished, SpanOf(ldScript1), "JSON-LD datePublished");

        if (MetaDate(document, "article:modified_time") is (var modified, var modifiedDate))
            metadata.Updated ??= new(modifiedDate, SpanOf(modified), "article:modified_time");
        if (linked.Modified is (var ldModified, var ldScript2))
            metadata.Updated ??= new(ldModified, SpanOf(ldScript2), "JSON-LD dateModified");

        if (linked.Author is (var author, var ldScript3))
            metadata.Byline ??= new(author, SpanOf(ldScript3), "JSON-LD author");
        if (Meta(document, "author") is (var authorMeta, var authorText))
            metadata.Byline ??= new(authorText, SpanOf(authorMeta), "meta author");

        if (Meta(document, "og:site_name") is (var siteName, var siteText))
            metadata.Source ??= new(siteText, SpanOf(siteName), "og:site_name");
        if (linked.Publisher is (var publisher, var ldScript4))
            metadata.Source ??= new(publisher, SpanOf(ldScript4), "JSON-LD publisher");
    }

    // The first <meta> whose property or name is `key` and whose content is not blank.
    private static (IElement Element, string Content)? Meta(IDocument document, string key)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var named = string.Equals(meta.GetAttribute("property")?.Trim(), key, StringComparison.OrdinalIgnoreCase)
                || string.Equals(meta.GetAttribute("name")?.Trim(), key, StringComparison.OrdinalIgnoreCase);
            if (named && HtmlReader.Collapse(meta.GetAttribute("content") ?? "") is { Length: > 0 } content)
                return (meta, content);
        }
        return null;
    }

    private static (IElement Element, DateTimeOffset Date)? MetaDate(IDocument document, string key)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var named = string.Equals(meta.GetAttribute("property")?.Trim(), key, StringComparison.OrdinalIgnoreCase)
                || string.Equals(meta.GetAttribute("name")?.Trim(), key, StringComparison.OrdinalIgnoreCase);
            if (named && DateText.TryParse(meta.GetAttribute("content"), out var date))
                return (meta, date);
        }
        return null;
    }

    private sealed class LinkedData
    {
        public (DateTimeOffset, IElement)? Published { get; set; }
        public (DateTimeOffset, IElement)? Modified { get; set; }
        public (string, IElement)? Author { get; set; }
        public (string, IElement)? Publisher { get; set; }
    }

    private static LinkedData ReadLinkedData(IDocument document)
    {
        var data = new LinkedData();
        foreach (var script in document.QuerySelectorAll("script"))
        {
            if (!string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
                continue;
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(script.TextContent, JsonOptions);
            }
            catch (JsonException)
            {
                continue;
            }
            using (json)
            {
                var nodes = new List<JsonElement>();
                Collect(json.RootElement, nodes, 0);
                var ids = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                foreach (var node in nodes)
                {
                    if (StringOf(node, "@id") is { } id)
                        ids.TryAdd(id, node);
                }
                var article = nodes.FindIndex(IsArticle);
                if (article < 0)
                    article = nodes.FindIndex(n => n.TryGetProperty("datePublished", out _));
                if (article < 0)
                    continue;
                var a = nodes[article];
                if (data.Published is null && DateText.TryParse(StringOf(a, "datePublished"), out var published))
                    data.Published = (published, script);
                if (data.Modified is null && DateText.TryParse(StringOf(a, "dateModified"), out var modified))
                    data.Modified = (modified, script);
                if (data.Author is null && Names(a, "author", ids) is { Length: > 0 } author)
                    data.Author = (author, script);
                if (data.Publisher is null && Names(a, "publisher", ids) is { Length: > 0 } publisher)
                    data.Publisher = (publisher, script);
            }
        }
        return data;
    }

    private static void Collect(JsonElement element, List<JsonElement> nodes, int depth)
    {
        if (depth > 8)
            return;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                Collect(item, nodes, depth + 1);
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            nodes.Add(element);
            if (element.TryGetProperty("@graph", out var graph))
                Collect(graph, nodes, depth + 1);
        }
    }

    private static bool IsArticle(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type))
            return false;
        IEnumerable<JsonElement> types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray() : [type];
        return types.Any(t => t.ValueKind == JsonValueKind.String && t.GetString() is { } name
            && (name.EndsWith("Article", StringComparison.OrdinalIgnoreCase) || name.EndsWith("BlogPosting", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith("Report", StringComparison.OrdinalIgnoreCase) || name.EndsWith("ReportageNews", StringComparison.OrdinalIgnoreCase)));
    }

    private static string? StringOf(JsonElement node, string property)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(property, out var value))
            return null;
        if (value.ValueKind == JsonValueKind.Array)
            value = value.EnumerateArray().FirstOrDefault(v => v.ValueKind == JsonValueKind.String);
        return value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }

    // A person or organisation: a string, an object with a name (or an @id naming one elsewhere), or an array of them.
    private static string? Names(JsonElement node, string property, Dictionary<string, JsonElement> ids)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(property, out var value))
            return null;
        var names = new List<string>();
        Add(value, 0);
        return string.Join(", ", names.Distinct(StringComparer.Ordinal));

        void Add(JsonElement v, int depth)
        {
            switch (v.ValueKind)
            {
                case JsonValueKind.String:
                    if (HtmlReader.Collapse(v.GetString() ?? "") is { Length: > 0 } text)
                        names.Add(text);
                    break;
                case JsonValueKind.Array when depth < 3:
                    foreach (var item in v.EnumerateArray())
                        Add(item, depth + 1);
                    break;
                case JsonValueKind.Object when depth < 3:
                    if (v.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
                        Add(name, depth + 1);
                    else if (StringOf(v, "@id") is { } id && ids.TryGetValue(id, out var target) && target.TryGetProperty("name", out var targetName))
                        Add(targetName, depth + 1);
                    break;
            }
        }
    }
}
