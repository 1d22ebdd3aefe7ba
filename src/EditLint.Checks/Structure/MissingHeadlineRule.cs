using EditLint.Rules;
using EditLint.Diagnostics;
using EditLint.Text;

namespace EditLint.Checks.Structure;

/// <summary>EL5003: an article with no headline.</summary>
public sealed class MissingHeadlineRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.MissingHeadline, "Missing headline",
        "The article has no headline: add 'title:' to the front matter or a first-level heading", RuleCategory.Structure, Severity.Warning,
        "No title in front matter or HTML metadata, no first-level heading, no title line.");

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> Reads { get; } = [];

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup) => setup.OnDocumentEnd(context =>
    {
        if (context.Document.Metadata.Title is null)
            context.Report(new TextSpan(0, 0));
    });
}
