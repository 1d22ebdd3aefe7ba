using EditLint.Semantics.People;
using EditLint.Rules;
using EditLint.Diagnostics;
using EditLint.Semantics.Quotes;

namespace EditLint.Checks.Sourcing;

/// <summary>EL1002: words attributed to a source nobody names ("a source said", "officials said", "critics say").</summary>
public sealed class UnnamedSourceRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.UnnamedSource, "Attribution to an unnamed source",
        "'{0}' does not name the source{1}: name the person or organisation, or say why they cannot be named", RuleCategory.Sourcing, Severity.Info,
        "A speech verb whose speaker is an unnamed source ('a source said', 'officials said', 'critics say', 'according to sources') with no named person or organisation.");

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> Reads { get; } = [typeof(SpeechAct), typeof(NameMention), typeof(Quote)];

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup) => setup.OnDocumentEnd(context =>
    {
        // The same unnamed group quoted again ("Diplomats said … The diplomats said") is one sourcing question, asked
        // once per article at its first use; the message says how often the article leans on it.
        // Not when the article says whose they are nearby, or why they are not named, or the words are the writer's
        // own hypothetical ("Some may criticise …"), or a named speaker reports them ("Blair acknowledged some people
        // believed …"), or the next sentence quotes a named member of the group or introduces the one person by name,
        // or the word only modifies a name ("The official Xinhua News Agency said"), or "the official" or "the report"
        // is one the article named before, or an aide or spokesman speaks for the one the sentence names, or the next
        // sentence names a document's author, or the document is only where a speaker said it ("said in her report"), or
        // it is his or her report, or one at the company the article named, or the words only follow a participle ("…,
        // noting many …").
        var groups = context.Model.GetFacts<SpeechAct>()
            .Where(act => act.Kind == SpeakerKind.Unnamed && act.Sentence.Block.IsProse && !UnnamedSourceContext.ExplainsAnonymity(context.Model, act)
                && !UnnamedSourceContext.IsHypothetical(context.Model, act) && !UnnamedSourceContext.IsIdentifiedNearby(context.Model, act)
                && !UnnamedSourceContext.IsReportedByNamedSpeaker(context.Model, act) && !UnnamedSourceContext.IsBackedByNextQuotation(context.Model, act)
                && !UnnamedSourceContext.ModifiesAName(context.Model, act) && !UnnamedSourceContext.IsIntroducedNext(context.Model, act)
                && !UnnamedSourceContext.RefersToAnIdentifiedOne(context.Model, act) && !UnnamedSourceContext.IsDocumentIntroducedWithAName(context.Model, act)
                && !UnnamedSourceContext.SpeaksForANamedOne(context.Model, act) && !UnnamedSourceContext.IsDocumentNamedNext(context.Model, act)
                && !UnnamedSourceContext.IsMediumAfterVerb(context.Model, act) && !UnnamedSourceContext.IsAuthoredByANameBefore(context.Model, act)
                && !UnnamedSourceContext.BelongsToOneNamedBefore(context.Model, act) && !UnnamedSourceContext.IsAfterAParticiple(context.Model, act))
            .GroupBy(act => UnnamedSourceContext.Head(act.Speaker));
        foreach (var group in groups)
        {
            var first = group.First();
            var count = group.Count();
            context.Report(first.Span, context.Document.Source.ToString(first.Span), count == 1 ? "" : $" (the article relies on it {count} times)");
        }
        UnnamedSourceContext.Forget(context.Model);
    });
}
