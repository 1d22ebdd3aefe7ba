using NodaTime;

namespace EditLint.Semantics.Dates;

/// <summary>
/// The one owner of date arithmetic. EditLint reads dates from 0001-01-01 to 9999-12-31 (the range of
/// <see cref="DateOnly"/>, <see cref="DateTime"/> and <see cref="DateTimeOffset"/>, inside NodaTime's); every
/// step that would leave it (a dateline's "Dec 31" in the year after 9999, "next week" from 9999-12-31, "ten
/// years ago" from year 5) gives null, and the reference stays unresolved, instead of NodaTime's exception.
/// Results equal NodaTime's own arithmetic wherever both are defined (years, then months, then days, a day past
/// the end of a month truncated to its last day).
/// </summary>
public static class DateMath
{
    /// <summary>The first day EditLint reads.</summary>
    public static LocalDate Min { get; } = new(1, 1, 1);

    /// <summary>The last day EditLint reads.</summary>
    public static LocalDate Max { get; } = new(9999, 12, 31);

    private static readonly int MaxDayNumber = DateOnly.MaxValue.DayNumber;

    /// <summary>True for a day inside <see cref="Min"/>–<see cref="Max"/>.</summary>
    public static bool InRange(LocalDate date) => date >= Min && date <= Max;

    /// <summary>
    /// <paramref name="date"/> as ISO 8601 (<c>2024-03-12</c>), as NodaTime's pattern <c>uuuu'-'MM'-'dd</c> writes it,
    /// without the pattern: formatting through NodaTime first builds its culture's format data (about 3 ms of a
    /// one-file run), and every resolved date names its reference this way.
    /// </summary>
    public static string Iso(LocalDate date) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}");

    /// <summary><paramref name="interval"/> as NodaTime's <see cref="DateInterval.ToString"/> writes it (<c>[2024-03-01, 2024-03-31]</c>), without its pattern.</summary>
    public static string Iso(DateInterval interval) => "[" + Iso(interval.Start) + ", " + Iso(interval.End) + "]";

    /// <summary>True for a year inside the range.</summary>
    public static bool InRange(int year) => year is >= 1 and <= 9999;

    /// <summary>The day <paramref name="days"/> after <paramref name="date"/> (before, when negative), or null outside the range.</summary>
    public static LocalDate? PlusDays(LocalDate date, long days)
    {
        if (!InRange(date))
            return null;
        var number = date.ToDateOnly().DayNumber + days;
        return number >= 0 && number <= MaxDayNumber ? LocalDate.FromDateOnly(DateOnly.FromDayNumber((int)number)) : null;
    }

    /// <summary>The same day <paramref name="months"/> months on (the month's last day when it is shorter), or null outside the range.</summary>
    public static LocalDate? PlusMonths(LocalDate date, long months)
    {
        if (!InRange(date))
            return null;
        var total = date.Year * 12L + (date.Month - 1) + months;
        var year = total / 12;
        if (total < 0 || !InRange((int)Math.Clamp(year, int.MinValue, int.MaxValue)))
            return null;
        var month = (int)(total % 12) + 1;
        return new LocalDate((int)year, month, Math.Min(date.Day, CalendarSystem.Iso.GetDaysInMonth((int)year, month)));
    }

    /// <summary><paramref name="date"/> plus a period of years, months, weeks and days (NodaTime's order), or null outside the range.</summary>
    public static LocalDate? Plus(LocalDate date, Period period, bool forward = true)
    {
        var sign = forward ? 1L : -1L;
        if (period.HasTimeComponent)
            return null;
        return PlusMonths(date, sign * period.Years * 12L) is { } y
            && PlusMonths(y, sign * period.Months) is { } m
            && PlusDays(m, sign * (period.Weeks * 7L + period.Days)) is { } d
            ? d
            : null;
    }

    /// <summary><paramref name="date"/> minus <paramref name="period"/>, or null outside the range.</summary>
    public static LocalDate? Minus(LocalDate date, Period period) => Plus(date, period, forward: false);

    /// <summary>The nearest <paramref name="day"/> after <paramref name="date"/> (on it too when <paramref name="orSame"/>), or null past the range.</summary>
    public static LocalDate? Next(LocalDate date, IsoDayOfWeek day, bool orSame = false)
    {
        var ahead = ((int)day - (int)date.DayOfWeek + 7) % 7;
        return PlusDays(date, ahead == 0 && !orSame ? 7 : ahead);
    }

    /// <summary>The nearest <paramref name="day"/> before <paramref name="date"/> (on it too when <paramref name="orSame"/>), or null before the range.</summary>
    public static LocalDate? Previous(LocalDate date, IsoDayOfWeek day, bool orSame = false)
    {
        var back = ((int)date.DayOfWeek - (int)day + 7) % 7;
        return PlusDays(date, -(back == 0 && !orSame ? 7 : back));
    }

    /// <summary>The first and last day of <paramref name="year"/>, or null outside the range.</summary>
    public static DateInterval? Year(long year) =>
        year is >= 1 and <= 9999 ? new DateInterval(new LocalDate((int)year, 1, 1), new LocalDate((int)year, 12, 31)) : null;

    /// <summary>The days from <paramref name="start"/> to <paramref name="end"/> (either may be missing, having left the range), or null.</summary>
    public static DateInterval? Interval(LocalDate? start, LocalDate? end) =>
        start is { } s && end is { } e && s <= e ? new DateInterval(s, e) : null;

    /// <summary><paramref name="day"/> in <paramref name="year"/> (29 February only in leap years), or null outside the range.</summary>
    public static LocalDate? InYear(AnnualDate day, int year) =>
        InRange(year) && day.IsValidYear(year) ? day.InYear(year) : null;

    /// <summary>The day <paramref name="date"/> falls on, for a <see cref="DateTimeOffset"/> the readers gave (always in range).</summary>
    public static LocalDate Day(DateTimeOffset date) => LocalDate.FromDateTime(date.DateTime);
}
