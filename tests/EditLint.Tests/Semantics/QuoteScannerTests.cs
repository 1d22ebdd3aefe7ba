using EditLint.Checks.Sourcing;
using EditLint.Semantics.Quotes;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Semantics;

// Quotation marks as real copy writes them: doubled apostrophes for double marks, a doubled opening mark from a
// bad scrape, a nested quotation closed with the wrong mark, and marks inside Markdown inline code.
public sealed class QuoteScannerTests
{
    private static readonly RuleTester Unattributed = RuleTester.For<UnattributedQuoteRule>();
    private static readonly RuleTester Unbalanced = RuleTester.For<UnbalancedQuoteMarksRule>();

    // The pairs as (marks, text from the opening mark to the end of the closing one, both included); an open-ended
    // pair runs to where it stops (the block's end, or where the next part reopens).
    private static List<(QuoteMarks Marks, string Text)> Pairs(string text)
    {
        var (pairs, strays) = QuoteScanner.Scan(text);
        Assert.Empty(strays);
        return [.. pairs.Select(p => (p.Marks, text[p.Open..(p.Close switch { -1 => text.Length, -2 => p.End, _ => p.Close + p.CloseWidth })]))];
    }

    // BBC sport copy: two apostrophes stand for a double quotation mark.
    [Fact]
    public void DoubledApostrophes_AreOneStraightDoubleMark()
    {
        Assert.Equal(
            [(QuoteMarks.StraightDouble, "''The pitch was a mess all season,''")],
            Pairs("''The pitch was a mess all season,'' said the groundsman."));
    }

    [Fact]
    public void DoubledApostrophes_ReopenAfterAFullStopAsTheNextPartOfTheQuotation()
    {
        Assert.Equal(
            [(QuoteMarks.StraightDouble, "''We need a clear answer."), (QuoteMarks.StraightDouble, "''It is a bad day for the club,''")],
            Pairs("''We need a clear answer. ''It is a bad day for the club,'' the manager said."));
    }

    [Fact]
    public void DoubledApostrophes_LeftOpenAtTheEndOfAParagraph_RunToItsEnd()
    {
        Assert.Equal(
            [(QuoteMarks.StraightDouble, "\"I spoke to him on Monday,\""), (QuoteMarks.StraightDouble, "''He can talk to any club he likes.")],
            Pairs("\"I spoke to him on Monday,\" the coach said. ''He can talk to any club he likes."));
    }

    [Fact]
    public void DoubledApostrophes_BesideApostrophes_KeepTheApostrophes()
    {
        Assert.Equal(
            [(QuoteMarks.StraightDouble, "''It's the players' day, not mine,''")],
            Pairs("''It's the players' day, not mine,'' O'Neill said."));
    }

    [Theory]
    [InlineData("''We need a clear answer. ''It is a bad day for the club,'' the manager said.")]
    [InlineData("''The pitch was a mess all season,'' said the groundsman.")]
    [InlineData("The chairman was angry. ''A lawyer will look at the case for us,'' said club chairman Tom Reilly. ''This is a serious matter,'' he added.")]
    public Task DoubledApostrophes_AttributedQuotations_AreNotReported(string text) => Unattributed.VerifyAsync(text);

    [Theory]
    [InlineData("''We need a clear answer. ''It is a bad day for the club,'' the manager said.")]
    [InlineData("''It's the players' day, not mine,'' O'Neill said.")]
    public Task DoubledApostrophes_BalancedMarks_AreNotReported(string text) => Unbalanced.VerifyAsync(text);

    // The finding covers both characters of each mark, and the message quotes the words alone.
    [Fact]
    public Task DoubledApostrophes_UnattributedQuotation_IsReportedMarksAndAll() =>
        Unattributed.VerifyAsync("The ground was empty. [|''The harbour will reopen next week and the ferries will run.''|]");

    [Fact]
    public void DoubledApostrophes_MessageQuotesTheWordsOnly()
    {
        var diagnostic = Assert.Single(Unattributed.Run("The ground was empty. ''Nobody asked us what we wanted for this town.''"));
        Assert.Contains("“Nobody asked us what we wanted for this town.”", diagnostic.Message, StringComparison.Ordinal);
    }

