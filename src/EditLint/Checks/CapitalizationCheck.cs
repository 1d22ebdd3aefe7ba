using System.Text.RegularExpressions;

namespace EditLint.Checks;

/// <summary>
/// <c>capitalization</c>: the whole unit must follow a style. <c>$sentence</c> (sentence case) fails when the unit reads
/// as Title Case: at least four words of four letters or more, and more than <c>threshold</c> of them capitalised
/// beyond the first word. <c>$title</c> is the reverse. <c>$upper</c> and <c>$lower</c> ask for all capitals or none;
/// any other value is a pattern the whole unit must match. Words listed as exceptions and words in capitals
/// (acronyms) are not counted. Message argument {0} is the unit's text.
/// </summary>
public sealed partial class CapitalizationCheck(string style, double threshold, Regex? pattern) : Check
{
    /// <inheritdoc />
    public override IEnumerable<CheckMatch> Run(CheckUnit unit, TermFilter exceptions)
    {
        var text = unit.Text.Trim();
        if (text.Length == 0)
            yield break;
        var start = unit.Text.IndexOf(text, StringComparison.Ordinal);
        if (!Conforms(unit, text, exceptions))
            yield return new CheckMatch(start, text.Length, [text]);
    }

    private bool Conforms(CheckUnit unit, string text, TermFilter exceptions)
    {
        switch (style)
        {
            case "$upper":
                return !text.Any(char.IsLower);
            case "$lower":
                return !text.Any(char.IsUpper);
            case "$sentence":
            case "$title":
                var words = Word().Matches(text).Select(m => m.Value).Skip(1)
                    .Where(w => w.Length >= 4 && !exceptions.Contains(w) && w.Any(char.IsLower) && !w.Any(char.IsDigit))
                    .ToList();
                if (words.Count < 4)
                    return true;
                var capitalised = words.Count(w => char.IsUpper(w[0])) / (double)words.Count;
                return style == "$sentence" ? capitalised <= threshold : capitalised >= threshold;
            default:
                return pattern is null || unit.IsMatch(pattern, text);
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Word();
}
