using System.Buffers;
using EditLint.Diagnostics;
using EditLint.Documents;
using EditLint.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Block = EditLint.Documents.Block;

namespace EditLint.Readers;

/// <summary>
/// Markdown through Markdig with precise source locations. Headings, paragraphs, block quotes and list items
/// become prose blocks whose characters map back to the source (emphasis markers and link targets dropped,
/// entities decoded, quotation marks in inline code made primes); code is kept as non-prose; HTML blocks and
/// comments are not prose.
/// </summary>
public sealed class MarkdownReader : IDocumentReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .Build();

    /// <inheritdoc />
    public DocumentFormat Format => DocumentFormat.Markdown;

    private static bool WritesMarkdown(string text) =>
        text.StartsWith("---", StringComparison.Ordinal) || text.StartsWith('#') || text.Contains("\n#", StringComparison.Ordinal)
        || text.Contains("](", StringComparison.Ordinal) || text.Contains("```", StringComparison.Ordinal);

    /// <inheritdoc />
    public ArticleDocument Read(string path, SourceText text)
    {
        // A page scrape saved as .md is no Markdown: read as prose, its menus and share counters would be paragraphs.
        // A file that writes Markdown (front matter, a heading, a link, a code fence) is Markdown, whatever its footer says.
        if (!WritesMarkdown(text.Text) && PlainTextReader.IsScrape(text))
            return new PlainTextReader().Read(path, text);
        var metadata = new ArticleMetadata();
        var problems = new List<ReaderProblem>();
        var blocks = new List<Block>();
        var markdown = Markdig.Markdown.Parse(text.Text, Pipeline);

        foreach (var node in markdown.Descendants())
        {
            switch (node)
            {
                case YamlFrontMatterBlock frontMatter:
                    ReadFrontMatter(text, frontMatter, metadata, problems);
                    break;
                case HeadingBlock heading:
                    blocks.Add(new Block(BlockKind.Heading, SpanOf(heading), Prose(text, heading.Inline), heading.Level));
                    break;
                case ParagraphBlock paragraph:
                    blocks.Add(new Block(KindOf(paragraph), SpanOf(paragraph), Prose(text, paragraph.Inline)));
                    break;
                case CodeBlock code and not YamlFrontMatterBlock:
                    blocks.Add(new Block(BlockKind.Code, SpanOf(code), ProseText.Verbatim(text, SpanOf(code))));
                    break;
            }
        }

        var classified = BodyMetadata.Read(blocks, metadata);
        return new ArticleDocument(path, DocumentFormat.Markdown, text, metadata, classified, problems);
    }

    private static BlockKind KindOf(ParagraphBlock paragraph)
    {
        for (var parent = paragraph.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is ListItemBlock)
                return BlockKind.ListItem;
            if (parent is QuoteBlock)
                return BlockKind.BlockQuote;
        }
        return BlockKind.Paragraph;
    }

    private static TextSpan SpanOf(Markdig.Syntax.Block block) =>
        block.Span.IsEmpty ? default : TextSpan.FromBounds(block.Span.Start, block.Span.End + 1);

    private static void ReadFrontMatter(SourceText text, YamlFrontMatterBlock block, ArticleMetadata metadata, List<ReaderProblem> problems)
    {
        // The YAML starts on the line after the opening fence.
        var start = text.GetLineSpan(text.GetPosition(block.Span.Start).Line + 1).Start;
        var end = text.GetLineSpan(text.GetPosition(block.Span.End).Line).Start;
        if (end > start)
            FrontMatter.Read(text, start, text.Text[start..end], metadata, problems);
    }

    private static ProseText Prose(SourceText text, ContainerInline? inline)
    {
        // Room for the block's source, which its prose rarely outgrows: grown from 16 characters, the builder's chunks
        // were 17 MB of a corpus run's allocations.
        var builder = new ProseTextBuilder(inline is null || inline.Span.IsEmpty ? 16 : inline.Span.Length + 1);
        if (inline is not null)
            Append(text, inline, builder);
        builder.TrimEnd();
        return builder.Build();
    }

    private static void Append(SourceText text, Inline inline, ProseTextBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                // Read in place: most literals are their source's characters, and a string of each was 20 MB of a corpus
                // run's allocations.
                AppendMapped(text, literal.Content.AsSpan(), literal.Span, builder);
                break;
            case HtmlEntityInline entity:
                builder.AppendReplacement(entity.Transcoded.ToString(), entity.Span.Start, entity.Span.End + 1);
                break;
            case LineBreakInline lineBreak:
                builder.AppendSeparator(' ', lineBreak.Span.Start);
                break;
            case CodeInline code:
                builder.AppendReplacement(WithoutQuotationMarks(code.Content), code.Span.Start, code.Span.End + 1);
                break;
            case AutolinkInline autolink:
                builder.AppendReplacement(autolink.Url, autolink.Span.Start, autolink.Span.End + 1);
                break;
            case LinkInline { IsImage: true }:
            case HtmlInline:
                break;
            case ContainerInline container:
                foreach (var child in container)
                    Append(text, child, builder);
                break;
        }
    }

    private static readonly SearchValues<char> QuotationMarks = SearchValues.Create("\"“”„«»'‘’");

    // Marks inside inline code (`TYPE="BRIEF"`, `"...," he said.`) are code, not quotation marks: they become primes,
    // which look alike and which nothing reads as a quotation. An apostrophe inside a word (`Lee's`) stays.
    private static string WithoutQuotationMarks(string code)
    {
        if (code.AsSpan().IndexOfAny(QuotationMarks) < 0)
            return code;
        var chars = code.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                '"' or '“' or '”' or '„' or '«' or '»' => '″',
                '\'' or '‘' or '’' when i == 0 || i + 1 == chars.Length || !char.IsLetterOrDigit(chars[i - 1]) || !char.IsLetter(chars[i + 1]) => '′',
                var c => c,
            };
        }
        return new string(chars);
    }

    // A literal whose source is the same characters maps one to one; an escape ("\*") maps to its whole span.
    private static void AppendMapped(SourceText text, ReadOnlySpan<char> content, SourceSpan span, ProseTextBuilder builder)
    {
        if (content.Length == 0)
            return;
        var start = span.Start;
        var length = span.End - span.Start + 1;
        if (!span.IsEmpty && length == content.Length && start + length <= text.Length && text.Slice(new TextSpan(start, length)).SequenceEqual(content))
            builder.AppendVerbatim(text.Text, start, length);
        else
            builder.AppendReplacement(content.ToString(), span.IsEmpty ? 0 : start, span.IsEmpty ? 0 : span.End + 1);
    }
}
