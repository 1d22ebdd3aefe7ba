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

    // Prepositions a dated verb takes ("met on Monday"); "to", "for", "until" and "by" point at a target instead.
    private static readonly HashSet<string> DatingPrepositions = new(StringComparer.OrdinalIgnoreCase) { "on", "in", "at", "during", "late", "early" };

    /// <summary>The governing verb group's tense, from the sentence text before the reference.</summary>
    public static Tense Governing(string before)
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
        var text = string.Join(' ', window);
        if (FutureMarker().IsMatch(text))
            return Tense.Future;

        // The past verb must stand right before the reference (or its dating preposition) and head a clause:
        // "the proposed talks on Monday" is not past tense.
        var at = window.Count - 1;
        if (DatingPrepositions.Contains(window[at]))
            at--;
        if (at < 0)
            return Tense.Unknown;
        var verb = window[at];
        if (!DateLexicon.IsPastForm(verb) || DateLexicon.PlanVerbs.Contains(verb))
            return Tense.Unknown;
        var previous = at > 0 ? window[at - 1] : null;
        if (previous is "was" or "were" && verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
            return Tense.Past;
        if (previous is not null && Determiners.Contains(previous))
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

    [GeneratedRegex(@"\b(?:would|'d|’d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex Would();
}
