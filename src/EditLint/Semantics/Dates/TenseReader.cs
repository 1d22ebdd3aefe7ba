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

    /// <summary>
    /// The governing verb group's tense, from the sentence text before the reference. Only two shapes count:
    /// a future marker with its verb right before the reference or its dating preposition ("will meet Putin on
    /// Monday", "will meet tomorrow"), and a past verb heading its clause right before it ("met on Monday",
    /// "was held on March 3", "resigned yesterday"). <paramref name="needsPreposition"/> asks for "on"/"in"
    /// after a past verb: a bare date after one is usually a participle ("the quarter ended March 31").
    /// </summary>
    public static Tense Governing(string before, bool needsPreposition)
    {
        var words = Words().Matches(before).Select(m => m.Value).ToList();
        // Walk back to the clause start, at most eight words.
        var window = new List<string>();
        for (var i = words.Count - 1; i >= 0 && window.Count < 8; i--)
        {
            var w = words[i];
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
        if (FutureMarker().IsMatch(before) || words.Any(w => w is "might" or "may" or "could" or "would" or "should" or "must" or "can"))
            return Tense.Unknown;
        var verb = window[at];
        if (!DateLexicon.IsPastForm(verb) || DateLexicon.PlanVerbs.Contains(verb) || (needsPreposition && !hasPreposition))
            return Tense.Unknown;
        var previous = at > 0 ? window[at - 1] : null;
        if (previous is "was" or "were" && verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
            return window.Take(at - 1).Any(Modals.Contains) ? Tense.Unknown : Tense.Past;
        if ((previous is not null && Determiners.Contains(previous)) || window.Take(at).Any(Modals.Contains))
            return Tense.Unknown;
        return Tense.Past;
    }

    /// <summary>The tense of the tense marker nearest to [start, end) in <paramref name="sentence"/>.</summary>
    public static Tense Nearest(string sentence, int start, int end)
    {
        var best = int.MaxValue;
        var tense = Tense.Unknown;
        foreach (Match m in FutureMarker().Matches(sentence))
            Consider(m.Index, m.Index + m.Length, Tense.Future);
        foreach (Match m in Would().Matches(sentence))
            Consider(m.Index, m.Index + m.Length, Tense.Future);
        var words = Words().Matches(sentence).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i].Value;
            if (!DateLexicon.IsPastForm(w) || DateLexicon.PlanVerbs.Contains(w))
                continue;
            if (i > 0 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && Determiners.Contains(words[i - 1].Value) && words[i - 1].Value is not ("had" or "has" or "have" or "been"))
                continue;
            Consider(words[i].Index, words[i].Index + w.Length, Tense.Past);
        }
        return tense;

        void Consider(int s, int e, Tense t)
        {
            if (s < end && e > start)
                return;
            // Markers before the reference are a little closer: the verb usually comes first.
            var distance = e <= start ? start - e : (s - end) + 2;
            if (distance < best)
                (best, tense) = (distance, t);
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*|[^\s\p{L}\p{N}]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex Words();

    [GeneratedRegex(@"\b" + DateLexicon.FutureMarkerPattern + @"(?=\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex FutureMarker();

    // A future marker, then the verb group: an optional "not", adverb and "be", a verb and at most three object words.
    [GeneratedRegex(@"(?:^|\s)(?:will|shall|'ll|’ll|(?:is|are|am)\s+(?:due|set|scheduled|expected|slated|going)\s+to|(?:is|are|am)\s+to)\s+(?:not\s+)?(?:\w+ly\s+)?(?:be\s+)?[a-z]\w*(?:\s+[\w'’]+){0,3}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex StrictFuture();

    [GeneratedRegex(@"\b(?:would|'d|’d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex Would();
}
