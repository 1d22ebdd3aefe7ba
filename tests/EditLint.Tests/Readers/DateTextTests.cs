using System.Text.RegularExpressions;
using EditLint.Readers;

namespace EditLint.Tests.Readers;

public sealed class DateTextTests
{
    // The ISO date pattern as it was written first, with the century as an alternation: the pattern in use must find
    // exactly what this finds.
    private const string IsoDateAsFirstWritten =
        @"\b(?:19|20)[0-9][0-9]-[0-9][0-9]-[0-9][0-9](?:[T ][0-9][0-9]:[0-9][0-9](?::[0-9][0-9](?:\.[0-9]+)?)?(?:Z|[+-][0-9][0-9]:?[0-9][0-9])?)?\b";

    [Theory]
    [InlineData("Published 2025-02-26 by staff", "2025-02-26")]
    [InlineData("2025-02-26T14:30:05.123+01:00", "2025-02-26T14:30:05.123+01:00")]
    [InlineData("1999-12-31 23:59Z", "1999-12-31 23:59Z")]
    [InlineData("in 2125-02-26 or 1899-01-01 or 2925-02-26", null)]
    [InlineData("x2025-02-26", null)]
    [InlineData("12025-02-26", null)]
    public void An_iso_date_is_found_with_its_time_and_only_in_the_nineteen_and_twenty_hundreds(string text, string? found)
    {
        var match = DateText.IsoDate().Match(text);

        Assert.Equal(found, match.Success ? match.Value : null);
    }

    [Fact]
    public void The_iso_date_pattern_finds_what_the_pattern_first_written_finds()
    {
        var reference = new Regex(IsoDateAsFirstWritten, RegexOptions.CultureInvariant);
        // Date-shaped runs (any century, with or without a time) among noise, some of them with a character dropped,
        // changed or added: every way the two patterns could part.
        string[] centuries = ["19", "20", "18", "21", "29", "10", "2", "1"];
        string[] times = ["", "T12:30", " 23:59:05", "T01:02:03.5Z", " 10:00+01:00", "T10:00-0530", "T9:00"];
        string[] noise = ["", " ", "x", "é", "٣", "_", "-", "1", "\n", "Published "];
        var random = new Random(20261205);
        string Digits() => random.Next(100).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        string Date()
        {
            var date = centuries[random.Next(centuries.Length)] + Digits() + "-" + Digits() + "-" + Digits() + times[random.Next(times.Length)];
            var at = random.Next(date.Length);
            return random.Next(4) switch
            {
                0 => date.Remove(at, 1),
                1 => date[..at] + "0:-TZx"[random.Next(6)] + date[(at + 1)..],
                2 => date.Insert(at, "9"),
                _ => date,
            };
        }
        var found = 0;
        for (var n = 0; n < 30_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 5)).Select(_ => noise[random.Next(noise.Length)] + Date() + noise[random.Next(noise.Length)]));
            var expected = reference.Matches(text).Select(m => (m.Index, m.Length)).ToList();
            Assert.Equal(expected, DateText.IsoDate().Matches(text).Select(m => (m.Index, m.Length)));
            found += expected.Count;
        }
        // Dates often enough, and not always, for the comparison to mean something.
        Assert.InRange(found, 1_000, 60_000);
    }
}
