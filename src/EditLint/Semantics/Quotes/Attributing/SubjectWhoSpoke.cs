namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// "Richardson has since reconciled with De La Fuente and remains “fully committed”": the sentence is about the person
/// quoted last, and the quoted words are theirs. For a full quotation that person must have been quoted in the same
/// paragraph: a speaker named somewhere earlier in the article does not say who said a whole sentence.
/// </summary>
internal sealed class SubjectWhoSpoke : AttributionStrategy
{
    public override Attribution? Find(AttributionContext context, QuoteSite site)
    {
        var last = site.IsFull ? site.PreviousInBlock : site.PreviousInBlock ?? site.LastSpeaker;
        if (last is null || site.IsBlockQuote || context.SentencesAround(site) is not ({ } own, _))
            return null;
        var subject = AttributionContext.SubjectName(own.Text);
        var speaker = (last.Act?.Antecedent ?? last.Speaker).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return subject is not null && speaker.Length > 0 && speaker[^1] == subject ? last with { Method = AttributionMethod.SubjectWhoSpoke } : null;
    }
}
