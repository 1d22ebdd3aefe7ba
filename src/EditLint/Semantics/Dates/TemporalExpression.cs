using EditLint.Documents;
using EditLint.Text;
using NodaTime;

namespace EditLint.Semantics.Dates;

/// <summary>What shape of time reference an expression is.</summary>
public enum TemporalKind
{
    /// <summary>A full date: "February 26, 2025", "26 February 2025", "2025-02-26".</summary>
    Date,
    /// <summary>A day without a year: "Feb. 26", "26 February" (the year comes from the article's date).</summary>
    MonthDay,
    /// <summary>"February 2025".</summary>
    MonthYear,
    /// <summary>"in 2014".</summary>
    Year,
    /// <summary>"the 1990s".</summary>
    Decade,
    /// <summary>"on Wednesday", "Wednesday's meeting", "last Friday".</summary>
    Weekday,
    /// <summary>"yesterday", "today", "tomorrow", "last night".</summary>
    RelativeDay,
    /// <summary>"last week", "this month", "earlier this year".</summary>
    RelativePeriod,
    /// <summary>"last September", "in May" (a month without a year).</summary>
    RelativeMonth,
    /// <summary>"three days ago", "a year ago".</summary>
    Ago,
    /// <summary>"within the next 10 days", "over the past three years".</summary>
    Window,
    /// <summary>"two days after …", "twenty years later": an offset from some other event, not from the article's date.</summary>
    Offset,
}

/// <summary>The tense of the verb group a time reference belongs to, as far as EditLint can tell.</summary>
public enum Tense
{
    /// <summary>No verb group found, or one that does not say.</summary>
    Unknown,
    /// <summary>"met on Monday", "was held on March 3".</summary>
    Past,
    /// <summary>"will meet on Monday", "is due to meet on Wednesday".</summary>
    Future,
}

/// <summary>The date an article's relative references are resolved against, and where it came from.</summary>
/// <param name="Date">The day.</param>
/// <param name="Origin">Where it was found: "front matter", "dateline", "date line", "--date option"…</param>
/// <param name="Span">Where it is in the source (null when it came from outside the file).</param>
public sealed record ReferenceDate(LocalDate Date, string Origin, TextSpan? Span);

/// <summary>
/// A time reference in the article's prose (or in a date line): what it says, what it resolves to against the
/// article's date, and how it was resolved (for hover text in editors and the HTML report).
/// </summary>
public sealed class TemporalExpression : ProseSpan
{
    internal TemporalExpression(Block block, int localStart, int length, TemporalKind kind)
        : base(block, localStart, length) => Kind = kind;

    /// <summary>Its shape.</summary>
    public TemporalKind Kind { get; }

    /// <summary>
    /// True for references that only mean something against the article's date ("on Wednesday", "yesterday",
    /// "last week", "last September"): the ones EL3002 lists when there is no date.
    /// </summary>
    public bool IsRelative => Kind is TemporalKind.Weekday or TemporalKind.RelativeDay or TemporalKind.RelativePeriod or TemporalKind.RelativeMonth or TemporalKind.Ago or TemporalKind.Window;

    /// <summary>The days it covers (one day for "on Wednesday", a month for "last September"); null when unresolved.</summary>
    public DateInterval? Resolved { get; internal set; }

    /// <summary>The day, when it resolves to exactly one.</summary>
    public LocalDate? Date => Resolved is { } r && r.Start == r.End ? r.Start : null;

    /// <summary>True when the direction of the resolution came from the tense (a bare weekday, "in May").</summary>
    public bool DependsOnTense { get; internal set; }

    /// <summary>How it was resolved, in words ("most recent Wednesday on or before 2025-02-26, the date line's date; past tense").</summary>
    public string? Resolution { get; internal set; }

    /// <summary>
    /// Why a written date is no day of the calendar ("February 2025 has 28 days" for "February 30, 2025", "April has 30
    /// days" for "April 31"), else null. Such a date does not resolve.
    /// </summary>
    public string? Impossible { get; internal set; }

    /// <summary>A weekday stated with it ("Wednesday, February 27, 2025", "yesterday (Tuesday)").</summary>
    public IsoDayOfWeek? StatedWeekday { get; internal set; }

    /// <summary>The tense of the verb group that governs it ("will meet on Monday"); Unknown when no verb group is close.</summary>
    public Tense Tense { get; internal set; }

    /// <summary>The tense of the nearest verb in its sentence, used to pick the direction of a bare weekday.</summary>
    public Tense ClauseTense { get; internal set; }

    /// <summary>For <see cref="TemporalKind.Offset"/>: the amount ("two days" is two days), positive for later/after.</summary>
    public Period? Offset { get; internal set; }

    /// <summary>For <see cref="TemporalKind.Offset"/>: true for "later"/"after", false for "earlier"/"before".</summary>
    public bool OffsetForward { get; internal set; }

    /// <summary>The source span of prose characters [start, start+length) of this expression's block.</summary>
    public TextSpan ToSource(int localStart, int length) => Block.Content.ToSource(localStart, length);

    /// <inheritdoc />
    public override string ToString() => $"{Kind} '{Text}' → {Resolved?.ToString() ?? "unresolved"}";
}
