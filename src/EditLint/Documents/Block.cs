using EditLint.Text;

namespace EditLint.Documents;

/// <summary>
/// One block of an article, in document order, with its source span and its prose.
/// </summary>
public sealed class Block
{
    /// <summary>Creates a block; readers call this.</summary>
    public Block(BlockKind kind, TextSpan span, ProseText content, int level = 0, bool insideBody = true, string? reason = null)
    {
        Kind = kind;
        Span = span;
        Content = content;
        Level = level;
        IsInsideBody = insideBody;
        ChromeReason = reason;
    }

    /// <summary>Position in <see cref="ArticleDocument.Blocks"/>.</summary>
    public int Index { get; internal set; }

    /// <summary>What the block is.</summary>
    public BlockKind Kind { get; }

    /// <summary>The block's extent in the source, markup included.</summary>
    public TextSpan Span { get; }

    /// <summary>The block's prose and its map back to the source.</summary>
    public ProseText Content { get; }

    /// <summary>The prose as a string.</summary>
    public string Text => Content.Text;

    /// <summary>Heading level (1 = headline); 0 for other kinds.</summary>
    public int Level { get; }

    /// <summary>
    /// False for page furniture before or after the article body (menus, footers); true for everything from the
    /// first to the last body paragraph, so page chrome found between them is residue left in the body.
    /// </summary>
    public bool IsInsideBody { get; }

    /// <summary>For page chrome: why the reader judged it so (for example "share counter").</summary>
    public string? ChromeReason { get; }

    /// <summary>True for headings, paragraphs, block quotes, list items and captions.</summary>
    public bool IsProse => Kind is BlockKind.Heading or BlockKind.Paragraph or BlockKind.BlockQuote or BlockKind.ListItem or BlockKind.Caption;

    /// <summary>True when the block belongs to <paramref name="scope"/>.</summary>
    public bool IsIn(BlockScope scope) => Kind switch
    {
        BlockKind.Code => scope.HasFlag(BlockScope.Code),
        BlockKind.Metadata => scope.HasFlag(BlockScope.Metadata),
        BlockKind.PageChrome => scope.HasFlag(BlockScope.PageChrome),
        _ => scope.HasFlag(BlockScope.Prose),
    };

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Span}: {Text}";
}
