using System.Globalization;
using System.Text.RegularExpressions;
using EditLint.Documents;
using EditLint.Readers;
using EditLint.Semantics.Dates;
using NodaTime;

namespace EditLint.Engine;

/// <summary>
/// Fills in a publication date for a document whose reader found none, from the weaker sources, strongest first:
/// a wire dateline's month and day (the year from the update date, the run's date or a full date in the text),
/// a <c>YYYY-MM-DD-</c> file name (only when asked), then the run's <c>--date</c>.
/// </summary>
public static partial class PublicationDates
{
    /// <summary>Completes <paramref name="document"/>'s <see cref="ArticleMetadata.Published"/> where it is missing.</summary>
    public static void Complete(ArticleDocument document, LintOptions options)
    {
        var metadata = document.Metadata;
        if (metadata.Published is not null)
            return;

        var fromFileName = options.DateFromFileName ? FileNameDate(document.Path) : null;
        var fromOptions = options.PublicationDate is { } d ? LocalDate.FromDateOnly(d) : (LocalDate?)null;
        if (metadata.DatelineDate is { } dateline && YearContext(document, fromFileName ?? fromOptions) is var (context, how))
        {
            if (TemporalExtractor.NearestYear(dateline.Value, context) is { } day)
            {
                metadata.Published = new(ToOffset(day), dateline.Span, $"dateline (year from {how})");
                return;
            }
        }
        if (fromFileName is { } named)
            metadata.Published = new(ToOffset(named), null, "file name");
        else if (fromOptions is { } given)
            metadata.Published = new(ToOffset(given), null, "--date option");
    }

    private static (LocalDate, string)? YearContext(ArticleDocument document, LocalDate? external)
    {
        if (document.Metadata.Updated is { } updated)
            return (DateMath.Day(updated.Value), "the update date");
        if (external is { } e)
            return (e, "the run's date");
        foreach (var block in document.Blocks)
        {
            if (block.IsProse && DateText.TryFind(block.Text, out var found, out _, out _))
                return (DateMath.Day(found), "a full date in the text");
        }
        return null;
    }

    private static LocalDate? FileNameDate(string path)
    {
        var match = FileNamePattern().Match(Path.GetFileName(path));
        if (!match.Success)
            return null;
        var (year, month, day) = (Int(match.Groups[1]), Int(match.Groups[2]), Int(match.Groups[3]));
        return month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month) ? new LocalDate(year, month, day) : null;
    }

    private static int Int(Group g) => int.Parse(g.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static DateTimeOffset ToOffset(LocalDate date) => new(date.Year, date.Month, date.Day, 0, 0, 0, TimeSpan.Zero);

    [GeneratedRegex(@"^((?:19|20)[0-9][0-9])-([0-9][0-9])-([0-9][0-9])-", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex FileNamePattern();
}
