using BenchmarkDotNet.Attributes;
using EditLint.Documents;
using EditLint.Engine;
using EditLint.Readers;
using EditLint.Checks.Figures;
using EditLint.Semantics;
using EditLint.Semantics.Figures;
using EditLint.Text;

namespace EditLint.Benchmarks;

/// <summary>
/// Figure extraction and EL2001 (issue 4) must cost time in proportion to the text, not to pairs of figures: one
/// document made of corpus article bodies at 1× and 10× the number of articles puts thousands of figures under
/// the same groups ("people", "jobs", dollars), which is where a pairwise comparison would show (EL2001 weighs a figure
/// against at most 48 of its group, and the headline against its group). The mean for 10× should be
/// about ten times the mean for 1×.
/// </summary>
[MemoryDiagnoser]
public class FigureBenchmarks
{
    private const int BaseArticles = 200;
    private readonly DocumentLoader _loader = new([new MarkdownReader()]);
    private ArticleDocument _document = null!;
    private SemanticModel _prepared = null!;
    private LintEngine _engine = null!;

    /// <summary>How many times <see cref="BaseArticles"/> articles the document holds.</summary>
    [Params(1, 10)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = Corpus.LongDocument(BaseArticles * Scale, "title: Long article\ndate: 2025-02-26");
        _document = _loader.Read("long.md", text, DocumentFormat.Markdown);
        // The facts figures are read from (tokens, sentences, dates) are computed once here, so ExtractFigures
        // measures the figure pass alone.
        _prepared = new SemanticModel(_document);
        _ = _prepared.Tokens;
        _ = _prepared.Sentences;
        _ = _prepared.TemporalExpressions;
        _engine = new LintEngine([new InconsistentFiguresRule()], _loader);
    }

    [Benchmark]
    public int ExtractFigures() => FigureExtractor.Extract(_prepared).Count;

    /// <summary>EL2001 end to end on the document: model, figures, headline figures and restatements.</summary>
    [Benchmark]
    public int InconsistentFigures() =>
        _engine.Run([_document], new LintOptions { MaxDegreeOfParallelism = 1 }).Diagnostics.Count;
}
