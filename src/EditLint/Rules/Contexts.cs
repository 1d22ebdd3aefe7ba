using EditLint.Configuration;
using EditLint.Diagnostics;
using EditLint.Documents;
using EditLint.Engine;
using EditLint.Semantics;
using EditLint.Text;

namespace EditLint.Rules;

/// <summary>A finding as a rule reports it; the engine adds position, severity and fingerprint.</summary>
public sealed record Report(RuleDescriptor Descriptor, ArticleDocument Document, TextSpan Span, string Message, IReadOnlyList<(TextSpan Span, string Message)> Related, bool IsWorkspaceFinding = false)
{
    /// <summary>A severity other than the descriptor's default for this one finding (a user's override still wins).</summary>
    public Severity? Severity { get; init; }

    /// <summary>Fixes and properties, when the rule gave any.</summary>
    public ReportDetails Details { get; init; } = ReportDetails.None;
}

/// <summary>What a rule sees of one document, and where it reports.</summary>
public class DocumentContext
{
    private readonly RuleDescriptor _descriptor;
    private readonly Action<Report> _report;
    private readonly CancellationToken _cancellationToken;
    // The engine's budget for the rule on this document, whose token is made only when the rule asks for it.
    private readonly RuleBudget? _budget;

    internal DocumentContext(RuleDescriptor descriptor, SemanticModel model, Action<Report> report, DocumentSettings settings, CancellationToken cancellationToken, LintOptions? options = null)
    {
        _descriptor = descriptor;
        Model = model;
        Options = options ?? new LintOptions();
        _report = report;
        _cancellationToken = cancellationToken;
        Settings = settings;
    }

    internal DocumentContext(RuleDescriptor descriptor, SemanticModel model, Action<Report> report, DocumentSettings settings, RuleBudget budget, LintOptions options)
        : this(descriptor, model, report, settings, CancellationToken.None, options) => _budget = budget;

    // A block's or a sentence's context: the document's, with its own descriptor and report.
    private protected DocumentContext(DocumentContext document, RuleDescriptor descriptor, Action<Report> report)
        : this(descriptor, document.Model, report, document.Settings, document._cancellationToken, document.Options) => _budget = document._budget;

    /// <summary>The configuration that applies to this document (house style, vocabulary, severities).</summary>
    public DocumentSettings Settings { get; }

    /// <summary>The document.</summary>
    public ArticleDocument Document => Model.Document;

    /// <summary>The document's facts.</summary>
    public SemanticModel Model { get; }

    /// <summary>The run's settings (its clock, a date given on the command line).</summary>
    public LintOptions Options { get; }

    /// <summary>Cancelled when the run is, or when the rule has run past its time budget on this document.</summary>
    public CancellationToken CancellationToken => _budget?.Token ?? _cancellationToken;

    /// <summary>
    /// Says that what this rule found by comparing dates with today (<see cref="LintOptions.Clock"/>) is the same on every
    /// day from <paramref name="from"/> to <paramref name="until"/> (null: no bound). A run with a store keeps the
    /// document's result for those days; a rule that asks for today's date and says nothing is taken to hold for today only.
    /// </summary>
    public void FindingsHoldOnDays(DateOnly? from, DateOnly? until) => (Options.Clock as DayWatch)?.Declare(from, until);

    /// <summary>Reports the rule's finding at <paramref name="span"/>, the message formatted with <paramref name="args"/>.</summary>
    public void Report(TextSpan span, params object?[] args) =>
        _report(new Report(_descriptor, Document, span, _descriptor.FormatMessage(args), []));

    /// <summary>
    /// Reports a finding at a severity other than the rule's default (EL3002 adds an <c>info</c> finding at each
    /// reference to its one warning per document). A severity the user set for the rule still wins.
    /// </summary>
    public void ReportAs(Severity severity, TextSpan span, params object?[] args) =>
        _report(new Report(_descriptor, Document, span, _descriptor.FormatMessage(args), []) { Severity = severity });

    /// <summary>Reports a finding that refers to other places of the same document.</summary>
    public void Report(TextSpan span, IReadOnlyList<(TextSpan Span, string Message)> related, params object?[] args) =>
        _report(new Report(_descriptor, Document, span, _descriptor.FormatMessage(args), related));

    /// <summary>Reports a finding with related places, fixes or properties for hosts to show.</summary>
    public void Report(TextSpan span, ReportDetails details, params object?[] args) =>
        _report(new Report(_descriptor, Document, span, _descriptor.FormatMessage(args), details.Related) { Details = details });

    /// <summary>Reports a finding with details at a severity other than the rule's default (a user's severity still wins).</summary>
    public void ReportAs(Severity severity, TextSpan span, ReportDetails details, params object?[] args) =>
        _report(new Report(_descriptor, Document, span, _descriptor.FormatMessage(args), details.Related) { Details = details, Severity = severity });

    /// <summary>
    /// Reports a finding whose fix replaces the text at <paramref name="span"/> with <paramref name="replacement"/>: a
    /// substitution the house style or a pack prescribes, so a safe fix (<see cref="Fix.Safe"/>), except inside a
    /// quotation: those words are the speaker's, and changing them changes what someone said.
    /// </summary>
    public void ReportWithFix(TextSpan span, string? replacement, params object?[] args) =>
        Report(span, replacement is null ? ReportDetails.None : new ReportDetails
        {
            Fixes = [new Fix($"Replace with '{replacement}'", [new TextEdit(span, replacement)]) { Safe = !Model.QuotedText.Contains(span.Start) }],
        }, args);
}

/// <summary>One block, for rules registered with <see cref="RuleSetup.OnBlock"/>.</summary>
public sealed class BlockContext : DocumentContext
{
    internal BlockContext(DocumentContext document, Block block, RuleDescriptor descriptor, Action<Report> report)
        : base(document, descriptor, report) => Block = block;

    /// <summary>The block.</summary>
    public Block Block { get; }
}

/// <summary>One sentence, for rules registered with <see cref="RuleSetup.OnSentence"/>.</summary>
public sealed class SentenceContext : DocumentContext
{
    internal SentenceContext(DocumentContext document, Sentence sentence, RuleDescriptor descriptor, Action<Report> report)
        : base(document, descriptor, report) => Sentence = sentence;

    /// <summary>The sentence.</summary>
    public Sentence Sentence { get; }
}
