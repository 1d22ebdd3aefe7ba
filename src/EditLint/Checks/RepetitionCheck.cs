using System.Text.RegularExpressions;

namespace EditLint.Checks;

/// <summary>
/// <c>repetition</c>: the same token twice in a row ("the the", "The the"), or the same phrase of up to
/// <paramref name="phrase"/> tokens twice in a row ("it would it would"), compared case-insensitively with only whitespace
/// between. Left alone: a second copy that starts with a capital, or a phrase holding one (names and titles double on
/// purpose: "Duran Duran", "Measure for Measure"); a copy that runs on into a compound ("as well as well-timed"); a
/// phrase that begins or ends with one of <paramref name="chains"/> ("time and time and time again").
/// Message argument {0} is the repeated text; the fix removes the second copy.
/// </summary>
public sealed class RepetitionCheck(Regex pattern, int phrase = 1, IReadOnlyCollection<string>? chains = null) : Check
{
    /// <inheritdoc />
    public override IEnumerable<CheckMatch> Run(CheckUnit unit, TermFilter exceptions)
    {
        // The last 2 × phrase tokens: a repeated phrase of n tokens ends at the newest one.
        var window = new List<Match>(2 * phrase + 1);
        foreach (var match in unit.Matches(pattern))
        {
            if (match.Length == 0)
                continue;
            window.Add(match);
            if (window.Count > 2 * phrase)
                window.RemoveAt(0);
            for (var n = 1; n <= phrase && 2 * n <= window.Count; n++)
            {
                var first = window.Count - 2 * n;
                if (!Repeats(unit.Text, window, first, n))
                    continue;
                var second = window[first + n];
                var end = match.Index + match.Length;
                if (char.IsUpper(unit.Text[second.Index]) || exceptions.Skips(unit.Text, second.Index, end - second.Index)
                    || (end < unit.Text.Length && unit.Text[end] is '-' or '‐')
                    || (n > 1 && (window.Skip(first + n).Any(t => char.IsUpper(unit.Text[t.Index])) || IsChain(second.Value) || IsChain(match.Value))))
                    break;
                var start = window[first + n - 1].Index + window[first + n - 1].Length;
                yield return new CheckMatch(start, end - start, [unit.Text[second.Index..end]], "");
                // A repeat is reported once: its tokens do not start another.
                window.Clear();
                break;
            }
        }
    }

    private bool IsChain(string token) => chains is not null && chains.Contains(token, StringComparer.OrdinalIgnoreCase);

    // Tokens [first, first + n) and [first + n, first + 2n) are the same words, with nothing but whitespace between any two.
    // Compared as spans: Match.Value makes a new string each time it is read, and this runs for every word of a paragraph
    // up to six times.
    private static bool Repeats(string text, List<Match> window, int first, int n)
    {
        for (var k = 0; k < n; k++)
        {
            if (!window[first + k].ValueSpan.Equals(window[first + n + k].ValueSpan, StringComparison.OrdinalIgnoreCase))
                return false;
        }
        for (var k = first; k < first + 2 * n - 1; k++)
        {
            var gapStart = window[k].Index + window[k].Length;
            if (!text.AsSpan(gapStart, window[k + 1].Index - gapStart).IsWhiteSpace())
                return false;
        }
        return true;
    }
}