    // A quotation running over paragraphs in BBC copy reopens the next paragraph with ''.
    [Fact]
    public Task DoubledApostrophes_QuotationContinuedInTheNextParagraph_IsBalanced() =>
        Unbalanced.VerifyAsync("""
            ''He has agreed terms with us and will sign on Monday,'' said the manager. ''He is a fine young player.

            ''We hope he will be part of the first team by the spring.''
            """);

    // A space between a nested single quotation's close and the outer close: a mark before a comma cannot open.
    [Theory]
    [InlineData("\"I sat down and one of them said, 'We have got a drummer' \", he recalled years later.")]
    [InlineData("\"It was the best night of my life \". she said.")]
    [InlineData("\"... my worry is that a pause would simply give them time to regroup,\" he said.")]
    public Task DoubleMarkAfterASpaceAndBeforePunctuation_Closes(string text) => Unattributed.VerifyAsync(text);

    [Theory]
    [InlineData("\"I sat down and one of them said, 'We have got a drummer' \", he recalled years later.")]
    [InlineData("\"... my worry is that a pause would simply give them time to regroup,\" he said.")]
    [InlineData("The leader accused the two men of\"squabbling like schoolboys\". The vote is on Monday.")]
    public Task DoubleMarkBeforePunctuation_PairsUp(string text) => Unbalanced.VerifyAsync(text);

    // A scrape that wrote the apostrophe as a double mark: the mark is reported, and it opens nothing that would hide the
    // sentence's source from the other sourcing rules.
    [Fact]
    public Task DoubleMarkUsedAsAnApostrophe_IsReportedAndOpensNothing() =>
        RuleTester.For(new UnbalancedQuoteMarksRule(), new UnnamedSourceRule()).VerifyAsync(
            "Output rose to 26 mln tonnes, {|EL1002:according to the annual report|} on Indonesia{|EL1003:\"|}s farms.");

    // EL1003 covers a '' mark whole and names it as written.
    [Theory]
    [InlineData("The pitch was [|''|]a mess all season, the groundsman said.")]
    [InlineData("The pitch was a mess[|''|] all season.")]
    public Task DoubledApostrophes_UnbalancedMark_IsReportedWhole(string markup) => Unbalanced.VerifyAsync(markup);

    [Fact]
    public void DoubledApostrophes_UnbalancedMark_MessageNamesBothCharacters() =>
        Assert.Contains("opened by '' is never closed", Assert.Single(Unbalanced.Run("The pitch was ''a mess all season, the groundsman said.")).Message, StringComparison.Ordinal);

    // A scrape doubled the opening mark.
    [Fact]
    public void DoubledOpeningMark_IsOneOpeningMark()
    {
        var text = "The buyer will pay an \"\"unfair and far too low\" price for the site.";
        var (pairs, strays) = QuoteScanner.Scan(text);
        Assert.Empty(strays);
        var pair = Assert.Single(pairs);
        Assert.Equal(QuoteMarks.StraightDouble, pair.Marks);
        Assert.Equal("unfair and far too low", text[(pair.Open + pair.OpenWidth)..pair.Close]);
    }

    [Fact]
    public Task DoubledOpeningMark_IsNotAnUnbalancedMark() =>
        Unbalanced.VerifyAsync("The buyer will pay an \"\"unfair and far too low\" price for the site, the seller said.");

    // An opening-only mark inside an open straight quotation: a nested quotation, closed by a stray single mark.
    [Fact]
    public void NestedQuotationClosedByASingleMark_EndsThere_AndTheOuterOneClosesAtTheLastMark()
    {
        var text = "\"Right now, buses cost less than the old \"stadsbus',\" said the councillor.";
        var (pairs, strays) = QuoteScanner.Scan(text);
        Assert.Equal(
            ["\"Right now, buses cost less than the old \"stadsbus',\"", "\"stadsbus'"],
            pairs.Select(p => text[p.Open..(p.Close + p.CloseWidth)]));
        var stray = Assert.Single(strays);
        Assert.Equal((text.IndexOf('\'', StringComparison.Ordinal), QuoteMarkProblemKind.MixedStyles), (stray.Index, stray.Kind));
    }

