using EditLint.Text;
using EditLint.Configuration;
using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using EditLint.Documents;
using NodaTime;
using L = EditLint.Semantics.Dates.DateLexicon;

namespace EditLint.Semantics.Dates;

/// <summary>
/// Finds the time references of an article's prose and date lines and resolves each against the article's
/// reference date by the newsroom convention: a bare weekday is the most recent such day for the past tense
/// and the next for the future, the publication day itself included ("on Tuesday" in Tuesday's paper).
/// </summary>
internal static partial class TemporalExtractor
{
    // Weekdays and years this far from the article's date are not what the writer meant.
    private const int WeekdayYearWindowDays = 275;
    private const int NearDays = 31;

    public static IReadOnlyList<ReferenceDate> Anchor(SemanticModel model)
    {
        var metadata = model.Document.Metadata;
        if (model.PublicationDate is not { } published)
            return [];
        var date = LocalDate.FromDateTime(published.Value.DateTime);
        // Wire copy counts "on Wednesday" from its dateline, which can be a day off the feed's timestamp.
        if (metadata.DatelineDate is { } dateline && published.Origin != "dateline")
        {
            var day = NearestYear(dateline.Value, date);
            if (day is { } d && Math.Abs(Period.Between(date, d, PeriodUnits.Days).Days) <= 7)
                return [new ReferenceDate(d, "dateline", dateline.Span)];
        }
        return [new ReferenceDate(date, published.Origin, published.Span)];
    }

    public static IReadOnlyList<TemporalExpression> Extract(SemanticModel model)
    {
        var anchor = model.ReferenceDate;
        var sentences = model.Sentences.ToLookup(s => s.Block);
        var result = new List<TemporalExpression>();
        foreach (var block in model.Document.Blocks)
        {
            if (!block.IsProse && block.Kind != BlockKind.Metadata)
                continue;
            // One tense reader per sentence, shared by the sentence's references.
            (int Offset, TenseReader.SentenceTenses Reader)? current = null;
            // Candidates come in order, so one cursor walks the block's sentences once (not once per candidate).
            var blockSentences = sentences[block].ToList();
            var next = 0;
            foreach (var candidate in Candidates(block.Text))
            {
                var expression = new TemporalExpression(block, candidate.Start, candidate.Length, candidate.Kind);
                var (sentence, offset) = SentenceOf(block, blockSentences, ref next, candidate.Start);
                if (current?.Offset != offset)
                    current = (offset, TenseReader.Read(sentence));
                var localStart = Math.Max(0, candidate.Start - offset);
                expression.Tense = current.Value.Reader.Governing(localStart, candidate.Kind is TemporalKind.Date or TemporalKind.MonthDay);
                expression.ClauseTense = current.Value.Reader.Nearest(localStart, localStart + candidate.Length);
                Resolve(expression, candidate.Match, anchor, model.Settings.NumericDates);
                result.Add(expression);
            }
        }
        return result;
    }

    // The sentence holding localStart; sentences are in order and localStart never decreases between calls.
    private static (string Text, int Offset) SentenceOf(Block block, List<Sentence> sentences, ref int next, int localStart)
    {
        while (next < sentences.Count && sentences[next].LocalStart + sentences[next].Length <= localStart)
            next++;
        if (next < sentences.Count && localStart >= sentences[next].LocalStart)
            return (sentences[next].Text, sentences[next].LocalStart);
        return (block.Text, 0);
    }

    internal sealed record Candidate(int Start, int Length, TemporalKind Kind, Match Match);

