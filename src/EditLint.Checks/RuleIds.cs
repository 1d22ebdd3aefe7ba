using EditLint.Rules;
namespace EditLint.Checks;

// EL1xxx sourcing · EL2xxx figures · EL3xxx dates · EL4xxx consistency and house style
// EL41xx rule-pack rules · EL5xxx structure and page residue · EL9xxx engine. Next id = last in range + 1.
// An ID never changes meaning once shipped: baselines, suppressions and SARIF consumers depend on it.
internal static class RuleIds
{
    public const string UnattributedQuote = "EL1001";
    public const string UnnamedSource = "EL1002";
    public const string UnbalancedQuoteMarks = "EL1003";
    public const string AmbiguousPronounSpeaker = "EL1004";
    public const string QuoteRenderedDifferently = "EL1005";
    public const string UncreditedRepublication = "EL1006";
    public const string InconsistentFigures = "EL2001";
    public const string SharesOverWhole = "EL2002";
    public const string DateArithmetic = "EL2003";
    public const string CurrencyConversion = "EL2004";
    public const string NumberStyle = "EL2005";
    public const string MissingDate = "EL3001";
    public const string UnanchoredRelativeDate = "EL3002";
    public const string WeekdayMismatch = "EL3003";
    public const string TenseMismatch = "EL3004";
    public const string UpdatedBeforePublished = "EL3005";
    public const string NameSpelling = "EL4001";
    public const string DuplicatedSentence = "EL4002";
    public const string AbbreviationStyle = "EL4003";
    public const string HonorificStyle = "EL4004";
    public const string FirstReference = "EL4005";
    public const string RejectedWord = "EL4006";
    public const string PageResidue = "EL5001";
    public const string MissingByline = "EL5002";
    public const string MissingHeadline = "EL5003";
}
