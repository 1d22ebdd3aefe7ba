using EditLint.Semantics.Dates;
using NodaTime;

namespace EditLint.Tests.Semantics;

/// <summary>Date arithmetic that stays inside 0001-01-01..9999-12-31 and agrees with NodaTime wherever both are defined.</summary>
public sealed class DateMathTests
{
    private static readonly LocalDate[] Days =
    [
        new(2024, 2, 29), new(2025, 1, 31), new(2025, 3, 31), new(2023, 12, 31), new(2000, 2, 29), new(1900, 3, 1),
        new(1, 1, 1), new(1, 12, 31), new(9999, 12, 31), new(9999, 1, 31), new(9998, 2, 28),
    ];

    private static readonly Period[] Periods =
    [
        Period.FromDays(1), Period.FromDays(-1), Period.FromDays(400), Period.FromWeeks(3), Period.FromMonths(1), Period.FromMonths(13),
        Period.FromYears(1), Period.FromYears(20), Period.FromYears(9990), Period.FromYears(1) + Period.FromMonths(1), Period.FromMonths(-1),
        Period.FromYears(2) + Period.FromWeeks(1) + Period.FromDays(3),
    ];

    [Fact]
    public void Plus_and_minus_agree_with_NodaTime_inside_the_range_and_give_null_outside_it()
    {
        foreach (var day in Days)
        {
            foreach (var period in Periods)
            {
                foreach (var forward in new[] { true, false })
                {
                    LocalDate? expected;
                    try
                    {
                        var noda = forward ? day + period : day - period;
                        expected = DateMath.InRange(noda) ? noda : null;
                    }
                    catch (OverflowException)
                    {
                        expected = null;
                    }
                    catch (ArgumentOutOfRangeException)
                    {
                        expected = null;
                    }
                    Assert.True(expected == DateMath.Plus(day, period, forward), $"{day} {(forward ? '+' : '-')} {period}: NodaTime {expected}, DateMath {DateMath.Plus(day, period, forward)}");
                }
            }
        }
    }

    [Theory]
    [InlineData(IsoDayOfWeek.Monday)]
    [InlineData(IsoDayOfWeek.Wednesday)]
    [InlineData(IsoDayOfWeek.Sunday)]
    public void Next_and_previous_agree_with_NodaTimes_adjusters(IsoDayOfWeek weekday)
    {
        for (var day = new LocalDate(2025, 2, 20); day < new LocalDate(2025, 3, 5); day = day.PlusDays(1))
        {
            Assert.Equal(day.With(DateAdjusters.Next(weekday)), DateMath.Next(day, weekday));
            Assert.Equal(day.With(DateAdjusters.NextOrSame(weekday)), DateMath.Next(day, weekday, orSame: true));
            Assert.Equal(day.With(DateAdjusters.Previous(weekday)), DateMath.Previous(day, weekday));
            Assert.Equal(day.With(DateAdjusters.PreviousOrSame(weekday)), DateMath.Previous(day, weekday, orSame: true));
        }
    }

    [Fact]
    public void At_the_edges_a_step_out_of_the_range_is_null()
    {
        Assert.Null(DateMath.PlusDays(DateMath.Max, 1));
        Assert.Null(DateMath.PlusDays(DateMath.Min, -1));
        Assert.Equal(DateMath.Max, DateMath.PlusDays(DateMath.Min, DateMath.Max.ToDateOnly().DayNumber));
        Assert.Null(DateMath.Next(DateMath.Max, IsoDayOfWeek.Monday));
        Assert.Null(DateMath.Previous(DateMath.Min, IsoDayOfWeek.Sunday));
        Assert.Null(DateMath.PlusMonths(DateMath.Max, 1));
        Assert.Null(DateMath.PlusMonths(DateMath.Min, long.MinValue / 2));
        Assert.Null(DateMath.InYear(new AnnualDate(12, 31), 10000));
        Assert.Null(DateMath.InYear(new AnnualDate(1, 1), 0));
        Assert.Null(DateMath.Plus(DateMath.Min, Period.FromHours(1)));
        Assert.Null(DateMath.Year(0));
        Assert.Equal(new LocalDate(9999, 12, 31), DateMath.Year(9999)!.End);
    }

    // Days of the range NodaTime knows, as its pattern writes it: its first day, years before 1 and under 1000, and days
    // sampled from 0001 to 9999 (NodaTime has no year after 9999).
    [Fact]
    public void Iso_writes_a_day_as_NodaTime_s_pattern_does()
    {
        var pattern = NodaTime.Text.LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");
        LocalDate[] edges = [new(-9998, 1, 1), new(-1, 12, 31), new(0, 6, 15), new(9, 9, 9), new(999, 10, 1), .. Days];
        var random = new Random(4101);
        var sampled = Enumerable.Range(0, 5000).Select(_ => LocalDate.FromDateTime(DateTime.MinValue.AddDays(random.Next(DateOnly.MaxValue.DayNumber))));

        foreach (var day in edges.Concat(sampled))
            Assert.Equal(pattern.Format(day), DateMath.Iso(day));
        Assert.Equal("0001-01-01", DateMath.Iso(DateMath.Min));
    }

    [Fact]
    public void Iso_writes_an_interval_as_NodaTime_does()
    {
        var random = new Random(4102);
        for (var i = 0; i < 2000; i++)
        {
            var start = LocalDate.FromDateTime(DateTime.MinValue.AddDays(random.Next(DateOnly.MaxValue.DayNumber - 400)));
            var interval = new DateInterval(start, start.PlusDays(random.Next(400)));
            Assert.Equal(interval.ToString(), DateMath.Iso(interval));
        }
    }
}