    // Every pattern's matches; where two overlap the longer wins ("Wednesday, February 26, 2025" over "Wednesday").
    /// <summary>
    /// The references chosen in <paramref name="text"/>; <paramref name="anchored"/>: the patterns that hold a month or
    /// weekday name, or a period's unit, are matched only around those words (false: over the whole text, which tests
    /// compare with).
    /// </summary>
    internal static List<Candidate> Candidates(string text, bool anchored = true)
    {
        // A pattern that needs one of a few words is not run over a block without any of them: a vectorised search
        // for the words costs a small part of the pattern's own scan (a third of all reading of dates on a 5 MB article).
        var cues = text.AsSpan().ContainsAny(CaseFoldingLetters) ? Cues.All : Cues.In(text);
        var found = new List<Candidate>?[Scans.Length];
        void Scan(int i)
        {
            var (regex, kind, keep, needs, anchors) = Scans[i];
            if (needs is not null && !HoldsEach(cues, needs))
                return;
            var matches = anchors is not null && anchored ? AroundAnchors(regex, text, anchors) : regex.Matches(text);
            foreach (Match m in matches)
            {
                if (keep is null || keep(m, text))
                    (found[i] ??= []).Add(new Candidate(m.Index, m.Length, kind, m));
            }
        }
        // A huge block's patterns are scanned on the cores there are, no more threads than cores so that no more of
        // their matches are alive at once (the 9.9 MB line: 2 s of scans, while the other thread reads the quotations);
        // the lists are joined in pattern order, which the choice below depends on.
        if (text.Length >= SemanticModel.ParallelFrom)
            Parallel.For(0, Scans.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, Scan);
        else
        {
            for (var i = 0; i < Scans.Length; i++)
                Scan(i);
        }
        var all = new List<Candidate>();
        foreach (var list in found)
        {
            if (list is not null)
                all.AddRange(list);
        }
        // Most blocks have no reference or one: nothing to choose between.
        if (all.Count <= 1)
            return all;

        // Each character is taken by at most one chosen candidate; a candidate is short, so testing its own characters
        // keeps the choice linear in the block (comparing with every chosen candidate was quadratic).
        var chosen = new List<Candidate>();
        var taken = new System.Collections.BitArray(text.Length);
        foreach (var c in all.OrderByDescending(c => c.Length).ThenBy(c => c.Start))
        {
            var free = true;
            for (var i = c.Start; i < c.Start + c.Length && free; i++)
                free = !taken[i];
            if (!free)
                continue;
            for (var i = c.Start; i < c.Start + c.Length; i++)
                taken[i] = true;
            chosen.Add(c);
        }
        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    // Whether the cues found hold a word of each set.
    private static bool HoldsEach(ulong cues, ulong[] sets)
    {
        foreach (var set in sets)
        {
            if ((cues & set) == 0)
                return false;
        }
        return true;
    }

    // Patterns that start with optional words ("Wednesday, the 3rd of March 2025", "last Tuesday", "in early March") try
    // to match at nearly every word of a block: they are matched only around the month or weekday name every match of
    // theirs contains (the 9.9 MB line: a second of scanning saved; the corpus's findings are the same; "in early March":
    // 0.7% of a corpus run, as its opening words are "in", "by", "this"…; "earlier this year" likewise, around its unit).
    private const int AnchorLead = 48;
    private const int AnchorTail = 64;
    // "Jan" … "Dec": the start every month's name and abbreviation share, as written.
    private static readonly string[] MonthStartWords = [.. L.Months.Select(m => char.ToUpperInvariant(m[0]) + m[1..3])];
    private static readonly OrdinalWords MonthStarts = new(MonthStartWords);
    private static readonly OrdinalWords WeekdayNames = new("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    // "week", "weekend", "month", "year" in any case: the unit every "last week", "earlier this year" ends with.
    private static readonly OrdinalWords PeriodUnitStarts = OrdinalWords.InAnyCase("wee", "mon", "yea");
    // "later", "earlier", "after", "before" (and "afterwards") in any case: the direction every "two weeks later" ends with.
    private static readonly OrdinalWords OffsetDirectionWords = OrdinalWords.InAnyCase("later", "earlier", "after", "before");

    // The matches Matches would give, found in windows around each anchor word: a match holds an anchor at most
    // AnchorLead characters from its start and ends within AnchorTail of it. A window starts where a word starts (so
    // \b reads as in the whole text) and reaches well past the match, so that what follows it is read too.
    private static IEnumerable<Match> AroundAnchors(Regex regex, string text, OrdinalWords anchors)
    {
        var from = 0;
        var search = 0;
        while (search < text.Length)
        {
            var offset = anchors.IndexIn(text.AsSpan(search));
            if (offset < 0)
                yield break;
            var anchor = search + offset;
            var start = Math.Max(from, anchor - AnchorLead);
            while (start > from && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '_'))
                start--;
            var end = Math.Min(text.Length, anchor + AnchorTail);
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
                end++;
            var m = regex.Match(text, start, end - start);
            if (m.Success && m.Index + m.Length + AnchorTail / 2 > end && end < text.Length)
                m = regex.Match(text, m.Index, Math.Min(text.Length - m.Index, AnchorLead + AnchorTail * 4));
            if (m.Success)
            {
                yield return m;
                from = m.Index + Math.Max(1, m.Length);
                search = Math.Max(from, anchor + 1);
            }
            else
            {
                search = anchor + 1;
            }
        }
    }

    // The words each pattern cannot match without, as the pattern spells them: "ago" in lower case, the rest in any case.
    // A slash, "ago" and an ISO date's month ("-0" or "-1") are searched for as they are written; a month's name too.
    private static readonly ulong Slash = Cues.Of(StringComparison.Ordinal, "/");
    private static readonly ulong IsoMonth = Cues.Of(StringComparison.Ordinal, "-0", "-1");
    private static readonly ulong AgoWord = Cues.Of(StringComparison.Ordinal, "ago");
    private static readonly ulong MonthNames = Cues.Of(StringComparison.Ordinal, MonthStartWords);
    private static readonly ulong RelativeDayWords = Cues.Of(StringComparison.OrdinalIgnoreCase, "yesterday", "today", "tomorrow", "night", "morning", "afternoon", "evening");
    private static readonly ulong PeriodUnitWords = Cues.Of(StringComparison.OrdinalIgnoreCase, "week", "month", "year");
    private static readonly ulong WindowDirections = Cues.Of(StringComparison.OrdinalIgnoreCase, "next", "past", "last", "coming");
    private static readonly ulong OffsetDirections = Cues.Of(StringComparison.OrdinalIgnoreCase, "later", "earlier", "after", "before");
    // The units "3 days ago", "in the next two hours" and "two weeks later" count in: "after" and "before" are common
    // words, and these patterns try at every number word of a block that has one.
    private static readonly ulong OffsetUnits = Cues.Of(StringComparison.OrdinalIgnoreCase, "day", "week", "month", "year", "decade");
    private static readonly ulong WindowUnits = Cues.Of(StringComparison.OrdinalIgnoreCase, "day", "week", "month", "year", "hour");

    /// <summary>
    /// The words the patterns need, looked for in one scan of a block: each set of them is a bit mask over the words, and
    /// a pattern runs on a block that holds a word of every set it needs. (A scan for each set, twelve a block, cost 2%
    /// of a corpus run.)
    /// </summary>
    private static class Cues
    {
        private static readonly List<(string Word, StringComparison Comparison)> Words = [];
        private static SearchValues<string>? s_any;
        // Per character a word may start with (either case), the words that do: a place the scan stops at is tried
        // against those only.
        private static Dictionary<char, int[]>? s_byFirst;

        private const int ShortestSearched = 3;

        /// <summary>Every word: what a block that must be scanned whatever it says holds.</summary>
        public const ulong All = ulong.MaxValue;

        /// <summary>The mask of <paramref name="words"/>, each compared as <paramref name="comparison"/> says.</summary>
        public static ulong Of(StringComparison comparison, params string[] words)
        {
            var mask = 0UL;
            foreach (var word in words)
            {
                var at = Words.IndexOf((word, comparison));
                if (at < 0)
                {
                    at = Words.Count;
                    Words.Add((word, comparison));
                }
                mask |= 1UL << at;
            }
            if (Words.Count > 64)
                throw new InvalidOperationException("more cue words than a mask holds");
            return mask;
        }

        /// <summary>The mask of the words <paramref name="text"/> holds.</summary>
        public static ulong In(string text)
        {
            // Made on first use, once every set has been named (the static fields above run first). The words of one or
            // two characters are looked for one by one: among the others they would make the search read every character.
            var any = s_any ??= SearchValues.Create([.. Words.Where(w => w.Word.Length >= ShortestSearched).Select(w => w.Word).Distinct(StringComparer.OrdinalIgnoreCase)], StringComparison.OrdinalIgnoreCase);
            var byFirst = s_byFirst ??= Enumerable.Range(0, Words.Count).Where(i => Words[i].Word.Length >= ShortestSearched)
                .SelectMany(i => new[] { (First: char.ToLowerInvariant(Words[i].Word[0]), Index: i), (First: char.ToUpperInvariant(Words[i].Word[0]), Index: i) })
                .Distinct().GroupBy(w => w.First).ToDictionary(g => g.Key, g => g.Select(w => w.Index).ToArray());
            var found = 0UL;
            var span = text.AsSpan();
            for (var i = 0; i < Words.Count; i++)
            {
                if (Words[i].Word.Length < ShortestSearched && span.Contains(Words[i].Word, Words[i].Comparison))
                    found |= 1UL << i;
            }
            for (var at = 0; at < span.Length; at++)
            {
                var next = span[at..].IndexOfAny(any);
                if (next < 0)
                    break;
                at += next;
                if (!byFirst.TryGetValue(span[at], out var candidates))
                    continue;
                foreach (var i in candidates)
                {
                    if (span[at..].StartsWith(Words[i].Word, Words[i].Comparison))
                        found |= 1UL << i;
                }
            }
            return found;
        }
    }

    // A pattern's (?i:…) also takes the Kelvin sign for k, the long s for s and the Turkish dotted and dotless i, which
    // an ordinal search does not: a block with any of them is scanned whatever it says.
    private static readonly SearchValues<char> CaseFoldingLetters = SearchValues.Create("\u212A\u017F\u0130\u0131");

    // The patterns in the order their candidates are compared, each with the test a match must pass, the words it
    // needs and the words each of its matches holds (matched around them only); after those words, which static fields
    // are initialised before it.
    private static readonly (Regex Regex, TemporalKind Kind, Func<Match, string, bool>? Keep, ulong[]? Needs, OrdinalWords? Anchors)[] Scans =
    [
        (FullDate(), TemporalKind.Date, null, null, MonthStarts),
        (IsoDate(), TemporalKind.Date, null, [IsoMonth], null),
        (NumericDate(), TemporalKind.Date, null, [Slash], null),
        (MonthDay(), TemporalKind.MonthDay, null, null, MonthStarts),
        (MonthYear(), TemporalKind.MonthYear, null, [MonthNames], null),
        (Decade(), TemporalKind.Decade, null, null, null),
        (Year(), TemporalKind.Year, null, null, null),
        (Weekday(), TemporalKind.Weekday, IsRealWeekday, null, WeekdayNames),
        (RelativeDay(), TemporalKind.RelativeDay, IsRealRelativeDay, [RelativeDayWords], null),
        (RelativePeriod(), TemporalKind.RelativePeriod, (m, t) => !Preceded(t, m.Index, "the") || m.Groups["mod"].Value.ToLowerInvariant() is "past" or "last", [PeriodUnitWords], PeriodUnitStarts),
        (RelativeMonth(), TemporalKind.RelativeMonth, null, [MonthNames], MonthStarts),
        (Ago(), TemporalKind.Ago, null, [AgoWord, OffsetUnits], null),
        (Window(), TemporalKind.Window, null, [WindowDirections, WindowUnits], null),
        (Offset(), TemporalKind.Offset, null, [OffsetDirections, OffsetUnits], OffsetDirectionWords),
    ];

    // Spans, not substrings: these run for every candidate and must not copy the block each time.
    private static bool Preceded(string text, int index, string word)
    {
        var before = text.AsSpan(0, index).TrimEnd();
        return before.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (before.Length == word.Length || !char.IsLetter(before[^(word.Length + 1)]));
    }

    // "Good Friday", "the Sunday Times", "Sheffield Wednesday" and "a Tuesday" are not days of this week.
    private static bool IsRealWeekday(Match m, string text)
    {
        if (m.Groups["mod"].Success is false && L.WeekdayBefore.Any(w => Preceded(text, m.Index, w)))
            return false;
        var rest = text.AsSpan(m.Index + m.Length).TrimStart();
        var after = rest[..Math.Min(rest.Length, 40)].ToString();
        return !L.WeekdayAfter.Any(w => after.StartsWith(w, StringComparison.OrdinalIgnoreCase) && (after.Length == w.Length || !char.IsLetter(after[w.Length])));
    }

    // "Today" mid-sentence is a title (the Today programme, USA Today).
    private static bool IsRealRelativeDay(Match m, string text)
    {
        if (!m.Value.StartsWith("Today", StringComparison.Ordinal))
            return true;
        var before = text.AsSpan(0, m.Index).TrimEnd();
        return before.Length == 0 || before[^1] is '.' or '!' or '?' or '"' or '“' or ':' or '(';
    }

    private static void Resolve(TemporalExpression e, Match m, ReferenceDate? anchor, NumericDateOrder order)
    {
        if (m.Groups["wd"].Success)
            e.StatedWeekday = L.Weekday(m.Groups["wd"].Value);
        switch (e.Kind)
        {
            case TemporalKind.Date:
                if (ExplicitDate(m, order) is { } date)
                    Set(e, date, date, "written date");
                else
                    e.Impossible = NoSuchDay(m, order);
                return;
            case TemporalKind.MonthYear:
            {
                var month = L.MonthNumber(m.Groups["m"].Value);
                var year = Int(m.Groups["y"]);
                if (month > 0)
                    Set(e, new LocalDate(year, month, 1), new LocalDate(year, month, 1).With(DateAdjusters.EndOfMonth), "written month and year");
                return;
            }
            case TemporalKind.Year:
            {
                var year = Int(m.Groups["y"]);
                Set(e, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), "written year");
                return;
            }
            case TemporalKind.Decade:
            {
                var first = Int(m.Groups["y"]) * 10;
                Set(e, new LocalDate(first, 1, 1), new LocalDate(first + 9, 12, 31), "written decade");
                return;
            }
            case TemporalKind.Offset:
                ResolveOffset(e, m);
                return;
        }
        // "April 31" is no day in any year, dated article or not.
        if (e.Kind == TemporalKind.MonthDay && NoSuchDay(m, order) is { } impossible)
        {
            e.Impossible = impossible;
            return;
        }
        if (anchor is null)
            return;
        var a = anchor.Date;
        var from = $"{DateMath.Iso(a)} ({anchor.Origin})";
        switch (e.Kind)
        {
            case TemporalKind.MonthDay:
                ResolveMonthDay(e, m, a, from);
                break;
            case TemporalKind.Weekday:
                ResolveWeekday(e, m, a, from);
                break;
            case TemporalKind.RelativeDay:
                ResolveRelativeDay(e, m, a, from);
                break;
            case TemporalKind.RelativePeriod:
                ResolvePeriod(e, m, a, from);
                break;
            case TemporalKind.RelativeMonth:
                ResolveRelativeMonth(e, m, a, from);
                break;
            case TemporalKind.Ago:
                ResolveAgo(e, m, a, from);
                break;
            case TemporalKind.Window:
                ResolveWindow(e, m, a, from);
                break;
        }
    }

