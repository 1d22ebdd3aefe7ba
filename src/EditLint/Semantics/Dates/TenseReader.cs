using EditLint.Text;
using System.Text.RegularExpressions;

namespace EditLint.Semantics.Dates;

/// <summary>
/// Guesses the tense around a time reference from the words of its sentence. Two readings: the verb group
/// that governs the reference ("will meet Putin on Monday", "met on Monday"), kept strict because EL3004
/// reports on it, and the nearest tense marker anywhere in the sentence, which only picks the direction of a
/// bare weekday.
/// </summary>
internal static partial class TenseReader
{
    // A clause boundary: a reference never takes its tense across these.
    private static readonly HashSet<string> ClauseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "whom", "when", "after", "before", "and", "but", "because", "while", "as", "since", "where",
        "if", "unless", "though", "although", "or", "so", "than", "whether", "until", "says", "said",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these", "those", "be", "been",
        "being", "is", "are", "am", "to", "will", "would", "has", "have", "had", "not",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DeterminersBySpan = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that make what follows a comparison or a noun modifier, never the verb's date ("than last year").
    private static readonly HashSet<string> Function = new(StringComparer.OrdinalIgnoreCase)
    {
        "than", "from", "over", "to", "with", "against", "like", "as", "of", "since", "until", "till", "by", "for", "before",
        "after", "versus", "vs", "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "whose", "per", "between",
    };

    // Before a past form these make it a participle or an infinitive: "could be announced this weekend".
    private static readonly HashSet<string> Modals = new(StringComparer.OrdinalIgnoreCase)
    {
        "might", "may", "could", "would", "will", "should", "must", "can", "shall", "to", "be", "been", "being", "is", "are", "am",
    };

    // Prepositions a dated verb takes ("met on Monday"); "to", "for", "until" and "by" point at a target instead.
    private static readonly HashSet<string> DatingPrepositions = new(StringComparer.OrdinalIgnoreCase) { "on", "in", "at", "during", "late", "early" };

    /// <summary>The tense reader of one sentence: its words and tense markers are found once for all its time references.</summary>
    public static SentenceTenses Read(string sentence) => new(sentence);

    /// <summary>The words of one sentence and where its tense markers are, read once (a long sentence with many
    /// dates would otherwise be read again for each: quadratic in its length).</summary>
    internal sealed class SentenceTenses
    {
        // A record, not a tuple: a list of tuples is generic framework code that a one-file run compiled at start-up.
        private sealed record Marker(int Start, int End, Tense Tense);

        // The words as places in the sentence (start, end), not strings: every word of every sentence with a date is
        // read, and only the few before each date are needed as strings (17 MB of words' strings in a corpus run).
        private readonly string _sentence;
        private readonly List<int> _starts;
        private readonly List<int> _ends;
        private readonly List<Marker> _markers = [];
        private readonly List<int> _futureMarkerEnds = [];
        private readonly int _firstModalWord = int.MaxValue;

        public SentenceTenses(string sentence)
        {
            _sentence = sentence;
            // Sized for a word per six characters: grown from empty, the two lists were 1% of a corpus run's allocations.
            (_starts, _ends) = (new List<int>(sentence.Length / 6 + 4), new List<int>(sentence.Length / 6 + 4));
            // Read by hand, not by a pattern: a sentence's words are read for every sentence with a date.
            for (var at = 0; NextWord(sentence, ref at) is var length && length > 0;)
            {
                _starts.Add(at - length);
                _ends.Add(at);
            }
            var straight = Straight(sentence);
            foreach (var (index, length) in Marks(FutureMarker(), straight))
            {
                _markers.Add(new Marker(index, index + length, Tense.Future));
                _futureMarkerEnds.Add(index + length);
            }
            foreach (var (index, length) in Marks(Would(), straight))
                _markers.Add(new Marker(index, index + length, Tense.Future));
            for (var i = 0; i < _starts.Count; i++)
            {
                var w = WordAt(i);
                if (!DateLexicon.IsPastForm(w) || DateLexicon.PlanVerbsBySpan.Contains(w))
                    continue;
                if (i > 0 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && WordAt(i - 1) is var previous
                    && DeterminersBySpan.Contains(previous) && !IsAnyOf(previous, "had", "has", "have", "been"))
                {
                    continue;
                }
                _markers.Add(new Marker(_starts[i], _ends[i], Tense.Past));
            }
            for (var i = 0; i < _starts.Count && _firstModalWord == int.MaxValue; i++)
            {
                if (IsAnyOf(WordAt(i), "might", "may", "could", "would", "should", "must", "can"))
                    _firstModalWord = i;
            }
        }

