namespace EditLint.Documents;

/// <summary>Input formats EditLint reads.</summary>
public enum DocumentFormat
{
    /// <summary>Markdown with optional YAML front matter.</summary>
    Markdown,
    /// <summary>Plain-text drafts and raw page scrapes.</summary>
    PlainText,
    /// <summary>HTML pages.</summary>
    Html,
    /// <summary>Word drafts (.docx): a zip package, read from its bytes rather than as text.</summary>
    Docx,
}

/// <summary>Maps file names to formats.</summary>
public static class DocumentFormats
{
    /// <summary>Extensions EditLint lints when it walks a folder.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".md", ".markdown", ".txt", ".html", ".htm", ".docx"];

    /// <summary>The format for <paramref name="path"/>, or null when EditLint does not read that kind of file.</summary>
    public static DocumentFormat? FromPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".md" or ".markdown" => DocumentFormat.Markdown,
        ".txt" or ".text" => DocumentFormat.PlainText,
        ".html" or ".htm" => DocumentFormat.Html,
        ".docx" => DocumentFormat.Docx,
        _ => null,
    };

    /// <summary>
    /// True for formats whose file is not the text EditLint lints (a .docx): their reader extracts the text, so
    /// lines and columns count in that text, not in the file's bytes.
    /// </summary>
    public static bool IsBinary(DocumentFormat format) => format == DocumentFormat.Docx;
}