    private static void Set(TemporalExpression e, LocalDate start, LocalDate end, string how)
    {
        e.Resolved = new DateInterval(start, end);
        e.Resolution = how;
    }

    // An end that left the calendar (DateMath gave null) leaves the reference unresolved, and says why.
    private static void Set(TemporalExpression e, LocalDate? start, LocalDate? end, string how)
    {
        if (DateMath.Interval(start, end) is { } interval)
            Set(e, interval.Start, interval.End, how);
        else
            e.Resolution = $"not resolved: {how} is outside the calendar EditLint reads ({DateMath.Iso(DateMath.Min)} to {DateMath.Iso(DateMath.Max)})";
    }

    private static int Int(Group g) => int.Parse(g.Value, NumberStyles.None, CultureInfo.InvariantCulture);


    // "February 30, 2025", "2025-02-29", "April 31": a day the month does not have (a numeric date is judged only where
    // its order is known or cannot matter). Days over 31 and months over 12 are left alone: "May 35" is more likely
    // something else than a date.
    private static string? NoSuchDay(Match m, NumericDateOrder order)
    {
        // Without a year, the month's length in a leap year: February 29 is left to the year it falls in.
        if (WrittenDay(m, order) is not (var year, var month, var day) || month is < 1 or > 12 || day is < 1 or > 31
            || (year is { } y && !DateMath.InRange(y)))
            return null;
        var days = CalendarSystem.Iso.GetDaysInMonth(year ?? 2024, month);
        if (day <= days)
            return null;
        return year is { } written ? $"{L.MonthName(month)} {written} has {days} days" : $"{L.MonthName(month)} has {days} days";
    }

