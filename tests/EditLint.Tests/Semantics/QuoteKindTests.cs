using EditLint.Semantics.Quotes;
using Xunit;

namespace EditLint.Tests.Semantics;

/// <summary>
/// The kind a quotation is read as, from the words around its marks: someone's words (full or partial), a term, or a
/// title. Each case names what decides it.
/// </summary>
public sealed class QuoteKindTests
{
    [Theory]
    // A gloss right after the marks, in any case: "a term", "a phrase", "a word", or "as … known / called / dubbed".
    [InlineData("Leaders praised the deal as the “greatest partnership of our times” - a term first used in 1946.", QuoteKind.Term)]
    [InlineData("Leaders praised the deal as the “greatest partnership of our times”, A PHRASE coined in 1946.", QuoteKind.Term)]
    [InlineData("Boats crowd the “river of golden sand and fish”, as the upper reaches are known.", QuoteKind.Term)]
    // A copula and an inscription verb after the marks: words on a thing.
    [InlineData("“Nearly new and barely used, honest and true” was written on the old sofa.", QuoteKind.Term)]
    [InlineData("“Nearly new and barely used, honest and true”  is   painted, in red, on the wall.", QuoteKind.Term)]
    // Neither: a speaker's sentence.
    [InlineData("“We will win this election and then we will govern,” she said.", QuoteKind.Full)]
    [InlineData("“We will win this election and then we will govern,” as she put it.", QuoteKind.Full)]
    [InlineData("“We will win this election and then we will govern” was said by the leader.", QuoteKind.Full)]
    public void A_quotation_s_kind_follows_from_the_words_around_it(string prose, QuoteKind kind) =>
        Assert.Equal(kind, Testing.ProseModel.Of(prose).Quotes[0].Kind);
}
