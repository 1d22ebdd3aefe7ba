using EditLint.Rules;
using EditLint.Diagnostics;
using EditLint.Semantics.Quotes;

namespace EditLint.Checks.Sourcing;

/// <summary>EL1004: a quotation attributed to "he" or "she" when nobody, or more than one person, could be meant.</summary>
public sealed class AmbiguousPronounSpeakerRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.AmbiguousPronounSpeaker, "Ambiguous pronoun speaker",
        "'{0}' {1}: name the speaker", RuleCategory.Sourcing, Severity.Info,
        "A quotation attributed to 'he' or 'she' where no person has been named before, or where the sentence before names two different people and neither is its subject.");

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> Reads { get; } = [typeof(Quote)];

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup) => setup.OnDocumentEnd(context =>
    {
        // "He said Bez was “loopy” and “stressed”": one finding for the speech act, not one per quotation.
        var reported = new HashSet<Text.TextSpan>();
        foreach (var quote in context.Model.Quotes)
        {
            if (!IsPronounQuotation(quote))
                continue;
            var act = quote.Attribution!.Act!;
            if (act.Speaker.ToLowerInvariant() is not ("he" or "she") || !reported.Add(act.Span))
                continue;
            if (act.Antecedent is null)
                context.Report(act.Span, context.Document.Source.ToString(act.Span), "refers to nobody named before it");
            else if (act.IsAmbiguous)
                context.Report(act.Span, context.Document.Source.ToString(act.Span), "could refer to more than one person named in the sentence before");
        }
    });

    private static bool IsPronounQuotation(Quote quote) =>
        quote.IsQuotation && quote.Parent is null && quote.Attribution is { Method: AttributionMethod.SpeechVerb, Act.Kind: SpeakerKind.Pronoun };
}
