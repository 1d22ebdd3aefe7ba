using EditLint.Documents;
using EditLint.Engine;
using EditLint.Readers;
using EditLint.Semantics;
using EditLint.Semantics.Dates;
using EditLint.Tests.Testing;
using EditLint.Text;

namespace EditLint.Tests.Semantics;

// Resolution of time references against the article's date, by the newsroom convention.
public sealed class TemporalExpressionTests
{
    private static readonly DocumentLoader Loader = new([new MarkdownReader(), new PlainTextReader(), new HtmlReader()]);

    private static SemanticModel Model(string text, DocumentFormat format = DocumentFormat.Markdown, LintOptions? options = null, string path = "test.md")
    {
        var document = Loader.Read(path, new SourceText(text), format);
        return new SemanticModel(document, publicationDate: PublicationDates.Resolve(document, options ?? new LintOptions()));
    }

    private static string Resolve(string dated, string phrase)
    {
        var model = Model($"""
            ---
            date: {dated}
            ---

            {phrase}
            """);
        var e = Assert.Single(model.TemporalExpressions, x => x.Kind != TemporalKind.Year || model.TemporalExpressions.Count == 1);
        return e.Resolved is { } r ? (r.Start == r.End ? $"{r.Start:uuuu'-'MM'-'dd}" : $"{r.Start:uuuu'-'MM'-'dd}..{r.End:uuuu'-'MM'-'dd}") : "unresolved";
    }

    [Theory]
    // A bare weekday: past tense looks back, future looks ahead, the publication day itself is "on Wednesday".
    [InlineData("2025-02-26", "The minister spoke on Wednesday.", "2025-02-26")]
    [InlineData("2025-02-26", "The minister spoke on Monday.", "2025-02-24")]
    [InlineData("2025-02-26", "The minister will speak on Monday.", "2025-03-03")]
    [InlineData("2025-02-26", "The council is due to vote on Friday.", "2025-02-28")]
    [InlineData("2025-02-26", "The council voted on Thursday.", "2025-02-20")]
    [InlineData("2025-02-26", "Talks resumed last Wednesday.", "2025-02-19")]
    [InlineData("2025-02-26", "Talks resume next Wednesday.", "2025-03-05")]
    // Year boundaries.
    [InlineData("2025-01-02", "Prices fell sharply last December.", "2024-12-01..2024-12-31")]
    [InlineData("2025-01-02", "The bridge closed on Dec. 30.", "2024-12-30")]
    [InlineData("2024-12-30", "The bridge will reopen on Jan. 3.", "2025-01-03")]
    [InlineData("2025-01-03", "The plant closed on Monday.", "2024-12-30")]
    [InlineData("2025-01-01", "The fire started yesterday.", "2024-12-31")]
    [InlineData("2025-01-15", "Sales fell last month.", "2024-12-01..2024-12-31")]
    [InlineData("2025-01-15", "Sales fell last year.", "2024-01-01..2024-12-31")]
    // Leap days.
    [InlineData("2024-03-01", "The count finished yesterday.", "2024-02-29")]
    [InlineData("2025-03-10", "The count finished on Feb. 29.", "2024-02-29")]
    [InlineData("2024-02-28", "The count finishes tomorrow.", "2024-02-29")]
    // Periods and windows.
    [InlineData("2025-02-26", "The rail strike ended last week.", "2025-02-17..2025-02-23")]
    [InlineData("2025-02-26", "A vote is expected within the next 10 days.", "2025-02-26..2025-03-08")]
    [InlineData("2025-02-26", "Prices rose earlier this month.", "2025-02-01..2025-02-26")]
    [InlineData("2025-02-26", "He left office three days ago.", "2025-02-23")]
    [InlineData("2025-02-26", "The museum opened last September.", "2024-09-01..2024-09-30")]
    [InlineData("2025-10-02", "The museum opened last September.", "2025-09-01..2025-09-30")]
    // Absolute forms.
    [InlineData("2025-02-26", "The law took effect on 26 February 2025.", "2025-02-26")]
    [InlineData("2025-02-26", "The law took effect on Sept. 3, 2024.", "2024-09-03")]
    [InlineData("2025-02-26", "The law took effect on 2024-09-03.", "2024-09-03")]
    [InlineData("2025-02-26", "The law took effect on 25/12/2024.", "2024-12-25")]
    [InlineData("2025-02-26", "The law took effect in March 2024.", "2024-03-01..2024-03-31")]
    public void Resolves(string dated, string phrase, string expected) => Assert.Equal(expected, Resolve(dated, phrase));

