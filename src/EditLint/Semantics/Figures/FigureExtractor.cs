using EditLint.Documents;
using EditLint.Semantics.Dates;
using EditLint.Text;

namespace EditLint.Semantics.Figures;

/// <summary>
/// Finds the figures of a document's prose: each prose block's tokens are read once (<see cref="BlockFigureReader"/>:
/// the number, what it is and what it is not, then the words around it), then each figure is put in its sentence with
/// its time and place (<see cref="ScopeReader"/>), and the figures are read against their neighbours
/// (<see cref="NeighbourFigures"/>): elliptical counts, "of that", breakdowns.
/// </summary>
public static class FigureExtractor
{
    /// <summary>The figures of <paramref name="model"/>'s prose, in document order.</summary>
    public static IReadOnlyList<Figure> Extract(SemanticModel model)
    {
        var figures = new List<Figure>();
        // The document's array itself, which every block's reader indexes (the tokenizer makes an array; another
        // extractor's list is copied once here, not per block).
        var tokens = model.Tokens as Token[] ?? [.. model.Tokens];
        // Each block's dates, so a number is checked against its own block's few dates, not the document's.
        var datesByBlock = model.TemporalExpressions.GroupBy(d => d.Block).ToDictionary(g => g.Key, g => (IReadOnlyList<TemporalExpression>)[.. g]);
        var start = 0;
        while (start < tokens.Length)
        {
            var block = tokens[start].Block;
            var end = start;
            while (end < tokens.Length && tokens[end].Block == block)
                end++;
            if (block.IsProse)
                new BlockFigureReader(new BlockTokens(block, tokens, start, end), datesByBlock.GetValueOrDefault(block, [])).Read(figures);
            start = end;
        }
        ScopeReader.Assign(model, figures);
        NeighbourFigures.CarryCountedThings(figures);
        NeighbourFigures.ResolveAnaphoricWholes(figures);
        NeighbourFigures.MarkBreakdowns(figures);
        if (HeadlineBlock(model.Document) is { } headline)
        {
            foreach (var figure in figures)
                figure.IsHeadline = figure.Block == headline;
        }
        return figures;
    }

    /// <summary>
    /// The figures of the article's headline, marked <see cref="Figure.IsHeadline"/>: those of its first-level heading
    /// or of the prose block that holds its headline line, else read from the title in its metadata (front matter,
    /// og:title), which is no block of the body. A headline restates the story's main figure, so EL2001 compares it
    /// with the body.
    /// </summary>
    public static IReadOnlyList<Figure> ExtractHeadline(SemanticModel model)
    {
        var document = model.Document;
        if (HeadlineBlock(document) is { } block)
            return [.. model.Figures.Where(f => f.Block == block)];
        // Read the title where it is written, so that findings point at it.
        if (document.TitleTextSpan is not { Length: > 0 } inner)
            return [];
        var headline = new Block(BlockKind.Heading, inner, ProseText.Verbatim(document.Source, inner), level: 1, insideBody: false);
        var tokens = new List<Token>();
        Tokenizer.Tokenize(headline, tokens);
        var figures = new List<Figure>();
        new BlockFigureReader(new BlockTokens(headline, [.. tokens], 0, tokens.Count), []).Read(figures);
        foreach (var figure in figures)
        {
            figure.SentenceIndex = -1;
            figure.IsHeadline = true;
        }
        return figures;
    }

    // The body block that is the headline: the first first-level heading, or the prose block holding the title line.
    private static Block? HeadlineBlock(ArticleDocument document) =>
        document.Blocks.FirstOrDefault(b => b is { Kind: BlockKind.Heading, Level: 1 })
        ?? (document.TitleTextSpan is { } at ? document.Blocks.FirstOrDefault(b => b.IsProse && b.Span.Start <= at.Start && at.End <= b.Span.End) : null);
}
