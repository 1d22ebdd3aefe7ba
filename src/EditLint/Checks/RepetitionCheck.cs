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
        var text = unit.Text;
        List<CheckMatch>? found = null;
        // The tokens as places in the text, oldest first (a Match for every word of a paragraph was most of EL4108's
        // time): a repeated phrase of n tokens ends at the newest one, so only the last 2 × phrase are ever looked at.
        // Room for more than those, so that the window moves back to the front once in a while, not at every word; on
        // the stack, as a unit is a paragraph or a sentence and a rule's units are many.
        var window = 2 * phrase;
        Span<int> starts = stackalloc int[window + Slack];
        Span<int> ends = stackalloc int[window + Slack];
        var count = 0;
        foreach (var token in unit.EnumerateMatches(pattern))
        {
            if (token.Length == 0)
                continue;
            if (count == starts.Length)
            {
                starts[(count - (window - 1))..].CopyTo(starts);
                ends[(count - (window - 1))..].CopyTo(ends);
                count = window - 1;
            }
            (starts[count], ends[count]) = (token.Index, token.Index + token.Length);
            count++;
            for (var n = 1; n <= phrase && 2 * n <= count; n++)
            {
                var first = count - 2 * n;
                if (!Repeats(text, starts, ends, first, n))
                    continue;
                var second = first + n;
                var end = ends[count - 1];
                if (char.IsUpper(text[starts[second]]) || exceptions.Skips(text, starts[second], end - starts[second])
                    || (end < text.Length && text[end] is '-' or '‐')
                    || (n > 1 && (AnyCapital(text, starts, second, count) || IsChain(text[starts[second]..ends[second]]) || IsChain(text[starts[count - 1]..end]))))
                    break;
                var start = ends[second - 1];
                (found ??= []).Add(new CheckMatch(start, end - start, [text[starts[second]..end]], ""));
                // A repeat is reported once: its tokens do not start another.
                count = 0;
                break;
            }
        }
        return found ?? [];
    }

    // How many tokens the window may run on before it is moved back to the front of its arrays.
    private const int Slack = 64;

    private bool IsChain(string token) => chains is not null && chains.Contains(token, StringComparer.OrdinalIgnoreCase);

    private static bool AnyCapital(string text, ReadOnlySpan<int> starts, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (char.IsUpper(text[starts[k]]))
                return true;
        }
        return false;
    }

    // Tokens [first, first + n) and [first + n, first + 2n) are the same words, with nothing but whitespace between any two.
    private static bool Repeats(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int first, int n)
    {
        for (var k = 0; k < n; k++)
        {
            var (a, b) = (first + k, first + n + k);
            if (!text.AsSpan(starts[a], ends[a] - starts[a]).Equals(text.AsSpan(starts[b], ends[b] - starts[b]), StringComparison.OrdinalIgnoreCase))
                return false;
        }
        for (var k = first; k < first + 2 * n - 1; k++)
        {
            if (!text.AsSpan(ends[k], starts[k + 1] - ends[k]).IsWhiteSpace())
                return false;
        }
        return true;
    }
}
