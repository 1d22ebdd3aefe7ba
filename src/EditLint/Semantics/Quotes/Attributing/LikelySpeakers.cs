using EditLint.Semantics.Lexicons;

namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// For a quotation nobody is shown to have said, the speaker an editor would most likely tag it with: the person quoted
/// earlier in its paragraph, or the one person the end of the paragraph right before paraphrases (every speech act
/// there names them, by name, role or a resolved pronoun). It never attributes the quotation — none of these says whose words they are, and a quotation placed after
/// another speaker's paragraph reads as theirs — but it lets the finding name the likely speaker and offer the tag.
/// </summary>
internal static class LikelySpeakers
{
    public static void Suggest(AttributionContext context)
    {
        for (var b = 0; b < context.Blocks.Count; b++)
        {
            var (block, quotes, acts) = context.Blocks[b];
            if (block.Kind is Documents.BlockKind.Heading or Documents.BlockKind.Caption)
                continue;
            // Read only for a quotation that asks: most paragraphs have none without a speaker (reading the paragraph
            // before each was nearly all of this class's time).
            SpeechAct? paragraphBefore = null;
            var readBefore = false;
            SpeechAct? ParaphrasedBeforeOnce()
            {
                if (!readBefore)
                    (paragraphBefore, readBefore) = (ParaphrasedBefore(context, b), true);
                return paragraphBefore;
            }
            Attribution? earlier = null;
            foreach (var quote in quotes)
            {
                if (quote.Parent is not null)
                    continue;
                if (quote.Attribution is not null)
                {
                    if (quote.IsQuotation)
                        earlier = quote.Attribution;
                    continue;
                }
                if (!quote.IsQuotation || quote.ContinuationOf is not null)
                    continue;
                // One missing tag at the start of a run of quotation paragraphs: the rest go on from it.
                if (quote.Kind == QuoteKind.Full && ParagraphBefore.ClosingQuotationBefore(context, new QuoteSite(quote, b, null, null, null)) is { Attribution: null } start)
                {
                    quote.GoesOnFrom = start;
                    continue;
                }
                // "has been described as “…”" asks by whom, and a speaker further back is no answer (AnswersAHiddenSpeaker).
                if (quote.Kind == QuoteKind.Partial && QuoteClassifier.HasHiddenSpeakerFrame(quote))
                    continue;
                // After a speaker of its own paragraph, the paragraph before is not what the reader goes by.
                var spokenBefore = acts.Exists(a => a.Sentence.LocalStart + a.Sentence.Length <= quote.LocalStart);
                quote.LikelySpeaker = QuotedEarlier(context, earlier)
                    ?? (!spokenBefore && ParaphrasedBeforeOnce() is { } before ? new LikelySpeaker(before.Antecedent ?? before.Speaker, before, LikelyReason.ParaphraseBefore) : null);
            }
        }
    }

    // The person quoted last in the paragraph: a speech act without a quotation there may be anything from a dateline to
    // a document, and would name the wrong person as often as not. Else the paragraph before is asked.
    private static LikelySpeaker? QuotedEarlier(AttributionContext context, Attribution? earlier) =>
        earlier is not null && (earlier.Act is null || IsSomeone(context, earlier.Act))
            ? new LikelySpeaker(earlier.Act?.Antecedent ?? earlier.Speaker, earlier.Act, LikelyReason.EarlierInParagraph)
            : null;

    /// <summary>The one person the end of the paragraph before block <paramref name="b"/> paraphrases (its last act naming them), or null.</summary>
    public static SpeechAct? ParaphrasedBefore(AttributionContext context, int b) =>
        b > 0 && context.Blocks[b - 1].Block.Kind is not Documents.BlockKind.Heading ? OneSpeaker(context, ClosingActs(context.Blocks[b - 1])) : null;

