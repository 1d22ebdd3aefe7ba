using EditLint.Diagnostics;
using EditLint.Semantics.Quotes;

namespace EditLint.Rules.Sourcing;

/// <summary>EL1003: a quotation mark without its partner, or a pair that mixes straight and curly marks.</summary>
public sealed class UnbalancedQuoteMarksRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.UnbalancedQuoteMarks, "Unbalanced quotation marks",
        "{0}", RuleCategory.Sourcing, Severity.Warning,
        "An opening quotation mark with no close (outside the convention that a quotation running over paragraphs reopens each one), a closing mark with no opening, or a pair that mixes straight and curly marks.");

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup) =>
        setup.Match<QuoteMarkProblem>(problem => problem.Block.IsProse)
            .Then((context, problem) => context.Report(problem.Span, problem.Kind switch
            {
                QuoteMarkProblemKind.NeverClosed => $"The quotation opened by {problem.Mark} is never closed: add the closing mark",
                QuoteMarkProblemKind.NeverOpened => $"The closing {problem.Mark} has no opening mark: add it or remove this one",
                _ => $"This quotation mixes straight and curly marks ({problem.Mark}): use one style for both",
            }));
}
