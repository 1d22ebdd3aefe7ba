using EditLint.Diagnostics;
using EditLint.Semantics.Dates;

namespace EditLint.Rules.Dates;

/// <summary>
/// EL3003: a weekday stated with a date it does not fall on ("Wednesday, February 27, 2025"; "yesterday (Tuesday)"
/// in a Tuesday article). A correction waiting to be printed, so an error.
/// </summary>
public sealed class WeekdayMismatchRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.WeekdayMismatch, "Weekday does not match the date",
        "'{0}' says {1}, but {2} is a {3}", RuleCategory.Dates, Severity.Error,
        "A weekday next to a date it does not fall on, or a relative day ('yesterday (Tuesday)') that resolves to another weekday.");

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup) =>
        setup.Match<TemporalExpression>(e => e.StatedWeekday is { } stated && e.Date is { } date && date.DayOfWeek != stated)
            .Then((context, e) => context.Report(e.Span, e.Text, e.StatedWeekday, DateWords.Day(e.Date!.Value), e.Date.Value.DayOfWeek));
}
