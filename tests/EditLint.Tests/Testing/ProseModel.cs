using EditLint.Documents;
using EditLint.Engine;
using EditLint.Readers;
using EditLint.Semantics;
using EditLint.Text;

namespace EditLint.Tests.Testing;

/// <summary>The semantic model of a few paragraphs of Markdown prose, dated so that dates resolve: what fact tests read.</summary>
internal static class ProseModel
{
    private static readonly DocumentLoader Loader = new([new MarkdownReader()]);

    public static SemanticModel Of(string prose) =>
        new(Loader.Read("test.md", new SourceText($"---\ndate: 2025-02-26\n---\n\n{prose}\n"), DocumentFormat.Markdown));
}
