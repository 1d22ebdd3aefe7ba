using System.Text.RegularExpressions;

namespace EditLint.Checks;

/// <summary>
/// <c>occurrence</c>: counts matches of <c>token</c> in each unit; more than <c>max</c> is a finding on the first match
/// past the limit, fewer than <c>min</c> a finding on the whole unit. Message argument {0} is the count.
/// </summary>
public sealed class OccurrenceCheck(Regex pattern, int? max, int? min) : Check
{
    /// <inheritdoc />
    public override IEnumerable<CheckMatch> Run(CheckUnit unit, TermFilter exceptions)
    {
        // Counted, keeping only the one past the most allowed, which a finding marks.
        var count = 0;
        PatternMatch? pastMost = null;
        foreach (var match in unit.EnumerateMatches(pattern))
        {
            if (match.Length == 0 || exceptions.Skips(unit.Text, match.Index, match.Length))
                continue;
            if (count == max)
                pastMost = match;
            count++;
        }
        List<CheckMatch>? found = null;
        if (pastMost is { } first)
            (found ??= []).Add(new CheckMatch(first.Index, first.Length, [count]));
        if (min is { } least && count < least && unit.Text.Length > 0)
            (found ??= []).Add(new CheckMatch(0, unit.Text.Length, [count]));
        return found ?? [];
    }
}
