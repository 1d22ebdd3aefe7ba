using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Semantics.Figures;

/// <summary>What a figure measures.</summary>
public enum FigureKind
{
    /// <summary>A number of things: "100,000 soldiers", "32 member states", "two million people".</summary>
    Count,
    /// <summary>A share: "10%", "15 per cent".</summary>
    Percent,
    /// <summary>A difference of shares: "3 percentage points".</summary>
    PercentagePoints,
    /// <summary>A fraction of a whole in words: "half", "a third", "two-thirds".</summary>
    Fraction,
    /// <summary>An amount of money: "$90bn", "£66.6bn", "USD 5m", "20 euros".</summary>
    Money,
    /// <summary>A length, weight, area or duration with its unit: "1,000-mile border", "a two-hour dinner".</summary>
    Measure,
    /// <summary>A person's age: "aged 45", "a 45-year-old".</summary>
    Age,
}

/// <summary>The part a figure plays in its clause.</summary>
public enum FigureRole
{
    /// <summary>A value as it stands: "killed 23 people", "rose to 20", "a 20% stake".</summary>
    Level,
    /// <summary>The size of a change: "rose 4.4 pct", "cut by 10", "a 4.4 pct rise".</summary>
    Change,
    /// <summary>What something is compared with: "up from 15", "than 10", "versus 12".</summary>
    Compared,
}

/// <summary>How exactly a figure is stated.</summary>
public enum Approximation
{
    /// <summary>As written.</summary>
    Exact,
    /// <summary>"around", "about", "some", "roughly", "an estimated", "nearly", "almost".</summary>
    About,
    /// <summary>"more than", "over", "at least", "upwards of": the true value is at or above it.</summary>
    AtLeast,
    /// <summary>"up to", "less than", "fewer than", "under", "at most": the true value is at or below it.</summary>
    AtMost,
}

/// <summary>What a qualifier does to a figure.</summary>
public enum QualifierKind
{
    /// <summary>How it is totalled: "at a time", "in total", "at its peak", "altogether".</summary>
    Aggregate,
    /// <summary>A rate: "a year", "per day", "each month".</summary>
    Rate,
    /// <summary>Per unit: "each", "apiece", "per person", "a head".</summary>
    Each,
}

/// <summary>
/// The thing a figure counts: the head noun after it ("soldiers"), folded to one form ("soldier", and
/// "troop" to "soldier" through the synonym list), with the words that narrow it ("member" in "32 member
/// states"). <see cref="Inferred"/> is true when the figure names nothing and the thing was carried over
/// from the figure before it ("… 100,000 soldiers at a time …, requiring 300,000 in total").
/// </summary>
public sealed record CountedThing(string Head, string Lemma, IReadOnlyList<string> Modifiers, TextSpan Span, bool Inferred)
{
    /// <summary>Lemma with its modifiers, the key two figures must share to count the same thing.</summary>
    public string Key => Modifiers.Count == 0 ? Lemma : string.Join(' ', Modifiers) + " " + Lemma;

    /// <summary>The words as written ("member states").</summary>
    public string Words => Modifiers.Count == 0 ? Head : string.Join(' ', Modifiers) + " " + Head;
}

/// <summary>
/// A number in prose with what it is: its value (and upper bound for a range), kind, currency or unit, how
/// approximate it is, what it counts, the qualifier that scopes it and the time or place it is about.
/// Years, dates, times, ordinals, labels ("Article 5", "No. 10"), "9/11", phone numbers and names ("G7",
/// "F-35") are not figures. The span runs from a currency sign to the unit ("$90bn", "10%", "1,000-mile"),
/// without the approximation or the thing counted, so its text is the figure as written ("100,000").
/// </summary>
public sealed class Figure : ProseSpan
{
    internal Figure(Block block, int localStart, int length)
        : base(block, localStart, length)
    {
    }

    /// <summary>Index of its sentence among the document's sentences.</summary>
    public int SentenceIndex { get; internal set; }