    [Theory]
    // At the calendar's edges (years 1 and 9999) a reference that would leave it stays unresolved; one inside it resolves.
    [InlineData("9999-12-31", "The council will meet next week.", "unresolved")]
    [InlineData("9999-12-31", "The council will meet next month.", "unresolved")]
    [InlineData("9999-12-31", "Sales will rise next year.", "unresolved")]
    [InlineData("9999-12-31", "The minister will speak on Monday.", "unresolved")]
    [InlineData("9999-12-31", "The minister spoke on Monday.", "9999-12-27")]
    [InlineData("9999-12-31", "The fire will be out tomorrow.", "unresolved")]
    [InlineData("9999-12-31", "Prices will rise over the coming year.", "unresolved")]
    [InlineData("9999-12-31", "A vote is expected within the next 10 days.", "unresolved")]
    [InlineData("9999-12-31", "The bridge will reopen on Jan. 3.", "unresolved")]
    [InlineData("9999-12-31", "Talks resume next Wednesday.", "unresolved")]
    [InlineData("9999-12-31", "The talks resume this Saturday.", "unresolved")]
    [InlineData("9999-12-31", "The ships will sail next weekend.", "unresolved")]
    [InlineData("9999-12-31", "The port reopens next January.", "unresolved")]
    [InlineData("9999-06-15", "Sales fell last month.", "9999-05-01..9999-05-31")]
    [InlineData("0001-01-01", "The fire started yesterday.", "unresolved")]
    [InlineData("0001-01-01", "Sales fell last year.", "unresolved")]
    [InlineData("0001-01-01", "Talks resumed last Wednesday.", "unresolved")]
    [InlineData("0001-01-01", "The rail strike ended last week.", "unresolved")]
    [InlineData("0001-01-01", "Prices fell sharply last December.", "unresolved")]
    [InlineData("0001-03-10", "The mine closed three years ago.", "unresolved")]
    [InlineData("0001-03-10", "Output fell over the past 10 years.", "unresolved")]
    [InlineData("0001-01-03", "The plant closed on Monday.", "0001-01-01")]
    public void AtTheCalendarsEdges_ResolvesInsideIt_OrNotAtAll(string dated, string phrase, string expected) => Assert.Equal(expected, Resolve(dated, phrase));

    [Fact]
    public void AReferenceOutsideTheCalendar_SaysWhyItIsUnresolved()
    {
        var e = Assert.Single(Model("---\ndate: 9999-12-31\n---\n\nThe council will meet next week.\n").TemporalExpressions);
        Assert.Null(e.Resolved);
        Assert.Contains("outside the calendar EditLint reads (0001-01-01 to 9999-12-31)", e.Resolution, StringComparison.Ordinal);
    }

    [Theory]
    // A wire dateline's month and day take the year nearest the update date, but never one past 9999 or before 1.
    [InlineData("9999-12-31", "Dec 31", "9999-12-31")]
    [InlineData("9999-12-31", "Jan 2", "9999-01-02")]
    [InlineData("0001-01-01", "Dec 30", "0001-12-30")]
    [InlineData("0001-01-01", "Jan 2", "0001-01-02")]
    public void WireDateline_AtTheCalendarsEdges_TakesAYearInsideIt(string updated, string dateline, string expected)
    {
        var model = Model($"---\ntitle: T\nupdated: {updated}\n---\n\nLONDON, {dateline} (Reuters) - The council met on Wednesday.\n");
        Assert.Equal(expected, model.ReferenceDate?.Date.ToString("uuuu'-'MM'-'dd", null));
    }

    [Theory]
    // Digits of other scripts are not digits of a date EditLint reads (they were matched by \d, then failed to parse).
    [InlineData("The vote was on March ٣.")]
    [InlineData("The vote was on March ١٥, ٢٠٢٥.")]
    [InlineData("The vote was on १५ March.")]
    [InlineData("The vote was on March ３.")]
    [InlineData("The vote was on ２０２５-０３-０１.")]
    [InlineData("It closed ٣ days ago.")]
    [InlineData("Twenty years later, in २०१४, it reopened.")]
    public void DigitsOfOtherScripts_AreNotRead(string phrase) =>
        Assert.DoesNotContain(Model($"---\ndate: 2025-02-26\n---\n\n{phrase}\n").TemporalExpressions, e => e.Resolved is not null);

    [Fact]
    public void DigitsOfOtherScripts_DoNotMakeADateline()
    {
        var model = Model("---\ntitle: T\n---\n\nLONDON, March ٣ (Reuters) - The council met on Wednesday.\n");
        Assert.Null(model.Document.Metadata.DatelineDate);
    }

    [Theory]
    [InlineData("Fans marked Good Friday with a march.")]
    [InlineData("He told the Sunday Times about it.")]
    [InlineData("Sheffield Wednesday won the match.")]
    [InlineData("The market opens on Mondays.")]
    [InlineData("The shop was open every Monday.")]
    [InlineData("Listeners of the Today programme complained.")]
    [InlineData("The numbers 03/04/2025 are ambiguous.")]
    public void NotTimeReferences(string phrase) =>
        Assert.DoesNotContain(Model($"---\ndate: 2025-02-26\n---\n\n{phrase}\n").TemporalExpressions, e => e.Resolved is not null);

