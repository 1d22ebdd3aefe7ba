using EditLint.Semantics.Lexicons;

namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// "In its overview, the ADB said the impact would be slight. But the blow to the poor could be “enormous”": the
/// sentence right before reports someone's words in a clause, and this one goes on reporting them. Further back in the
/// same paragraph, the nearest sentence with a speech act speaks for a partial quotation ("Lord Smith said the rules
/// were unwritten. That could change. The issue had been “overlooked”"); a full quotation that far back needs a told
/// story ("In a story he often told, … “I had never played before …”"). A full quotation is not given the speaker of
/// the paragraph before: a paraphrase there does not say who said the words (see <see cref="LikelySpeakers"/>).
/// </summary>
internal sealed class ReportedSpeechBefore : AttributionStrategy
{
    public override Attribution? Find(AttributionContext context, QuoteSite site)
    {
        var quote = site.Quote;
        if (site.IsBlockQuote || context.SentencesAround(site) is not ({ } own, { } previous))
            return null;
        if (site.IsFull && previous.Block != own.Block)
            return null;
        var sentence = previous;
        while (context.ActsOf(sentence) is null && sentence.Block == own.Block && sentence.Index > 0
            && context.Model.Sentences[sentence.Index - 1].Block == own.Block)
            sentence = context.Model.Sentences[sentence.Index - 1];
        if (context.ActsOf(sentence) is not { } acts)
            return null;
        var act = acts.LastOrDefault(a => IsReporting(a) && !context.IntroducesNoClause(a));
        if (act is null || (sentence != previous && site.IsFull && !(AttributionContext.IsToldStory(act) && AttributionContext.IsFirstPerson(quote.Text, singular: true))))
            return null;
        var attribution = new Attribution(AttributionMethod.ReportedSpeech, act, act.Speaker);
        return context.AnswersAHiddenSpeaker(site, attribution) ? attribution : null;
    }

    /// <summary>A verb that reports words in a clause ("said the impact would be slight", "in a statement").</summary>
    public static bool IsReporting(SpeechAct act) =>
        Lexicon.ReportingVerbs.Contains(act.Verb) || Lexicon.SourceVerbs.Contains(act.Verb) || act.Verb == "in a statement";
}
