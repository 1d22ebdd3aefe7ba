using EditLint.Checks.Sourcing;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Rules.Sourcing;

public sealed class AmbiguousPronounSpeakerRuleTests
{
    private static readonly RuleTester Tester = RuleTester.For<AmbiguousPronounSpeakerRule>();

    [Fact]
    public Task PronounWithNobodyNamedBefore_IsReported() =>
        Tester.VerifyAsync("The harbour reopened on Monday. “It is a great day,” [|he said|].");

    [Fact]
    public Task PronounAfterTwoPeopleQuoted_IsReported() =>
        Tester.VerifyAsync("""
            Ann Smith said the plan was dead, while Tom Jones said it would survive.

            “We will see who is right,” [|he said|].
            """);

    [Fact]
    public Task PronounIntroducingTwoQuotations_IsReportedOnce() =>
        Tester.VerifyAsync("""
            Ann Smith said the plan was dead, while Tom Jones said it would survive.

            [|He said|] the plan was “dead” and “buried”.
            """);

    [Theory]
    [InlineData("Mayor Ann Smith opened the harbour. “It is a great day,” she said.")]
    [InlineData("Military analyst Sean Bell says troops are not enough. “This is about credibility,” he tells the paper.")]
    [InlineData("For Starmer, the key is a backstop from Trump. “We need a lasting peace,” he told reporters.")]
    [InlineData("“It is a great day,” Ann Smith said. “We waited years,” she added.")]
    [InlineData("The company said profits rose. “It was a good year,” it said.")]
    public Task PronounWithAClearAntecedent_IsNotReported(string text) => Tester.VerifyAsync(text);

    // Pattern: the other person is in a side clause, an aside, a possessive or the sentence's opening phrase; the
    // subject of the sentence before (or its closing tag) is who "he said" means.
    [Theory]
    [InlineData("But Mr Green said he backed the scheme when Mr Brown argued for it in cabinet. “It makes us safer,” he said.")]
    [InlineData("It was no use Mr Brown claiming the cuts were his idea, argued Mr Green. Turning to taxes, he added: “They will rise.”")]
    [InlineData("If Mr Brown would not take part, the station could go ahead and explain why, Lord Green said. “It is a scandal,” he said.")]
    [InlineData("Critic Sam Reed warned of errors - for which Tom Cole recently apologised - in past cases. “The pressure is huge,” he told the radio.")]
    [InlineData("Tom Cole's side has struggled, but Sam Reed insisted they would be hard to beat. “It is a tough game,” he said.")]
    [InlineData("President Reagan also announced that John Tower had agreed to join the board. But he said the staff would “never again” run operations.")]
    public Task PronounAfterTheSubjectOfTheSentenceBefore_IsNotReported(string text) => Tester.VerifyAsync(text);

    // Pattern: a courtesy title or an earlier "X said she" tells the pronoun's person from the other one.
    [Theory]
    [InlineData("As Mr Cole said he would leave, Mrs Reed said the band would stay. “It is a sad day,” she said.")]
    [InlineData("In a note sent through her agent Tom Cole, Amy Reed repeated her denial and vowed she would be cleared. “The claims are false,” she said.")]
    public Task PronounWhoseGenderRulesOutTheOtherPerson_IsNotReported(string text) => Tester.VerifyAsync(text);

    [Fact]
    public Task PronounAfterTwoPeopleOfItsGender_IsReported() =>
        Tester.VerifyAsync("As Mrs Cole said she would leave, Mrs Reed said the band would stay. “It is a sad day,” [|she said|].");

    // Pattern: someone the quotation or the pronoun's own clause talks about is not its speaker.
    [Theory]
    [InlineData("According to Sam Cole, Tom Reed promised he would stay. “I said to Tom ‘do not go’, and he agreed,” he said.")]
    [InlineData("Sam Cole said he had picked Tom Reed after Reed claimed he was bored. He said Reed was being “silly”.")]
    public Task PronounWhoseOwnSentenceNamesTheOtherPerson_IsNotReported(string text) => Tester.VerifyAsync(text);

    // Pattern: companies, papers and clubs are not people a "he" could mean.
    [Theory]
    [InlineData("Moore Corp Ltd expects profits to rise, president Keith Gold said. “We will grow,” he told reporters.")]
    [InlineData("Manchester City spoke of debts, but Sam Reed said they would find funds. “We will see,” he said.")]
    public Task PronounAfterABodyAndOnePerson_IsNotReported(string text) => Tester.VerifyAsync(text);

    // Pattern: an identified but unnamed speaker, a name left in lower case, or a name later in a feature's opening sentence.
    [Theory]
    [InlineData("A spokesman for the ministry said no date had been set. However, he added the sale “has nothing to do” with the scandal.")]
    [InlineData("""
        kingston, march 11 - the island will cap its debt, prime minister edward seaga said today.

        speaking at a conference, seaga said the cap would hold.

        “we will reduce the debt this year,” he said.
        """)]
    [InlineData("He called it his “masochism strategy” in the war, and now Tom Reed has signed up for more.")]
    public Task PronounWithAnAntecedentThatIsNotACapitalisedName_IsNotReported(string text) => Tester.VerifyAsync(text);

    [Fact]
    public Task PronounAfterOnlyPluralSources_IsReported() =>
        Tester.VerifyAsync("Officials said the port would reopen. “It is a great day,” [|he said|].");

    // "He added" right after words the sentence before quoted from someone who is not its subject.
    [Fact]
    public Task PronounAfterAQuotationOfTheOtherPerson_IsReported() =>
        Tester.VerifyAsync("Sam Cole said he had visited Tom Reed, who had told him the film could “mean anything at all”. [|He added|]: “I will not change the villains.”");
}
