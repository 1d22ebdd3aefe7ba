using System.Text.RegularExpressions;
using EditLint.Text;

namespace EditLint.Semantics.Lexicons;

/// <summary>
/// Patterns whose words are data: a lexicon's entries, as one alternation (<see cref="Lexicon.Pattern"/>), stand where
/// the pattern says "{words}", so that the pattern keeps only where the words must stand.
/// </summary>
public static class LexiconRegex
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(BuiltInRegex.MatchTimeoutMilliseconds);

    /// <summary>
    /// <paramref name="pattern"/> with "{words}" replaced by the entries of <paramref name="lexicon"/>; culture-invariant,
    /// compiled, with the built-in timeout. A lexicon that is not embedded fails here rather than match everything.
    /// </summary>
    public static Regex Of(string lexicon, string pattern, RegexOptions options = RegexOptions.None)
    {
        var words = Lexicon.Pattern(lexicon) ?? throw new InvalidOperationException($"Lexicon {lexicon} is not embedded.");
        return new Regex(pattern.Replace("{words}", words, StringComparison.Ordinal), options | RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout);
    }
}
