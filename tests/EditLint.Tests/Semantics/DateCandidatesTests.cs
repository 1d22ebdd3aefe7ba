using System.Text;
using EditLint.Semantics.Dates;

namespace EditLint.Tests.Semantics;

/// <summary>
/// The date patterns that hold a month or weekday name, a period's unit or an offset's direction, are matched only around those words: on prose
/// (words one or a few spaces apart) that must choose the same references as matching each pattern over the whole text.
/// </summary>
public sealed class DateCandidatesTests
{
    [Theory]
    [InlineData(20261210)]
    [InlineData(20261211)]
    public void Matching_around_names_and_units_chooses_what_the_whole_text_gives(int seed)
    {
        string[] pieces =
        [
            "January", "March", "May", "June", "September", "Sept.", "Jan", "Dec.", "Monday", "Friday's", "Sunday",
            "in", "In", "since", "until", "till", "by", "from", "through", "during", "before", "after", "this", "This", "past",
            "coming", "last", "next", "early", "late", "mid", "the", "of", "on", "week", "year", "3", "3rd", "21st", "31",
            "1999", "2024", "1870s", "'s", "’s", "council", "Good", "Times", "ago", "two", "days", "later",
            "March 3, 2024", "3 March 2024", "21st of June, 1999", "Monday, March 3, 2024", "Sept. 9 2024", "May 31",
            "earlier", "Later", "weekend", "month", "Month", "YEAR", "wEeK", "year's", "last week", "this Month", "earlier this year",
            "two days later", "a few weeks", "afterwards", "AFTER", "Before", "decades", "3 years",
        ];
        string[] gaps = [" ", " ", " ", "  ", ", ", "-", " - ", ". ", "\n"];
        var random = new Random(seed);
        var kinds = new Dictionary<TemporalKind, int>();
        for (var round = 0; round < 3000; round++)
        {
            var text = new StringBuilder();
            for (var i = random.Next(1, 14); i > 0; i--)
                text.Append(pieces[random.Next(pieces.Length)]).Append(gaps[random.Next(gaps.Length)]);
            var whole = TemporalExtractor.Candidates(text.ToString(), anchored: false).Select(c => (c.Start, c.Length, c.Kind)).ToList();
            var anchored = TemporalExtractor.Candidates(text.ToString(), anchored: true).Select(c => (c.Start, c.Length, c.Kind)).ToList();
            Assert.True(whole.SequenceEqual(anchored), $"\"{text}\": the whole text {string.Join(", ", whole)}; around names {string.Join(", ", anchored)}");
            foreach (var (_, _, kind) in whole)
                kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
        }
        // Compared where each anchored pattern finds something, not only where nothing is found.
        foreach (var kind in new[] { TemporalKind.Date, TemporalKind.MonthDay, TemporalKind.Weekday, TemporalKind.RelativeMonth, TemporalKind.RelativePeriod, TemporalKind.Offset })
            Assert.True(kinds.GetValueOrDefault(kind) > 100, $"{kind}: {kinds.GetValueOrDefault(kind)} found");
    }
}
