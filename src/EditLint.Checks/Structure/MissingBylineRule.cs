using EditLint.Rules;
using EditLint.Diagnostics;
using EditLint.Text;

namespace EditLint.Checks.Structure;

/// <summary>
/// EL5002: an article that names no author. The readers find the byline (front matter <c>author</c>, HTML metadata,
/// a "By …" line, a wire credit such as "(Reporting by …)"); this rule reports its absence.
/// </summary>
public sealed class MissingBylineRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.MissingByline, "Missing byline",
        "The article names no author: add 'author:' to the front matter or a 'By …' line", RuleCategory.Structure, Severity.Info,
        "No author in front matter or HTML metadata, no 'By …' line and no wire credit ('Reporting by …').");

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> Reads { get; } = [];

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup) => setup.OnDocumentEnd(context =>
    {
        if (context.Document.Metadata.Byline is null)
            context.Report(new TextSpan(0, 0));
    });
}
