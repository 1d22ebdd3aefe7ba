using EditLint.Rules;
using EditLint.Diagnostics;
using EditLint.Text;
using EditLint.Semantics.Dates;

namespace EditLint.Checks.Dates;

/// <summary>
/// EL3005: an update date before the publication date, or a publication date in the future. Compared by day:
/// a time on one date and none on the other must not make the same day look earlier.
/// </summary>
public sealed class UpdatedBeforePublishedRule : Rule
{
    // Time zones and scheduled posts: a date one day ahead of the clock is not yet a mistake.
    private const int FutureToleranceDays = 1;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.UpdatedBeforePublished, "Updated before published",
        "{0}", RuleCategory.Dates, Severity.Warning,
        "A 'Last updated' or 'updated:' date earlier than the publication date, or a publication date in the future.");

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> Reads { get; } = [];

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup) => setup.OnDocumentEnd(context =>
    {
        var metadata = context.Document.Metadata;
        if (context.Model.PublicationDate is not { } published)
            return;
        var publishedDay = DateMath.Day(published.Value);
        if (metadata.Updated is { } updated && DateMath.Day(updated.Value) is var updatedDay && updatedDay < publishedDay)
        {
            var related = published.Span is { } p ? new List<(TextSpan, string)> { (p, $"published {DateWords.Day(publishedDay)}") } : [];
            context.Report(updated.Span ?? new TextSpan(0, 0), related,
                $"Updated {DateWords.Day(updatedDay)} ({updated.Origin}) is before the publication date, {DateWords.Day(publishedDay)} ({published.Origin})");
        }
        var now = context.Options.Clock.GetUtcNow();
        var today = DateMath.Day(now);
        if (DateMath.PlusDays(today, FutureToleranceDays) is { } tolerated && publishedDay > tolerated)
            context.Report(published.Span ?? new TextSpan(0, 0), $"The publication date, {DateWords.Day(publishedDay)} ({published.Origin}), is in the future (today is {DateWords.Day(today)})");
        else
        {
            // Not in the future today, so not on any later day: a stored result holds from today on. (A finding names
            // today, so it holds for today only, as the engine takes it when nothing is said.)
            context.FindingsHoldOnDays(DateOnly.FromDateTime(now.UtcDateTime), null);
        }
    });
}
