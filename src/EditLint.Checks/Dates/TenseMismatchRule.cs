using EditLint.Rules;
using EditLint.Diagnostics;
using EditLint.Documents;
using EditLint.Semantics.Dates;

namespace EditLint.Checks.Dates;

/// <summary>
/// EL3004: the verb's tense and the resolved date disagree: "will meet on February 20" in a February 26 article,
/// "met tomorrow". References whose direction was itself taken from the tense (a bare weekday) cannot disagree.
/// </summary>
public sealed class TenseMismatchRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.TenseMismatch, "Tense disagrees with the resolved date",
        "'{0}' is {1}, {2} the article's date ({3}), but the verb is in the {4} tense", RuleCategory.Dates, Severity.Info,
        "'will meet on Monday' where Monday resolves to before the publication date, or 'met' for a date after it.");

    // Days and weeks only: "will rise 10 pct in 1987 from last year" and "ended in 1999" (future in the past)
    // make years and months too loose to judge. "Last year's" is a noun modifier, not the verb's date.
    private static bool IsChecked(TemporalExpression e) =>
        !e.Text.EndsWith("'s", StringComparison.Ordinal) && !e.Text.EndsWith("’s", StringComparison.Ordinal) && e.Kind switch
        {
            TemporalKind.Date or TemporalKind.MonthDay or TemporalKind.RelativeDay => true,
            TemporalKind.RelativePeriod or TemporalKind.Ago => e.Resolved!.Length <= 7,
            _ => false,
        };

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> Reads { get; } = [typeof(ReferenceDate), typeof(TemporalExpression)];

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup) => setup.OnDocumentEnd(context =>
    {
        if (context.Model.ReferenceDate is not { } anchor)
            return;
        foreach (var e in context.Model.TemporalExpressions)
        {
            if (e.Resolved is not { } resolved || e.DependsOnTense || e.Block.Kind == BlockKind.Metadata || !IsChecked(e))
                continue;
            if (e.Tense == Tense.Future && resolved.End < anchor.Date)
                context.Report(e.Span, e.Text, DateWords.Interval(resolved), "before", DateWords.Day(anchor.Date), "future");
            else if (e.Tense == Tense.Past && resolved.Start > anchor.Date)
                context.Report(e.Span, e.Text, DateWords.Interval(resolved), "after", DateWords.Day(anchor.Date), "past");
        }
    });
}
