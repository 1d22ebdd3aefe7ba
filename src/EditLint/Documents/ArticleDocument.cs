using EditLint.Diagnostics;
using EditLint.Text;

namespace EditLint.Documents;

/// <summary>One article as read from one file: the source, its metadata and its ordered, typed blocks.</summary>
public sealed class ArticleDocument
{
    // A document whose text is known but not yet read into blocks and metadata (see Deferred), or whose blocks and
    // metadata were let go (see LetGoOfBlocks): read on first use.
    private Lazy<ArticleDocument>? _read;
    private Func<ArticleDocument, ArticleDocument>? _reread;
    private ArticleMetadata? _metadata;
    private IReadOnlyList<Block>? _blocks;
    private readonly IReadOnlyList<ReaderProblem>? _problems;

    /// <summary>Creates a document; readers call this.</summary>
    public ArticleDocument(string path, DocumentFormat format, SourceText source, ArticleMetadata metadata, IReadOnlyList<Block> blocks, IReadOnlyList<ReaderProblem>? problems = null)
    {
        Path = path;
        Format = format;
        Source = source;
        _metadata = metadata;
        _blocks = blocks;
        // Most documents have none: they share one empty list rather than keep their reader's for the whole run.
        _problems = problems is { Count: > 0 } ? problems : [];
        for (var i = 0; i < blocks.Count; i++)
            blocks[i].Index = i;
    }

    private ArticleDocument(string path, DocumentFormat format, SourceText source, Func<SourceText, ArticleDocument> read)
    {
        Path = path;
        Format = format;
        Source = source;
        _read = new Lazy<ArticleDocument>(() => read(source));
    }

    /// <summary>
    /// A document whose text is decoded but not read: its blocks, metadata and reader problems are read by
    /// <paramref name="read"/> when first asked for. A run with a store (<c>check --cache</c>) loads documents so, and a
    /// document the store has is never read at all: its findings and facts are stored, and its text is all the report needs.
    /// </summary>
    internal static ArticleDocument Deferred(string path, DocumentFormat format, SourceText source, Func<SourceText, ArticleDocument> read) =>
        new(path, format, source, read);

    /// <summary>
    /// Lets the blocks and the metadata go once every rule is done with the document (a run over many files keeps each
    /// document's text for its report, and its blocks were as large again; its metadata, a fifth of what the rest of a
    /// document kept); asked for later, they are read again from the text by <paramref name="read"/> (one delegate for
    /// every document of a run: nothing is made for each until it is asked for). Not while anything may still read them.
    /// </summary>
    internal void LetGoOfBlocks(Func<ArticleDocument, ArticleDocument> read)
    {
        if (_blocks is null)
            return;
        _reread = read;
        _blocks = null;
        _metadata = null;
    }

    // The document read again, once (a failed read is not kept: asked again, it is read again).
    private ArticleDocument Read()
    {
        if (_read is null && _reread is { } reread)
            Interlocked.CompareExchange(ref _read, new Lazy<ArticleDocument>(() => reread(this), LazyThreadSafetyMode.PublicationOnly), null);
        return _read!.Value;
    }

    /// <summary>True while the document holds its blocks (not let go of, nor deferred).</summary>
    internal bool HoldsBlocks => _blocks is not null;

    /// <summary>True while the document holds its metadata (not let go of, nor deferred).</summary>
    internal bool HoldsMetadata => _metadata is not null;

    /// <summary>True while a <see cref="Deferred"/> document has not been read.</summary>
    internal bool IsDeferred => _reread is null && _metadata is null && _read is { IsValueCreated: false };

    /// <summary>The path as the user gave it (used in every report).</summary>
    public string Path { get; }

    /// <summary>Input format.</summary>
    public DocumentFormat Format { get; }

    /// <summary>The original text.</summary>
    public SourceText Source { get; }

    /// <summary>Title, dates, byline, dateline, source outlet.</summary>
    public ArticleMetadata Metadata => _metadata ?? Read().Metadata;

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
    public IReadOnlyList<Block> Blocks => _blocks ?? Read().Blocks;

    /// <summary>Things the reader could not make sense of (malformed front matter), reported as EL9002 at their position.</summary>
    public IReadOnlyList<ReaderProblem> ReaderProblems => _problems ?? Read().ReaderProblems;
}
