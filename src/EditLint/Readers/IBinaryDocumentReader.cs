using EditLint.Documents;

namespace EditLint.Readers;

/// <summary>
/// Turns the bytes of one file of a binary format (a Word .docx) into an <see cref="ArticleDocument"/> whose
/// <see cref="ArticleDocument.Source"/> is the text the reader extracted: findings point into that text.
/// </summary>
public interface IBinaryDocumentReader
{
    /// <summary>The format this reader reads.</summary>
    DocumentFormat Format { get; }

    /// <summary>
    /// Reads <paramref name="bytes"/>; <paramref name="path"/> is only for the document's identity. A file that is not
    /// of this format, is damaged, encrypted, or past the reader's bounds or <paramref name="maxTextLength"/> characters
    /// of text is an <see cref="UnreadableDocumentException"/>.
    /// </summary>
    ArticleDocument Read(string path, ReadOnlyMemory<byte> bytes, long maxTextLength);
}

/// <summary>A file a reader cannot read; the message says why, as a phrase that follows the file's name.</summary>
public sealed class UnreadableDocumentException : Exception
{
    /// <summary>Creates the exception; <paramref name="reason"/> reads after the file's name ("is encrypted …").</summary>
    public UnreadableDocumentException(string reason)
        : base(reason)
    {
    }

    /// <summary>Creates the exception with the failure that caused it.</summary>
    public UnreadableDocumentException(string reason, Exception inner)
        : base(reason, inner)
    {
    }

    /// <summary>For serializers and analyzers; readers give a reason.</summary>
    public UnreadableDocumentException()
    {
    }
}