    // Its sentence (ScopeReader puts it there), from which its marks are read when a rule first asks for them: most
    // figures are never asked, and reading every figure's cost the corpus a tenth of a second for nothing.
    internal Sentence? Sentence { get; set; }

    private const int MarksUnread = -1;
    private const int NoMarks = -2;
    private int _marks = MarksUnread;

    /// <summary>
    /// What the characters right around its number say it is when it is not simply a number of things ("March 5",
    /// "Channel 4", "a 5-4 ruling", "5:30", "(4)", "twenty three"); null when it is in no sentence's text (a headline's).
    /// </summary>
    public NumeralMarks? Marks
    {
        get
        {
            // Rules may ask from two threads at once (a huge document's, or a run's only document's, rules share the cores):
            // both read the same marks, and either write stands.
            var marks = Volatile.Read(ref _marks);
            if (marks == MarksUnread)
            {
                marks = Sentence is { } sentence && NumeralMarksReader.Read(this, sentence) is { } read ? (int)read : NoMarks;
                Volatile.Write(ref _marks, marks);
            }
            return marks == NoMarks ? null : (NumeralMarks)marks;
        }
    }

    /// <summary>What it measures.</summary>
    public FigureKind Kind { get; internal set; }

    /// <summary>Its value (the lower bound of a range); a percentage as written (10 for "10%").</summary>
    public decimal Value { get; internal set; }

    /// <summary>The upper bound of a range ("10-15", "between 10 and 15"), else null.</summary>
    public decimal? UpperValue { get; internal set; }

    /// <summary>ISO code of the currency of an amount ("USD" for "$" and "US$", "GBP" for "£").</summary>
    public string? Currency { get; internal set; }

    /// <summary>The unit of a measure, singular ("mile", "hour").</summary>
    public string? Unit { get; internal set; }

    /// <summary>
    /// The number as written, without a currency sign, unit or percent sign: "10" of "10%", "90bn" of "$90bn", "10-15"
    /// of "10-15%", "five" of "five per cent", "1,000" of "1,000-mile".
    /// </summary>
    public string Number => Block.Text.Substring(NumberStart, NumberLength);

    /// <summary>True when <see cref="Number"/> is digits alone ("5", "1000"): no separator, decimal point, magnitude or word.</summary>
    public bool IsWrittenInDigits
    {
        get
        {
            var number = Block.Text.AsSpan(NumberStart, NumberLength);
            return !number.IsEmpty && !number.ContainsAnyExceptInRange('0', '9');
        }
    }

    /// <summary>The sign or word of a percentage as written: "%", "per cent", "percent", "pct"; null for any other kind.</summary>
    public string? PercentSign { get; internal set; }

    // Where the number is in the block's prose (the figure may start earlier, at a currency sign, and end later).
    internal int NumberStart { get; set; }

    internal int NumberLength { get; set; }

    /// <summary>How exactly it is stated.</summary>
    public Approximation Approximation { get; internal set; }

    /// <summary>The words that made it approximate ("around", "more than").</summary>
    public string? ApproximationText { get; internal set; }

    /// <summary>What it counts, when found.</summary>
    public CountedThing? Counted { get; internal set; }

    /// <summary>
    /// The words before it that make it the rest of a whole, as written up to it: "the remaining" (40%), "the rest,"
    /// "the other", "the rest, about"; null when there are none.
    /// </summary>
    public string? Remainder { get; internal set; }

    /// <summary>"at a time", "in total", "a year", "each" … as written.</summary>
    public string? Qualifier { get; internal set; }

    /// <summary>What the qualifier does.</summary>
    public QualifierKind? QualifierKind { get; internal set; }

    /// <summary>The time and place it is about when its sentence states them ("in 2019", "in London"): <see cref="When"/> and <see cref="Where"/>.</summary>
    public string? Scope => (When, Where) switch
    {
        (null, null) => null,
        (_, null) => When,
        (null, _) => Where,
        _ => When + " " + Where,
    };

