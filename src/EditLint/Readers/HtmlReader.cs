using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Readers;

/// <summary>HTML pages through AngleSharp (being built).</summary>
public sealed class HtmlReader : IDocumentReader
{
    /// <inheritdoc />
    public DocumentFormat Format => DocumentFormat.Html;

    /// <inheritdoc />
    public ArticleDocument Read(string path, SourceText text) => throw new NotImplementedException();
}
