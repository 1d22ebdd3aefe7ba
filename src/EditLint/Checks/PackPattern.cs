using System.Text.RegularExpressions;

namespace EditLint.Checks;

/// <summary>
/// Regular expressions from rule packs. Every one runs with a match timeout, so a catastrophic pattern ends the rule on
/// that document (EL9001 naming the rule) instead of hanging the run.
/// </summary>
public static class PackPattern
{
    /// <summary>How long one match may take. Half a second: far beyond any sane pattern on an article, well under a run's patience.</summary>
    public static TimeSpan MatchTimeout { get; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Compiles <paramref name="pattern"/>. Unless <paramref name="raw"/>, it must match whole words: it may not start or
    /// end inside a word (Vale's word boundaries, but also right for terms that begin or end with punctuation).
    /// </summary>
    public static Regex Create(string pattern, bool ignoreCase, bool raw = false)
    {
        var text = raw ? pattern : @"(?<![\p{L}\p{N}])(?:" + pattern + @")(?![\p{L}\p{N}])";
        var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        return new Regex(text, options, MatchTimeout);
    }

    /// <summary>One alternation of several terms, longest first so that "in order to" wins over "in order".</summary>
    public static string Alternation(IEnumerable<string> terms) =>
        string.Join("|", terms.OrderByDescending(t => t.Length).Select(t => "(?:" + t + ")"));

    /// <summary>The error in <paramref name="pattern"/>, or null when it compiles.</summary>
    public static string? Validate(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }
}

/// <summary>A pack rule's pattern took longer than <see cref="PackPattern.MatchTimeout"/>.</summary>
public sealed class PackPatternTimeoutException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PackPatternTimeoutException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception.</summary>
    public PackPatternTimeoutException() { }

    /// <summary>Creates the exception.</summary>
    public PackPatternTimeoutException(string message) : base(message) { }
}
