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

    /// <summary>Blocks in document order.</summary>
    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>Things the reader could not make sense of (malformed front matter), reported as EL9002 at their position.</summary>
    public IReadOnlyList<ReaderProblem> ReaderProblems { get; }
}
