using EditLint.Text;
using System.Text.RegularExpressions;
using System.Globalization;
using EditLint.Documents;
using EditLint.Semantics.Dates;
using NodaTime;

namespace EditLint.Readers;

/// <summary>
/// Finds a wire-style dateline at the start of the first body paragraphs: an upper-case place, an optional date
/// and agency, and a dash ("WASHINGTON (Reuters) -", "LONDON, Feb 26 (Reuters) -", "KYIV, Ukraine —").
/// The month and day, when given, are kept for the year to be found elsewhere. The agency in brackets becomes the source outlet when none is known.
/// </summary>
public static partial class DatelineFinder
{
    /// <summary>Sets <see cref="ArticleMetadata.Dateline"/> (and the source) from the first paragraphs of <paramref name="blocks"/>.</summary>
    public static void Find(IReadOnlyList<Block> blocks, ArticleMetadata metadata)
    {
        if (metadata.Dateline is not null)
            return;
        foreach (var block in blocks.Where(b => b.Kind == BlockKind.Paragraph).Take(3))
        {
            var match = Dateline().Match(block.Text);
            if (!match.Success)
                continue;
            var length = match.Groups["line"].Length;
            metadata.Dateline = new(match.Groups["line"].Value.Trim(), block.Content.ToSource(match.Index, length), "dateline");
            var month = match.Groups["month"].Success ? DateLexicon.MonthNumber(match.Groups["month"].Value) : 0;
            if (month > 0 && int.TryParse(match.Groups["day"].Value, CultureInfo.InvariantCulture, out var day) && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(2024, month))
                metadata.DatelineDate = new(new AnnualDate(month, day), block.Content.ToSource(match.Groups["date"].Index, match.Groups["date"].Length), "dateline");
            if (metadata.Source is null && match.Groups["agency"].Success)
                metadata.Source = new(match.Groups["agency"].Value, block.Content.ToSource(match.Groups["agency"].Index, match.Groups["agency"].Length), "dateline");
            return;
        }
    }

    // Place, up to two region parts ("SADDLE BROOK, N.J."), then an optional month and day in any case ("MARCH 11").
    [GeneratedRegex(@"^(?<line>(?<place>[A-Z][A-Z.'’\-]+(?:[ /][A-Z][A-Z.'’\-]+)*)(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?){0,2}(?:,?\s*(?<date>(?<month>(?i:" + DateLexicon.MonthPattern + @"))\s*(?<day>[0-9]{1,3})))?(?:,\s*Reuters?)?\s*(?:\((?<agency>[A-Za-z][A-Za-z .&]{1,30})\)\s*)?[-–—]{1,2})\s", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex Dateline();
}
