using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace EditLint.Checks;

/// <summary>
/// Regular expressions from rule packs. Every one the regex engine runs has a match timeout, and all matches of one rule
/// on one document share a <see cref="PatternBudget"/>, so a catastrophic pattern ends the rule on that document (EL9001
/// naming the rule and the pattern) instead of hanging the run. A list of phrases and a word of letters run without the
/// engine (<see cref="HandWrittenPattern"/>): their work is bounded by the text they read, and their matches share the
/// budget too.
/// </summary>
public static partial class PackPattern
{
    /// <summary>How long one match may take. Half a second: far beyond any sane pattern on an article, well under a run's patience; all matches together are bounded by <see cref="PatternBudget"/>.</summary>
    public static TimeSpan MatchTimeout { get; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Compiles <paramref name="pattern"/>. Unless <paramref name="raw"/>, it must match whole words: it may not start or
    /// end inside a word (Vale's word boundaries, but also right for terms that begin or end with punctuation).
    /// </summary>
    public static Regex Create(string pattern, bool ignoreCase, bool raw = false)
    {
        var text = raw ? pattern : WordStart + pattern + WordEnd;
        var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        return Made(text, options);
    }

    /// <summary>
    /// Source-generated copies of patterns, compiled when the program was built: the same pattern, options and timeout,
    /// run by code compiled ahead of time rather than by the regex interpreter (or code emitted at run time, which a native
    /// build cannot). The built-in packs register theirs; a pattern not among them is made as usual.
    /// </summary>
    public static void UsePrecompiled(Func<string, RegexOptions, Regex?> find) => s_precompiled = find;

    private static Func<string, RegexOptions, Regex?>? s_precompiled;

    /// <summary>
    /// Told of every pattern made here on this thread that the regex engine runs, with its options (the pack compiler
    /// lists the shipped packs' so, and a test checks that each of them has its generated copy). A list of phrases or a
    /// word of letters is not told: it runs without the engine.
    /// </summary>
    internal static Action<string, RegexOptions>? Making
    {
        get => t_making;
        set => t_making = value;
    }

    [ThreadStatic]
    private static Action<string, RegexOptions>? t_making;

    private static Regex Made(string text, RegexOptions options)
    {
        // A list of phrases, or a word of letters, needs no engine (nor a generated copy): see HandWrittenPattern.
        if (LiteralAlternation.TryCreate(text, options, MatchTimeout) is { } phrases)
            return phrases;
        if (LetterWords.TryCreate(text, options, MatchTimeout) is { } words)
            return words;
        Making?.Invoke(text, options);
        return s_precompiled?.Invoke(text, options) is { } precompiled && precompiled.MatchTimeout == MatchTimeout
            ? precompiled
            : new Regex(text, options, MatchTimeout);
    }

    /// <summary>
    /// True when <paramref name="pattern"/> runs as code of its own (a subclass: source-generated, or a list of phrases),
    /// not as an interpreted pattern.
    /// </summary>
    internal static bool IsPrecompiled(Regex pattern) => pattern.GetType() != typeof(Regex);

    // What makes a pattern match whole words only: no letter or digit just before it or just after it.
    private const string WordStart = @"(?<![\p{L}\p{N}])(?:";
    private const string WordEnd = @")(?![\p{L}\p{N}])";

    /// <summary>
    /// One pattern that matches a text exactly when one of <paramref name="patterns"/> does (made by <see cref="Create"/>
    /// with the same options): their alternation, with the whole-word edges they share written once, which lets the
    /// engine look for the alternation's leading words at once rather than try every position. Null when they cannot
    /// be joined without changing what they match: their options differ, some match whole words and some do not, one
    /// refers to a group by number or name (a back-reference, a condition, a balancing group), which joining renumbers,
    /// or one switches on free spacing, whose comments run to the end of the joined pattern.
    /// </summary>
    public static Regex? Join(IReadOnlyList<Regex> patterns)
    {
        if (patterns.Count < 2)
            return null;
        var first = patterns[0];
        var wholeWords = IsWholeWords(first.ToString());
        var inner = new List<string>(patterns.Count);
        foreach (var pattern in patterns)
        {
            var text = pattern.ToString();
            if (pattern.Options != first.Options || pattern.MatchTimeout != first.MatchTimeout || IsWholeWords(text) != wholeWords || NotJoinable().IsMatch(text))
                return null;
            inner.Add("(?:" + (wholeWords ? text[WordStart.Length..^WordEnd.Length] : text) + ")");
        }
        var joined = string.Join("|", inner);
        try
        {
            var pattern = wholeWords ? WordStart + joined + WordEnd : joined;
            return first.MatchTimeout == MatchTimeout ? Made(pattern, first.Options) : new Regex(pattern, first.Options, first.MatchTimeout);
        }
        catch (ArgumentException)
        {
            // A construct NotJoinable does not know that reads past its own pattern: the patterns run one by one.
            return null;
        }

        static bool IsWholeWords(string text) =>
            text.StartsWith(WordStart, StringComparison.Ordinal) && text.EndsWith(WordEnd, StringComparison.Ordinal);
    }

    // What joining would change: a back-reference by number or name (\1, \k<name>, \k'name', \<1>, \'1'), a condition
    // ((?(1)…), (?(name)…)) or a balancing group ((?<-1>…), (?<a-b>…), (?'a-b'…)), which count or name groups that
    // joining renumbers; free spacing switched on ((?x), (?ix:…)), whose # comment runs to the end of the joined
    // pattern; and \G, where a scan starts, which a joined scan's first match moves for the patterns after it
    // (SubstitutionCheck). An escaped backslash before them is not one, which this does not tell apart: it only costs
    // the joined scan.
    [GeneratedRegex(@"\\[1-9k<'G]|\(\?\(|\(\?[<'][\w]*-|\(\?[imns]*x", RegexOptions.CultureInvariant)]
    private static partial Regex NotJoinable();

    /// <summary>One alternation of several terms, longest first so that "in order to" wins over "in order".</summary>
    public static string Alternation(IEnumerable<string> terms) =>
        string.Join("|", terms.OrderByDescending(t => t.Length).Select(t => "(?:" + t + ")"));

    /// <summary>
    /// <see cref="Create"/>'s pattern, or null with the error <see cref="Validate"/> names when it does not compile. A
    /// whole-word pattern compiled inside the edges' group, and parsed alone (the edges' group could balance a stray
    /// parenthesis, as in 'foo)|(?:bar'), is proved as <see cref="Validate"/> would prove it, with one compile fewer.
    /// </summary>
    public static Regex? TryCreate(string pattern, bool ignoreCase, bool raw, out string? error)
    {
        Regex regex;
        try
        {
            regex = Create(pattern, ignoreCase, raw);
        }
        catch (ArgumentException e)
        {
            error = Validate(pattern) ?? e.Message;
            return null;
        }
        // A raw pattern was compiled alone, and is used in a group too; a whole-word one was compiled in the edges' group,
        // which could balance a stray parenthesis, so it is parsed alone too. Either way, Validate's two compiles.
        error = raw ? GroupError(pattern) : AloneError(pattern);
        return error is null ? regex : null;
    }

    /// <summary>The error in <paramref name="pattern"/>, or null when it compiles.</summary>
    public static string? Validate(string pattern) => AloneError(pattern) ?? GroupError(pattern);

    private static string? AloneError(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }

    // Every pattern is used inside a group ("(?:" + pattern + ")", and the whole-word edges): a free-spacing comment
    // with no line end after it would run on through the group's end, and the rule would fail to build.
    private static string? GroupError(string pattern)
    {
        try
        {
            _ = new Regex("(?:" + pattern + ")", RegexOptions.CultureInvariant, MatchTimeout);
            return null;
        }
        catch (ArgumentException)
        {
            return "it does not end inside a group: end a free-spacing comment ('# …') with a new line";
        }
    }
}

/// <summary>
/// The time all pattern matches of one pack rule on one document may take together: one second, plus one more per million
/// characters of the document so that a linear pattern on a long article is not stopped. A pattern that takes 200 ms a
/// paragraph stays under <see cref="PackPattern.MatchTimeout"/> every time, yet over 300 paragraphs would run a minute.
/// The deadline is checked before each match, so a rule stops at most one <see cref="PackPattern.MatchTimeout"/> past it.
/// </summary>
public sealed class PatternBudget
{
    private readonly long _deadline;
    private readonly bool _compiled;

