using EditLint.Checks;
using EditLint.Packs;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Packs;

// `quotations: skip`: a pack rule about wording leaves the speaker's words alone, as the built-in rules do.
public sealed class PackQuotationTests
{
    private const string Manifest = "pack: house\nprefix: EL\ndescription: Test pack.\n";

    private static PackLoadResult Load(string extra) =>
        PackLoader.Load([
            new PackFile("styles/house/pack.yaml", Manifest),
            new PackFile("styles/house/EL4190.wordy.yaml",
                "id: EL4190\ntitle: Wordy\ncheck: substitution\nscope: paragraph\nignorecase: true\nmessage: \"'{0}' can be '{1}'\"\nswap:\n  \"in order to\": \"to\"\n" + extra),
        ]);

    private static PackRule Rule(string extra)
    {
        var loaded = Load(extra);
        Assert.Empty(loaded.Problems.Select(p => p.Message));
        return Assert.Single(loaded.Rules);
    }

    private static void VerifySkipping(string markup) => RuleTester.For(Rule("quotations: skip\n")).Verify(markup);

    [Fact]
    public void Skip_LeavesQuotedWordsAlone_AndStillFindsTheWritersOwn() =>
        VerifySkipping(
            "The mayor said the city acted “in order to keep the buses running”. The council met {|EL4190:in order to|} vote.\n");

    [Fact]
    public void Skip_LeavesAPartialQuotationAndABlockQuoteAlone() =>
        VerifySkipping(
            "Ms Reyes, the union's leader, said they struck \"in order to be heard\" by the board.\n\n> We came here in order to stay.\n\nThe drivers walked out {|EL4190:in order to|} press the claim.\n");

    // A scare quote or a title is nobody's words: the facts know it is not a quotation, and the rule still reads it.
    [Fact]
    public void Skip_StillReadsATitleInQuotationMarks() =>
        VerifySkipping(
            "She reviewed the film “Running {|EL4190:In Order To|} Stand Still” for the paper.\n");

    // A block quote with quotation marks of its own holds quotations, as the facts read it ("> “We won,” she said."): the
    // words around the marks are read.
    [Fact]
    public void Skip_ReadsTheWordsAroundAQuotationInsideABlockQuote() =>
        VerifySkipping(
            "> The report said the council acted {|EL4190:in order to|} avoid “a crisis in order to be heard”.\n");

    [Fact]
    public void Skip_LeavesAQuotationInAHeadingAndOneAcrossParagraphsAlone() =>
        VerifySkipping(
            "## Mayor: “We acted in order to win”\n\nShe said: “We struck in order to be heard.\n\n“And we stayed in order to win.”\n\nThey met {|EL4190:in order to|} vote.\n");

    // The body read at once: the quotations of every paragraph, not only the first, are blanked.
    [Fact]
    public void Skip_InABodyWideRule_LeavesTheQuotationsOfEveryParagraphAlone()
    {
        var rule = Assert.Single(PackLoader.Load([
            new PackFile("styles/house/pack.yaml", Manifest),
            new PackFile("styles/house/EL4192.body.yaml",
                "id: EL4192\ntitle: Body\ncheck: existence\nscope: body\nignorecase: true\nmessage: x\ntokens: [in order to]\nquotations: skip\n"),
        ]).Rules);
        RuleTester.For(rule).Verify(
            "The council met {|EL4192:in order to|} vote.\n\nThe mayor said it acted “in order to keep the buses running”.\n\nIt met again {|EL4192:in order to|} adjourn.\n");
    }

