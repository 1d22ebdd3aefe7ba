using EditLint.Semantics.Lexicons;

namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// A prize's criteria, an award's citation, a law's text: "a provision in the banking law allows … in the case of
/// “serious irregularities”", "The prize … It will reward an author for “continued creativity”". Not an opinion about
/// them right after a copula ("the law is “a disgrace”").
/// </summary>
internal sealed class OfficialWording : AttributionStrategy
{
    public override Attribution? Find(AttributionContext context, QuoteSite site)
    {
        var quote = site.Quote;
        if (quote.Kind != QuoteKind.Partial || context.SentencesAround(site) is not ({ } own, var previous))
            return null;
        var before = quote.Block.Text[Math.Max(own.LocalStart, quote.LocalStart - 240)..Math.Max(own.LocalStart, quote.LocalStart)];
        var words = QuoteText.Words(before);
        // "The official cause of death was “blunt trauma”": words an authority set down, even after a copula.
        if (words.Count > 0 && words.IndexOf("official") is var official and >= 0 && official + 1 < words.Count && QuoteClassifier.IsBeForm(words[^1]))
            return new Attribution(AttributionMethod.OfficialWording, null, "the official " + words[official + 1]);
        // After a copula the words are an opinion of the prize or law, unless they describe it in the passive: the
        // prize, which is “presented to a writer whose …”.
        if (words.Count == 0 || words[^1] is "as"
            || (QuoteClassifier.IsBeForm(words[^1]) && !QuoteClassifier.StartsWithParticiple(quote.Text)))
            return null;
        var source = words.LastOrDefault(Lexicon.WordingNouns.Contains);
        if (source is null && words[0] is "it" or "this" && previous is not null)
            source = QuoteText.Words(previous.Text).LastOrDefault(Lexicon.WordingNouns.Contains);
        return source is null ? null : new Attribution(AttributionMethod.OfficialWording, null, "the " + source);
    }
}
