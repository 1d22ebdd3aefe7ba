using EditLint.Rules.Consistency;
using EditLint.Rules.Dates;
using EditLint.Rules.Sourcing;
using EditLint.Rules.Figures;
using EditLint.Rules.Structure;

namespace EditLint.Rules;

/// <summary>The built-in rules.</summary>
public static class BuiltInRules
{
    /// <summary>Every built-in rule type, one per ID.</summary>
    public static IReadOnlyList<Type> Types { get; } =
    [
        typeof(UnattributedQuoteRule),
        typeof(UnnamedSourceRule),
        typeof(UnbalancedQuoteMarksRule),
        typeof(AmbiguousPronounSpeakerRule),
        typeof(QuoteRenderedDifferentlyRule),
        typeof(UncreditedRepublicationRule),
        typeof(InconsistentFiguresRule),
        typeof(SharesOverWholeRule),
        typeof(DateArithmeticRule),
        typeof(CurrencyConversionRule),
        typeof(NumberStyleRule),
        typeof(MissingDateRule),
        typeof(UnanchoredRelativeDateRule),
        typeof(WeekdayMismatchRule),
        typeof(TenseMismatchRule),
        typeof(UpdatedBeforePublishedRule),
        typeof(NameSpellingRule),
        typeof(DuplicatedSentenceRule),
        typeof(AbbreviationStyleRule),
        typeof(HonorificStyleRule),
        typeof(FirstReferenceRule),
        typeof(RejectedWordRule),
        typeof(PageResidueRule),
        typeof(MissingBylineRule),
        typeof(MissingHeadlineRule),
    ];

    /// <summary>A new instance of every built-in rule.</summary>
    public static IReadOnlyList<Rule> Create() => [.. Types.Select(t => (Rule)Activator.CreateInstance(t)!)];
}
