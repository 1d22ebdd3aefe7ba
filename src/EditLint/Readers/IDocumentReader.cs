using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Readers;

/// <summary>Turns the text of one file of one format into an <see cref="ArticleDocument"/>.</summary>
public interface IDocumentReader
{
    /// <summary>The format this reader reads.</summary>
    DocumentFormat Format { get; }

    /// <summary>Reads <paramref name="text"/>; <paramref name="path"/> is only for the document's identity.</summary>
    ArticleDocument Read(string path, SourceText text);
}
