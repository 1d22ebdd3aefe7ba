using EditLint.Rules;
using EditLint.Diagnostics;
using EditLint.Text;

namespace EditLint.Checks.Dates;

/// <summary>EL3001: an article with no publication date cannot anchor "on Wednesday" or "last week".</summary>
public sealed class MissingDateRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.MissingDate, "Article has no date",
        "The article has no publication date: add 'date:' to the front matter, a 'Published on' line or a dated dateline", RuleCategory.Dates, Severity.Warning,
        "No publication date from front matter, HTML metadata, a dateline, or a 'Posted/Published on' line.");

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> Reads { get; } = [];

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup) => setup.OnDocumentEnd(context =>
    {
        if (context.Model.PublicationDate is null)
            context.Report(new TextSpan(0, 0));
    });
}
