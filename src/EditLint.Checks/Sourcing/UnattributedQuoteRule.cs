using EditLint.Rules;
using EditLint.Diagnostics;
using EditLint.Semantics;
using EditLint.Semantics.Quotes;
using EditLint.Text;

namespace EditLint.Checks.Sourcing;

/// <summary>
/// EL1001: a quotation nobody is shown to have said. When the paragraph before paraphrases one speaker, or someone
/// quoted earlier in the paragraph is the likely speaker, the finding names them and offers the tag an editor would add.
/// </summary>
public sealed class UnattributedQuoteRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.UnattributedQuote, "Quote has no attribution",
        "Who said “{0}”? {1}", RuleCategory.Sourcing, Severity.Warning,
        "A direct quotation (full or partial) with no speaker: no speech verb with a speaker in its sentence or its paragraph, no 'X said:' or 'according to X' frame, not the continuation of a quotation that ends the paragraph right before, and no claim, document, official wording or actor whose words they are. A paraphrase in the paragraph before does not say whose words these are: the finding names that likely speaker and offers the tag.");

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> Reads { get; } = [typeof(Quote)];

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup) => setup.UseFacts(new Unattributed());

    // Each quotation that is its own (not the part of a multi-paragraph quotation that goes on, nor a paragraph that goes
    // on from an unattributed one: those are reported with the quotation they go on from, once) and names nobody.
    private sealed class Unattributed : EachFact<Quote>
    {
        public override IEnumerable<object> Facts(SemanticModel model) => model.GetFacts<Quote>();

        protected override bool Applies(Quote fact) => IsUnattributed(fact);

        protected override void Act(DocumentContext context, Quote fact) => Report(context, fact);
    }

    private static bool IsUnattributed(Quote quote) =>
        quote.IsQuotation && quote.Parent == null && quote.Attribution == null && quote.Block.IsProse && quote.ContinuationOf == null && quote.GoesOnFrom == null;

    private static void Report(DocumentContext context, Quote quote)
    {
        var words = Shorten(quote.Text.Trim());
        if (quote.LikelySpeaker is not { } likely)
        {
            context.Report(quote.Span, words, "Nobody is named: add the speaker or remove the quotation marks");
            return;
        }
        var tag = Tag(likely);
        var fix = TagFix(context.Document.Source, quote, tag);
        context.Report(quote.Span, new ReportDetails { Fixes = fix is null ? [] : [fix] }, words, $"{Why(likely)}: add '{tag}' or remove the quotation marks");
    }

    private static string Why(LikelySpeaker likely) => likely.Reason switch
    {
        // Whom a "he" means is a guess that can be wrong ("Mr Blair has failed …, he claimed"): the pronoun is named as written.
        LikelyReason.ParaphraseBefore when likely.Act is { Kind: SpeakerKind.Pronoun } act =>
            $"The paragraph before paraphrases someone it calls '{act.Speaker.ToLowerInvariant()}' but does not say these are their words",
        LikelyReason.ParaphraseBefore => $"The paragraph before paraphrases {InSentence(likely.Name)} but does not say these are their words",
        _ => $"{likely.Name} speaks earlier in the paragraph, but other sentences come between",
    };

    // "The actress" inside a sentence is "the actress".
    private static string InSentence(string name) => name.StartsWith("The ", StringComparison.Ordinal) ? "t" + name[1..] : name;

    // "Bell says", "the minister said", "he said": the speaker as the text named them last, in the tense of that verb.
    private static string Tag(LikelySpeaker likely)
    {
        var speaker = likely.Act?.Speaker ?? likely.Name;
        if (likely.Act?.Kind is SpeakerKind.Pronoun || speaker is "He" or "She" || speaker.StartsWith("The ", StringComparison.Ordinal))
            speaker = char.ToLowerInvariant(speaker[0]) + speaker[1..];
        var verb = likely.Act?.Verb ?? "said";
        var present = verb.EndsWith('s') && !verb.EndsWith("ss", StringComparison.Ordinal);
        return $"{speaker} {(present ? "says" : "said")}";
    }

    // The tag after the closing mark: “… times.” becomes “… times,” Smith said. and “…”. becomes “…”, Smith said. No fix
    // for a quotation left open (it runs on into the next paragraph) or whose marks are not where the facts say.
    private static Fix? TagFix(SourceText source, Quote quote, string tag)
    {
        if (quote.IsOpenEnded || quote.Marks == QuoteMarks.Block || quote.InnerSpan.Length == 0)
            return null;
        var close = quote.Span.End;
        var last = quote.InnerSpan.End - 1;
        if (close > source.Length || last < 0 || char.IsWhiteSpace(source[last]))
            return null;
        TextEdit[] edits = source[last] switch
        {
            '.' => [new TextEdit(new TextSpan(last, 1), ","), new TextEdit(new TextSpan(close, 0), $" {tag}.")],
            '?' or '!' => [new TextEdit(new TextSpan(close, 0), $" {tag}.")],
            ',' => [new TextEdit(new TextSpan(close, 0), $" {tag},")],
            _ => [new TextEdit(new TextSpan(close, 0), $", {tag}")],
        };
        return new Fix($"Add '{tag}'", edits);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
