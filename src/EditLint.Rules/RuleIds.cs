namespace EditLint.Rules;

// EL1xxx sourcing · EL2xxx figures · EL3xxx dates · EL4xxx consistency and house style
// EL41xx rule-pack rules · EL5xxx structure and page residue · EL9xxx engine. Next id = last in range + 1.
// An ID never changes meaning once shipped: baselines, suppressions and SARIF consumers depend on it.
internal static class RuleIds
{
    public const string MissingDate = "EL3001";
    public const string NameSpelling = "EL4001";
    public const string DuplicatedSentence = "EL4002";
    public const string AbbreviationStyle = "EL4003";
    public const string PageResidue = "EL5001";
    public const string MissingHeadline = "EL5003";
}
