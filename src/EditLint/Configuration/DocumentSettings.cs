using EditLint.Diagnostics;

namespace EditLint.Configuration;

/// <summary>
/// The configuration that applies to one document once every <c>.editlint.yaml</c> and <c>.editorconfig</c> above
/// it has been merged: rule severities, packs switched on or off, house style and vocabulary.
/// </summary>
public sealed record DocumentSettings
{
    /// <summary>No configuration: every rule at its default severity.</summary>
    public static DocumentSettings Default { get; } = new();

    /// <summary>Severity per rule ID, overriding the default.</summary>
    public IReadOnlyDictionary<string, Severity> Severities { get; init; } = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Pack name → enabled. Packs not named are enabled.</summary>
    public IReadOnlyDictionary<string, bool> Packs { get; init; } = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);

    /// <summary>House style choices.</summary>
    public HouseStyle Style { get; init; } = HouseStyle.Default;

    /// <summary>True when a document without a date takes it from a <c>YYYY-MM-DD-</c> file name (<c>dates: from-filename: true</c>).</summary>
    public bool DateFromFileName { get; init; }

    /// <summary>How numeric dates such as 04/03/2025 are read (<c>dates: numeric: day-first</c> or <c>month-first</c>).</summary>
    public NumericDateOrder NumericDates { get; init; }

    /// <summary>Accepted and rejected terms.</summary>
    public Vocabulary Vocabulary { get; init; } = Vocabulary.Empty;

    /// <summary>The severity <paramref name="descriptor"/> has for this document: an explicit setting wins, then a switched-off pack, then the default.</summary>
    public Severity SeverityOf(RuleDescriptor descriptor)
    {
        if (Severities.TryGetValue(descriptor.Id, out var severity))
            return severity;
        if (descriptor.Pack is { } pack && Packs.TryGetValue(pack, out var enabled) && !enabled)
            return Severity.None;
        return descriptor.DefaultSeverity;
    }
}

/// <summary>The order of day and month in numeric dates.</summary>
public enum NumericDateOrder
{
    /// <summary>Not configured: only dates whose order cannot matter (13/03/2025) are read.</summary>
    Unset,
    /// <summary>04/03/2025 is 4 March 2025.</summary>
    DayFirst,
    /// <summary>04/03/2025 is April 3, 2025.</summary>
    MonthFirst,
}

/// <summary>How abbreviations such as U.S./US are written.</summary>
public enum AbbreviationStyle
{
    /// <summary>Not configured: the rule asks only for consistency.</summary>
    Unset,
    /// <summary>"U.S.", "U.K.", "U.N.".</summary>
    Dotted,
    /// <summary>"US", "UK", "UN".</summary>
    Undotted,
}

/// <summary>Whether later references to a person carry a courtesy title ("Mr Putin") or not ("Putin").</summary>
public enum HonorificStyle
{
    /// <summary>Not configured: the rule asks only for consistency within an article.</summary>
    Unset,
    /// <summary>Later references carry Mr, Mrs, Ms, Dr…</summary>
    Always,
    /// <summary>Later references are the bare surname.</summary>
    Never,
}

/// <summary>House style choices from the <c>style:</c> section of <c>.editlint.yaml</c>.</summary>
public sealed record HouseStyle
{
    /// <summary>Nothing configured.</summary>
    public static HouseStyle Default { get; } = new();

    /// <summary>Abbreviation style (EL4003).</summary>
    public AbbreviationStyle Abbreviations { get; init; }

    /// <summary>Honorific style (EL4004).</summary>
    public HonorificStyle Honorifics { get; init; }

    /// <summary>
    /// Whole numbers up to this one are written in words, larger ones in figures (EL2005): 9 ("one to nine", the
    /// default), 10 ("one to ten"); 0 turns the words-or-figures check off.
    /// </summary>
    public int NumberWordsUpTo { get; init; } = 9;

    /// <summary>How "per cent" is written (EL2005); unset, one form per article.</summary>
    public PercentStyle Percent { get; init; }
}

/// <summary>How a percentage is written.</summary>
public enum PercentStyle
{
    /// <summary>Not configured: the rule asks only for one form within an article.</summary>
    Unset,
    /// <summary>"10%".</summary>
    Sign,
    /// <summary>"10 per cent".</summary>
    TwoWords,
    /// <summary>"10 percent".</summary>
    OneWord,
}

/// <summary>
/// Accepted terms (never flagged by pack rules or EL4006, and the preferred spelling when EL4001 finds variants) and
/// rejected terms with their preferred form (reported by EL4006, the preferred form as the fix).
/// </summary>
public sealed record Vocabulary
{
    /// <summary>No terms.</summary>
    public static Vocabulary Empty { get; } = new();

    /// <summary>Terms the house accepts, compared case-insensitively.</summary>
    public IReadOnlySet<string> Accepted { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Terms the house rejects, each with its preferred replacement or null.</summary>
    public IReadOnlyDictionary<string, string?> Rejected { get; init; } = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="term"/> is accepted.</summary>
    public bool IsAccepted(string term) => Accepted.Contains(term);
}
