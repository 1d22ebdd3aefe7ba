using EditLint.Semantics.Dates;
using EditLint.Rules;
using EditLint.Diagnostics;
using EditLint.Text;

namespace EditLint.Checks.Dates;

/// <summary>
/// EL3002: "on Wednesday", "yesterday" and "last week" in an article with no date mean nothing to a reader of
/// the archive. One warning per document lists them; each reference also gets an info finding of its own.
/// </summary>
public sealed class UnanchoredRelativeDateRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.UnanchoredRelativeDate, "Relative date without an anchor",
        "Nothing to resolve {0} against: the article has no publication date", RuleCategory.Dates, Severity.Warning,
        "'on Wednesday', 'yesterday', 'last week', 'this month' in an article that has no date to resolve them against.");

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> Reads { get; } = [typeof(ReferenceDate), typeof(TemporalExpression)];

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup) => setup.OnDocumentEnd(context =>
    {
        if (context.Model.ReferenceDate is not null)
            return;
        var references = context.Model.TemporalExpressions.Where(e => e.IsRelative).ToList();
        if (references.Count == 0)
            return;

        var listed = string.Join(", ", references.Take(5).Select(e => $"'{e.Text}'")) + (references.Count > 5 ? $" and {references.Count - 5} more" : "");
        var count = references.Count == 1 ? "1 relative date" : $"{references.Count} relative dates";
        context.Report(new TextSpan(0, 0), [.. references.Select(e => (e.Span, $"'{e.Text}'"))], $"{count} ({listed})");
        foreach (var reference in references)
            context.ReportAs(Severity.Info, reference.Span, $"'{reference.Text}'");
    });
}