    private PatternBudget(TimeSpan allowed, bool compiled = false)
    {
        Allowed = allowed;
        _deadline = allowed == Timeout.InfiniteTimeSpan ? long.MaxValue : Environment.TickCount64 + (long)Math.Ceiling(allowed.TotalMilliseconds);
        _compiled = compiled;
    }

    /// <summary>No deadline (a check run outside a rule, as in tests of one check).</summary>
    public static PatternBudget None { get; } = new(Timeout.InfiniteTimeSpan);

    /// <summary>The time the budget allows in all.</summary>
    public TimeSpan Allowed { get; }

    /// <summary>The budget for one rule on a document of <paramref name="characters"/> characters, starting now.</summary>
    public static PatternBudget ForDocument(int characters) => new(TimeSpan.FromSeconds(1 + characters / 1_000_000.0), characters >= CompiledFrom);

    /// <summary>
    /// The matches of <paramref name="pattern"/> in <paramref name="text"/> from <paramref name="startat"/> on (what comes
    /// before it is still read by lookbehinds), each started only within the budget.
    /// </summary>
    /// <remarks>A value a <c>foreach</c> reads without allocating: a check asks for the matches of every unit it reads, and
    /// an iterator object for each (with the check's own) was 40 MB of a corpus run.</remarks>
    public BudgetedMatchObjects Matches(Regex pattern, string text, int startat = 0) => new(this, pattern, text, startat);