    private static LocalDate? ExplicitDate(Match m, NumericDateOrder order) =>
        WrittenDay(m, order) is ({ } year, var month, var day) && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
            ? new LocalDate(year, month, day)
            : null;

    // The year (when written), month and day of a written date, in the order its shape and the configuration give.
    // Numeric dates follow the configured order (dates: numeric: day-first / month-first); without one they are read
    // only where the order cannot matter: one part over 12, or both equal.
    private static (int? Year, int Month, int Day)? WrittenDay(Match m, NumericDateOrder order)
    {
        int? year = m.Groups["y"].Success ? Int(m.Groups["y"]) : null;
        if (m.Groups["mo"].Success)
            return (year, Int(m.Groups["mo"]), Int(m.Groups["d"]));
        if (m.Groups["m"].Success)
            return (year, L.MonthNumber(m.Groups["m"].Value), Int(m.Groups["d"]));
        var (p, q) = (Int(m.Groups["a"]), Int(m.Groups["b"]));
        if (order == NumericDateOrder.DayFirst || (order == NumericDateOrder.Unset && p > 12 && q <= 12))
            return (year, q, p);
        if (order == NumericDateOrder.MonthFirst || (order == NumericDateOrder.Unset && (q > 12 && p <= 12 || p == q)))
            return (year, p, q);
        return null;
    }

