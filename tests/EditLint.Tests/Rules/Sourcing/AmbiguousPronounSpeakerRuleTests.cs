using EditLint.Rules.Sourcing;
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

    [Theory]
    [InlineData("Mayor Ann Smith opened the harbour. “It is a great day,” she said.")]
    [InlineData("Military analyst Sean Bell says troops are not enough. “This is about credibility,” he tells the paper.")]
    [InlineData("For Starmer, the key is a backstop from Trump. “We need a lasting peace,” he told reporters.")]
    [InlineData("“It is a great day,” Ann Smith said. “We waited years,” she added.")]
    [InlineData("The company said profits rose. “It was a good year,” it said.")]
    public Task PronounWithAClearAntecedent_IsNotReported(string text) => Tester.VerifyAsync(text);
}
