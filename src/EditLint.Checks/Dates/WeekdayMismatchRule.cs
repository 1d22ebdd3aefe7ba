using EditLint.Rules;
using EditLint.Diagnostics;
using EditLint.Semantics;
using EditLint.Semantics.Dates;

namespace EditLint.Checks.Dates;

/// <summary>
/// EL3003: a weekday stated with a date it does not fall on ("Wednesday, February 27, 2025", "Monday, 2025-02-27";
/// "yesterday (Tuesday)" in a Tuesday article), and a written date the calendar does not have ("February 30",
/// "April 31", "2025-02-29"). A correction waiting to be printed, so an error.
/// </summary>
public sealed class WeekdayMismatchRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.WeekdayMismatch, "Weekday does not match the date",
        "'{0}' {1}", RuleCategory.Dates, Severity.Error,
        "A weekday next to a date it does not fall on, or a relative day ('yesterday (Tuesday)') that resolves to another weekday; a written date that does not exist ('February 30', 'April 31').");

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> Reads { get; } = [typeof(TemporalExpression)];

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup) => setup.UseFacts(new WrongOrImpossible());

    // Each date stated with a weekday it does not fall on, and each date the calendar does not have.
    private sealed class WrongOrImpossible : EachFact<TemporalExpression>
    {
        public override IEnumerable<object> Facts(SemanticModel model) => model.GetFacts<TemporalExpression>();

        protected override bool Applies(TemporalExpression date) => IsWrongWeekday(date) || date.Impossible != null;

        protected override void Act(DocumentContext context, TemporalExpression date) => Report(context, date);
    }

    private static bool IsWrongWeekday(TemporalExpression e) => e.StatedWeekday is { } stated && e.Date is { } date && date.DayOfWeek != stated;

    private static void Report(DocumentContext context, TemporalExpression e)
    {
        if (IsWrongWeekday(e))
            context.Report(e.Span, e.Text, $"says {e.StatedWeekday}, but {DateWords.Day(e.Date!.Value)} is a {e.Date.Value.DayOfWeek}");
        if (e.Impossible is not null)
            context.Report(e.Span, e.Text, $"is not a date: {e.Impossible}");
    }
}
