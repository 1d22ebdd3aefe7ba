using EditLint.Configuration;
using EditLint.Diagnostics;
using EditLint.Documents;
using EditLint.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EditLint.Readers;

/// <summary>
/// Reads YAML front matter into <see cref="ArticleMetadata"/>: title, date/published/pubDate, updated/lastmod,
/// author/authors/byline, source. Values keep their source spans; malformed YAML becomes a reader problem at
/// the position YamlDotNet reports.
/// </summary>
public static class FrontMatter
{
    /// <summary>Parses the YAML that starts at <paramref name="yamlStart"/> in <paramref name="source"/>.</summary>
    public static void Read(SourceText source, int yamlStart, string yaml, ArticleMetadata metadata, List<ReaderProblem> problems)
    {
        var origin = source.GetPosition(yamlStart);
        TextSpan SpanOf(YamlNode node)
        {
            var start = source.GetOffset(new LinePosition(origin.Line + (int)node.Start.Line - 1, (node.Start.Line == 1 ? origin.Character : 0) + (int)node.Start.Column - 1));
            var end = source.GetOffset(new LinePosition(origin.Line + (int)node.End.Line - 1, (node.End.Line == 1 ? origin.Character : 0) + (int)node.End.Column - 1));
            return TextSpan.FromBounds(start, Math.Max(start, end));
        }

        YamlStream stream;
        try
        {
            stream = YamlFile.Load(yaml);
        }
        catch (YamlException e)
        {
            var at = source.GetOffset(new LinePosition(origin.Line + (int)e.Start.Line - 1, (e.Start.Line == 1 ? origin.Character : 0) + (int)e.Start.Column - 1));
            // Past a limit the metadata is left unread but the body is still linted: the article is more than its front matter.
            if (e is YamlLimitException limit)
                problems.Add(new ReaderProblem(new TextSpan(at, 0), $"Front matter is not read (line {source.GetPosition(at).DisplayLine}, column {source.GetPosition(at).DisplayColumn}): {limit.Reason}; the body is still checked."));
            else
                problems.Add(new ReaderProblem(new TextSpan(at, 0), $"Front matter is not valid YAML (line {source.GetPosition(at).DisplayLine}, column {source.GetPosition(at).DisplayColumn}): {e.InnerException?.Message ?? e.Message}"));
            return;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            // YamlDotNet reports some malformed input (an unclosed flow sequence) without a position.
            problems.Add(new ReaderProblem(new TextSpan(yamlStart, 0), $"Front matter is not valid YAML: {e.Message}"));
            return;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            return;

        foreach (var (keyNode, valueNode) in root.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
                continue;
            var text = ValueText(valueNode);
            if (string.IsNullOrWhiteSpace(text))
                continue;
            var span = SpanOf(valueNode);
            switch (key.ToLowerInvariant())
            {
                case "title":
                    metadata.Title ??= new(text, span, "front matter");
                    break;
                case "date" or "published" or "pubdate" or "publishdate" or "date_published":
                    SetDate(text, span, key, isUpdate: false);
                    break;
                case "updated" or "lastmod" or "modified" or "date_modified":
                    SetDate(text, span, key, isUpdate: true);
                    break;
                case "author" or "authors" or "byline":
                    metadata.Byline ??= new(text, span, "front matter");
                    break;
                case "source" or "outlet" or "publisher":
                    metadata.Source ??= new(text, span, "front matter");
                    break;
            }
        }

        void SetDate(string text, TextSpan span, string key, bool isUpdate)
        {
            if (!DateText.TryParse(text, out var date))
            {
                problems.Add(new ReaderProblem(span, $"Front matter '{key}: {text}' is not a date EditLint can read (use 2025-02-26 or February 26, 2025)."));
                return;
            }
            if (isUpdate)
                metadata.Updated ??= new(date, span, "front matter");
            else
                metadata.Published ??= new(date, span, "front matter");
        }
    }

    private static string? ValueText(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value?.Trim(),
        YamlSequenceNode sequence => string.Join(", ", sequence.Children.Select(ValueText).Where(v => !string.IsNullOrWhiteSpace(v))),
        YamlMappingNode mapping => mapping.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "name" }).Value is { } name ? ValueText(name) : null,
        _ => null,
    };
}
