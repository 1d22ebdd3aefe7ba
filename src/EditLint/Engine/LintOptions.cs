using EditLint.Configuration;
using EditLint.Diagnostics;
using EditLint.Inputs;

namespace EditLint.Engine;

/// <summary>Settings of one run.</summary>
public sealed record LintOptions
{
    /// <summary>Files larger than this are not read (EL9002). 10 MiB by default: no news article is near it.</summary>
    public long MaxFileBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>The folders the run may read below (<see cref="LinkBoundary"/>): checked again on each article as it is opened.</summary>
    public LinkBoundary Boundary { get; init; } = LinkBoundary.None;

    /// <summary>Per-rule severity overrides for the whole run (the command line); they win over configuration files. <see cref="Severity.None"/> turns a rule off.</summary>
    public IReadOnlyDictionary<string, Severity> SeverityOverrides { get; init; } = new Dictionary<string, Severity>();

    /// <summary>
    /// Publication date for documents that have none of their own (<c>check --date</c>): drafts often get
    /// theirs only when published. A date the document carries always wins.
    /// </summary>
    public DateOnly? PublicationDate { get; init; }

    /// <summary>
    /// Take a publication date from a file name that starts with <c>YYYY-MM-DD-</c> when the document has none
    /// of its own (<c>check --date-from-filename</c>). It comes before <see cref="PublicationDate"/>: it is per file.
    /// </summary>
    public bool DateFromFileName { get; init; }

    /// <summary>The clock rules compare dates with ("published in the future"); the system clock by default, fixed in tests.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Documents linted at once; defaults to the number of cores.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// The configuration for a document, given the path it was read from (the path on disk for files, the
    /// document's own path otherwise). Called once per document.
    /// </summary>
    public Func<string, DocumentSettings> SettingsFor { get; init; } = _ => DocumentSettings.Default;

    /// <summary>
    /// The files reported on, by path on disk (<c>check --changed-since</c>); null for all. The others are still read, so
    /// that rules comparing articles see them, but no rule runs on them alone and nothing is reported in them.
    /// </summary>
    public Func<string, bool>? ReportOn { get; init; }

    /// <summary>
    /// Called once for each file a run has read and linted, from the thread that did it, with the number of findings its
    /// rules made (a progress bar's count; the run's final findings may differ after severities and suppressions).
    /// </summary>
    public Action<int>? DocumentLinted { get; init; }

    /// <summary>When set, each rule's time (and the shared facts' and the comparisons') is added to it.</summary>
    public RuleTimings? Timings { get; init; }

    /// <summary>Findings about the configuration itself (EL9003), reported with the run's results.</summary>
    public IReadOnlyList<Diagnostic> ConfigurationDiagnostics { get; init; } = [];

    /// <summary>
    /// How long one rule may run on one document before it is stopped and reported as EL9001 (a workspace rule gets
    /// this times the number of documents). Checked cooperatively: see <see cref="RuleBudget"/>.
    /// </summary>
    public TimeSpan RuleTimeBudget { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How many bytes one rule may allocate on one document before it is stopped and reported as EL9001.</summary>
    public long RuleAllocationBudget { get; init; } = 2L << 30;

    /// <summary>
    /// Where documents' results are kept between runs (<c>check --cache</c>) or for the merge of shards: a document
    /// whose key is stored is not analysed again, and is compared with the others from its stored facts.
    /// </summary>
    public Caching.DocumentStore? Store { get; init; }

    /// <summary>
    /// False in a shard of a run (<c>check --shard</c>): the articles are compared by <c>editlint merge</c>, which has
    /// every shard's facts, so the shard reports only what its documents' own rules found.
    /// </summary>
    public bool CompareArticles { get; init; } = true;

    /// <summary>Honour <c>&lt;!-- editlint-disable --&gt;</c> comments in Markdown and HTML (and report unused ones as EL9004).</summary>
    public bool InlineSuppressions { get; init; } = true;

    /// <summary>
    /// How many files make a run over many: from there on it keeps its texts and reports in a scratch file
    /// (<see cref="SpillFrom"/>).
    /// </summary>
    public const int ManyFiles = 1_000;

    /// <summary>
    /// From this many files read from disk on, a run keeps each document's packed text and its reports in a scratch file
    /// once its rules are done, not in memory (tests lower it; a run that cannot make the file keeps them in memory).
    /// </summary>
    internal int SpillFrom { get; init; } = ManyFiles;

    /// <summary>
    /// How many reports a run that keeps a scratch file holds in memory before it puts the rest there; a run with no more
    /// than this many in all makes each file's findings once and holds them for the report, rather than making them again
    /// whenever the report reads them (tests lower it). The corpus has about 17,000 findings, 16 copies of it 276,000:
    /// writing, reading back and making again the corpus's findings was about 4% of its run, and holding 40,000 reports and
    /// their findings takes tens of megabytes, not the hundreds a 16-fold run's would.
    /// </summary>
    internal int HoldReportsUpTo { get; init; } = 40_000;
}