    /// <summary>True for a figure of the article's headline (its title or first-level heading).</summary>
    public bool IsHeadline { get; internal set; }

    /// <summary>The time its sentence states for it ("[2019-01-01, 2019-12-31]", "last year"), part of <see cref="Scope"/>.</summary>
    public string? When { get; internal set; }

    /// <summary>The place its sentence states for it ("London"), part of <see cref="Scope"/>.</summary>
    public string? Where { get; internal set; }

    /// <summary>True in a compound modifier: "1,000-mile border", "two-hour dinner".</summary>
    public bool IsModifier { get; internal set; }

    /// <summary>True for an addition to something else: "a further 10%", "another 20", "an extra $5m".</summary>
    public bool IsIncrement { get; internal set; }

    /// <summary>True for part of a group named elsewhere: "50 of them", "three of the victims".</summary>
    public bool IsPartitive { get; internal set; }

    /// <summary>True inside a change or comparison: "rose to 20", "up from 15", "more than last year", "than 10".</summary>
    public bool IsComparison { get; internal set; }

    /// <summary>The part it plays: a level, the size of a change, or what something is compared with.</summary>
    public FigureRole Role { get; internal set; }

    /// <summary>True for a projection: "a target of 232 mln tonnes", "growth forecast at 2.5%", "expected to reach 300".</summary>
    public bool IsProjection { get; internal set; }

    /// <summary>True in a breakdown: a sentence with figures of three or more different things.</summary>
    public bool IsInList { get; internal set; }

    /// <summary>True when the figure is definite: "the 32 member states", "its 27 members", "all 50 states".</summary>
    public bool IsDefinite { get; internal set; }

    /// <summary>The stem of the verb the figure is the object or subject of ("kill" for "killed 20", "20 … were killed").</summary>
    public string? Verb { get; internal set; }

    /// <summary>
    /// Stems of the content words around it in its sentence (the counted noun left out), and the names there
    /// marked with a leading '@': what and whom it is said about.
    /// </summary>
    /// <remarks>
    /// Read at first use, on the thread that asks: most figures are never compared with another, and reading the words
    /// around every figure as it was found took 3% of a corpus run. The words are the document's, which the figure holds.
    /// </remarks>
    public IReadOnlySet<string> Context
    {
        get
        {
            if (Volatile.Read(ref _context) is { } known)
                return known;
            var read = _contextSource is { } source ? new ContextReader().Read(source.Tokens, source.First, source.After, source.Counted) : WordSet.Empty;
            // Two threads may read it at once; both read the same words, and the first kept is the one all see.
            return Interlocked.CompareExchange(ref _context, read, null) ?? read;
        }
        internal set => _context = value;
    }

    private IReadOnlySet<string>? _context;
    private ContextSource? _contextSource;

    /// <summary>Where <see cref="Context"/> is read from when it is first asked for: the figure's tokens and the thing it counted when it was found.</summary>
    internal void ReadContextFrom(BlockTokens tokens, int first, int after, CountedThing? counted) =>
        _contextSource = new ContextSource(tokens, first, after, counted);

    // A class, not a tuple: the figure keeps it, and a field of a struct type made the figure larger for every figure.
    private sealed record ContextSource(BlockTokens Tokens, int First, int After, CountedThing? Counted);

    /// <summary>
    /// The noun the figure states: what a count or measure counts ("soldier", "grain" in "232 mln tonnes of grain"),
    /// and for money and shares the whole they are of ("voter" in "10% of voters"), the noun they qualify ("stake" in
    /// "a 20% stake", "deal" in "a $1.8bn deal") or the noun they are of ("loss" in "a loss of 310 mln dlrs"); null
    /// when the sentence leaves it to the verb or the subject.
    /// </summary>
    public string? Referent => Kind switch
    {
        FigureKind.Count or FigureKind.Measure => Counted is { Inferred: false } counted ? counted.Lemma : NounBefore,
        FigureKind.Money or FigureKind.Percent or FigureKind.PercentagePoints =>
            (Of is { } of && of != CountedReader.AnaphoricOf ? of[(of.LastIndexOf(' ') + 1)..] : null) ?? Counted?.Lemma ?? NounBefore,
        _ => null,
    };

