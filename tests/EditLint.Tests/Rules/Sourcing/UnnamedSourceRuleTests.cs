using EditLint.Rules.Sourcing;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Rules.Sourcing;

public sealed class UnnamedSourceRuleTests
{
    private static readonly RuleTester Tester = RuleTester.For<UnnamedSourceRule>();

    [Theory]
    [InlineData("The plan is late, [|a source said|].")]
    [InlineData("[|Officials said|] the bridge would reopen.")]
    [InlineData("[|Critics say|] the scheme is unfair.")]
    [InlineData("The talks stalled, [|according to sources|].")]
    [InlineData("[|British officials said|] the meeting was warm.")]
    [InlineData("Prices will rise, [|analysts warned|] on Monday.")]
    [InlineData("[|A spokesman said|] the company would appeal.")]
    [InlineData("“It is over,” [|one delegate said|].")]
    public Task UnnamedSpeaker_IsReported(string markup) => Tester.VerifyAsync(markup);

    [Fact]
    public Task SameUnnamedGroupAgain_IsReportedOnceAtItsFirstUse() =>
        Tester.VerifyAsync("[|Diplomats said|] the talks stalled. The diplomats said a deal was still possible. Other diplomats said nothing.");

    [Theory]
    [InlineData("There were some calls for a rate cut this week.")]
    [InlineData("The plan is late, Ann Smith said.")]
    [InlineData("Kremlin officials said the talks would go on.")]
    [InlineData("Officials at the Bank of England said rates would hold.")]
    [InlineData("A spokesman for Tesco said the company would appeal.")]
    [InlineData("The ministry said the bridge would reopen.")]
    [InlineData("The prime minister said the plan was on track.")]
    [InlineData("It is said that the castle is haunted.")]
    [InlineData("The critics of the scheme met in Leeds on Tuesday.")]
    public Task NamedSpeakerOrNoSpeechAct_IsNotReported(string text) => Tester.VerifyAsync(text);
}
