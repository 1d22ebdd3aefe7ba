using EditLint.Rules;
using EditLint.Diagnostics;
using EditLint.Documents;
using EditLint.Readers;

namespace EditLint.Checks.Structure;

/// <summary>
/// EL5001: web-page furniture left inside the article body. The readers recognise the furniture blocks (they must, so
/// that no other rule lints them); this rule reports the pieces that sit between the body's paragraphs, where a
/// copy-paste from a web page leaves them, and a wire service's sign-off left at the end of a paragraph (found by
/// PageResidue, reported here: the paragraph is prose). Furniture around the body (menus, footers) is skipped silently.
/// </summary>
public sealed class PageResidueRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.PageResidue, "Page residue in article body",
        "Page residue in the article body ({0}): remove '{1}'", RuleCategory.Structure, Severity.Warning,
        "Text that belongs to a web page, not the article: share counters, 'Read more', related-story lists, app-install, newsletter and video-player prompts, image credits, links to audio, wire sign-offs.");

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> Reads { get; } = [];

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup)
    {
        setup.OnBlock(context =>
        {
            if (context.Block.IsInsideBody)
                context.Report(context.Block.Content.SourceSpan, context.Block.ChromeReason ?? "page furniture", context.Block.Text);
        }, BlockScope.PageChrome);
        // A wire service's sign-off stays inside the paragraph it ends.
        setup.OnBlock(context =>
        {
            if (context.Block.Kind == BlockKind.Paragraph && PageResidue.TrailingWireResidue(context.Block.Text) is var (start, length))
                context.Report(context.Block.Content.ToSource(start, length), "wire transmission residue", context.Block.Text.Substring(start, length).Trim());
        });
    }
}