    [Fact]
    public void NestedQuotationClosedByASingleMark_MessageSaysWhichMarkCloses() =>
        Assert.StartsWith("This quotation opens with \" but closes with '",
            Assert.Single(Unbalanced.Run("\"Right now, buses cost less than the old \"stadsbus',\" said the councillor.")).Message, StringComparison.Ordinal);

    [Fact]
    public Task NestedQuotationClosedByASingleMark_OuterQuotationKeepsItsSpeaker() =>
        Unattributed.VerifyAsync("\"Right now, buses cost less than the old \"stadsbus',\" said the councillor.");

    [Fact]
    public Task NestedQuotationClosedByASingleMark_TheWrongMarkIsReported() =>
        Unbalanced.VerifyAsync("\"Right now, buses cost less than the old \"stadsbus[|'|],\" said the councillor.");

    // The first quotation is never closed: the second opening mark nests, the last mark closes it, and the first
    // mark is the one reported.
    [Fact]
    public void OpeningMarkInsideAnUnclosedQuotation_Nests()
    {
        var text = "You may \"shop around, but you cant \"beat the price\"";
        var (pairs, _) = QuoteScanner.Scan(text);
        Assert.Equal(
            ["\"shop around, but you cant \"beat the price\"", "\"beat the price\""],
            pairs.Select(p => text[p.Open..(p.Close < 0 ? text.Length : p.Close + p.CloseWidth)]));
    }

    [Fact]
    public Task OpeningMarkInsideAnUnclosedQuotation_TheUnclosedMarkIsReported() =>
        Unbalanced.VerifyAsync("You may [|\"|]shop around, but you cant \"beat the price\"");

    // Markdown inline code is code, not prose with quotations.
    [Theory]
    [InlineData("The wire files mark short items with `TYPE=\"BRIEF\"` and drafts with `\"UNPROC\"`.")]
    [InlineData("Attribution usually reads `\"...,\" he said.` in wire copy.")]
    [InlineData("Set `quote='single'` or `quote=\"double` before you run it.")]
    public Task MarksInsideInlineCode_AreNotQuotations(string text)
    {
        Unattributed.Verify(text);
        return Unbalanced.VerifyAsync(text);
    }

    [Fact]
    public Task MarksOutsideInlineCode_AreStillQuotations() =>
        Unattributed.VerifyAsync("Run `make check` before the vote, which was [|\"a formality\"|] in the end.");
    // Scraped wire copy writes an apostrophe as a straight double mark: it neither opens nor closes a quotation.
    [Fact]
    public void DoubleMarkForAnApostrophe_InsideAQuotation_LeavesItWhole()
    {
        var text = "\"OPEC\"s ministers will meet in Vienna,\" he said.";
        var (pairs, strays) = QuoteScanner.Scan(text);
        var pair = Assert.Single(pairs);
        Assert.Equal("\"OPEC\"s ministers will meet in Vienna,\"", text[pair.Open..(pair.Close + pair.CloseWidth)]);
        Assert.Equal(QuoteMarkProblemKind.ApostropheAsQuote, Assert.Single(strays).Kind);
    }

    [Theory]
    [InlineData("We\"ll see what happens, he said of the \"deal\".", "\"deal\"")]
    [InlineData("“We will meet OPEC\"s ministers,” he said.", "“We will meet OPEC\"s ministers,”")]
    [InlineData("Prices in the 1990\"s were \"stable\".", "\"stable\"")]
    public void DoubleMarkForAnApostrophe_IsNoQuotationMark(string text, string quotation)
    {
        var (pairs, strays) = QuoteScanner.Scan(text);
        var pair = Assert.Single(pairs);
        Assert.Equal(quotation, text[pair.Open..(pair.Close + pair.CloseWidth)]);
        Assert.Equal(QuoteMarkProblemKind.ApostropheAsQuote, Assert.Single(strays).Kind);
    }

    [Fact]
    public Task DoubleMarkForAnApostrophe_IsReportedAsOne() =>
        Unbalanced.VerifyAsync("\"OPEC[|\"|]s ministers will meet in Vienna,\" he said.");
}