        private ReadOnlySpan<char> WordAt(int i) => _sentence.AsSpan(_starts[i], _ends[i] - _starts[i]);

        // Compared as written (ordinally), as the word strings were compared with a constant pattern.
        private static bool IsAnyOf(ReadOnlySpan<char> word, params ReadOnlySpan<string> words)
        {
            foreach (var w in words)
            {
                if (word.SequenceEqual(w))
                    return true;
            }
            return false;
        }

        /// <summary>
        /// The governing verb group's tense, from the words before the reference at <paramref name="localStart"/>.
        /// Only two shapes count: a future marker with its verb right before the reference or its dating preposition
        /// ("will meet Putin on Monday", "will meet tomorrow"), and a past verb heading its clause right before it
        /// ("met on Monday", "was held on March 3", "resigned yesterday"). <paramref name="needsPreposition"/> asks
        /// for "on"/"in" after a past verb: a bare date after one is usually a participle ("the quarter ended March 31").
        /// </summary>
        public Tense Governing(int localStart, bool needsPreposition)
        {
            // The words wholly before the reference.
            var count = 0;
            int lo = 0, hi = _starts.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (_ends[mid] <= localStart)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            count = lo;
            // Walk back to the clause start, at most eight words.
            var window = new List<string>();
            for (var i = count - 1; i >= 0 && window.Count < 8; i--)
            {
                var w = WordAt(i).ToString();
                if (!char.IsLetterOrDigit(w[0]) && w[0] is not ('\'' or '’'))
                    break;
                if (ClauseWords.Contains(w) && window.Count > 0)
                    break;
                window.Insert(0, w);
            }
            if (window.Count == 0)
                return Tense.Unknown;
            var at = window.Count - 1;
            var hasPreposition = DatingPrepositions.Contains(window[at]);
            if (hasPreposition)
                at--;
            else if (!char.IsLetter(window[at][0]) || Function.Contains(window[at]))
                return Tense.Unknown;
            if (at < 0)
                return Tense.Unknown;

            var text = string.Join(' ', window.Take(at + 1));
            if (StrictFuture().IsMatch(text))
                return Tense.Future;

            // A past form after a future or a modal earlier in the sentence is a participle: "could be finalized and
            // announced this weekend", "will be offered to holders of shares registered on May 6".
            if ((_futureMarkerEnds.Count > 0 && _futureMarkerEnds[0] <= localStart) || _firstModalWord < count)
                return Tense.Unknown;
            var verb = window[at];
            if (hasPreposition && !DateLexicon.IsPastForm(verb) && PastVerbBeforeItsObject(window, at) is { } head)
                (verb, at) = (window[head], head);
            if (!DateLexicon.IsPastForm(verb) || DateLexicon.PlanVerbs.Contains(verb) || (needsPreposition && !hasPreposition))
                return Tense.Unknown;
            var previous = at > 0 ? window[at - 1] : null;
            if (previous is "was" or "were" && verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
                return window.Take(at - 1).Any(Modals.Contains) ? Tense.Unknown : Tense.Past;
            if ((previous is not null && Determiners.Contains(previous)) || window.Take(at).Any(Modals.Contains))
                return Tense.Unknown;
            return Tense.Past;
        }

        // "approved the budget at its meeting on May 20": a past verb heading the clause, then its object (a few words,
        // none of them a verb, "to" or a number), then the dating preposition. Not a verb of saying: in "said the vote
        // on May 20 …" the date is the vote's, not the saying's.
        private static int? PastVerbBeforeItsObject(List<string> window, int last)
        {
            for (var j = last; j >= Math.Max(0, last - 5); j--)
            {
                var w = window[j];
                if (DateLexicon.IsPastForm(w))
                {
                    var previous = j > 0 ? window[j - 1] : null;
                    return j < last && !Lexicons.Lexicon.SpeechVerbs.Contains(w) && !Lexicons.Lexicon.ReportingVerbs.Contains(w)
                        && (previous is null || !Determiners.Contains(previous)) ? j : null;
                }
                if (w.Equals("to", StringComparison.OrdinalIgnoreCase) || char.IsDigit(w[0]) || Modals.Contains(w))
                    return null;
            }
            return null;
        }

        /// <summary>The tense of the tense marker nearest to [start, end).</summary>
        public Tense Nearest(int start, int end)
        {
            var best = int.MaxValue;
            var tense = Tense.Unknown;
            foreach (var (s, e, t) in _markers)
            {
                if (s < end && e > start)
                    continue;
                // Markers before the reference are a little closer: the verb usually comes first.
                var distance = e <= start ? start - e : (s - end) + 2;
                // Future markers were added first, so on a tie they win, as they did when read in that order.
                if (distance < best)
                    (best, tense) = (distance, t);
            }
            return tense;
        }
    }

