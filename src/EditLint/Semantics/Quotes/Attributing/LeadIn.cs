using EditLint.Semantics.Lexicons;

namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// A lead-in: the sentence right before the quotation is about the person who is about to speak, and an editor reads
/// the paragraph as attributed. It opens with he or she ("And he is scathing of the party. “The party is …”"), with
/// "they" thinking aloud ("But they expected a recovery. “…”"), or is about a person the article names in full — its
/// subject, even past an opening phrase ("After three wins, McIlroy is brimming with confidence."), or a person it
/// gives a mood to ("…, leaving Reid unimpressed.") — when the quotation speaks in the first person, or the sentence
/// reports what they think or feel ("Palermo also believes the club will survive.") or names the words that follow
/// ("Morris despatches him with another of his soundbites."). The same lead-in ending the paragraph before counts
/// when that paragraph reports nobody's words: a paraphrase there does not attribute the quotation.
/// </summary>
internal sealed class LeadIn : AttributionStrategy
{
    // A lead-in is read in its first few hundred characters: every cue it has sits there, and one endless sentence
    // before thousands of quotations stays linear.
    private const int LeadInLength = 600;

    public override Attribution? Find(AttributionContext context, QuoteSite site)
    {
        var quote = site.Quote;
        if (!site.IsFull || site.IsBlockQuote || !AttributionContext.StartsSentence(quote))
            return null;
        if (context.PreviousSentenceInParagraph(site) is { } previous)
            return WithinTheParagraph(context, quote, Opening(previous.Text));
        // "On this subject, Morris appears almost evangelical." ending the paragraph before, which reports nobody's
        // words (a paraphrase there leaves the quotation unattributed): a lead-in that gives them a mood, across the
        // paragraph break. Being the subject is not enough there ("Tamura referred to …"), and what they think or the
        // words they spoke ("Ruddock paid tribute to his side.") is a paraphrase.
        if (AttributionContext.StartsBlock(quote) && context.SentencesAround(site) is (_, { } last) && context.ParagraphBefore(site) is { Acts.Count: 0 }
            && Opening(last.Text) is var text && SubjectOrMood(context, text) is { } person && GivesAMood(text, person))
            return new Attribution(AttributionMethod.LeadIn, null, person);
        return null;
    }

    private static string Opening(string sentence) => sentence.Length > LeadInLength ? sentence[..LeadInLength] : sentence;

    private static Attribution? WithinTheParagraph(AttributionContext context, QuoteDraft quote, string previous)
    {
        var words = previous.TrimStart().Split(' ', 4, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && (words[0] is "He" or "She" || (words[0] is "And" or "But" or "So" && words[1] is "he" or "she")))
            return new Attribution(AttributionMethod.LeadIn, null, words[0] is "He" or "She" ? words[0] : words[1]);
        // "And here he was again, moving to the front of the stage": he or she after a conjunction and an adverb.
        if (words.Length > 2 && words[0] is "And" or "But" or "So" or "Then" or "Now" or "Here" && words[1] is "here" or "there" or "then" or "now" or "again"
            && words[2] is "he" or "she")
            return new Attribution(AttributionMethod.LeadIn, null, words[2]);
        // "But they expected a recovery.": a group that thinks aloud, as a he or she would.
        if (words.Length > 2 && (words[0] is "They" ? IsMoodOrReport(words[1]) : words[0] is "And" or "But" or "So" && words[1] is "they" && IsMoodOrReport(words[2])))
            return new Attribution(AttributionMethod.LeadIn, null, "they");
        if (PronounAfterOpeningPhrase(previous) is { } pronoun)
            return new Attribution(AttributionMethod.LeadIn, null, pronoun);
        return SubjectOrMood(context, previous) is { } person && SetsUpTheirWords(quote, previous, person)
            ? new Attribution(AttributionMethod.LeadIn, null, person)
            : null;
    }

    // The person the lead-in is about: the subject it opens with, or opens with past an opening phrase ("After three
    // wins, McIlroy is brimming …"), else a person it gives a mood to ("leaving Reid unimpressed"). Only a person the
    // article names in full, by surname or first name ("Jamie has also travelled to Spala." for Jamie Costin).
    private static string? SubjectOrMood(AttributionContext context, string sentence)
    {
        bool Known(string name) => context.Surnames.Contains(name) || context.FirstNames.Contains(name);
        if (AttributionContext.SubjectName(sentence) is { } subject && Known(subject))
            return subject;
        foreach (var rest in AfterOpeningPhrases(sentence))
        {
            if (AttributionContext.SubjectName(rest) is { } name && Known(name))
                return name;
        }
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < words.Length; i++)
        {
            var word = words[i].TrimEnd(',', ';', ':', '.');
            if (word.Length > 1 && char.IsUpper(word[0]) && Known(word) && IsMoodOrReport(words[i + 1].TrimEnd(',', ';', ':', '.').ToLowerInvariant()))
                return word;
        }
        return null;
    }

    // First-person words, or a lead-in that reports what they think, gives them a mood or names the words that follow.
    private static bool SetsUpTheirWords(QuoteDraft quote, string sentence, string person) =>
        AttributionContext.IsFirstPerson(quote.Text) || ReportsWhatTheyThink(sentence, person) || AnnouncesTheirWords(sentence);

    private static bool IsMoodOrReport(string word) => Lexicon.LeadInMoods.Contains(word) || Lexicon.ThinkingVerbs.Contains(word) || Lexicon.ReportingVerbs.Contains(word);

    // "Morris appears almost evangelical": a word for how they feel, a few words after the person.
    private static bool GivesAMood(string sentence, string person) => HasWordAfter(sentence, person, Lexicon.LeadInMoods.Contains);

    // "Mr Morris despatches him with another of his neat soundbites.": the sentence names the words that follow.
    private static bool AnnouncesTheirWords(string sentence) => QuoteText.Words(sentence).Exists(Lexicon.UtteranceNouns.Contains);

    // "Underwhelmed with her role, she left …", "But despite her reservations about the awards and the frenzy that
    // surrounds them, she accepts …": however long the opening phrase, he or she right after its comma is the subject.
    private static string? PronounAfterOpeningPhrase(string sentence)
    {
        foreach (var rest in AfterOpeningPhrases(sentence))
            return rest.StartsWith("he ", StringComparison.Ordinal) ? "he" : rest.StartsWith("she ", StringComparison.Ordinal) ? "she" : null;
        return null;
    }

    // What follows each of the first three commas within 25 words of the start: where the subject stands after an
    // opening phrase ("After three wins, McIlroy …", "And, while we are on the subject of X, Mr Morris …").
    private static IEnumerable<string> AfterOpeningPhrases(string sentence)
    {
        var at = 0;
        for (var phrases = 0; phrases < 3; phrases++)
        {
            var comma = sentence.IndexOf(", ", at, StringComparison.Ordinal);
            if (comma < 0 || sentence.AsSpan(0, comma).Count(' ') > 25)
                yield break;
            at = comma + 2;
            yield return sentence[at..];
        }
    }

    // "Palermo also believes …", "leaving Reid unimpressed": the person's verb or mood, a few words on.
    private static bool ReportsWhatTheyThink(string sentence, string subject) => HasWordAfter(sentence, subject, IsMoodOrReport);

    private static bool HasWordAfter(string sentence, string person, Func<string, bool> test)
    {
        var words = QuoteText.Words(sentence);
        var at = words.IndexOf(person.ToLowerInvariant());
        for (var i = at + 1; at >= 0 && i < words.Count && i <= at + 3; i++)
        {
            if (test(words[i]))
                return true;
        }
        return false;
    }
}