    // The noun before "of" in "a loss of 310 mln dlrs".
    internal string? NounBefore { get; set; }

    /// <summary>"of that", "of the total", "of them": the share is of something named before.</summary>
    public string? Of { get; internal set; }

    /// <summary>
    /// Half a unit of the last digit written, in the figure's own units: what rounding may hide. "2.5 million" is
    /// 50,000, "£66.6bn" 50,000,000, "120" 0.5; a number in words is exact (0).
    /// </summary>
    public decimal HalfUnit
    {
        get
        {
            var text = Text;
            var start = 0;
            while (start < text.Length && !char.IsDigit(text[start]))
                start++;
            var end = start;
            while (end < text.Length && (char.IsDigit(text[end]) || (text[end] is ',' or '.' && end + 1 < text.Length && char.IsDigit(text[end + 1]))))
                end++;
            if (end == start || NumberWords.ParseNumeral(text[start..end]) is not { } written || written == 0)
                return 0;
            var point = text.IndexOf('.', start, end - start);
            var unit = 1m;
            for (var d = point < 0 ? 0 : end - point - 1; d > 0; d--)
                unit /= 10;
            // The magnitude ("million", "bn") scales the unit: Value is the written number times it.
            return unit * (Value / written) / 2;
        }
    }

    /// <summary>The figure as an editor reads it: "around 100,000 soldiers at a time", "300,000 in total", "the 1,000-mile border".</summary>
    public string Describe()
    {
        var parts = new List<string>(4);
        if (ApproximationText is { } approximately)
            parts.Add(approximately);
        if (Qualifier == "a total of")
            parts.Add(Qualifier);
        parts.Add(Text);
        // An elliptical figure is described as written ("300,000 in total"); what it counts is said separately.
        if (Counted is { Inferred: false } counted)
            parts.Add(counted.Words);
        if (Qualifier is { } qualifier && qualifier != "a total of")
            parts.Add(qualifier);
        return string.Join(' ', parts);
    }

    /// <summary>
    /// What EditLint read the figure as, for hovers: "count of soldiers (carried over from the figure before it):
    /// 300,000; in total". Values are written in full ("$90bn" is 90,000,000,000 USD).
    /// </summary>
    public string Explain()
    {
        var value = Value.ToString("#,0.####", System.Globalization.CultureInfo.InvariantCulture)
            + (UpperValue is { } upper ? "–" + upper.ToString("#,0.####", System.Globalization.CultureInfo.InvariantCulture) : "");
        var what = Kind switch
        {
            FigureKind.Money => $"amount of money: {value} {Currency}",
            FigureKind.Percent => $"percentage: {value}%",
            FigureKind.PercentagePoints => $"difference of percentages: {value} points",
            FigureKind.Measure => $"measure: {value} {Unit}",
            FigureKind.Age => $"age: {value}",
            FigureKind.Fraction => $"fraction: {value}",
            _ => $"count: {value}",
        };
        var details = new List<string> { what };
        if (Counted is { } counted)
            details.Add(counted.Inferred ? $"counts {counted.Words} (carried over from the figure before it)" : $"counts {counted.Words}");
        if (Of is { } of)
            details.Add($"of {of}");
        if (ApproximationText is { } approximately)
            details.Add($"approximate ({approximately})");
        if (Qualifier is { } qualifier)
            details.Add($"qualified '{qualifier}'");
        if (Scope is { } scope)
            details.Add($"about {scope}");
        return string.Join("; ", details);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Kind} {Value}{(UpperValue is { } u ? "–" + u : "")} {Currency}{Unit} '{Text}' counts '{Counted?.Key}'{(Counted?.Inferred == true ? " (inferred)" : "")} {Qualifier}";
}
