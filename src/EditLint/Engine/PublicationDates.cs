using System.Globalization;
using System.Text.RegularExpressions;
using EditLint.Documents;
using EditLint.Readers;
using EditLint.Semantics.Dates;
using NodaTime;

namespace EditLint.Engine;

/// <summary>
/// A document's publication date, resolved once when its model is made (<see cref="Semantics.SemanticModel.PublicationDate"/>):
/// the date its reader found, else one from the weaker sources, strongest first: a wire dateline's month and day (the
/// year from the update date, the run's date or a full date in the text), a <c>YYYY-MM-DD-</c> file name (only when
/// asked), then the run's <c>--date</c>. The document's metadata keeps what its text says.
/// </summary>
public static partial class PublicationDates
{
    /// <summary>The publication date of <paramref name="document"/> under <paramref name="options"/>, or null when nothing dates it.</summary>
    public static MetadataValue<DateTimeOffset>? Resolve(ArticleDocument document, LintOptions options)
    {
        var metadata = document.Metadata;
        if (metadata.Published is { } published)
            return published;

        var fromFileName = options.DateFromFileName ? FileNameDate(document.Path) : null;
        var fromOptions = options.PublicationDate is { } d ? LocalDate.FromDateOnly(d) : (LocalDate?)null;
        if (metadata.DatelineDate is { } dateline && YearContext(document, fromFileName ?? fromOptions) is var (context, how)
            && TemporalExtractor.NearestYear(dateline.Value, context) is { } day)
            return new(ToOffset(day), dateline.Span, $"dateline (year from {how})");
        if (fromFileName is { } named)
            return new(ToOffset(named), null, "file name");
        if (fromOptions is { } given)
            return new(ToOffset(given), null, "--date option");
        return null;
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
