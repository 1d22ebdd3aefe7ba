using EditLint.Semantics.Lexicons;

namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// A lead-in: the sentence right before the quotation, in its paragraph, is about the person who is about to speak,
/// and an editor reads the paragraph as attributed. It opens with he or she ("And he is scathing of the party.
/// “The party is …”"), or with a person the article names in full when the quotation speaks in the first person
/// ("McIlroy is brimming with confidence. “I've been waiting six years.”", or by first name: "Jamie has travelled to
/// Spala. “I was there …”") or the sentence reports what they think
/// ("Palermo also believes the club will survive. “…”") or names the words that follow ("Morris despatches him with
/// another of his soundbites. “…”").
/// </summary>
internal sealed class LeadIn : AttributionStrategy
{
    public override Attribution? Find(AttributionContext context, QuoteSite site)
    {
        var quote = site.Quote;
        if (!site.IsFull || site.IsBlockQuote || !AttributionContext.StartsSentence(quote) || context.PreviousSentenceInParagraph(site) is not { } previous)
            return null;
        var words = previous.Text.TrimStart().Split(' ', 4, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && (words[0] is "He" or "She" || (words[0] is "And" or "But" or "So" && words[1] is "he" or "she")))
            return new Attribution(AttributionMethod.LeadIn, null, words[0] is "He" or "She" ? words[0] : words[1]);
        // "And here he was again, moving to the front of the stage": he or she after a conjunction and an adverb.
        if (words.Length > 2 && words[0] is "And" or "But" or "So" or "Then" or "Now" or "Here" && words[1] is "here" or "there" or "then" or "now" or "again"
            && words[2] is "he" or "she")
            return new Attribution(AttributionMethod.LeadIn, null, words[2]);
        // "Underwhelmed with her role, she left the series.": he or she right after an opening phrase set off by a comma.
        if (PronounAfterOpeningPhrase(previous.Text) is { } pronoun)
            return new Attribution(AttributionMethod.LeadIn, null, pronoun);
        var subject = AttributionContext.SubjectName(previous.Text);
        // A feature calls its subject by first name too ("Jamie has also travelled to Spala." for Jamie Costin).
        if (subject is null || !(context.Surnames.Contains(subject) || context.FirstNames.Contains(subject)))
            return null;
        return AttributionContext.IsFirstPerson(quote.Text) || ReportsWhatTheyThink(previous.Text, subject) || AnnouncesTheirWords(previous.Text)
            ? new Attribution(AttributionMethod.LeadIn, null, subject)
            : null;
    }

    // "Mr Morris despatches him with another of his neat soundbites.": the sentence names the words that follow.
    private static bool AnnouncesTheirWords(string sentence) => QuoteText.Words(sentence).Exists(Lexicon.UtteranceNouns.Contains);

    private static string? PronounAfterOpeningPhrase(string sentence)
    {
        var comma = sentence.IndexOf(", ", StringComparison.Ordinal);
        // "But despite her reservations about the awards and the frenzy that surrounds them, she accepts …": however
        // long the opening phrase, he or she right after its comma is the sentence's subject.
        if (comma < 0 || sentence.AsSpan(0, comma).Count(' ') > 25)
            return null;
        var rest = sentence.AsSpan(comma + 2);
        return rest.StartsWith("he ", StringComparison.Ordinal) ? "he" : rest.StartsWith("she ", StringComparison.Ordinal) ? "she" : null;
    }

    // "Palermo also believes …": the subject's verb, past an adverb or two, reports a clause.
    private static bool ReportsWhatTheyThink(string sentence, string subject)
    {
        var words = QuoteText.Words(sentence);
        var at = words.IndexOf(subject.ToLowerInvariant());
        for (var i = at + 1; at >= 0 && i < words.Count && i <= at + 3; i++)
        {
            if (Lexicon.ReportingVerbs.Contains(words[i]))
                return true;
            if (!words[i].EndsWith("ly", StringComparison.Ordinal) && words[i] is not ("also" or "still" or "now" or "too"))
                return false;
        }
        return false;
    }
}
