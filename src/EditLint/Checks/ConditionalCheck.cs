using System.Text.RegularExpressions;

namespace EditLint.Checks;

/// <summary>
/// <c>conditional</c>: every match of <c>first</c> needs a match of <c>second</c> somewhere in the unit. When both
/// patterns have a capture group, the captured texts must agree (an abbreviation "NATO" needs a definition
/// "(NATO)"); otherwise any match of <c>second</c> will do. Message argument {0} is the match of <c>first</c> (or its group).
/// </summary>
public sealed class ConditionalCheck(Regex first, Regex second) : Check
{
    /// <inheritdoc />
    public override IEnumerable<CheckMatch> Run(CheckUnit unit, TermFilter exceptions)
    {
        var keyed = first.GetGroupNumbers().Length > 1 && second.GetGroupNumbers().Length > 1;
        // What second gives is read only once first has a match that needs it: most units have none (EL4109's first
        // is "a source familiar with…" over a whole article body), and then second is never scanned.
        HashSet<string>? satisfied = null;
        var anySecond = false;
        foreach (var match in unit.Matches(first))
        {
            var key = Key(match, keyed);
            if (match.Length == 0 || exceptions.Contains(key) || exceptions.Skips(unit.Text, match.Index, match.Length))
                continue;
            if (satisfied is null)
            {
                satisfied = new HashSet<string>(StringComparer.Ordinal);
                // Unkeyed, one match of second satisfies every first: no need for the others.
                foreach (var other in unit.Matches(second))
                {
                    anySecond = true;
                    if (!keyed)
                        break;
                    satisfied.Add(Key(other, keyed));
                }
            }
            if (keyed ? satisfied.Contains(key) : anySecond)
                continue;
            // Only the first unsatisfied use of each key: one missing definition is one finding.
            satisfied.Add(key);
            yield return new CheckMatch(match.Index, match.Length, [key]);
        }
    }

    private static string Key(Match match, bool keyed) => keyed && match.Groups[1].Success ? match.Groups[1].Value : match.Value;
}
