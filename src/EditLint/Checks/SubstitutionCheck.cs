using System.Text.RegularExpressions;

namespace EditLint.Checks;

/// <summary>
/// <c>substitution</c>: each key of <c>swap</c> is a pattern, its value the preferred wording. Message arguments: {0}
/// the matched text, {1} the preferred wording (with the match's capital letter kept), which is also the fix.
/// </summary>
public sealed class SubstitutionCheck(IReadOnlyList<Swap> swaps) : Check
{
    // All the swaps' patterns as one, which matches a text exactly when one of them does: most paragraphs hold none of
    // a rule's 25 swaps, and one scan for any of them costs less than 25 (EL4121 on the corpus). Null when they cannot
    // be joined (PackPattern.Join).
    private readonly Regex? _any = PackPattern.Join([.. swaps.Select(s => s.Pattern)]);

    /// <inheritdoc />
    public override IEnumerable<CheckMatch> Run(CheckUnit unit, TermFilter exceptions)
    {
        // No swap matches before the joined pattern's first match (it would be the first): each swap's scan starts
        // there, so a paragraph that holds a swap is not read twice up to it.
        var from = _any is null ? 0 : FirstMatch(unit);
        if (from < 0)
            return [];
        var found = new List<CheckMatch>();
        foreach (var (pattern, replacement) in swaps)
        {
            foreach (var match in unit.EnumerateMatches(pattern, from))
            {
                if (match.Length == 0 || exceptions.Skips(unit.Text, match.Index, match.Length))
                    continue;
                // Two swaps on overlapping text: the first listed wins.
                if (found.Any(f => match.Index < f.Start + f.Length && f.Start < match.Index + match.Length))
                    continue;
                var matched = match.ValueIn(unit.Text);
                var preferred = KeepCapital(matched, replacement);
                if (!string.Equals(preferred, matched, StringComparison.Ordinal))
                    found.Add(new CheckMatch(match.Index, match.Length, [matched, preferred], preferred));
            }
        }
        return found.OrderBy(f => f.Start);
    }

    // Where the joined pattern first matches, or -1. One that times out says nothing about which swap did: each swap
    // then runs on its own from the start, and a catastrophic one is reported by its own text.
    private int FirstMatch(CheckUnit unit)
    {
        try
        {
            foreach (var match in unit.EnumerateMatches(_any!))
                return match.Index;
            return -1;
        }
        catch (RegexMatchTimeoutException)
        {
            return 0;
        }
    }

    private static string KeepCapital(string matched, string replacement) =>
        matched.Length > 0 && char.IsUpper(matched[0]) && replacement.Length > 0 && char.IsLower(replacement[0])
            ? char.ToUpperInvariant(replacement[0]) + replacement[1..]
            : replacement;
}

/// <summary>One entry of a substitution's <c>swap</c>: the pattern, and the wording preferred to what it matches.</summary>
/// <remarks>A class, not a tuple: code over a tuple has no ReadyToRun code, and the JIT compiled it at start-up.</remarks>
public sealed record Swap(Regex Pattern, string Replacement);
