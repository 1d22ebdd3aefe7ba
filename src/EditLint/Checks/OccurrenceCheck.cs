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
        var matches = unit.Matches(pattern).Where(m => m.Length > 0 && !exceptions.Skips(unit.Text, m.Index, m.Length)).ToList();
        if (max is { } most && matches.Count > most)
            yield return new CheckMatch(matches[most].Index, matches[most].Length, [matches.Count]);
        if (min is { } least && matches.Count < least && unit.Text.Length > 0)
            yield return new CheckMatch(0, unit.Text.Length, [matches.Count]);
    }
}
