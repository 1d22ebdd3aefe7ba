using EditLint.Diagnostics;
using EditLint.Documents;
using EditLint.Semantics;
using EditLint.Text;

namespace EditLint.Rules;

/// <summary>A finding as a rule reports it; the engine adds position, severity and fingerprint.</summary>
public sealed record Report(RuleDescriptor Descriptor, ArticleDocument Document, TextSpan Span, string Message, IReadOnlyList<(TextSpan Span, string Message)> Related, bool IsWorkspaceFinding = false)
{
    /// <summary>Fixes and properties, when the rule gave any.</summary>
    public ReportDetails Details { get; init; } = ReportDetails.None;
}

/// <summary>What a rule sees of one document, and where it reports.</summary>
public class DocumentContext
{
    private readonly RuleDescriptor _descriptor;
    private readonly Action<Report> _report;

    internal DocumentContext(RuleDescriptor descriptor, SemanticModel model, Action<Report> report, CancellationToken cancellationToken)
    {
        _descriptor = descriptor;
        Model = model;
        _report = report;
        CancellationToken = cancellationToken;
    }

    /// <summary>The document.</summary>
    public ArticleDocument Document => Model.Document;

    /// <summary>The document's facts.</summary>
    public SemanticModel Model { get; }

    /// <summary>Cancelled when the run is.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Reports the rule's finding at <paramref name="span"/>, the message formatted with <paramref name="args"/>.</summary>
    public void Report(TextSpan span, params object?[] args) =>
        _report(new Report(_descriptor, Document, span, _descriptor.FormatMessage(args), []));

    /// <summary>Reports a finding that refers to other places of the same document.</summary>
    public void Report(TextSpan span, IReadOnlyList<(TextSpan Span, string Message)> related, params object?[] args) =>
        _report(new Report(_descriptor, Document, span, _descriptor.FormatMessage(args), related));

    /// <summary>Reports a finding with related places, fixes or properties for hosts to show.</summary>
    public void Report(TextSpan span, ReportDetails details, params object?[] args) =>
        _report(new Report(_descriptor, Document, span, _descriptor.FormatMessage(args), details.Related) { Details = details });
}

/// <summary>One block, for rules registered with <see cref="RuleSetup.OnBlock"/>.</summary>
public sealed class BlockContext : DocumentContext
{
    internal BlockContext(DocumentContext document, Block block, RuleDescriptor descriptor, Action<Report> report)
        : base(descriptor, document.Model, report, document.CancellationToken) => Block = block;

    /// <summary>The block.</summary>
    public Block Block { get; }
}

/// <summary>One sentence, for rules registered with <see cref="RuleSetup.OnSentence"/>.</summary>
public sealed class SentenceContext : DocumentContext
{
    internal SentenceContext(DocumentContext document, Sentence sentence, RuleDescriptor descriptor, Action<Report> report)
        : base(descriptor, document.Model, report, document.CancellationToken) => Sentence = sentence;

    /// <summary>The sentence.</summary>
    public Sentence Sentence { get; }
}

/// <summary>Every document of the run, for cross-article rules.</summary>
public sealed class WorkspaceContext
{
    private readonly RuleDescriptor _descriptor;
    private readonly Action<Report> _report;

    internal WorkspaceContext(RuleDescriptor descriptor, IReadOnlyList<SemanticModel> documents, Action<Report> report)
    {
        _descriptor = descriptor;
        Documents = documents;
        _report = report;
    }

    /// <summary>The models of every document that could be read, in path order.</summary>
    public IReadOnlyList<SemanticModel> Documents { get; }

    /// <summary>Reports a workspace finding at <paramref name="span"/> of <paramref name="document"/>.</summary>
    public void Report(ArticleDocument document, TextSpan span, IReadOnlyList<(TextSpan Span, string Message)> related, params object?[] args) =>
        _report(new Report(_descriptor, document, span, _descriptor.FormatMessage(args), related, IsWorkspaceFinding: true));
}
