using EditLint.Semantics.Quotes;
using EditLint.Configuration;
using EditLint.Diagnostics;
using EditLint.Rules;
using EditLint.Semantics;
using EditLint.Semantics.People;

namespace EditLint.Checks.Consistency;

/// <summary>
/// EL4004: later references to one person made both with a courtesy title ("Mr Putin") and without ("Putin") in one
/// article; or, with a house style configured (<c>style: { honorifics: always | never }</c>), any later reference that
/// breaks it. Full names ("Vladimir Putin") and job titles ("President Putin") are never reported. Only people count
/// (see <see cref="PersonReferences"/>).
/// </summary>
public sealed class HonorificStyleRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.HonorificStyle, "Honorific use inconsistent",
        "'{0}' here, but {1}", RuleCategory.Consistency, Severity.Info,
        "Later references to one person sometimes with Mr, Mrs, Ms, Miss, Mx or Dr and sometimes without, or against the configured house style.");

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> Reads { get; } = [typeof(NameMention), typeof(Quote)];

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup) => setup.UseFacts(new LaterReferences());

    // Each person of the article referred to again later, with or without a courtesy title.
    private sealed class LaterReferences : EachFact<PersonReferences.Person>
    {
        public override IEnumerable<object> Facts(SemanticModel model) => PersonReferences.Find(model);

        protected override bool Applies(PersonReferences.Person fact) => fact.References.Any(r => r.Form is ReferenceForm.Honorific or ReferenceForm.Bare);

        protected override void Act(DocumentContext context, PersonReferences.Person fact) => Analyze(context, fact);
    }

    private static void Analyze(DocumentContext context, PersonReferences.Person person)
    {
        var house = context.Settings.Style.Honorifics;
        var later = person.References.Where(r => r.Form is ReferenceForm.Honorific or ReferenceForm.Bare).ToList();
        var titled = later.Where(r => r.Form == ReferenceForm.Honorific).ToList();
        var bare = later.Where(r => r.Form == ReferenceForm.Bare).ToList();
        if (house == HonorificStyle.Never)
        {
            foreach (var r in titled)
                context.ReportWithFix(r.Span, r.Surname, r.Text, $"house style is '{r.Surname}' on later references, without a courtesy title");
            return;
        }
        if (house == HonorificStyle.Always)
        {
            // The title this article gives the person, if any; without one the right title is not ours to guess.
            var title = titled.FirstOrDefault()?.Title;
            var first = person.References[0];
            foreach (var r in bare.Where(r => r != first))
            {
                if (title is null)
                    context.Report(r.Span, r.Text, $"house style is a courtesy title on later references (Mr, Ms, Dr {r.Surname}…)");
                else
                    context.ReportWithFix(r.Span, $"{title} {r.Surname}", r.Text, $"house style is '{title} {r.Surname}' on later references");
            }
            return;
        }
        if (titled.Count == 0 || bare.Count == 0)
            return;
        // The more used form is the article's style; on a tie, the form used first.
        var usual = titled.Count > bare.Count || (titled.Count == bare.Count && titled[0].Span.Start < bare[0].Span.Start) ? titled : bare;
        var other = usual == titled ? bare : titled;
        var example = usual[0];
        var line = PersonReferences.Line(context.Model, example.Span);
        foreach (var r in other)
        {
            var message = $"'{example.Text}' elsewhere in this article ({usual.Count}×, first on line {line}); use one style for later references";
            context.Report(r.Span, [(example.Span, $"'{example.Text}'")], r.Text, message);
        }
    }
}
