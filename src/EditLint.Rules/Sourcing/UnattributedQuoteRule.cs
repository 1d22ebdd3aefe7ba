using EditLint.Diagnostics;
using EditLint.Semantics.Quotes;

namespace EditLint.Rules.Sourcing;

/// <summary>EL1001: a quotation nobody is shown to have said.</summary>
public sealed class UnattributedQuoteRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.UnattributedQuote, "Quote has no attribution",
        "Who said “{0}”? Add the speaker or remove the quotation marks", RuleCategory.Sourcing, Severity.Warning,
        "A direct quotation (full or partial) with no speaker: no speech verb with a speaker in its sentence, no 'X said:' or 'according to X' frame, no speaker carried over from the paragraph before or the same paragraph, none named in the next sentence of a lede, and no claim, document, official wording or actor whose words they are.");

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup) =>
        setup.Match<Quote>(quote => quote.IsQuotation && quote.Parent is null && quote.Attribution is null && quote.Block.IsProse)
            .Then((context, quote) => context.Report(quote.Span, Shorten(quote.Text.Trim())));

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
