using EditLint.Rules;
using EditLint.Diagnostics;

using EditLint.Semantics.People;

namespace EditLint.Checks.Consistency;

/// <summary>
/// EL4005: a person first referred to by surname alone ("Bell") or with only a
/// courtesy title ("Mr Bell"), when the full name ("Sean Bell") comes later in the article: the full name belongs at
/// the first reference. Reported once per person, at that first reference. Headings are exempt (headlines use
/// surnames by convention), as are captions, block quotes and quotations (see <see cref="PersonReferences"/>).
/// </summary>
public sealed class FirstReferenceRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.FirstReference, "First reference is not a full name",
        "'{0}' is used before the full name '{1}' (line {2}); give the full name at first reference", RuleCategory.Consistency, Severity.Info,
        "A person referred to by surname alone, or with only Mr/Ms/Dr, before the article gives their full name.");

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup) => setup.OnDocumentEnd(Analyze);

    private void Analyze(DocumentContext context)
    {
        foreach (var person in PersonReferences.Find(context.Model))
        {
            var full = person.References.FirstOrDefault(r => r.Form == ReferenceForm.FullName);
            if (full is null)
                continue;
            var early = person.References.FirstOrDefault(r => r.Form is ReferenceForm.Bare or ReferenceForm.Honorific);
            if (early is null || early.Span.Start > full.Span.Start)
                continue;
            context.Report(early.Span, [(full.Mention.Span, $"'{full.Text}'")], early.Text, full.Text, PersonReferences.Line(context.Model, full.Mention.Span));
        }
    }
}
