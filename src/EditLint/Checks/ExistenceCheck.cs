using System.Text.RegularExpressions;

namespace EditLint.Checks;

/// <summary><c>existence</c>: any of the tokens is a finding. Message argument {0} is the matched text; <c>fix</c>, when given, is the replacement.</summary>
public sealed class ExistenceCheck(Regex pattern, string? fix) : Check
{
    /// <inheritdoc />
    /// <remarks>A list made only once a unit has a finding, not an iterator: a rule reads every paragraph or sentence of
    /// every document, and nearly all have none.</remarks>
    public override IEnumerable<CheckMatch> Run(CheckUnit unit, TermFilter exceptions)
    {
        List<CheckMatch>? found = null;
        foreach (var match in unit.EnumerateMatches(pattern))
        {
            if (match.Length > 0 && !exceptions.Skips(unit.Text, match.Index, match.Length))
                (found ??= []).Add(new CheckMatch(match.Index, match.Length, [match.ValueIn(unit.Text)], fix));
        }
        return found ?? [];
    }
}