    // The last speech act of a paragraph whose acts name one person; null when it names nobody, an unnamed source, an
    // ambiguous pronoun or two people. A role beside a name is taken to be that person ("Mr Blair said … The prime
    // minister urged …"); roles alone must agree with each other.
    private static SpeechAct? OneSpeaker(AttributionContext context, List<SpeechAct> acts)
    {
        SpeechAct? lastNamed = null, lastRole = null;
        string? person = null, role = null;
        foreach (var act in acts)
        {
            if (act.Kind is SpeakerKind.Unnamed || act.Verb == "according to" || (act.Kind is SpeakerKind.Pronoun && act.IsAmbiguous))
                return null;
            // An unresolved pronoun or a word that names no one ("Legal attacks", a company) adds no one.
            if ((act.Kind is SpeakerKind.Pronoun && act.Antecedent is null) || !IsSomeone(context, act))
                continue;
            var who = Person(act);
            if (act.Kind is SpeakerKind.Role)
            {
                if (role is not null && who != role)
                    role = "";
                role ??= who;
                lastRole = act;
                continue;
            }
            if (person is not null && who != person)
                return null;
            person = who;
            lastNamed = act;
        }
        return lastNamed ?? (role is { Length: > 0 } ? lastRole : null);
    }

    // The speech acts of the paragraph's last sentence that has any, and of the sentence right before that one: BBC
    // copy runs several paragraphs into one line, and a speaker further back is another paragraph's, while sentences
    // of description after the paraphrase do not change whom it paraphrases.
    private static List<SpeechAct> ClosingActs(QuoteBlock block)
    {
        if (block.Acts.Count == 0)
            return [];
        var last = block.Acts.Max(a => a.Sentence.Index);
        return [.. block.Acts.Where(a => a.Sentence.Index >= last - 1)];
    }

    /// <summary>The act names one person the reader can tell: not an unnamed source, not an unresolved or ambiguous pronoun, someone (<see cref="IsSomeone"/>).</summary>
    public static bool NamesOnePerson(AttributionContext context, SpeechAct act) =>
        act.Kind is not SpeakerKind.Unnamed && !(act.Kind is SpeakerKind.Pronoun && (act.IsAmbiguous || act.Antecedent is null)) && IsSomeone(context, act);

    // A speaker worth naming in a message: a role, or a person the article names in full (a capitalised word that
    // names nobody — "Legal attacks", "the end" — or a company is no one to tag a quotation with).
    public static bool IsSomeone(AttributionContext context, SpeechAct act) =>
        (act.Kind is SpeakerKind.Role && CanSpeak(act.Speaker))
        || context.Surnames.Contains(People.PersonMentions.Surname((act.Antecedent ?? act.Speaker).Trim()).TrimEnd(',', '.', ';', ':'));

    /// <summary>
    /// A body the article names as speaking ("House prices rose, Nationwide said"): a name it also writes as a name
    /// elsewhere, not a capitalised word that only opens a sentence, with a plain verb of saying (`saying-verbs.txt`:
    /// "Dummy was … hailed" is no body speaking). Enough to say who speaks in a paragraph, though no one to tag a
    /// quotation with in a message.
    /// </summary>
    public static bool IsNamedBody(AttributionContext context, SpeechAct act) =>
        act.Kind is SpeakerKind.Named && Lexicon.SayingVerbs.Contains(act.Verb.ToLowerInvariant())
        && People.PersonMentions.WrittenNames(context.Model).Contains(act.Speaker.Trim());

    // A role whose head is a word for someone who speaks ("the minister", "the 35-year-old"), not "the album" or "the end".
    private static bool CanSpeak(string role)
    {
        var head = QuoteText.Words(role) is [.., var last] ? last : "";
        // An age is read as words ("28", "year", "old"), so "the 28-year-old" is told by its ending.
        return Lexicon.SpeakerNouns.Contains(head) || Lexicon.SourceRoles.Contains(head) || Lexicon.ProxyRoles.Contains(head)
            || role.TrimEnd().EndsWith("-old", StringComparison.OrdinalIgnoreCase);
    }

    // The person as compared: the last word of the name ("Sean Bell", "Bell" and "he" for Sean Bell are one person),
    // a role's words as written.
    public static string Person(SpeechAct act) =>
        act.Kind is SpeakerKind.Role
            ? AttributionContext.Normal(act.Speaker)
            : QuoteText.Words(act.Antecedent ?? act.Speaker) is [.., var last] ? last : act.Speaker;
}
