using System.Text.RegularExpressions;

namespace EditLint.Checks;

/// <summary>
/// <c>repetition</c>: the same token twice in a row ("the the"), compared case-insensitively with only whitespace
/// between. Message argument {0} is the repeated token; the fix removes the second copy.
/// </summary>
public sealed class RepetitionCheck(Regex pattern) : Check
{
    /// <inheritdoc />
    public override IEnumerable<CheckMatch> Run(CheckUnit unit, TermFilter exceptions)
    {
        Match? previous = null;
        foreach (var match in unit.Matches(pattern))
        {
            if (match.Length == 0)
                continue;
            if (previous is not null
                && string.Equals(previous.Value, match.Value, StringComparison.OrdinalIgnoreCase)
                && unit.Text.AsSpan(previous.Index + previous.Length, match.Index - previous.Index - previous.Length).IsWhiteSpace()
                && !exceptions.Skips(unit.Text, match.Index, match.Length))
            {
                var start = previous.Index + previous.Length;
                yield return new CheckMatch(start, match.Index + match.Length - start, [match.Value], "");
            }
            previous = match;
        }
    }
}
