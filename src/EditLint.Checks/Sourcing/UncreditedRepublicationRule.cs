using EditLint.Rules;
using EditLint.Text;
using System.Text.RegularExpressions;
using EditLint.Diagnostics;
using EditLint.Readers;
using EditLint.Documents;

namespace EditLint.Checks.Sourcing;

/// <summary>
/// EL1006: text marked as taken from elsewhere ("Read Entire Article", "Source:", "This article first
/// appeared in…") in an article that names no source outlet: no front-matter source, no agency dateline, no
/// credit line.
/// </summary>
public sealed partial class UncreditedRepublicationRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.UncreditedRepublication, "Republished text without source credit",
        "'{0}' marks this text as taken from another outlet, but the article credits none: add a credit line naming the source", RuleCategory.Sourcing, Severity.Warning,
        "Body text marked as republished ('Read Entire Article', 'Source:', 'originally published', agency tags) without a credit line naming the outlet.");

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> Reads { get; } = [];

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup) => setup.OnDocumentEnd(context =>
    {
        var document = context.Document;
        var body = document.Blocks.Where(b => b.IsInsideBody).ToList();
        if (document.Metadata.Source is not null || body.Any(b => CreditLine().IsMatch(b.Text) || HeaderLines.IsWireCredit(b.Text)) || HasSplitCreditLine(body))
            return;
        // A heading titles a section ("## Source" over a dataset's provenance); it marks nothing as taken from elsewhere.
        var marker = body.FirstOrDefault(b => b.Kind is not (BlockKind.Code or BlockKind.Heading) && RepublishedMarker().IsMatch(b.Text));
        if (marker is not null)
            context.Report(marker.Content.SourceSpan, marker.Text.Trim());
    });

    // "Source:" on a line of its own and the outlet on the next, as a scraped page lays it out.
    private static bool HasSplitCreditLine(List<Block> body)
    {
        for (var i = 0; i + 1 < body.Count; i++)
        {
            // The outlet is a short paragraph of its own, not a heading, code or another marker ("Read the full story").
            if (body[i].Kind != BlockKind.Heading && SourceLabel().IsMatch(body[i].Text) && body[i + 1].Kind == BlockKind.Paragraph
                && body[i + 1].Text.Trim() is { Length: > 0 and <= 80 } next && char.IsUpper(next[0]) && !RepublishedMarker().IsMatch(next))
                return true;
        }
        return false;
    }

    [GeneratedRegex(@"^\s*(?:source|credit|courtesy)\s*:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex SourceLabel();

    [GeneratedRegex(@"^\s*(?:read (?:the )?(?:entire|full|original) (?:article|story)|(?:this|the) (?:article|story|piece) (?:was )?(?:originally|first) (?:published|appeared)\b.{0,80}|originally published\b.{0,80}|republished\b.{0,80}|syndicated from\b.{0,80}|source:?)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex RepublishedMarker();

    // "Source: Sky News", "Credit: AP", "© Reuters 2025", "via The Guardian"; a wire credit ("(Reporting by …)") is
    // HeaderLines' to recognise.
    [GeneratedRegex(@"^\s*(?:(?:source|credit|courtesy|via|copyright)\s*:?\s+\p{Lu}.{1,80}|©\s*\p{Lu}.{1,60})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex CreditLine();
}
