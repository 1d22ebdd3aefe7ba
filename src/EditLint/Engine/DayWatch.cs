namespace EditLint.Engine;

/// <summary>
/// The run's clock as one rule sees it on one document when the run keeps a store: it notes whether the rule asked for
/// the time, and the days the rule says its findings hold on (<see cref="Rules.DocumentContext.FindingsHoldOnDays"/>).
/// A stored result is used again only on such days: a rule that asks for today's date and says nothing holds for today
/// alone.
/// </summary>
internal sealed class DayWatch(TimeProvider clock) : TimeProvider
{
    private DayRange? _declared;

    /// <summary>True once the rule asked for the time.</summary>
    public bool Read { get; private set; }

    public override DateTimeOffset GetUtcNow()
    {
        Read = true;
        return clock.GetUtcNow();
    }

    public override TimeZoneInfo LocalTimeZone => clock.LocalTimeZone;

    /// <summary>The rule's findings hold on every day from <paramref name="from"/> to <paramref name="until"/> (null: no bound).</summary>
    public void Declare(DateOnly? from, DateOnly? until) => _declared = (_declared ?? DayRange.Always).Within(new DayRange(from, until));

    /// <summary>The days the rule's findings hold on: every day when it never asked for the time.</summary>
    public DayRange Days => _declared ?? (Read ? DayRange.Only(Today(clock)) : DayRange.Always);

    /// <summary>Today's date, UTC, as the stores keep days.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}

/// <summary>The days from <paramref name="From"/> to <paramref name="Until"/>, each end included; null: no bound.</summary>
internal readonly record struct DayRange(DateOnly? From, DateOnly? Until)
{
    public static DayRange Always => default;

    public static DayRange Only(DateOnly day) => new(day, day);

    public bool Contains(DateOnly day) => (From is not { } from || day >= from) && (Until is not { } until || day <= until);

    public DayRange Within(DayRange other) => new(
        From is { } a && other.From is { } b ? (a > b ? a : b) : From ?? other.From,
        Until is { } c && other.Until is { } d ? (c < d ? c : d) : Until ?? other.Until);
}
