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

    [Fact]
    public void Skip_LeavesQuotedWordsAlone_AndStillFindsTheWritersOwn() =>
        RuleTester.For(Rule("quotations: skip\n")).Verify(
            "The mayor said the city acted “in order to keep the buses running”. The council met {|EL4190:in order to|} vote.\n");

    [Fact]
    public void Skip_LeavesAPartialQuotationAndABlockQuoteAlone() =>
        RuleTester.For(Rule("quotations: skip\n")).Verify(
            "Ms Reyes, the union's leader, said they struck \"in order to be heard\" by the board.\n\n> We came here in order to stay.\n\nThe drivers walked out {|EL4190:in order to|} press the claim.\n");

    // A scare quote or a title is nobody's words: the facts know it is not a quotation, and the rule still reads it.
    [Fact]
    public void Skip_StillReadsATitleInQuotationMarks() =>
        RuleTester.For(Rule("quotations: skip\n")).Verify(
            "She reviewed the film “Running {|EL4190:In Order To|} Stand Still” for the paper.\n");

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

    [Fact]
    public void Quotations_OtherThanSkipOrCheck_IsAProblemWhereItIsWritten()
    {
        var loaded = Load("quotations: ignore\n");
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal(9, problem.Position.DisplayLine);
        Assert.Contains("'quotations' must be skip or check, not 'ignore'", problem.Message, StringComparison.Ordinal);
        Assert.Empty(loaded.Rules);
    }

    [Fact]
    public void Skip_ForARuleThatReadsOnlyQuotations_IsAProblem()
    {
        var loaded = PackLoader.Load([
            new PackFile("styles/house/pack.yaml", Manifest),
            new PackFile("styles/house/EL4191.quoted.yaml", "id: EL4191\ntitle: Quoted\ncheck: existence\nscope: quote\nmessage: x\ntokens: [one]\nquotations: skip\n"),
        ]);
        var problem = Assert.Single(loaded.Problems);
        Assert.Contains("a rule whose scope is only 'quote' cannot skip quotations", problem.Message, StringComparison.Ordinal);
    }

    // The shipped rules about a phrase's wording skip quotations; those about house style (numbers, titles, dates,
    // repeated words) still read them, as an editor applies house style inside quotations.
    [Fact]
    public void ShippedWordingRules_SkipQuotations_AndStyleRulesDoNot()
    {
        var skipping = BuiltInPacks.Rules.Where(r => r.SkipsQuotations).Select(r => r.Descriptor.Id).Order(StringComparer.Ordinal);
        Assert.Equal(["EL4121", "EL4122", "EL4123", "EL4141", "EL4142", "EL4143", "EL4144"], skipping);
    }
}
