using EditLint.Semantics.Lexicons;

namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// "appealing against allegations that its rates are “unfair”", "despite a ruling it was “not French enough”": a
/// claim or ruling named in the quotation's clause, followed by the clause the quoted words sit in.
/// </summary>
internal sealed class ClaimBefore : AttributionStrategy
{
    public override Attribution? Find(AttributionContext context, QuoteSite site)
    {
        if (site.IsBlockQuote)
            return null;
        // Within the quotation's clause: "Despite early fears it would rain, the festival was “a triumph”" is no claim.
        var clause = AttributionContext.SentenceBefore(site.Quote);
        var cut = clause.LastIndexOfAny([',', ';', '—', '–', ':']);
        var words = QuoteText.Words(cut >= 0 ? clause[(cut + 1)..] : clause);
        for (var i = words.Count - 2; i >= 0 && i >= words.Count - 8; i--)
        {
            if (Lexicon.ClaimNouns.Contains(words[i]) && words[i + 1] is "that" or "it" or "they" or "he" or "she" or "we")
                return new Attribution(AttributionMethod.Claim, null, "the " + words[i]);
        }
        return null;
    }
}
