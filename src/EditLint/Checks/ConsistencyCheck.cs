using System.Text.RegularExpressions;

namespace EditLint.Checks;

/// <summary>
/// <c>consistency</c>: each entry of <c>either</c> names two acceptable forms of which a unit may use only one. When both
/// occur, the form that appears second is reported wherever it occurs. Message arguments: {0} this form, {1} the one
/// used first (also the fix).
/// </summary>
public sealed class ConsistencyCheck(IReadOnlyList<EitherForm> pairs) : Check
{
    /// <inheritdoc />
    public override IEnumerable<CheckMatch> Run(CheckUnit unit, TermFilter exceptions)
    {
        var found = new List<CheckMatch>();
        foreach (var (first, second) in pairs)
        {
            var a = Matches(first, unit, exceptions);
            var b = Matches(second, unit, exceptions);
            if (a.Count == 0 || b.Count == 0)
                continue;
            var (established, other) = a[0].Index <= b[0].Index ? (a, b) : (b, a);
            foreach (var match in other)
            {
                var establishedText = established[0].ValueIn(unit.Text);
                found.Add(new CheckMatch(match.Index, match.Length, [match.ValueIn(unit.Text), establishedText], establishedText));
            }
        }
        return found.OrderBy(f => f.Start);
    }

    private static List<PatternMatch> Matches(Regex pattern, CheckUnit unit, TermFilter exceptions)
    {
        var kept = new List<PatternMatch>();
        foreach (var match in unit.EnumerateMatches(pattern))
        {
            if (match.Length > 0 && !exceptions.Skips(unit.Text, match.Index, match.Length))
                kept.Add(match);
        }
        return kept;
    }
}

/// <summary>One entry of a consistency rule's <c>either</c>: two forms a unit may use only one of.</summary>
/// <remarks>A class, not a tuple: code over a tuple has no ReadyToRun code, and the JIT compiled it at start-up.</remarks>
public sealed record EitherForm(Regex First, Regex Second);
