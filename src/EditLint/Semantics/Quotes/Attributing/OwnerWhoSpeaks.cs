using EditLint.Semantics.Lexicons;

namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// "The government's main problems are “slumping consumption …”": the aims, problems or plans a body names for itself
/// are its own words when it speaks elsewhere in the article ("the government said it will …"). A body that never
/// speaks leaves the claim unattributed.
/// </summary>
internal sealed class OwnerWhoSpeaks : AttributionStrategy
{
    public override Attribution? Find(AttributionContext context, QuoteSite site)
    {
        var quote = site.Quote;
        if (quote.Kind != QuoteKind.Partial || site.IsBlockQuote)
            return null;
        var words = AttributionContext.SentenceBefore(quote).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || !QuoteClassifier.IsBeForm(words[^1].ToLowerInvariant()))
            return null;
        // The noun right before the copula, past "main" or "stated" and the like, and its owner's possessive.
        for (var i = words.Length - 2; i >= 1 && i >= words.Length - 3; i--)
        {
            if (!Lexicon.StanceNouns.Contains(words[i].ToLowerInvariant()))
                continue;
            for (var j = i - 1; j >= 0 && j >= i - 3; j--)
            {
                if (!QuoteText.IsPossessive(words[j]))
                    continue;
                // The owner's whole name, back to "the" or the sentence's start: "the Scottish government" is not
                // "the government".
                var first = j;
                while (first > 0 && j - first < 3 && char.IsUpper(words[first - 1][0]) && !words[first - 1].EndsWith(','))
                    first--;
                var owner = AttributionContext.Normal(string.Join(' ', words[first..(j + 1)])[..^2]);
                return context.SpeakerNames.Contains(owner) ? new Attribution(AttributionMethod.Actor, null, owner) : null;
            }
            return null;
        }
        return null;
    }
}
