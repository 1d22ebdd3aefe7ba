using EditLint.Documents;

namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// Gives each quotation of a document its speaker: the strategies in <see cref="Strategies"/> are asked in order, block
/// by block, and the first answer wins; then the passes that need the whole article (an opening spoken by the speaker
/// of its continuation, headings and echoes of words attributed elsewhere, the likely speaker of what is left).
/// </summary>
internal static class QuoteAttributor
{
    /// <summary>
    /// The ways a quotation gets its speaker, nearest evidence first: its own sentence, the quotation it continues, its
    /// own paragraph, frames and wordings named around it, the paragraph right before (only its closing quotation or a
    /// frame), and last the conventions that look after it.
    /// </summary>
    public static readonly IReadOnlyList<AttributionStrategy> Strategies =
    [
        new OwnSentence(),
        new TagInsideAnUnclosedQuotation(),
        new OpenQuoteContinuation(),
        new EarlierQuotationInParagraph(),
        new SentenceBefore(),
        new ClaimBefore(),
        new JudgeRightBefore(),
        new ReportedSpeechBefore(),
        new OwnerWhoSpeaks(),
        new ParagraphBefore(),
        new ExtractsFollow(),
        new SpeakerRightAfter(),
        new LeadIn(),
        new SubjectWhoSpoke(),
        new OfficialWording(),
        new InterviewAnswer(),
        new CollectionPage(),
        new SpeakerEarlierInParagraph(),
        new SentenceAfter(),
        new OnlySpeakerOfTheParagraph(),
        new LedeSpeakerAfter(),
    ];

    /// <summary>Attributes every quotation of the context's blocks (drafts are changed in place).</summary>
    public static void Run(AttributionContext context, IReadOnlyList<QuoteDraft> quotes)
    {
        // The last person quoted, carried forward block by block until a heading starts a new section.
        Attribution? lastSpeaker = null;
        for (var b = 0; b < context.Blocks.Count; b++)
        {
            if (context.Blocks[b].Block.Kind is BlockKind.Heading)
                lastSpeaker = null;
            lastSpeaker = AttributeBlock(context, b, lastSpeaker) ?? lastSpeaker;
        }
        AttributeParagraphsOfOneLeadIn(context);
        AttributeOpeningsFromTheirContinuations(quotes);
        ElsewhereInTheArticle.AttributeHeadings(context.Blocks);
        ElsewhereInTheArticle.AttributeEchoes(context.Blocks, quotes);
        LikelySpeakers.Suggest(context);
    }

    // Attributes the block's quotations; returns the attribution of its last attributed quotation, if any.
    private static Attribution? AttributeBlock(AttributionContext context, int index, Attribution? lastSpeaker)
    {
        Attribution? previousInBlock = null;
        QuoteDraft? previousQuote = null, previousAttributed = null;
        foreach (var quote in context.Blocks[index].Quotes)
        {
            if (quote.Parent is not null)
            {
                quote.Attribution = quote.Parent.Attribution;
                continue;
            }
            var site = new QuoteSite(quote, index, previousInBlock, previousAttributed, lastSpeaker);
            foreach (var strategy in Strategies)
            {
                if (strategy.Find(context, site) is { } found)
                {
                    quote.Attribution = found;
                    break;
                }
            }
            // Short unattributed quotations used as names in the writer's own phrase are terms, not quotations.
            if (quote.Attribution is null && (QuoteClassifier.LooksLikeTerm(quote, previousQuote) || (context.IsFirstPersonWriting && quote.Kind == QuoteKind.Partial)))
                quote.Kind = QuoteKind.Term;
            // "criticised for sending “offensive” and “threatening” leaflets": words joined to an unattributed
            // quotation share its hidden speaker, so they are not the actor's own.
            else if (quote.Attribution is null && QuoteClassifier.IsActorsOwnWords(quote)
                && !(previousQuote is { Attribution: null, IsQuotation: true } && QuoteClassifier.IsJoinedToPrevious(quote, previousQuote)))
                quote.Attribution = new Attribution(AttributionMethod.Actor, null, ActorOf(quote));
            previousQuote = quote;
            if (quote.Attribution is not null && quote.IsQuotation)
                (previousInBlock, previousAttributed) = (quote.Attribution, quote);
        }
        return previousInBlock;
    }

    // The actor of a sentence whose object quotes its own words: its opening name, else its opening words.
    private static string ActorOf(QuoteDraft quote)
    {
        var sentence = AttributionContext.SentenceBefore(quote).Trim();
        return AttributionContext.SubjectName(sentence) ?? string.Join(' ', sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4));
    }

    // "Mr Gates said work had been done. ¶ “We predicted …” He highlighted the trends of the year. “Gaming is …”": a
    // paragraph with no speech act whose attributed quotations all have one speaker, found by a lead-in, after a
    // paragraph that ends paraphrasing that same person, is theirs, its quotations before the lead-in too. Without the
    // paraphrase before, a lead-in later in the paragraph does not reach back ("“…” Thompson is confident …").
    private static void AttributeParagraphsOfOneLeadIn(AttributionContext context)
    {
        for (var b = 0; b < context.Blocks.Count; b++)
        {
            var (_, quotes, acts) = context.Blocks[b];
            if (acts.Count > 0 || LikelySpeakers.ParaphrasedBefore(context, b) is not { } paraphrased)
                continue;
            string? speaker = null;
            Attribution? leadIn = null;
            foreach (var quote in quotes)
            {
                if (quote.Attribution is not { } found || !quote.IsQuotation)
                    continue;
                if (found.Act is not null || found.Method is not (AttributionMethod.LeadIn or AttributionMethod.SameParagraph or AttributionMethod.Continuation)
                    || (speaker is not null && AttributionContext.Normal(found.Speaker) != speaker))
                {
                    leadIn = null;
                    break;
                }
                speaker = AttributionContext.Normal(found.Speaker);
                leadIn ??= found.Method == AttributionMethod.LeadIn ? found : null;
            }
            if (leadIn is null || !IsThePersonParaphrased(leadIn.Speaker, paraphrased))
                continue;
            foreach (var quote in quotes)
            {
                if (quote.Attribution is null && quote.Parent is null && quote.Kind == QuoteKind.Full)
                    quote.Attribution = leadIn with { Method = AttributionMethod.SameParagraph };
            }
        }
    }

    // The lead-in's "he" or "she" goes on with the person paraphrased; a name must be theirs.
    private static bool IsThePersonParaphrased(string speaker, SpeechAct paraphrased) =>
        speaker.ToLowerInvariant() is "he" or "she" or "they" || LikelySpeakers.Person(paraphrased).Equals(QuoteText.Words(speaker) is [.., var last] ? last : speaker, StringComparison.OrdinalIgnoreCase);

    // A quotation whose own paragraph has no speaker, continued later by a part that has one (“…” then “…,” said
    // Holmes): the speaker of the later part spoke the opening too. Last to first, so a chain is walked once.
    private static void AttributeOpeningsFromTheirContinuations(IReadOnlyList<QuoteDraft> quotes)
    {
        for (var i = quotes.Count - 1; i >= 0; i--)
        {
            var quote = quotes[i];
            if (quote.ContinuationOf is { Attribution: null } opening && quote.Attribution is { } speaker && quote.IsQuotation)
                opening.Attribution = speaker with { Method = AttributionMethod.Continuation };
        }
    }
}