    /// <summary>
    /// The length of the next word from <paramref name="at"/> on, which moves past it, or 0 when there is none: a letter or
    /// number with the letters, numbers, apostrophes and hyphens after it, or any other character but white space on its
    /// own (what <c>[\p{L}\p{N}][\p{L}\p{N}'’\-]*|[^\s\p{L}\p{N}]</c> matches).
    /// </summary>
    internal static int NextWord(string text, ref int at)
    {
        var i = at;
        while (i < text.Length && WordCharacters.IsSpace(text[i]))
            i++;
        if (i == text.Length)
        {
            at = i;
            return 0;
        }
        var start = i++;
        if (WordCharacters.IsLetterOrNumber(text[start]))
        {
            while (i < text.Length && (WordCharacters.IsLetterOrNumber(text[i]) || text[i] is '\'' or '’' or '-'))
                i++;
        }
        at = i;
        return i - start;
    }

    /// <summary>Where the sentence's future markers are ("will", "she’ll", "is due to"): index and length.</summary>
    internal static IEnumerable<(int Index, int Length)> FutureMarks(string sentence) => Marks(FutureMarker(), Straight(sentence));

    /// <summary>Where the sentence's "would" and "’d" are: index and length.</summary>
    internal static IEnumerable<(int Index, int Length)> WouldMarks(string sentence) => Marks(Would(), Straight(sentence));

    // ’ is read as ' (the same length, so the same places; neither is a word character or a space): the patterns then
    // begin with ASCII words only, which the regex engine finds with vectorised code. With ’ among them it searched
    // every sentence with a date case-insensitively for Unicode strings, 1.3% of a steady corpus pass's CPU.
    private static string Straight(string sentence) => sentence.Replace('’', '\'');

    private static IEnumerable<(int Index, int Length)> Marks(Regex pattern, string straight)
    {
        foreach (Match m in pattern.Matches(straight))
            yield return (m.Index, m.Length);
    }

    [GeneratedRegex(@"\b" + DateLexicon.FutureMarkerPattern + @"(?=\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex FutureMarker();

    // A future marker, then the verb group: an optional "not", adverb and "be", a verb and at most three object words.
    [GeneratedRegex(@"(?:^|\s)(?:will|shall|'ll|’ll|(?:is|are|am)\s+(?:due|set|scheduled|expected|slated|going)\s+to|(?:is|are|am)\s+to)\s+(?:not\s+)?(?:\w+ly\s+)?(?:be\s+)?[a-z]\w*(?:\s+[\w'’]+){0,3}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex StrictFuture();

    [GeneratedRegex(@"\b(?:would|'d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex Would();
}