    /// <summary>
    /// The month-day in the year that puts it nearest to <paramref name="anchor"/> (a January article's "Dec. 30" is last
    /// December). A stated weekday picks, of the years within <see cref="WeekdayYearWindowDays"/>, the nearest one it
    /// falls on. Of two years as near, the earlier.
    /// </summary>
    // A loop, not LINQ over dates: LINQ's generic code over a value type has no ReadyToRun code, and was 57 methods
    // compiled at start-up.
    internal static LocalDate? NearestYear(AnnualDate day, LocalDate anchor, IsoDayOfWeek? weekday = null)
    {
        LocalDate? nearest = null, nearestOnWeekday = null;
        int distance = int.MaxValue, distanceOnWeekday = int.MaxValue;
        for (var year = anchor.Year - 1; year <= anchor.Year + 1; year++)
        {
            if (DateMath.InYear(day, year) is not { } date)
                continue;
            var days = Math.Abs(Period.Between(anchor, date, PeriodUnits.Days).Days);
            if (days < distance)
                (nearest, distance) = (date, days);
            if (date.DayOfWeek == weekday && days <= WeekdayYearWindowDays && days < distanceOnWeekday)
                (nearestOnWeekday, distanceOnWeekday) = (date, days);
        }
        return nearestOnWeekday ?? nearest;
    }

