namespace EditLint.Readers;

/// <summary>The readers EditLint reads its formats with: the one list every composition of the engine takes them from.</summary>
public static class BuiltInReaders
{
    /// <summary>Readers of decoded text: Markdown, plain text and page scrapes, HTML.</summary>
    public static IReadOnlyList<IDocumentReader> Text() => [new MarkdownReader(), new PlainTextReader(), new HtmlReader()];

    /// <summary>Readers of a file's bytes: Word drafts.</summary>
    public static IReadOnlyList<IBinaryDocumentReader> Binary() => [new DocxReader()];
}
