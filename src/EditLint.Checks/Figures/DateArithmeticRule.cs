using EditLint.Rules;
using EditLint.Text;
using System.Text.RegularExpressions;
using EditLint.Diagnostics;
using EditLint.Checks.Dates;
using EditLint.Semantics.Dates;
using NodaTime;
using System.Globalization;
using EditLint.Semantics;
using EditLint.Semantics.Figures;


namespace EditLint.Checks.Figures;

/// <summary>
/// EL2003: an offset stated next to the date it lands on must agree with the date it counts from. "In December
/// 1994 … Twenty years later, in 2016" (that is 2014); "on Friday, two days after Monday's vote" (that is
/// Wednesday). Only offsets that name both ends are checked. And a stated age must agree with a birth date in the
/// same or the next sentence on the article's date ("Smith, 45, … was born in 1970").
/// </summary>
public sealed partial class DateArithmeticRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.DateArithmetic, "Date arithmetic does not hold",
        "'{0}' does not add up: {1} {2} {3} is {4}, not {5}", RuleCategory.Figures, Severity.Warning,
        "'Twenty years later, in 2014' against 'In December 1994'; 'two days after …' against resolved dates.");

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> Reads { get; } = [typeof(Sentence), typeof(Figure), typeof(ReferenceDate), typeof(TemporalExpression)];

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup)
    {
        setup.UseFacts(new Offsets());
        setup.UseFacts(new Ages());
    }

    /// <summary>"Twenty years later": an offset with the resolved date it counts from and the one it lands on.</summary>
    private sealed record CountedOffset(TemporalExpression Offset, TemporalExpression From, TemporalExpression To);

    /// <summary>"Smith, 45": a stated age with the one birth date stated in its sentence or a sentence beside it.</summary>
    private sealed record AgeAndBirth(Figure Age, TemporalExpression Birth);

    private sealed class Offsets : EachFact<CountedOffset>
    {
        public override IEnumerable<object> Facts(SemanticModel model)
        {
            var all = model.TemporalExpressions;
            for (var i = 0; i < all.Count; i++)
            {
                if (all[i].Kind == TemporalKind.Offset && all[i].Offset is not null && Ends(all, i) is ({ Resolved: not null } from, { Resolved: not null } to))
                    yield return new CountedOffset(all[i], from, to);
            }
        }

        protected override void Act(DocumentContext context, CountedOffset fact) => CheckOffset(context, fact);
    }

    private static void CheckOffset(DocumentContext context, CountedOffset counted)
    {
        var (offset, from, to) = counted;
        var (period, start, landed) = (offset.Offset!, from.Resolved!, to.Resolved!);
        // An offset that leaves the calendar ("999 decades earlier" from 1994) has nothing to compare.
        if (DateMath.Interval(DateMath.Plus(start.Start, period, offset.OffsetForward), DateMath.Plus(start.End, period, offset.OffsetForward)) is not { } expected
            || Holds(expected, landed, to, period))
            return;
        context.Report(offset.Span, [(from.Span, "counted from here"), (to.Span, "lands here")],
            offset.Text, Words(from), offset.OffsetForward ? "plus" : "minus", Amount(period), Words(expected, to), to.Text);
    }

    // "Smith, 45, … was born in 1970": a stated age against a birth year in the same or the next sentence, on the
    // article's date. With only a year of birth, two ages are right (before and after the birthday).
    private sealed class Ages : EachFact<AgeAndBirth>
    {
        public override IEnumerable<object> Facts(SemanticModel model)
        {
            if (model.ReferenceDate is null)
                yield break;
            var births = BirthsBySentence(model);
            if (births.Count == 0)
                yield break;
            foreach (var age in model.Figures.Where(f => f.Kind == FigureKind.Age && f.UpperValue is null && f.SentenceIndex >= 0 && f.Value is >= 0 and <= MaximumAge))
            {
                var near = new List<TemporalExpression>();
                for (var s = age.SentenceIndex - 1; s <= age.SentenceIndex + 1; s++)
                {
                    if (births.TryGetValue(s, out var here))
                        near.AddRange(here.Where(b => b.Block == age.Block));
                }
                if (near is [{ Resolved: not null } birth])
                    yield return new AgeAndBirth(age, birth);
            }
        }

        protected override void Act(DocumentContext context, AgeAndBirth fact) => CheckAge(context, fact);
    }

    private static void CheckAge(DocumentContext context, AgeAndBirth stated)
    {
        var (age, birth) = stated;
        var (reference, born) = (context.Model.ReferenceDate!, birth.Resolved!);
        var years = (int)age.Value;
        if (DateMath.PlusMonths(born.Start, 12L * years) is not { } earliest
            || DateMath.PlusMonths(born.End, 12L * (years + 1)) is not { } yearAfter || DateMath.PlusDays(yearAfter, -1) is not { } latest
            || (reference.Date >= earliest && reference.Date <= latest))
            return;
        context.Report(age.Span, [(birth.Span, "born")], age.Text, DateWords.Interval(born), "plus", Plural(years, "year"),
            earliest.Year == latest.Year ? earliest.Year.ToString(CultureInfo.InvariantCulture) : $"{earliest.Year}–{latest.Year}",
            $"{reference.Date.Year}, the article's year");
    }

    // Ages beyond this are not ages ("aged 20000" would overflow the calendar).
    private const int MaximumAge = 130;

    // Birth dates by the index of their sentence: sentences and dates are both in document order, so one walk.
    private static Dictionary<int, List<TemporalExpression>> BirthsBySentence(SemanticModel model)
    {
        var births = new Dictionary<int, List<TemporalExpression>>();
        var sentences = model.Sentences;
        var s = 0;
        foreach (var date in model.TemporalExpressions.Where(IsBirth))
        {
            while (s < sentences.Count && !Contains(sentences[s], date) && (sentences[s].Block.Index < date.Block.Index
                || (sentences[s].Block == date.Block && sentences[s].LocalStart + sentences[s].Length <= date.LocalStart)))
            {
                s++;
            }
            if (s < sentences.Count && Contains(sentences[s], date))
                (births.TryGetValue(sentences[s].Index, out var list) ? list : births[sentences[s].Index] = []).Add(date);
        }
        return births;
    }

    private static bool Contains(Sentence sentence, TemporalExpression e) =>
        sentence.Block == e.Block && e.LocalStart >= sentence.LocalStart && e.LocalStart < sentence.LocalStart + sentence.Length;

    private static bool IsBirth(TemporalExpression e)
    {
        if (e.Kind is not (TemporalKind.Year or TemporalKind.Date or TemporalKind.MonthYear) || e.Resolved is null)
            return false;
        var before = e.Block.Text[Math.Max(0, e.LocalStart - 12)..e.LocalStart];
        return before.Contains("born", StringComparison.OrdinalIgnoreCase) || before.EndsWith("b. ", StringComparison.Ordinal);
    }

    // An offset counts from the date before it ("In 1994 … Twenty years later, in 2014") or from the one it
    // names ("on Friday, two days after Wednesday's vote").
    private static (TemporalExpression? From, TemporalExpression? To) Ends(IReadOnlyList<TemporalExpression> all, int i)
    {
        var offset = all[i];
        var text = offset.Block.Text;
        var next = i + 1 < all.Count && all[i + 1].Block == offset.Block ? all[i + 1] : null;
        var previous = i > 0 ? all[i - 1] : null;
        var afterOffset = next is null ? null : text[(offset.LocalStart + offset.Length)..next.LocalStart];

        // "two days after Monday" names its start, so only "two days after, on Friday" (with the comma) lands.
        var namesItsStart = offset.Text.EndsWith("after", StringComparison.OrdinalIgnoreCase) || offset.Text.EndsWith("before", StringComparison.OrdinalIgnoreCase);
        if (next is not null && Landing().IsMatch(afterOffset!) && (!namesItsStart || afterOffset!.Contains(',', StringComparison.Ordinal)) && IsPoint(next))
            return (PreviousPoint(all, i), next);
        if (next is not null && previous is not null && previous.Block == offset.Block && IsPoint(next) && IsPoint(previous)
            && Reference().IsMatch(afterOffset!) && Apposition().IsMatch(text[(previous.LocalStart + previous.Length)..offset.LocalStart]))
        {
            return (next, previous);
        }
        return (null, null);
    }

    private static TemporalExpression? PreviousPoint(IReadOnlyList<TemporalExpression> all, int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (all[j].Kind == TemporalKind.Offset)
                return null;
            if (IsPoint(all[j]))
                return all[j];
        }
        return null;
    }

    private static bool IsPoint(TemporalExpression e) =>
        e.Resolved is not null && e.Kind is TemporalKind.Date or TemporalKind.MonthDay or TemporalKind.MonthYear or TemporalKind.Year or TemporalKind.Weekday or TemporalKind.RelativeDay;

    // Counting from a date finer than the offset's unit, being out by less than one unit is how people round
    // ("twenty years later, in 2015" from December 1994). From a whole year, "five years earlier" must be exact.
    private static bool Holds(DateInterval expected, DateInterval landed, TemporalExpression to, Period period)
    {
        if (to.Kind == TemporalKind.Weekday && to.DependsOnTense && period.Years == 0 && period.Months == 0)
            return expected.Start == expected.End && expected.Start.DayOfWeek == landed.Start.DayOfWeek;
        if (expected.Start <= landed.End && landed.Start <= expected.End)
            return true;
        var gap = landed.Start > expected.End
            ? Period.Between(expected.End, landed.Start, PeriodUnits.Days).Days
            : Period.Between(landed.End, expected.Start, PeriodUnits.Days).Days;
        var unit = period.Years != 0 ? 365 : period.Months != 0 ? 28 : period.Weeks != 0 || period.Days >= 7 ? 7 : 1;
        return expected.Length < unit && gap < unit;
    }

    private static string Amount(Period period) =>
        period.Years != 0 ? Plural(period.Years, "year") : period.Months != 0 ? Plural(period.Months, "month") : period.Weeks != 0 ? Plural(period.Weeks, "week") : Plural(period.Days, "day");

    private static string Plural(int n, string unit) => n == 1 ? $"1 {unit}" : $"{n} {unit}s";

    private static string Words(TemporalExpression e) => e.Kind == TemporalKind.Weekday || e.Kind == TemporalKind.RelativeDay
        ? $"{e.Text} ({DateWords.Day(e.Resolved!.Start)})"
        : DateWords.Interval(e.Resolved!);

    private static string Words(DateInterval expected, TemporalExpression to) =>
        to.Kind == TemporalKind.Weekday && expected.Start == expected.End ? $"a {expected.Start.DayOfWeek}" : DateWords.Interval(expected);

    [GeneratedRegex(@"^\s*,?\s*(?:(?:in|on)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex Landing();

    [GeneratedRegex(@"^[^.;:!?]{0,40}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex Reference();

    [GeneratedRegex(@"^\s*,\s*(?:just\s+|only\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex Apposition();
}
