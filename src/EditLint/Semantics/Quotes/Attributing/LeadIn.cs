namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// "McIlroy is brimming with confidence. “I've been waiting six years for this.”": the sentence right before, in the
/// same paragraph, is about one person the article names in full (or he or she), and the quotation speaks in the first
/// person: the paragraph names who is about to speak, and an editor reads it as attributed.
/// </summary>
internal sealed class LeadIn : AttributionStrategy
{
    public override Attribution? Find(AttributionContext context, QuoteSite site) =>
        IntroducedSpeaker.Find(context, site) is { } speaker ? new Attribution(AttributionMethod.LeadIn, null, speaker) : null;
}
