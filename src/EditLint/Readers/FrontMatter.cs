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
        // A YAML mark's index counts characters of `yaml`, which is the source from yamlStart on; its line and column
        // count U+0085 and U+2028 as breaks, which the source does not. A failure at the end of the stream is put at
        // the end of the last line, inside the front matter rather than on its closing fence.
        var yamlEnd = yaml.AsSpan().TrimEnd("\r\n").Length;
        int OffsetOf(int index) => yamlStart + Math.Min(index, yamlEnd);
        int MarkOffset(Mark mark) => OffsetOf(YamlFile.Offset(mark));
        // A value's place from its start and end in the YAML, as the parser's node or the flat reader gives them.
        TextSpan Between(int start, int end) => TextSpan.FromBounds(OffsetOf(start), Math.Max(OffsetOf(start), OffsetOf(end)));
        TextSpan SpanOf(YamlNode node) => Between(YamlFile.Offset(node.Start), YamlFile.Offset(node.End));

        // Flat front matter (key: value lines, nearly every article's) is read without the parser, to the same entries.
        if (FlatFrontMatter.Read(yaml) is { } flat)
        {
            foreach (var entry in flat)
            {
                var value = entry.Value.Trim();
                if (!string.IsNullOrWhiteSpace(value))
                    Use(entry.Key, value, Between(entry.Start, entry.End));
            }
            return;
        }

        YamlStream stream;
        try
        {
            stream = YamlFile.Load(yaml);
        }
        catch (YamlException e)
        {
            var at = MarkOffset(e.Start);
            var position = source.GetPosition(at);
            // Past a limit the metadata is left unread but the body is still linted: the article is more than its front matter.
            if (e is YamlLimitException limit)
                problems.Add(new ReaderProblem(new TextSpan(at, 0), $"Front matter is not read (line {position.DisplayLine}, column {position.DisplayColumn}): {limit.Reason}; the body is still checked."));
            else
                problems.Add(new ReaderProblem(new TextSpan(at, 0), $"Front matter is not valid YAML (line {position.DisplayLine}, column {position.DisplayColumn}): {YamlFile.Describe(e)}"));
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
            Use(key, text, SpanOf(valueNode));
        }

        // One entry of the metadata: a value for a key EditLint reads, and where the value is.
        void Use(string key, string text, TextSpan span)
        {
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
