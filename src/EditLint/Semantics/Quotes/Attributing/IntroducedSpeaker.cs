namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// "McIlroy is brimming with confidence. “I've been waiting six years for this.”": a first-person quotation right
/// after a sentence of its own paragraph whose subject is a person the article names in full (or he or she) is most
/// likely that person's — but the sentence does not say so, so it is a likely speaker for the finding, not an
/// attribution (see <see cref="LikelySpeakers"/>).
/// </summary>
internal static class IntroducedSpeaker
{
    public static string? Find(AttributionContext context, QuoteSite site)
    {
        var quote = site.Quote;
        if (!site.IsFull || site.IsBlockQuote || !AttributionContext.StartsSentence(quote) || !AttributionContext.IsFirstPerson(quote.Text))
            return null;
        if (context.PreviousSentenceInParagraph(site) is not { } previous)
            return null;
        // "And he is scathing of the Tory party. “The Tory party is schizophrenic …”": he or she, as the reader resolves them.
        var opener = previous.Text.TrimStart().Split(' ', 3);
        if (opener.Length > 1 && (opener[0] is "He" or "She" || (opener[0] is "And" or "But" or "So" && opener[1] is "he" or "she")))
            return opener[0] is "He" or "She" ? opener[0] : opener[1];
        var subject = AttributionContext.SubjectName(previous.Text);
        return subject is not null && context.Surnames.Contains(subject) ? subject : null;
    }
}