    /// <summary>The matches <see cref="Matches"/> gives: each found only within the budget.</summary>
    public readonly struct BudgetedMatchObjects(PatternBudget budget, Regex pattern, string text, int startat) : IEnumerable<Match>
    {
        /// <summary>The enumeration, from the first match on.</summary>
        public Enumerator GetEnumerator() => new(budget, pattern, text, startat);

        IEnumerator<Match> IEnumerable<Match>.GetEnumerator() => GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>Finds each next match, within the budget.</summary>
        public struct Enumerator(PatternBudget budget, Regex pattern, string text, int startat) : IEnumerator<Match>
        {
            private Match? _current;

            /// <summary>The match the enumeration is at.</summary>
            public readonly Match Current => _current!;

            readonly object System.Collections.IEnumerator.Current => Current;

            /// <summary>Finds the next match, or false when there is none.</summary>
            public bool MoveNext()
            {
                if (_current is { Success: false })
                    return false;
                budget.Spend(pattern);
                _current = _current is null ? budget.For(pattern, text.Length).Match(text, startat) : _current.NextMatch();
                return _current.Success;
            }

            /// <summary>Not supported: a match enumeration is read once.</summary>
            public readonly void Reset() => throw new NotSupportedException();

            /// <summary>Nothing to release.</summary>
            public readonly void Dispose()
            {
            }
        }
    }

    /// <summary>
    /// The places of <paramref name="pattern"/>'s matches in <paramref name="text"/>, each started only within the
    /// budget: for a check that reads only where its tokens are (a word pattern matches every word of a paragraph, and a
    /// <see cref="Match"/> for each is an object and its groups).
    /// </summary>
    public BudgetedMatches EnumerateMatches(Regex pattern, string text, int startat = 0) =>
        pattern is HandWrittenPattern handWritten ? new(this, handWritten, text, startat) : new(this, pattern, For(pattern, text.Length).EnumerateMatches(text, startat));

    /// <summary>The places <see cref="EnumerateMatches"/> gives, as a <c>foreach</c> reads them.</summary>
    /// <remarks>
    /// A hand-written pattern is asked for its next match directly, not through the regex engine's calls: those rent a
    /// runner and read the clock for the pattern's timeout at every match, which a hand-written pattern never checks,
    /// and a word pattern is asked once for every word of a paragraph (EL4108).
    /// </remarks>
    public ref struct BudgetedMatches
    {
        private readonly PatternBudget _budget;
        private readonly Regex _pattern;
        private Regex.ValueMatchEnumerator _matches;
        private readonly HandWrittenPattern? _handWritten;
        private readonly string? _text;
        private int _at;
        private PatternMatch _current;

        internal BudgetedMatches(PatternBudget budget, Regex pattern, Regex.ValueMatchEnumerator matches)
        {
            _budget = budget;
            _pattern = pattern;
            _matches = matches;
        }

        internal BudgetedMatches(PatternBudget budget, HandWrittenPattern pattern, string text, int startat)
        {
            _budget = budget;
            _pattern = pattern;
            _handWritten = pattern;
            _text = text;
            _at = startat;
        }

        /// <summary>The match the enumeration is at.</summary>
        public readonly PatternMatch Current => _current;

        /// <summary>Finds the next match, within the budget.</summary>
        public bool MoveNext()
        {
            _budget.Spend(_pattern);
            if (_handWritten is null)
            {
                if (!_matches.MoveNext())
                    return false;
                var match = _matches.Current;
                _current = new PatternMatch(match.Index, match.Length);
                return true;
            }
            // As the engine moves on: past the match, and a character further after an empty one.
            if (_at > _text!.Length)
                return false;
            var (start, length) = _handWritten.NextMatch(_text, _at);
            if (start < 0)
            {
                _at = _text.Length + 1;
                return false;
            }
            _current = new PatternMatch(start, length);
            _at = start + length + (length == 0 ? 1 : 0);
            return true;
        }

        /// <summary>This enumeration.</summary>
        public readonly BudgetedMatches GetEnumerator() => this;
    }

