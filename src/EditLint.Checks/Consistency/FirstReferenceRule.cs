using EditLint.Semantics.Quotes;
using EditLint.Diagnostics;
using EditLint.Rules;
using EditLint.Semantics;
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
    public override IReadOnlyCollection<Type> Reads { get; } = [typeof(NameMention), typeof(Quote)];

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup) => setup.UseFacts(new NamedLate());

    // Each person of the article whose surname (with or without a title) comes before their full name.
    private sealed class NamedLate : EachFact<PersonReferences.Person>
    {
        public override IEnumerable<object> Facts(SemanticModel model) => PersonReferences.Find(model);

        protected override bool Applies(PersonReferences.Person fact) => EarlyReference(fact) != null;

        protected override void Act(DocumentContext context, PersonReferences.Person fact) => Report(context, fact);
    }

    // The first surname-only reference, when it comes before the full name.
    private static PersonReference? EarlyReference(PersonReferences.Person person)
    {
        var full = person.References.FirstOrDefault(r => r.Form == ReferenceForm.FullName);
        var early = person.References.FirstOrDefault(r => r.Form is ReferenceForm.Bare or ReferenceForm.Honorific);
        return full is null || early is null || early.Span.Start > full.Span.Start ? null : early;
    }

    private static void Report(DocumentContext context, PersonReferences.Person person)
    {
        var full = person.References.First(r => r.Form == ReferenceForm.FullName);
        var early = EarlyReference(person)!;
        context.Report(early.Span, [(full.Mention.Span, $"'{full.Text}'")], early.Text, full.Text, PersonReferences.Line(context.Model, full.Mention.Span));
    }
}
