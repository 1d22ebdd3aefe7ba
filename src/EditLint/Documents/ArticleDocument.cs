using EditLint.Diagnostics;
using EditLint.Text;

namespace EditLint.Documents;

/// <summary>One article as read from one file: the source, its metadata and its ordered, typed blocks.</summary>
public sealed class ArticleDocument
{
    /// <summary>Creates a document; readers call this.</summary>
    public ArticleDocument(string path, DocumentFormat format, SourceText source, ArticleMetadata metadata, IReadOnlyList<Block> blocks, IReadOnlyList<ReaderProblem>? problems = null)
    {
        Path = path;
        Format = format;
        Source = source;
        Metadata = metadata;
        Blocks = blocks;
        ReaderProblems = problems ?? [];
        for (var i = 0; i < blocks.Count; i++)
            blocks[i].Index = i;
    }

    /// <summary>The path as the user gave it (used in every report).</summary>
    public string Path { get; }

    /// <summary>Input format.</summary>
    public DocumentFormat Format { get; }

    /// <summary>The original text.</summary>
    public SourceText Source { get; }

    /// <summary>Title, dates, byline, dateline, source outlet.</summary>
    public ArticleMetadata Metadata { get; }

    /// <summary>
    /// Where the title's text is written in the source: inside its metadata span (front matter keeps quotes and the key
    /// around it: "title: \"…\""), or the span itself when the reader took the title from the body; null without a
    /// title, or when its text is not found as written (escapes in the front matter).
    /// </summary>
    public TextSpan? TitleTextSpan
    {
        get
        {
            if (Metadata.Title is not { Span: { } span } title)
                return null;
            var at = Source.ToString(span).IndexOf(title.Value, StringComparison.Ordinal);
            return at < 0 ? null : new TextSpan(span.Start + at, title.Value.Length);
        }
    }

    /// <summary>Blocks in document order.</summary>
    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>Things the reader could not make sense of (malformed front matter), reported as EL9002 at their position.</summary>
    public IReadOnlyList<ReaderProblem> ReaderProblems { get; }
}
