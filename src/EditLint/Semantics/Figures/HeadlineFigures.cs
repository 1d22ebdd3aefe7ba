namespace EditLint.Semantics.Figures;

/// <summary>The figures of an article's headline, one fact per document (see <see cref="FigureExtractor.ExtractHeadline"/>).</summary>
public sealed record HeadlineFigures(IReadOnlyList<Figure> Figures);