    [Fact]
    public void WireDateline_GivesTheDate_WithTheYearFromTheText()
    {
        var model = Model("""
            Harbour reopens

            LONDON, Feb 26 (Reuters) - The harbour reopened on Wednesday, closed since the storm of January 3, 2025.
            """, DocumentFormat.PlainText, path: "draft.txt");
        Assert.Equal(new NodaTime.LocalDate(2025, 2, 26), model.ReferenceDate!.Date);
        Assert.Equal(new NodaTime.LocalDate(2025, 2, 26), model.TemporalExpressions.Single(e => e.Kind == TemporalKind.Weekday).Date);
    }

    [Fact]
    public void WireDateline_IsTheAnchor_WhenTheFeedDateIsADayLater()
    {
        var model = Model("""
            ---
            date: 1987-03-12
            ---

            NEW YORK, MARCH 11 - The company said today it would close the plant.
            """);
        Assert.Equal(new NodaTime.LocalDate(1987, 3, 11), model.ReferenceDate!.Date);
        Assert.Equal("dateline", model.ReferenceDate.Origin);
    }

    [Fact]
    public void DateOption_AndFileName_DateAnUndatedDraft()
    {
        const string draft = "The harbour reopened on Tuesday.\n";
        Assert.Null(Model(draft, path: "2025-08-19-harbour.md").ReferenceDate);
        var byName = Model(draft, options: new LintOptions { DateFromFileName = true }, path: "2025-08-19-harbour.md");
        Assert.Equal(("file name", new NodaTime.LocalDate(2025, 8, 19)), (byName.ReferenceDate!.Origin, byName.ReferenceDate.Date));
        var byOption = Model(draft, options: new LintOptions { PublicationDate = new DateOnly(2025, 8, 20) });
        Assert.Equal(("--date option", new NodaTime.LocalDate(2025, 8, 20)), (byOption.ReferenceDate!.Origin, byOption.ReferenceDate.Date));
        Assert.Equal(new NodaTime.LocalDate(2025, 8, 19), byOption.TemporalExpressions.Single().Date);
    }

    [Fact]
    public void Resolution_SaysHow()
    {
        var e = Model("---\ndate: 2025-02-26\n---\n\nThe minister spoke on Monday.\n").TemporalExpressions.Single();
        Assert.Equal(Tense.Past, e.Tense);
        Assert.True(e.DependsOnTense);
        Assert.Contains("past tense", e.Resolution, StringComparison.Ordinal);
        Assert.Contains("2025-02-26 (front matter)", e.Resolution, StringComparison.Ordinal);
    }

    [Theory]
    // Patterns that need one of a few words skip blocks without them; the words are found in any case the pattern takes.
    [InlineData("Three DAYS LATER the plant closed.", TemporalKind.Offset, "Three DAYS LATER")]
    [InlineData("The plant closed two weeks ago.", TemporalKind.Ago, "two weeks ago")]
    [InlineData("The plant closed LAST WEEK.", TemporalKind.RelativePeriod, "LAST WEEK")]
    [InlineData("A vote is expected Within The Coming days.", TemporalKind.Window, "Within The Coming days")]
    [InlineData("The plant closed Yesterday, it said.", TemporalKind.RelativeDay, "Yesterday")]
    [InlineData("The plant closed on 4/4/2024.", TemporalKind.Date, "4/4/2024")]
    // The units these patterns also need, in any case: decades, hours (a window's only).
    [InlineData("The plant closed two DECADES ago.", TemporalKind.Ago, "two DECADES ago")]
    [InlineData("It reopened two Decades Later.", TemporalKind.Offset, "two Decades Later")]
    [InlineData("A vote is expected within the next two HOURS.", TemporalKind.Window, "within the next two HOURS")]
    // The Kelvin sign is a k to the pattern, though not to an ordinal search for "week".
    [InlineData("The plant closed last wee\u212A.", TemporalKind.RelativePeriod, "last wee\u212A")]
    [InlineData("It reopened two wee\u212As later.", TemporalKind.Offset, "two wee\u212As later")]
    public void A_reference_is_found_whatever_the_case_of_the_words_it_needs(string sentence, TemporalKind kind, string text)
    {
        var e = Assert.Single(Model($"---\ndate: 2025-02-26\n---\n\n{sentence}\n").TemporalExpressions);

        Assert.Equal((kind, text), (e.Kind, e.Text));
    }

    [Fact]
    public void A_block_without_the_words_a_pattern_needs_has_no_reference_of_its_kind()
    {
        // "ago" is lower case in the pattern: "AGO" is not a reference, and the block is not scanned for one.
        Assert.Empty(Model("---\ndate: 2025-02-26\n---\n\nThe plant closed two weeks AGO.\n").TemporalExpressions);
    }
}