    private static void ResolveMonthDay(TemporalExpression e, Match m, LocalDate a, string from)
    {
        var month = L.MonthNumber(m.Groups["m"].Value);
        var day = Int(m.Groups["d"]);
        if (month == 0 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(2024, month))
            return;
        var annual = new AnnualDate(month, day);
        if (NearestYear(annual, a, e.StatedWeekday) is not { } date)
            return;
        // Within a month of the article's date the nearest year is meant; further off, the tense says which
        // way ("resigned on September 10" in an April story is last September).
        var tense = e.Tense != Tense.Unknown ? e.Tense : e.ClauseTense;
        if (e.StatedWeekday is null && Math.Abs(Period.Between(a, date, PeriodUnits.Days).Days) > NearDays && tense != Tense.Unknown)
        {
            var year = tense == Tense.Past ? (annual.InYear(a.Year) <= a ? a.Year : a.Year - 1) : (annual.InYear(a.Year) >= a ? a.Year : a.Year + 1);
            var how = $"{(tense == Tense.Past ? "past tense: the most recent" : "future tense: the next")} {L.MonthName(month)} {day} {(tense == Tense.Past ? "on or before" : "on or after")} the article's date {from}";
            if (!DateMath.InRange(year))
            {
                Set(e, null, null, how);
                return;
            }
            if (DateMath.InYear(annual, year) is { } directed)
            {
                e.DependsOnTense = true;
                Set(e, directed, directed, how);
                return;
            }
        }
        Set(e, date, date, $"{L.MonthName(month)} {day} in the year nearest the article's date {from}" + (e.StatedWeekday is null ? "" : ", preferring a year where it is a " + e.StatedWeekday));
    }

    private static void ResolveWeekday(TemporalExpression e, Match m, LocalDate a, string from)
    {
        if (L.Weekday(m.Groups["wd"].Value) is not { } wd)
            return;
        e.StatedWeekday = null;
        var mod = m.Groups["mod"].Success ? Spaces().Replace(m.Groups["mod"].Value.ToLowerInvariant(), " ") : "";
        var tense = e.Tense != Tense.Unknown ? e.Tense : e.ClauseTense;
        LocalDate? date;
        string how;
        switch (mod)
        {
            case "last":
                (date, how) = (DateMath.Previous(a, wd), "the " + wd + " before");
                break;
            case "next":
                (date, how) = (DateMath.Next(a, wd), "the " + wd + " after");
                break;
            case "this":
                (date, how) = (DateMath.Previous(a, IsoDayOfWeek.Monday, orSame: true) is { } monday ? DateMath.Next(monday, wd, orSame: true) : null, "the " + wd + " of the week of");
                break;
            case "this coming" or "coming":
                (date, how) = (DateMath.Next(a, wd, orSame: true), "the next " + wd + " on or after");
                break;
            case "this past" or "past":
                (date, how) = (DateMath.Previous(a, wd, orSame: true), "the most recent " + wd + " on or before");
                break;
            default:
                e.DependsOnTense = true;
                if (tense == Tense.Future)
                    (date, how) = (DateMath.Next(a, wd, orSame: true), "future tense: the next " + wd + " on or after");
                else if (tense == Tense.Past)
                    (date, how) = (DateMath.Previous(a, wd, orSame: true), "past tense: the most recent " + wd + " on or before");
                else
                {
                    var back = DateMath.Previous(a, wd, orSame: true);
                    var ahead = DateMath.Next(a, wd, orSame: true);
                    // At the calendar's edge only one side exists.
                    var nearerAhead = back is null || (ahead is { } n && Period.Between(a, n, PeriodUnits.Days).Days < Period.Between(back.Value, a, PeriodUnits.Days).Days);
                    (date, how) = nearerAhead ? (ahead, "no tense found: the nearest " + wd + ", after") : (back, "no tense found: the nearest " + wd + ", on or before");
                }
                break;
        }
        Set(e, date, date, $"{how} the article's date {from}");
    }

