using System.Text.RegularExpressions;

namespace EditLint.Checks;

/// <summary><c>existence</c>: any of the tokens is a finding. Message argument {0} is the matched text; <c>fix</c>, when given, is the replacement.</summary>
public sealed class ExistenceCheck(Regex pattern, string? fix) : Check
{
    /// <inheritdoc />
    public override IEnumerable<CheckMatch> Run(CheckUnit unit, TermFilter exceptions)
    {
        foreach (var match in unit.Matches(pattern))
        {
            if (match.Length > 0 && !exceptions.Skips(unit.Text, match.Index, match.Length))
                yield return new CheckMatch(match.Index, match.Length, [match.Value], fix);
        }
    }
}
