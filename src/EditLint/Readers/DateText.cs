using EditLint.Text;
using System.Globalization;
using System.Text.RegularExpressions;
using EditLint.Semantics.Dates;

namespace EditLint.Readers;

/// <summary>Parses the publication-date forms readers meet: ISO dates and times, and "February 26, 2025" / "26 February 2025" / "Feb. 26, 2025".</summary>
public static partial class DateText
{
    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss K", "yyyy/MM/dd",
    ];

    /// <summary>Parses <paramref name="text"/> as a whole date (leading/trailing space allowed).</summary>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        text = text.Trim();
        if (DateTimeOffset.TryParseExact(text, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
            return true;
        var match = WrittenDate().Match(text);
        return match.Success && match.Index == 0 && match.Length == text.Length && TryFromMatch(match, out value);
    }

    /// <summary>Finds the first written or ISO date inside <paramref name="text"/>.</summary>
    public static bool TryFind(string text, out DateTimeOffset value, out int index, out int length)
    {
        value = default;
        foreach (Match match in WrittenDate().Matches(text))
        {
            if (TryFromMatch(match, out value))
            {
                (index, length) = (match.Index, match.Length);
                return true;
            }
        }
        var iso = IsoDate().Match(text);
        if (iso.Success && TryParse(iso.Value, out value))
        {
            (index, length) = (iso.Index, iso.Length);
            return true;
        }
        (index, length) = (-1, 0);
        return false;
    }

    private static bool TryFromMatch(Match match, out DateTimeOffset value)
    {
        value = default;
        var monthName = match.Groups["m1"].Success ? match.Groups["m1"].Value : match.Groups["m2"].Value;
        var dayText = match.Groups["d1"].Success ? match.Groups["d1"].Value : match.Groups["d2"].Value;
        var month = DateLexicon.MonthNumber(monthName);
        if (month == 0 || !int.TryParse(dayText, CultureInfo.InvariantCulture, out var day) || !int.TryParse(match.Groups["y"].Value, CultureInfo.InvariantCulture, out var year))
            return false;
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        value = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
        return true;
    }

    private const string Month = DateLexicon.MonthPattern;

    [GeneratedRegex(@"\b(?:(?<m1>" + Month + @")\s+(?<d1>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)[0-9][0-9])|(?<d2>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?<m2>" + Month + @")\s*,?\s+(?<y>(?:19|20)[0-9][0-9]))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex WrittenDate();

    // The century as two characters, then checked behind them ("19" or "20"): written as an alternation of the two, it
    // made the generator search for either string with vectorised multi-string code that has no ReadyToRun form, which
    // a one-file run compiled at start-up (about 30 methods, a dozen of them this search's alone).
    [GeneratedRegex(@"\b[12][09](?<=19|20)[0-9][0-9]-[0-9][0-9]-[0-9][0-9](?:[T ][0-9][0-9]:[0-9][0-9](?::[0-9][0-9](?:\.[0-9]+)?)?(?:Z|[+-][0-9][0-9]:?[0-9][0-9])?)?\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    internal static partial Regex IsoDate();
}
