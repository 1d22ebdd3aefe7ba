using EditLint.Diagnostics;
using EditLint.Semantics.Quotes;

namespace EditLint.Rules.Sourcing;

/// <summary>EL1002: words attributed to a source nobody names ("a source said", "officials said", "critics say").</summary>
public sealed class UnnamedSourceRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.UnnamedSource, "Attribution to an unnamed source",
        "'{0}' does not name the source: name the person or organisation, or say why they cannot be named", RuleCategory.Sourcing, Severity.Info,
        "A speech verb whose speaker is an unnamed source ('a source said', 'officials said', 'critics say', 'according to sources') with no named person or organisation.");

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup) =>
        setup.Match<SpeechAct>(act => act.Kind == SpeakerKind.Unnamed && act.Sentence.Block.IsProse)
            .Then((context, act) => context.Report(act.Span, context.Document.Source.ToString(act.Span)));
}
