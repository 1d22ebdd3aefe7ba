using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using EditLint.Diagnostics;
using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Readers;

/// <summary>
/// HTML pages through AngleSharp. The article is the largest <c>article</c> element, else <c>main</c>, else the
/// body. Headings, paragraphs, list items, block quotes, captions and code become blocks whose prose maps back
/// to the original characters (inline tags dropped, entities decoded, whitespace collapsed); scripts, navigation,
/// asides, footers and forms are not prose. Metadata comes from Open Graph and article meta tags, time elements
/// and JSON-LD.
/// </summary>
public sealed class HtmlReader : IDocumentReader
{
    /// <summary>How deep elements may nest: the depth at which browsers' parsers stop nesting (Blink, WebKit).</summary>
    public const int MaxDepth = 512;

    /// <inheritdoc />
    public DocumentFormat Format => DocumentFormat.Html;

    /// <inheritdoc />
    public ArticleDocument Read(string path, SourceText text)
    {
        // The parser checks the open elements on every start tag, so nesting costs time quadratic in its depth (100,000
        // nested divs took 81 s), and the walks below recurse per level. Browsers stop nesting at 512: a page that goes
        // deeper is read up to the element that does, and the rest is reported, not read.
        var html = text.Text;
        var source = new HtmlSource(html);
        var problems = new List<ReaderProblem>();
        if (source.DepthExceededAt(MaxDepth) is { } deep)
        {
            var at = text.GetPosition(deep);
            problems.Add(new ReaderProblem(new TextSpan(deep, 0),
                $"HTML nests elements more than {MaxDepth} deep at line {at.DisplayLine}, column {at.DisplayColumn}; browsers stop nesting there, and EditLint reads the page only up to that point"));
            html = html[..deep];
        }

        // Scripting on: noscript content is then raw text, as the source scan reads it (nothing is ever run).
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true, IsScripting = true });
        var document = parser.ParseDocument(html);
        var quirks = document.CompatMode == "BackCompat";
        source = problems.Count == 0 ? source.WithQuirks(quirks) : new HtmlSource(html, quirks);
        var root = FindRoot(document);

        var blocks = new BlockWalker(text, source, document, root).Read();
        var classified = PageResidue.MarkResidue(blocks);
        var metadata = new ArticleMetadata();
        var headline = classified.FirstOrDefault(b => b is { Kind: BlockKind.Heading, Level: 1 });
        HtmlMetadata.Read(document, root, source, headline, metadata);
        HeaderLines.Apply(classified, metadata);
        DatelineFinder.Find(classified, metadata);
        HeaderLines.FindCredit(classified, metadata);
        return new ArticleDocument(path, DocumentFormat.Html, text, metadata, classified, problems);
    }

    private static IElement FindRoot(IDocument document)
    {
        IElement? best = null;
        var bestLength = -1;
        foreach (var article in document.QuerySelectorAll("article"))
        {
            if (HasSkippedAncestor(article, null))
                continue;
            var length = TextLength(article);
            if (length > bestLength)
                (best, bestLength) = (article, length);
        }
        return best ?? document.QuerySelector("main") ?? document.Body ?? document.DocumentElement;
    }

    /// <summary>True when an element between <paramref name="element"/> and <paramref name="root"/> (exclusive) is never prose.</summary>
    internal static bool HasSkippedAncestor(IElement element, IElement? root)
    {
        for (var parent = element.ParentElement; parent is not null && parent != root; parent = parent.ParentElement)
        {
            if (HtmlSource.SkipNames.Contains(parent.LocalName))
                return true;
        }
        return false;
    }

    private static int TextLength(IElement element)
    {
        var length = 0;
        foreach (var child in element.ChildNodes)
        {
            if (child is IText text)
                length += text.Data.Count(c => !char.IsWhiteSpace(c));
            else if (child is IElement e && !HtmlSource.SkipNames.Contains(e.LocalName))
                length += TextLength(e);
        }
        return length;
    }

    /// <summary>Collapses HTML whitespace runs to one space and trims.</summary>
    internal static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!HtmlSource.IsSpace(c))
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != ' ')
                builder.Append(' ');
        }
        if (builder.Length > 0 && builder[^1] == ' ')
            builder.Length--;
        return builder.ToString();
    }

    // Text between nested blocks as AngleSharp sees it (Raw), or a nested block element.
    private sealed record DomItem(string? Raw, string? Collapsed, IElement? Nested);

    private sealed class BlockWalker(SourceText text, HtmlSource source, IDocument document, IElement root)
    {
        private readonly List<Block> _blocks = [];

        public List<Block> Read()
        {
            Visit(root, BlockKind.Paragraph);
            return _blocks;
        }

        private void Visit(IElement element, BlockKind context)
        {
            if (element != root && IsSkipped(element))
                return;
            var name = element.LocalName;
            var level = name is ['h', >= '1' and <= '6'] ? name[1] - '0' : 0;
            if (level > 0 || name is "pre" or "listing")
            {
                var code = level == 0;
                var items = Items(element, split: false, code);
                if (items.Count == 1)
                    Emit(element, level > 0 ? BlockKind.Heading : BlockKind.Code, level, items, split: false, code);
                return;
            }

            context = name switch
            {
                "blockquote" => BlockKind.BlockQuote,
                "li" => BlockKind.ListItem,
                "figcaption" or "caption" => BlockKind.Caption,
                _ => context,
            };
            var children = Items(element, split: true, code: false);
            if (children.All(i => i.Nested is null))
            {
                if (children.Count == 1)
                    Emit(element, IsCodeOnly(element) ? BlockKind.Code : context, 0, children, split: true, code: false);
                return;
            }

            // Text directly inside a container, between its blocks, is a block of its own.
            var runs = children.Where(i => i.Nested is null).ToList();
            var (prose, _) = runs.Count > 0 ? Prose(element, runs, split: true, code: false) : ([], default);
            var next = 0;
            foreach (var child in children)
            {
                if (child.Nested is not null)
                {
                    Visit(child.Nested, context);
                    continue;
                }
                var content = prose[next++];
                _blocks.Add(new Block(context, content.SourceSpan, content));
            }
        }

        private void Emit(IElement element, BlockKind kind, int level, List<DomItem> items, bool split, bool code)
        {
            var (prose, span) = Prose(element, items, split, code);
            _blocks.Add(new Block(kind, span, prose[0], level));
        }

        // The prose of the element's text runs: exact when the source scan reads the same text AngleSharp
        // does, otherwise AngleSharp's text mapped to the element's whole extent (coarser, but still around it).
        private (List<ProseText> Runs, TextSpan Span) Prose(IElement element, List<DomItem> runs, bool split, bool code)
        {
            var start = StartOffset(element);
            var scan = start is { } offset
                ? source.ScanElement(offset, element.LocalName, ClosingAncestors(element), split, code)
                : element == document.Body ? source.ScanDocument(split) : null;
            if (scan is not null && scan.Runs.Count == runs.Count && scan.Runs.Select(r => Collapse(r.Text).TrimEnd()).SequenceEqual(runs.Select(r => r.Collapsed)))
                return ([.. scan.Runs], scan.Span);

            var span = CoarseSpan(element, scan);
            var coarse = new List<ProseText>(runs.Count);
            foreach (var run in runs)
            {
                var builder = new ProseTextBuilder();
                builder.AppendReplacement(code ? run.Raw!.Trim() : run.Collapsed!, span.Start, span.End);
                coarse.Add(builder.Build());
            }
            return (coarse, span);
        }

        private int? StartOffset(IElement element) =>
            element.SourceReference?.Position.Index is { } index && source.StartTag(index, element.LocalName) is not null ? index : null;

        private static HashSet<string> ClosingAncestors(IElement element)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
            {
                if (HtmlSource.SpecialNames.Contains(parent.LocalName))
                    names.Add(parent.LocalName);
            }
            return names;
        }

        // From the element (or its nearest located ancestor) to the next element that follows it in the source.
        private TextSpan CoarseSpan(IElement element, HtmlScan? scan)
        {
            var start = 0;
            for (IElement? e = element; e is not null; e = e.ParentElement)
            {
                if (StartOffset(e) is { } offset)
                {
                    start = offset;
                    break;
                }
            }
            var end = text.Length;
            for (IElement? e = element; e is not null && end == text.Length; e = e.ParentElement)
            {
                for (var sibling = e.NextElementSibling; sibling is not null && end == text.Length; sibling = sibling.NextElementSibling)
                {
                    foreach (var candidate in sibling.DescendantsAndSelf<IElement>())
                    {
                        if (StartOffset(candidate) is { } offset && offset > start)
                        {
                            end = offset;
                            break;
                        }
                    }
                }
            }
            if (scan is not null)
                end = Math.Max(end, scan.Span.End);
            return TextSpan.FromBounds(start, Math.Min(end, text.Length));
        }

        private static bool IsSkipped(IElement element)
        {
            var name = element.LocalName;
            if (HtmlSource.SkipNames.Contains(name) || element.HasAttribute("hidden"))
                return true;
            if (element.GetAttribute("role")?.Trim().ToLowerInvariant() is "navigation" or "complementary" or "contentinfo")
                return true;
            // A page's own header (logo, menus) is not the article's, unless it holds the headline.
            return name == "header" && element.Closest("article") is null && element.QuerySelector("h1") is null;
        }

        private static bool IsCodeOnly(IElement element)
        {
            var found = false;
            foreach (var child in element.ChildNodes)
            {
                if (child is IText t && string.IsNullOrWhiteSpace(t.Data))
                    continue;
                if (child is IElement { LocalName: "code" } && !found)
                    found = true;
                else
                    return false;
            }
            return found;
        }

        // The element's text as AngleSharp has it, split at nested block elements when `split`, else with block
        // boundaries as spaces. The same rules as HtmlSource's scan, so the two can be compared.
        private static List<DomItem> Items(IElement element, bool split, bool code)
        {
            var items = new List<DomItem>();
            var run = new StringBuilder();
            var separator = code ? '\n' : ' ';

            void Flush()
            {
                // Trimmed like ProseTextBuilder.TrimEnd, which also drops trailing no-break spaces.
                var raw = run.ToString();
                var collapsed = Collapse(raw).TrimEnd();
                if (collapsed.Length > 0)
                    items.Add(new DomItem(raw, collapsed, null));
                run.Clear();
            }

            void Walk(INode node)
            {
                foreach (var child in node.ChildNodes)
                {
                    if (child is IText t)
                    {
                        run.Append(t.Data);
                        continue;
                    }
                    if (child is not IElement e)
                        continue;
                    var name = e.LocalName;
                    if (name == "br")
                    {
                        run.Append(separator);
                    }
                    else if (HtmlSource.BlockNames.Contains(name))
                    {
                        if (split)
                        {
                            Flush();
                            items.Add(new DomItem(null, null, e));
                            continue;
                        }
                        run.Append(separator);
                        if (!HtmlSource.SkipNames.Contains(name))
                            Walk(e);
                        run.Append(separator);
                    }
                    else if (!HtmlSource.SkipNames.Contains(name))
                    {
                        Walk(e);
                    }
                }
            }

            Walk(element);
            Flush();
            return items;
        }
    }
}