    private static void ResolveRelativeDay(TemporalExpression e, Match m, LocalDate a, string from)
    {
        var word = Spaces().Replace(m.Groups["w"].Value.ToLowerInvariant(), " ");
        var days = word switch
        {
            "yesterday" or "last night" => -1,
            "tomorrow" => 1,
            "the day before yesterday" => -2,
            "the day after tomorrow" => 2,
            _ => 0,
        };
        var date = DateMath.PlusDays(a, days);
        Set(e, date, date, $"{word}: {(days == 0 ? "the article's date" : days > 0 ? $"{days} day(s) after the article's date" : $"{-days} day(s) before the article's date")} {from}");
    }

    private static void ResolvePeriod(TemporalExpression e, Match m, LocalDate a, string from)
    {
        var mod = m.Groups["mod"].Value.ToLowerInvariant();
        var unit = m.Groups["u"].Value.ToLowerInvariant();
        var step = mod switch { "last" => -1, "next" => 1, _ => 0 };
        var how = $"{mod} {unit} counted from the article's date {from}";
        LocalDate? start, end;
        if (mod is "past" or "coming")
        {
            var length = unit switch { "week" or "weekend" => Period.FromWeeks(1), "month" => Period.FromMonths(1), _ => Period.FromYears(1) };
            (start, end) = mod == "past" ? (DateMath.Minus(a, length), (LocalDate?)a) : ((LocalDate?)a, DateMath.Plus(a, length));
        }
        else
        {
            var monday = DateMath.Previous(a, IsoDayOfWeek.Monday, orSame: true);
            switch (unit)
            {
                case "week":
                    start = monday is { } m1 ? DateMath.PlusDays(m1, 7L * step) : null;
                    end = start is { } s1 ? DateMath.PlusDays(s1, 6) : null;
                    break;
                case "weekend":
                    start = monday is { } m2 ? DateMath.PlusDays(m2, 5 + 7L * step) : null;
                    end = start is { } s2 ? DateMath.PlusDays(s2, 1) : null;
                    break;
                case "month":
                    start = DateMath.PlusMonths(a.With(DateAdjusters.StartOfMonth), step);
                    end = start?.With(DateAdjusters.EndOfMonth);
                    break;
                default:
                    start = DateMath.Year(a.Year + step)?.Start;
                    end = DateMath.Year(a.Year + step)?.End;
                    break;
            }
        }
        if (start is not { } first || end is not { } last)
        {
            Set(e, null, null, how);
            return;
        }
        var qualifier = m.Groups["q"].Value.ToLowerInvariant();
        if (qualifier == "earlier" && last > a)
            last = a < first ? first : a;
        else if (qualifier == "later" && first < a)
            first = a > last ? last : a;
        Set(e, first, last, how + (qualifier.Length > 0 ? $", {qualifier} part" : ""));
    }

    private static void ResolveRelativeMonth(TemporalExpression e, Match m, LocalDate a, string from)
    {
        var month = L.MonthNumber(m.Groups["m"].Value);
        if (month == 0)
            return;
        var mod = Spaces().Replace(m.Groups["mod"].Value.ToLowerInvariant(), " ");
        var tense = mod == "since" ? Tense.Past : e.Tense != Tense.Unknown ? e.Tense : e.ClauseTense;
        int year;
        string how;
        switch (mod)
        {
            case "last" or "this past":
                (year, how) = (month < a.Month ? a.Year : a.Year - 1, $"the {L.MonthName(month)} before");
                break;
            case "next" or "this coming":
                (year, how) = (month > a.Month ? a.Year : a.Year + 1, $"the {L.MonthName(month)} after");
                break;
            case "this":
                (year, how) = (a.Year, $"{L.MonthName(month)} of the year of");
                break;
            default:
                e.DependsOnTense = true;
                if (tense == Tense.Past)
                    (year, how) = (month <= a.Month ? a.Year : a.Year - 1, $"past tense: the most recent {L.MonthName(month)} up to");
                else if (tense == Tense.Future)
                    (year, how) = (month >= a.Month ? a.Year : a.Year + 1, $"future tense: the next {L.MonthName(month)} from");
                else
                    (year, how) = (a.Year, $"{L.MonthName(month)} of the year of");
                break;
        }
        var first = DateMath.InRange(year) ? new LocalDate(year, month, 1) : (LocalDate?)null;
        Set(e, first, first?.With(DateAdjusters.EndOfMonth), $"{how} the article's date {from}");
    }

    private static (int Amount, string Unit)? Amount(Match m)
    {
        var n = m.Groups["n"].Success ? L.NumberValue(m.Groups["n"].Value) : 1;
        var unit = m.Groups["u"].Value.ToLowerInvariant().TrimEnd('s');
        return n is { } amount ? (amount, unit) : null;
    }

    private static Period PeriodOf(int amount, string unit) => unit switch
    {
        "day" => Period.FromDays(amount),
        "week" => Period.FromWeeks(amount),
        "month" => Period.FromMonths(amount),
        "decade" => Period.FromYears(10 * amount),
        "hour" => Period.FromHours(amount),
        _ => Period.FromYears(amount),
    };

    private static void ResolveAgo(TemporalExpression e, Match m, LocalDate a, string from)
    {
        if (Amount(m) is not var (amount, unit))
            return;
        var day = DateMath.Minus(a, PeriodOf(amount, unit));
        var (start, end) = unit switch
        {
            "month" => (day?.With(DateAdjusters.StartOfMonth), day?.With(DateAdjusters.EndOfMonth)),
            "year" or "decade" => (day is { } d ? new LocalDate(d.Year, 1, 1) : (LocalDate?)null, day is { } d2 ? new LocalDate(d2.Year, 12, 31) : (LocalDate?)null),
            _ => (day, day),
        };
        Set(e, start, end, $"{amount} {unit}(s) before the article's date {from}");
    }

    private static void ResolveWindow(TemporalExpression e, Match m, LocalDate a, string from)
    {
        if (Amount(m) is not var (amount, unit))
            return;
        var length = unit == "hour" ? Period.FromDays(Math.Max(1, (amount + 23) / 24)) : PeriodOf(amount, unit);
        var forward = m.Groups["dir"].Value.ToLowerInvariant() is "next" or "coming";
        var (start, end) = forward ? (a, DateMath.Plus(a, length)) : (DateMath.Minus(a, length), (LocalDate?)a);
        Set(e, start, end, $"{(forward ? "the" : "the last")} {amount} {unit}(s) {(forward ? "after" : "before")} the article's date {from}");
    }

    private static void ResolveOffset(TemporalExpression e, Match m)
    {
        if (Amount(m) is not var (amount, unit) || unit == "hour")
            return;
        e.Offset = PeriodOf(amount, unit);
        e.OffsetForward = m.Groups["dir"].Value.ToLowerInvariant() is "later" or "after" or "afterwards" or "afterward" or "on";
        e.Resolution = $"{amount} {unit}(s) {(e.OffsetForward ? "after" : "before")} another event";
    }

    private const string Ordinal = "(?:st|nd|rd|th)?";
    private const string Y = "(?<y>(?:1[6-9]|20)[0-9][0-9])";
    private const string WeekdayPrefix = "(?:(?<wd>" + L.WeekdayOrAbbreviationPattern + "),?\\s+(?:the\\s+)?)?";

    [GeneratedRegex(@"\b" + WeekdayPrefix + @"(?:(?<m>" + L.MonthPattern + @")\s*(?<d>[0-9]{1,2})" + Ordinal + @",?\s+" + Y + @"|(?<d>[0-9]{1,2})" + Ordinal + @"\s+(?:of\s+)?(?<m>" + L.MonthPattern + @"),?\s+" + Y + @")\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"\b" + WeekdayPrefix + Y + @"-(?<mo>[0-9][0-9])-(?<d>[0-9][0-9])\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b" + WeekdayPrefix + @"(?<a>[0-9]{1,2})/(?<b>[0-9]{1,2})/" + Y + @"\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b" + WeekdayPrefix + @"(?:(?<m>" + L.MonthPattern + @")\s*(?<d>[0-9]{1,2})" + Ordinal + @"|(?<d>[0-9]{1,2})" + Ordinal + @"\s+(?:of\s+)?(?<m>" + L.MonthPattern + @"))(?![\p{L}\d]|[.,]\d|,?\s*(?:1[6-9]|20)\d\d\b)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<m>" + L.FullMonthPattern + @"|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.),?\s+(?:of\s+)?" + Y + @"\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?<y>(?:1[6-9]|20)[0-9])0s\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex Decade();

    [GeneratedRegex(@"(?<=\b(?i:in|since|by|until|till|of|from|during|before|after|through|throughout|year|early|late|mid)[\s-])" + Y + @"\b(?!\s*(?:%|percent|per cent)|[-–/]\d|[.,]\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(?:(?<mod>(?i:this\s+coming|this\s+past|last|this|next|coming|past))\s+)?(?<wd>" + L.WeekdayPattern + @")(?:['’]s)?\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening)))(?:['’]s)?\b(?:\s*\((?<wd>" + L.WeekdayPattern + @")\)|,\s+(?<wd>" + L.WeekdayPattern + @")(?=[,.;)]))?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex RelativeDay();

    [GeneratedRegex(@"\b(?:(?<q>(?i:earlier|later))\s+)?(?<mod>(?i:last|this|next|past|coming))\s+(?<u>(?i:week|weekend|month|year))\b(?!\s+of\b)(?:['’]s)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex RelativePeriod();

    [GeneratedRegex(@"\b(?<mod>(?i:this\s+past|this\s+coming|last|this|next|in|since|until|till|by|from|through|during|before|after))[\s-]+(?:(?i:early|late|mid)[\s-]+)?(?<m>" + L.FullMonthPattern + @")\b(?!['’]s\b|\s+\d|,?\s+(?:1[6-9]|20)\d\d\b)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex RelativeMonth();

    [GeneratedRegex(@"\b(?<n>(?i:" + L.NumberWordPattern + @"))\s+(?<u>(?i:days?|weeks?|months?|years?|decades?))\s+ago\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex Ago();

    [GeneratedRegex(@"\b(?i:(?:within|in|over|during|for)\s+the\s+(?<dir>next|past|last|coming)\s+(?:(?<n>" + L.NumberWordPattern + @")\s+)?(?<u>days?|weeks?|months?|years?|hours?))\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex Window();

    [GeneratedRegex(@"\b(?<n>(?i:" + L.NumberWordPattern + @"))\s+(?<u>(?i:days?|weeks?|months?|years?|decades?))\s+(?<dir>(?i:later|earlier|after|before|afterwards?))\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex Offset();

    // Generated, not Regex.Replace with a pattern string: the static methods look the pattern up in the framework's
    // regex cache on every call, and start it with generic code that a one-file run compiled.
    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex Spaces();
}