    // A rule that counts: the speaker's words are not counted, whichever side of the limit they would fall.
    [Fact]
    public void Skip_CountsOnlyTheWritersOwnWords()
    {
        var loaded = PackLoader.Load([
            new PackFile("styles/house/pack.yaml", Manifest),
            new PackFile("styles/house/EL4191.which.yaml",
                "id: EL4191\ntitle: Which\ncheck: occurrence\nscope: sentence\nignorecase: true\ntoken: which\nmax: 2\nmessage: \"{0} which\"\nquotations: skip\n"),
        ]);
        Assert.Empty(loaded.Problems);
        var tester = RuleTester.For(Assert.Single(loaded.Rules));
        tester.Verify("“The plan, which we wrote, which they liked, is ours,” she said, which was true.\n");
        tester.Verify("The plan, which we wrote, passed after “a vote which nobody liked”, which was close, {|EL4191:which|} mattered.\n");
    }

    [Fact]
    public void ByDefault_QuotedWordsAreReadLikeAnyOthers()
    {
        var rule = Rule("");
        Assert.False(rule.SkipsQuotations);
        RuleTester.For(rule).Verify(
            "The mayor said the city acted “{|EL4190:in order to|} keep the buses running”.\n");
    }

    [Theory]
    [InlineData("quotations: check\n", false)]
    [InlineData("quotations: SKIP\n", true)]
    public void Quotations_NamesWhatTheRuleDoesInAnyCase(string extra, bool skips) =>
        Assert.Equal(skips, Rule(extra).SkipsQuotations);

    // The problem is where the key is written, and the rule is left out.
    private static void AssertLeftOutWith(PackLoadResult loaded, int line, string message)
    {
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal(line, problem.Position.DisplayLine);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Empty(loaded.Rules);
    }

    [Fact]
    public void Quotations_OtherThanSkipOrCheck_IsAProblemWhereItIsWritten() =>
        AssertLeftOutWith(Load("quotations: ignore\n"), 9, "'quotations' must be skip or check, not 'ignore'");

    [Fact]
    public void Skip_ForARuleThatReadsOnlyQuotations_IsAProblem() =>
        AssertLeftOutWith(PackLoader.Load([
            new PackFile("styles/house/pack.yaml", Manifest),
            new PackFile("styles/house/EL4191.quoted.yaml", "id: EL4191\ntitle: Quoted\ncheck: existence\nscope: quote\nmessage: x\ntokens: [one]\nquotations: skip\n"),
        ]), 7, "a rule whose scope is only 'quote' cannot skip quotations");

    // The shipped rules about a phrase's wording skip quotations; those about house style (numbers, titles, dates,
    // repeated words) still read them, as an editor applies house style inside quotations.
    [Fact]
    public void ShippedWordingRules_SkipQuotations_AndStyleRulesDoNot()
    {
        var skipping = BuiltInPacks.Rules.Where(r => r.SkipsQuotations).Select(r => r.Descriptor.Id).Order(StringComparer.Ordinal);
        Assert.Equal(["EL4121", "EL4122", "EL4123", "EL4141", "EL4142", "EL4143", "EL4144"], skipping);
    }

    // The ranges a pack rule leaves alone, against a walk that tests every character (what the scan did before it searched).
    [Theory]
    [InlineData(20261206)]
    [InlineData(20261207)]
    public void Quotation_ranges_are_those_a_walk_over_every_character_finds(int seed)
    {
        const string Characters = "ab “”\"\u2018\u2019.";
        var random = new Random(seed);
        for (var round = 0; round < 3000; round++)
        {
            var text = RandomText.Of(random, Characters, 24);
            Assert.Equal(Walked(text), PackScopes.Quotations(text).ToList());
        }

        static List<(int, int)> Walked(string text)
        {
            var ranges = new List<(int, int)>();
            var (open, closer) = (-1, '\0');
            for (var i = 0; i < text.Length; i++)
            {
                if (open < 0 && text[i] is '“' or '"')
                    (open, closer) = (i + 1, text[i] == '“' ? '”' : '"');
                else if (open >= 0 && text[i] == closer)
                {
                    if (i > open)
                        ranges.Add((open, i - open));
                    open = -1;
                }
            }
            return ranges;
        }
    }
}
