using EditLint.Rules;
using System.Globalization;
using NodaTime;

namespace EditLint.Checks.Dates;

// How the date rules write dates in messages: the way copy editors do ("Thursday, February 27, 2025").
internal static class DateWords
{
    public static string Day(LocalDate date) => date.ToString("MMMM d, uuuu", CultureInfo.InvariantCulture);

    public static string DayWithWeekday(LocalDate date) => date.ToString("dddd, MMMM d, uuuu", CultureInfo.InvariantCulture);

    public static string Interval(DateInterval interval) => interval.Start == interval.End
        ? Day(interval.Start)
        : interval.Start.Day == 1 && interval.End == interval.End.With(DateAdjusters.EndOfMonth) && interval.Start.Month == interval.End.Month && interval.Start.Year == interval.End.Year
            ? interval.Start.ToString("MMMM uuuu", CultureInfo.InvariantCulture)
            : interval.Start.Month == 1 && interval.Start.Day == 1 && interval.End.Month == 12 && interval.End.Day == 31 && interval.Start.Year == interval.End.Year
                ? interval.Start.Year.ToString(CultureInfo.InvariantCulture)
                : $"{Day(interval.Start)} to {Day(interval.End)}";
}
