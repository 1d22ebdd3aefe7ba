using EditLint.Rules;
using EditLint.Diagnostics;
using EditLint.Semantics;
using EditLint.Semantics.Quotes;
using EditLint.Text;

namespace EditLint.Checks.Sourcing;

/// <summary>EL1003: a quotation mark without its partner, or a pair that mixes straight and curly marks.</summary>
public sealed class UnbalancedQuoteMarksRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.UnbalancedQuoteMarks, "Unbalanced quotation marks",
        "{0}", RuleCategory.Sourcing, Severity.Warning,
        "An opening quotation mark with no close (outside the convention that a quotation running over paragraphs reopens each one), a closing mark with no opening, a pair that mixes straight and curly marks, or a straight double mark written for an apostrophe (OPEC\"s).");

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> Reads { get; } = [typeof(QuoteMarkProblem)];

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup) => setup.UseFacts(new ProblemInProse());

    // Each quotation-mark problem in running text.
    private sealed class ProblemInProse : EachFact<QuoteMarkProblem>
    {
        public override IEnumerable<object> Facts(SemanticModel model) => model.GetFacts<QuoteMarkProblem>();

        protected override bool Applies(QuoteMarkProblem fact) => fact.Block.IsProse;

        protected override void Act(DocumentContext context, QuoteMarkProblem fact) => Report(context, fact);
    }

    private static void Report(DocumentContext context, QuoteMarkProblem problem) =>
        context.Report(problem.Span, new ReportDetails { Fixes = FixFor(problem) }, problem.Kind switch
            {
                QuoteMarkProblemKind.NeverClosed => $"The quotation opened by {problem.Mark} is never closed: add the closing mark",
                QuoteMarkProblemKind.NeverOpened => $"The closing {problem.Mark} has no opening mark: add it or remove this one",
                QuoteMarkProblemKind.ApostropheAsQuote => $"This \" stands for an apostrophe ({problem.Word}): write {problem.Word?.Replace('"', '\'')}",
                // A straight double quotation closed by a single mark ("the old \"stadsbus',") is not a straight/curly mix.
                _ when problem.Mark is "'" => "This quotation opens with \" but closes with ': use the same mark at both ends",
                _ => $"This quotation mixes straight and curly marks ({problem.Mark}): use one style for both",
            });

    // Editors offer these as quick fixes: close an open quotation at the end of its paragraph (before its final
    // full stop is wrong as often as right, so the mark goes last), or remove a closing mark nobody opened. A
    // curly left mark used to close becomes the right mark. Only the last two are safe for --fix: they change a
    // mark's form, where the first two guess where a quotation ends or that a mark is stray.
    private static IReadOnlyList<Fix> FixFor(QuoteMarkProblem problem) => problem.Kind switch
    {
        QuoteMarkProblemKind.NeverClosed when Partner(problem.Mark) is { } close =>
            [new Fix($"Close the quotation with {close}", [new TextEdit(new TextSpan(problem.Block.Content.SourceSpan.End, 0), close)])],
        QuoteMarkProblemKind.NeverOpened => [new Fix($"Remove the unmatched {problem.Mark}", [new TextEdit(problem.Span, "")])],
        QuoteMarkProblemKind.ApostropheAsQuote => [new Fix("Write an apostrophe", [new TextEdit(problem.Span, "'")]) { Safe = true }],
        QuoteMarkProblemKind.MixedStyles when problem.Mark == "“" => [new Fix("Use the closing mark ”", [new TextEdit(problem.Span, "”")]) { Safe = true }],
        _ => [],
    };

    private static string? Partner(string open) => open switch
    {
        "“" or "„" => "”",
        "\"" => "\"",
        "''" => "''",
        "‘" => "’",
        "«" => "»",
        _ => null,
    };
}