    /// <summary>Whether <paramref name="pattern"/> matches <paramref name="text"/>, started only within the budget.</summary>
    public bool IsMatch(Regex pattern, string text)
    {
        Spend(pattern);
        // A hand-written pattern directly, as in EnumerateMatches.
        return pattern is HandWrittenPattern handWritten ? handWritten.NextMatch(text, 0).Start >= 0 : For(pattern, text.Length).IsMatch(text);
    }

    // Texts from this long on, and every text of a document this long, are matched by a compiled copy of the pattern.
    // The interpreter is several times slower (an alternation of twenty phrases scanned a 10 MB paragraph in 0.4–0.6 s,
    // near MatchTimeout for one match; the patterns of the plain-words pack took a second over the paragraphs of a
    // 5 MB article); compiling costs a few milliseconds per pattern, paid once and only on documents this long.
    internal const int CompiledFrom = 100_000;

    // So is a pattern once it has scanned this much text in the process, however short each text: a run over many
    // articles (the corpus: 4,914 files, 11 million characters) moves to the compiled copy after its first few hundred
    // articles. That copy is built in the background while matching goes on with the interpreter, so no lint waits
    // for it (an editor's session crosses the mark on some keystroke, after hundreds of lints), and one article never
    // builds it at all.
    internal const long CompiledAfter = 1_000_000;

    private static readonly ConditionalWeakTable<Regex, Regex> CompiledCopies = new();

    private static readonly ConditionalWeakTable<Regex, Usage> Usages = new();

    // How much text a pattern has scanned, and its compiled copy once the background has built it.
    private sealed class Usage
    {
        public long Scanned;
        public int Building;
        public Regex? Compiled;
    }

    /// <summary>True once <paramref name="pattern"/> has a compiled copy (tests).</summary>
    internal static bool HasCompiledCopy(Regex pattern) => CompiledCopies.TryGetValue(pattern, out _);

    // The same pattern, options and timeout: only the speed differs.
    private Regex For(Regex pattern, int length)
    {
        if (pattern.Options.HasFlag(RegexOptions.Compiled) || PackPattern.IsPrecompiled(pattern))
            return pattern;
        if (length >= CompiledFrom || _compiled)
            return CompiledCopies.GetValue(pattern, Compile);
        var usage = Usages.GetValue(pattern, _ => new Usage());
        if (Volatile.Read(ref usage.Compiled) is { } compiled)
            return compiled;
        if (Interlocked.Add(ref usage.Scanned, length) >= CompiledAfter && Interlocked.Exchange(ref usage.Building, 1) == 0)
            BuildCompiledCopy(pattern, usage);
        return pattern;
    }

    // A method of its own: the lambda's captures, inline, were a new object at every call of For.
    private static void BuildCompiledCopy(Regex pattern, Usage usage) =>
        _ = Task.Run(() => Volatile.Write(ref usage.Compiled, CompiledCopies.GetValue(pattern, Compile)));

    private static Regex Compile(Regex pattern) => new(pattern.ToString(), pattern.Options | RegexOptions.Compiled, pattern.MatchTimeout);

    // Past the deadline the rule stops as a pattern that timed out does: the rule's driver reports it. Asked at every
    // match (every word, for a repetition check), so read from the millisecond clock, which is cheaper than Stopwatch's:
    // budgets are whole seconds.
    private void Spend(Regex pattern)
    {
        if (Environment.TickCount64 > _deadline)
            throw new RegexMatchTimeoutException("", pattern.ToString(), Allowed);
    }
}

/// <summary>Where a pattern matched in a text: its start and length.</summary>
public readonly record struct PatternMatch(int Index, int Length)
{
    /// <summary>The text matched, taken from <paramref name="text"/> (the text that was searched).</summary>
    public string ValueIn(string text) => text.Substring(Index, Length);
}

/// <summary>A pack rule's pattern took longer than <see cref="PackPattern.MatchTimeout"/>, or its matches ran past their <see cref="PatternBudget"/>.</summary>
public sealed class PackPatternTimeoutException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PackPatternTimeoutException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception.</summary>
    public PackPatternTimeoutException() { }

    /// <summary>Creates the exception.</summary>
    public PackPatternTimeoutException(string message) : base(message) { }
}
