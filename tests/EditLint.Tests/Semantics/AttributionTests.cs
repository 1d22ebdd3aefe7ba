using EditLint.Documents;
using EditLint.Engine;
using EditLint.Readers;
using EditLint.Semantics;
using EditLint.Semantics.Quotes;
using EditLint.Text;

namespace EditLint.Tests.Semantics;

// Who the quote facts say spoke, and how they know: the rule tests see only whether EL1001 fires, which a wrong
// speaker found another way would hide.
public sealed class AttributionTests
{
    private static readonly DocumentLoader Loader = new([new MarkdownReader()]);

    private static Quote OnlyQuotation(string prose) =>
        Assert.Single(new SemanticModel(Loader.Read("test.md", new SourceText($"---\ndate: 2025-02-26\n---\n\n{prose}\n"), DocumentFormat.Markdown)).Quotes,
            q => q.IsQuotation);

    // Verbs of judging and revealing name their subject.
    [Theory]
    [InlineData("Rifkin likened the task to a “musical Rubik's cube”.", "Rifkin")]
    [InlineData("The Law Society branded the proposals an “abuse of power”.", "Law Society")]
    [InlineData("Hodgson revealed that the kicks were “out of my range”.", "Hodgson")]
    [InlineData("The senator lauded the governor as a “powerful voice of freedom”.", "The senator")]
    public void JudgingVerbs_NameTheirSubject(string prose, string speaker)
    {
        var attribution = OnlyQuotation(prose).Attribution;
        Assert.NotNull(attribution);
        Assert.Equal(AttributionMethod.SpeechVerb, attribution.Method);
        Assert.Equal(speaker, attribution.Speaker);
    }

    // A plain noun phrase after a passive verb of judging's "by" is who judged.
    [Theory]
    [InlineData("It was described as “pretentious” by audiences.", "audiences")]
    [InlineData("It was described as “pretentious” by audiences last week.", "audiences")]
    [InlineData("They were described as “average” by scouts who saw them.", "scouts")]
    public void AgentOfAPassiveJudgement_Speaks(string prose, string speaker)
    {
        var attribution = OnlyQuotation(prose).Attribution;
        Assert.NotNull(attribution);
        Assert.Equal(speaker, attribution.Speaker);
    }

    [Fact]
    public void JudgeInTheSentenceBefore_AnswersByWhom()
    {
        var attribution = OnlyQuotation("The band played on. Pop Monthly heaped scorn on the runners-up. The second album was described as a “tired retread”.").Attribution;
        Assert.NotNull(attribution);
        Assert.Equal("Pop Monthly", attribution.Speaker);
    }

    [Fact]
    public void OwnersStance_IsTheOwnersWords()
    {
        var attribution = OnlyQuotation("The council's main problems are “falling income and rising costs”. The council said it would borrow no more.").Attribution;
        Assert.NotNull(attribution);
        Assert.Equal(AttributionMethod.Actor, attribution.Method);
        Assert.Equal("council", attribution.Speaker);
    }
    // "he" goes on with the sentence before's speaker; a namesake inside the quotation does not take it.
    [Fact]
    public void PronounSpeaker_IsNotANamesakeInsideTheQuotation()
    {
        var attribution = OnlyQuotation("David Cameron said the plan was dead. “I spoke to David Davis yesterday,” he said.").Attribution;
        Assert.NotNull(attribution);
        Assert.Equal("David Cameron", attribution.Act?.Antecedent);
    }
}
