using EditLint.Semantics.Lexicons;
using EditLint.Documents;

namespace EditLint.Semantics.Quotes;

/// <summary>
/// Extracts every quotation of a document with its kind and attribution, the speech acts of every sentence,
/// and the quotation marks that do not pair up. One pass over the prose blocks in order, because a
/// quotation's speaker can come from the paragraph before it.
/// </summary>
public sealed class QuoteFacts
{
    /// <summary>Quotations in document order (nested ones after their parent).</summary>
    public required IReadOnlyList<Quote> Quotes { get; init; }

    /// <summary>Speech acts in document order, whether or not they introduce a quotation.</summary>
    public required IReadOnlyList<SpeechAct> SpeechActs { get; init; }

    /// <summary>Marks with no partner, and mixed pairs.</summary>
    public required IReadOnlyList<QuoteMarkProblem> MarkProblems { get; init; }

    /// <summary>Extracts the facts of <paramref name="model"/>'s document.</summary>
    public static QuoteFacts Extract(SemanticModel model) => new Extraction(model).Run();

    private sealed class Extraction(SemanticModel model)
    {
        private readonly List<Quote> _quotes = [];
        private readonly List<SpeechAct> _acts = [];
        private readonly List<QuoteMarkProblem> _problems = [];
        private readonly Dictionary<Block, List<Token>> _tokens = model.Tokens.GroupBy(t => t.Block).ToDictionary(g => g.Key, g => g.ToList());
        private readonly Dictionary<Block, List<Sentence>> _sentences = model.Sentences.GroupBy(s => s.Block).ToDictionary(g => g.Key, g => g.ToList());
        private readonly Dictionary<int, List<SpeechAct>> _actsBySentence = [];
        private readonly Dictionary<Block, QuotedSpans> _quotedSpans = [];
        private HashSet<string>? _speakerNames;
        private HashSet<string>? _surnames;
        private bool _firstPerson;
        private string? _collectionSpeaker;

        // "David Blunkett in quotes", "The minister in her own words": a page that collects one person's words.
        private static string? CollectionSpeaker(string? title)
        {
            if (string.IsNullOrWhiteSpace(title))
                return null;
            foreach (var ending in (ReadOnlySpan<string>)[" in quotes", " in his own words", " in her own words", " in their own words", " in his words", " in her words", " in their words"])
            {
                if (title.Trim().EndsWith(ending, StringComparison.OrdinalIgnoreCase))
                    return title.Trim()[..^ending.Length].Trim();
            }
            return null;
        }

        private static readonly HashSet<string> FirstPersonWords = new(StringComparer.Ordinal) { "I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll", "I’ll", "my", "My", "me" };

        // Readers' comments, diaries and columns: most paragraphs speak in the first person outside quotation marks.
        // There a few quoted words with nobody named are the writer's own scare quotes, not someone else's words.
        private bool IsFirstPersonWriting(List<(Block Block, List<Quote> Quotes, List<SpeechAct> Acts)> perBlock)
        {
            int paragraphs = 0, firstPerson = 0;
            foreach (var (block, quotes, _) in perBlock)
            {
                if (block.Kind != BlockKind.Paragraph || !_tokens.TryGetValue(block, out var tokens) || tokens.Count < 8)
                    continue;
                paragraphs++;
                var quoted = new QuotedSpans(quotes.Select(q => (q.InnerStart, q.InnerEnd)));
                if (tokens.Exists(t => FirstPersonWords.Contains(t.Text) && !quoted.Contains(t.LocalStart)))
                    firstPerson++;
            }
            return firstPerson >= 4 && firstPerson * 5 >= paragraphs * 2;
        }

        public QuoteFacts Run()
        {
            var blocks = model.Document.Blocks.Where(b => b.IsProse).ToList();
            var perBlock = new List<(Block Block, List<Quote> Quotes, List<SpeechAct> Acts)>();
            Quote? openFromPrevious = null;
            for (var b = 0; b < blocks.Count; b++)
            {
                var block = blocks[b];
                var quotes = ScanBlock(block, ref openFromPrevious, b + 1 < blocks.Count ? blocks[b + 1] : null);
                var acts = FindActs(block, quotes);
                perBlock.Add((block, quotes, acts));
                _acts.AddRange(acts);
            }

            // One resolved act per act, in the same order (two acts may share their spans in garbled text, so
            // they are matched by position, not by span).
            var resolved = PersonMentions.ResolvePronouns(model, _acts, _quotedSpans);
            var at = 0;
            for (var b = 0; b < perBlock.Count; b++)
                perBlock[b] = (perBlock[b].Block, perBlock[b].Quotes, [.. perBlock[b].Acts.Select(_ => resolved[at++])]);
            foreach (var act in perBlock.SelectMany(p => p.Acts))
            {
                if (!_actsBySentence.TryGetValue(act.Sentence.Index, out var list))
                    _actsBySentence[act.Sentence.Index] = list = [];
                list.Add(act);
            }
            _firstPerson = IsFirstPersonWriting(perBlock);
            _collectionSpeaker = CollectionSpeaker(model.Document.Metadata.Title?.Value);
            // The last person quoted, carried forward block by block until a heading starts a new section.
            Attribution? lastSpeaker = null;
            for (var b = 0; b < perBlock.Count; b++)
            {
                if (perBlock[b].Block.Kind is BlockKind.Heading)
                    lastSpeaker = null;
                lastSpeaker = Attribute(perBlock, b, lastSpeaker) ?? lastSpeaker;
            }
            AttributeOpeningsFromTheirContinuations();
            AttributeHeadingsFromElsewhere(perBlock);
            AttributeEchoes(perBlock);

            return new QuoteFacts { Quotes = _quotes, SpeechActs = [.. perBlock.SelectMany(p => p.Acts)], MarkProblems = _problems };
        }

        private List<Quote> ScanBlock(Block block, ref Quote? openFromPrevious, Block? next)
        {
            var text = block.Text;
            var (pairs, strays) = QuoteScanner.Scan(text);
            var quotes = new List<Quote>();
            Quote? reopened = null;
            foreach (var pair in pairs)
            {
                var (end, innerEnd) = pair.Close switch
                {
                    -1 => (text.Length, text.Length),
                    -2 => (pair.End, pair.End),
                    _ => (pair.Close + pair.CloseWidth, pair.Close),
                };
                var quote = new Quote(block, pair.Open, end, Math.Min(pair.Open + pair.OpenWidth, innerEnd), innerEnd, pair.Marks) { IsOpenEnded = pair.Close < 0 };
                if (reopened is not null && reopened.LocalEnd <= quote.LocalStart)
                {
                    quote.ContinuationOf = reopened;
                    reopened = null;
                }
                if (pair.ContinuesInNext)
                    reopened = quote;
                quotes.Add(quote);
            }
            // A block quote without marks is itself the quotation.
            if (block.Kind == BlockKind.BlockQuote && quotes.Count == 0 && text.Length > 0)
                quotes.Add(new Quote(block, 0, text.Length, 0, text.Length, QuoteMarks.Block));

            SetParents(quotes);

            // The multi-paragraph convention: an open quotation continues when the next paragraph opens with a mark.
            if (openFromPrevious is not null && quotes.FirstOrDefault(q => q.Parent is null) is { } first && text.AsSpan(0, first.LocalStart).IsWhiteSpace())
                first.ContinuationOf = openFromPrevious;
            openFromPrevious = null;
            foreach (var open in quotes.Where(q => q.Marks != QuoteMarks.Block && q.IsOpenEnded && q.LocalEnd == text.Length))
            {
                if (next is not null && next.Kind is BlockKind.Paragraph or BlockKind.BlockQuote && StartsWithOpeningMark(next.Text))
                {
                    open.ContinuesInNextBlock = true;
                    openFromPrevious = open;
                }
                else
                {
                    // A '' mark is two characters wide: the finding covers it whole.
                    var width = Math.Max(1, open.InnerStart - open.LocalStart);
                    _problems.Add(Problem(block, open.LocalStart, width, QuoteMarkProblemKind.NeverClosed));
                }
            }
            foreach (var stray in strays)
                _problems.Add(Problem(block, stray.Index, stray.Width, stray.Kind));

            foreach (var quote in quotes)
                quote.Kind = QuoteClassifier.Classify(quote);
            _quotes.AddRange(quotes);
            return quotes;
        }

        // A mark with no partner, or one that stands for an apostrophe (the word it sits in goes in the message).
        private static QuoteMarkProblem Problem(Block block, int local, int width, QuoteMarkProblemKind kind)
        {
            var text = block.Text;
            var source = block.Content.ToSource(local, width);
            return kind == QuoteMarkProblemKind.ApostropheAsQuote
                ? new QuoteMarkProblem(block, source, text.Substring(local, width), kind, QuoteScanner.ApostropheWord(text, local))
                : new QuoteMarkProblem(block, source, text.Substring(local, width), kind);
        }

        private static bool StartsWithOpeningMark(string text)
        {
            var trimmed = text.TrimStart();
            // BBC copy's '' is a double mark too.
            return trimmed.Length > 0 && (trimmed[0] is '“' or '"' or '«' or '„' || trimmed.StartsWith("''", StringComparison.Ordinal));
        }

        // Each quotation's parent: the shortest other quotation that opens before it and closes at or after it (the
        // first in block order of equal ones). One sweep by opening offset that looks only at the quotations still open
        // there, not at every quotation of the block: a paragraph of thousands of quotations stays linear.
        private static void SetParents(List<Quote> quotes)
        {
            var order = Enumerable.Range(0, quotes.Count).OrderBy(i => quotes[i].LocalStart).ToList();
            var open = new List<int>();
            for (var k = 0; k < order.Count;)
            {
                var start = quotes[order[k]].LocalStart;
                open.RemoveAll(i => quotes[i].LocalEnd <= start);
                var next = k;
                while (next < order.Count && quotes[order[next]].LocalStart == start)
                    next++;
                for (var g = k; g < next; g++)
                {
                    var quote = quotes[order[g]];
                    // A quotation of no width could sit in one that closed where it opens: look at them all.
                    IEnumerable<int> candidates = quote.LocalEnd > quote.LocalStart ? open : Enumerable.Range(0, quotes.Count);
                    var parent = -1;
                    foreach (var i in candidates)
                    {
                        var o = quotes[i];
                        if (o == quote || o.LocalStart >= quote.LocalStart || o.LocalEnd < quote.LocalEnd)
                            continue;
                        var length = o.LocalEnd - o.LocalStart;
                        var best = parent < 0 ? int.MaxValue : quotes[parent].LocalEnd - quotes[parent].LocalStart;
                        if (length < best || (length == best && i < parent))
                            parent = i;
                    }
                    quote.Parent = parent < 0 ? null : quotes[parent];
                }
                // An open quotation that ends where a later-opened one ends is longer than it and holds nothing it does
                // not: it can be no later quotation's parent. Dropping it keeps marks that all stay open to the end of
                // the block (thousands of them in one line) from being compared with each other.
                for (var g = k; g < next; g++)
                {
                    var quote = quotes[order[g]];
                    open.RemoveAll(i => quotes[i].LocalEnd == quote.LocalEnd && quotes[i].LocalStart < quote.LocalStart);
                }
                open.AddRange(order.GetRange(k, next - k));
                k = next;
            }
        }

        private List<SpeechAct> FindActs(Block block, List<Quote> quotes)
        {
            var acts = new List<SpeechAct>();
            if (!_sentences.TryGetValue(block, out var sentences) || !_tokens.TryGetValue(block, out var tokens))
                return acts;
            var spans = _quotedSpans[block] = new QuotedSpans(quotes);
            bool IsQuoted(int local) => spans.Contains(local);
            var first = 0;
            foreach (var sentence in sentences)
            {
                var end = sentence.LocalStart + sentence.Length;
                while (first < tokens.Count && tokens[first].LocalStart < sentence.LocalStart)
                    first++;
                var last = first;
                while (last < tokens.Count && tokens[last].LocalStart < end)
                    last++;
                var inSentence = tokens.GetRange(first, last - first);
                acts.AddRange(SpeechActFinder.Find(sentence, inSentence, IsQuoted));
            }
            return acts;
        }

        // Attributes the block's quotations; returns the attribution of its last attributed quotation, if any.
        private Attribution? Attribute(List<(Block Block, List<Quote> Quotes, List<SpeechAct> Acts)> perBlock, int index, Attribution? lastSpeaker)
        {
            var (block, quotes, acts) = perBlock[index];
            Attribution? previousInBlock = null;
            Quote? previousQuote = null;
            foreach (var quote in quotes)
            {
                if (quote.Parent is not null)
                {
                    quote.Attribution = quote.Parent.Attribution;
                    continue;
                }
                quote.Attribution = FromOwnSentence(quote, acts)
                    ?? (quote.ContinuationOf?.Attribution is { } opened ? opened with { Method = AttributionMethod.Continuation } : null)
                    ?? (previousInBlock is not null && AnswersAHiddenSpeaker(quote, previousInBlock, perBlock, index) ? previousInBlock with { Method = AttributionMethod.SameParagraph } : null)
                    ?? FromSentenceBefore(quote, acts)
                    ?? FromClaimBefore(quote)
                    ?? FromJudgeRightBefore(quote, perBlock, index)
                    ?? FromReportedSpeechBefore(quote, perBlock, index)
                    ?? FromOwnerWhoSpeaks(quote)
                    ?? FromPreviousParagraph(quote, perBlock, index, lastSpeaker)
                    ?? FromRunTogetherParagraph(quote, perBlock, index, acts)
                    ?? FromIntroducedSpeaker(quote, perBlock, index)
                    ?? FromSubjectWhoSpoke(quote, perBlock, index, previousInBlock ?? lastSpeaker)
                    ?? FromOfficialWording(quote, perBlock, index)
                    ?? FromInterviewAnswer(quote, perBlock, index)
                    ?? (_collectionSpeaker is not null && quote.Kind == QuoteKind.Full ? new Attribution(AttributionMethod.Collection, null, _collectionSpeaker) : null)
                    ?? (quote.Kind == QuoteKind.Full && StartsSentence(quote) ? lastSpeaker?.With(AttributionMethod.PreviousParagraph) : null)
                    ?? FromSentenceAfter(quote, perBlock, index)
                    ?? FromLedeSpeakerAfter(quote, perBlock, index);
                // Short unattributed quotations used as names in the writer's own phrase are terms, not quotations.
                if (quote.Attribution is null && (QuoteClassifier.LooksLikeTerm(quote, previousQuote) || (_firstPerson && quote.Kind == QuoteKind.Partial)))
                    quote.Kind = QuoteKind.Term;
                // "criticised for sending “offensive” and “threatening” leaflets": words joined to an unattributed
                // quotation share its hidden speaker, so they are not the actor's own.
                else if (quote.Attribution is null && QuoteClassifier.IsActorsOwnWords(quote)
                    && !(previousQuote is { Attribution: null, IsQuotation: true } && QuoteClassifier.IsJoinedToPrevious(quote, previousQuote)))
                    quote.Attribution = new Attribution(AttributionMethod.Actor, null, ActorOf(quote));
                previousQuote = quote;
                if (quote.Attribution is not null && quote.IsQuotation)
                    previousInBlock = quote.Attribution;
            }
            return previousInBlock;
        }

        // The first speech act of the sentences the quotation sits in: the main clause's speaker, whether it comes
        // before the quotation ("Starmer said Britain would “play our part”") or after it ("“…,” he said").
        private static Attribution? FromOwnSentence(Quote quote, List<SpeechAct> acts)
        {
            if (quote.Marks == QuoteMarks.Block)
                return null;
            // A block's acts are in sentence order: the first whose sentence ends after the quotation opens is the only
            // one that can overlap it first; a tag after it is in the first sentence that starts after it closes.
            SpeechAct? act = null;
            var k = FirstAct(acts, a => a.Sentence.LocalStart + a.Sentence.Length > quote.LocalStart);
            if (k < acts.Count && acts[k].Sentence.LocalStart < quote.LocalEnd)
                act = acts[k];
            for (k = FirstAct(acts, a => a.Sentence.LocalStart >= quote.LocalEnd); act is null && k < acts.Count && IsAfterSpace(quote, acts[k]); k++)
            {
                if (IsTagAfter(quote, acts[k]))
                    act = acts[k];
            }
            if (act is null)
                return null;
            return new Attribution(act.Verb == "according to" ? AttributionMethod.AccordingTo : AttributionMethod.SpeechVerb, act, act.Speaker);
        }

        // "“Why didn't his superiors ask?” Lent asked.", "“… a trial.” Pelosi said.": a quotation that ends with its own
        // full stop or question mark, and a sentence right after it that opens with the speaker and the verb.
        private static bool IsTagAfter(Quote quote, SpeechAct act)
        {
            if (!IsAfterSpace(quote, act))
                return false;
            var sentence = act.Sentence.Text.TrimStart();
            return act.Verb != "according to" && act.Verb != ":" && act.Sentence.Text.Length <= 120
                && (sentence.StartsWith(act.Speaker + " ", StringComparison.Ordinal) || sentence.StartsWith(act.Verb + " ", StringComparison.OrdinalIgnoreCase));
        }

        // The act's sentence starts after the quotation, with only white space between.
        private static bool IsAfterSpace(Quote quote, SpeechAct act)
        {
            var start = act.Sentence.LocalStart;
            return start >= quote.LocalEnd && quote.Block.Text.AsSpan(quote.LocalEnd, start - quote.LocalEnd).IsWhiteSpace();
        }

        // The index of the first of a block's acts (in sentence order) for which the monotone test holds, or the count.
        private static int FirstAct(List<SpeechAct> acts, Func<SpeechAct, bool> holds)
        {
            int low = 0, high = acts.Count;
            while (low < high)
            {
                var mid = (low + high) >>> 1;
                if (holds(acts[mid]))
                    high = mid;
                else
                    low = mid + 1;
            }
            return low;
        }

        // "Ms Tymoshenko said prosecutors had a list. “We will return …”": a full quotation that starts its own
        // sentence belongs to the speaker of the sentence right before it in the same paragraph.
        private static Attribution? FromSentenceBefore(Quote quote, List<SpeechAct> acts)
        {
            if (quote.Kind != QuoteKind.Full || quote.Marks == QuoteMarks.Block)
                return null;
            var own = quote.Block.Text.AsSpan(0, quote.LocalStart).TrimEnd();
            if (own.Length > 0 && own[^1] is not ('.' or '!' or '?' or ':'))
                return null;
            var last = FirstAct(acts, a => a.Sentence.LocalStart + a.Sentence.Length > quote.LocalStart) - 1;
            var act = last >= 0 ? acts[last] : null;
            if (act is null || !quote.Block.Text.AsSpan(act.Sentence.LocalStart + act.Sentence.Length, quote.LocalStart - act.Sentence.LocalStart - act.Sentence.Length).IsWhiteSpace())
                return null;
            return new Attribution(AttributionMethod.SameParagraph, act, act.Speaker);
        }

        // "“Precisely what that looks like is a subject of discussion.”" after a paragraph that named the speaker.
        private static Attribution? FromPreviousParagraph(Quote quote, List<(Block Block, List<Quote> Quotes, List<SpeechAct> Acts)> perBlock, int index, Attribution? lastSpeaker)
        {
            var block = quote.Block;
            if (index == 0 || block.Kind is BlockKind.Heading || !block.Text.AsSpan(0, quote.LocalStart).IsWhiteSpace())
                return null;
            var previous = perBlock[index - 1];
            if (previous.Block.Kind is BlockKind.Heading)
                return null;
            var fromQuote = previous.Quotes.LastOrDefault(q => q.Parent is null && q.IsQuotation && q.Attribution is not null)?.Attribution;
            var fromAct = previous.Acts.LastOrDefault();
            if (fromQuote is not null)
                return fromQuote with { Method = AttributionMethod.PreviousParagraph };
            if (fromAct is not null)
                return new Attribution(AttributionMethod.PreviousParagraph, fromAct, fromAct.Speaker);
            // An interview runs over many paragraphs: a quotation paragraph with no speaker of its own belongs to
            // the last person quoted before it, until a heading starts a new section.
            return lastSpeaker?.With(AttributionMethod.PreviousParagraph);
        }

        // The sentence of the quotation's first word, and the sentence right before it when that one is in the same
        // paragraph or ends the paragraph right before (no heading between).
        private (Sentence Own, Sentence? Previous)? SentencesAround(Quote quote, List<(Block Block, List<Quote> Quotes, List<SpeechAct> Acts)> perBlock, int index)
        {
            if (!_sentences.TryGetValue(quote.Block, out var sentences))
                return null;
            var own = sentences.LastOrDefault(s => s.LocalStart <= quote.InnerStart);
            if (own is null)
                return null;
            if (own.Index == 0 || quote.Block.Kind is BlockKind.Heading or BlockKind.Caption)
                return (own, null);
            var previous = model.Sentences[own.Index - 1];
            if (previous.Block != quote.Block && (index == 0 || perBlock[index - 1].Block != previous.Block || previous.Block.Kind is BlockKind.Heading or BlockKind.Caption))
                return (own, null);
            return (own, previous);
        }

        // "In its overview, the ADB said the impact would be slight. But the blow to the poor could be “enormous”": the
        // sentence right before reports someone's words in a clause, and this one goes on reporting them.
        // Further back in the same paragraph, the nearest sentence with a speech act speaks for a partial quotation: "Lord
        // Smith said the rules were unwritten. That could change. The issue had been “overlooked”". A full quotation that
        // far back needs a told story ("In a story he often told, … “I had never played before …”"): BBC copy runs
        // several paragraphs into one line, and a new speaker's words there often start a sentence with nobody named.
        private Attribution? FromReportedSpeechBefore(Quote quote, List<(Block Block, List<Quote> Quotes, List<SpeechAct> Acts)> perBlock, int index)
        {
            if (quote.Marks == QuoteMarks.Block || SentencesAround(quote, perBlock, index) is not ({ } own, { } previous))
                return null;
            var sentence = previous;
            while (!_actsBySentence.ContainsKey(sentence.Index) && sentence.Block == own.Block && sentence.Index > 0
                && model.Sentences[sentence.Index - 1].Block == own.Block)
                sentence = model.Sentences[sentence.Index - 1];
            if (!_actsBySentence.TryGetValue(sentence.Index, out var acts))
                return null;
            var act = acts.LastOrDefault(a => (Lexicon.ReportingVerbs.Contains(a.Verb) || Lexicon.SourceVerbs.Contains(a.Verb) || a.Verb == "in a statement") && !IntroducesNoClause(a));
            if (act is null || (sentence != previous && quote.Kind == QuoteKind.Full && !(IsToldStory(act) && IsFirstPerson(quote.Text, singular: true))))
                return null;
            if (!AnswersAHiddenSpeaker(quote, new Attribution(AttributionMethod.ReportedSpeech, act, act.Speaker), perBlock, index))
                return null;
            return new Attribution(AttributionMethod.ReportedSpeech, act, act.Speaker);
        }

        // "The government's main problems are “slumping consumption …”": the aims, problems or plans a body names for
        // itself are its own words when it speaks elsewhere in the article ("the government said it will …"). A body
        // that never speaks leaves the claim unattributed.
        private Attribution? FromOwnerWhoSpeaks(Quote quote)
        {
            if (quote.Kind != QuoteKind.Partial || quote.Marks == QuoteMarks.Block)
                return null;
            var words = SentenceBefore(quote).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 3 || !QuoteClassifier.IsBeForm(words[^1].ToLowerInvariant()))
                return null;
            // The noun right before the copula, past "main" or "stated" and the like, and its owner's possessive.
            for (var i = words.Length - 2; i >= 1 && i >= words.Length - 3; i--)
            {
                if (!Lexicon.StanceNouns.Contains(words[i].ToLowerInvariant()))
                    continue;
                for (var j = i - 1; j >= 0 && j >= i - 3; j--)
                {
                    if (!QuoteText.IsPossessive(words[j]))
                        continue;
                    // The owner's whole name, back to "the" or the sentence's start: "the Scottish government" is not
                    // "the government".
                    var first = j;
                    while (first > 0 && j - first < 3 && char.IsUpper(words[first - 1][0]) && !words[first - 1].EndsWith(','))
                        first--;
                    var owner = Normal(string.Join(' ', words[first..(j + 1)])[..^2]);
                    _speakerNames ??= [.. _acts.Select(a => Normal(a.Speaker))];
                    return _speakerNames.Contains(owner) ? new Attribution(AttributionMethod.Actor, null, owner) : null;
                }
                return null;
            }
            return null;
        }

        // A speaker's name as compared: lower case, without "the" and stray marks.
        private static string Normal(string name)
        {
            var words = QuoteText.Words(name);
            return string.Join(' ', words.Count > 0 && words[0] == "the" ? words.Skip(1) : words);
        }

        // "Pop Monthly had praise for the runners-up. The second album was described as a “revelatory debut”": whoever
        // speaks in the sentence right before answers "described by whom?" — unless they said nothing, or they are the
        // one described ("Smith said he would stand down. He has been described as “the last of the old guard”").
        private Attribution? FromJudgeRightBefore(Quote quote, List<(Block Block, List<Quote> Quotes, List<SpeechAct> Acts)> perBlock, int index)
        {
            if (quote.Kind != QuoteKind.Partial || !QuoteClassifier.HasHiddenSpeakerFrame(quote)
                || SentencesAround(quote, perBlock, index) is not (_, { } previous) || !_actsBySentence.TryGetValue(previous.Index, out var acts))
                return null;
            var described = QuoteText.Words(SentenceBefore(quote));
            var act = acts.LastOrDefault(a => !IntroducesNoClause(a) && !IsDescribedBy(described, a));
            return act is null ? null : new Attribution(AttributionMethod.ReportedSpeech, act, act.Speaker);
        }

        // Whether the speaker is the one the quotation's sentence (its words up to the quotation) describes: named in it ("Smith's plan was hailed as
        // …") or the he, she or they it opens with.
        private static bool IsDescribedBy(List<string> words, SpeechAct act)
        {
            if (words.Count == 0)
                return false;
            if (words[0] is "he" or "she" or "they" && act.Kind is SpeakerKind.Named or SpeakerKind.Pronoun)
                return true;
            return QuoteText.Words(act.Speaker) is [.., var head] && words.Exists(w => w == head || w == head + "'s");
        }

        // "… has been described as “3G on steroids”" asks "by whom?", and only the sentence right before can answer it
        // ("The submission described Spears as … The tour was cited as “…”"); a speaker from further back in the
        // paragraph does not.
        private bool AnswersAHiddenSpeaker(Quote quote, Attribution speaker, List<(Block Block, List<Quote> Quotes, List<SpeechAct> Acts)> perBlock, int index)
        {
            if (quote.Kind != QuoteKind.Partial || !QuoteClassifier.HasHiddenSpeakerFrame(quote) || SentencesAround(quote, perBlock, index) is not ({ } own, var previous))
                return true;
            return speaker.Act is { } act && (act.Sentence == own || act.Sentence == previous) && !IsDescribedBy(QuoteText.Words(SentenceBefore(quote)), act);
        }

        private static bool IsToldStory(SpeechAct act) => act.Verb is "told" or "recalled" or "recounted" or "remembered" && act.Kind is SpeakerKind.Named or SpeakerKind.Pronoun;


        // "appealing against allegations that its rates are “unfair”", "despite a ruling it was “not French enough”": a
        // claim or ruling named in the same sentence, followed by the clause the quoted words sit in.
        private static Attribution? FromClaimBefore(Quote quote)
        {
            if (quote.Marks == QuoteMarks.Block)
                return null;
            // Within the quotation's clause: "Despite early fears it would rain, the festival was “a triumph”" is no claim.
            var clause = SentenceBefore(quote);
            var cut = clause.LastIndexOfAny([',', ';', '—', '–', ':']);
            var words = QuoteText.Words(cut >= 0 ? clause[(cut + 1)..] : clause);
            for (var i = words.Count - 2; i >= 0 && i >= words.Count - 8; i--)
            {
                if (Lexicon.ClaimNouns.Contains(words[i]) && words[i + 1] is "that" or "it" or "they" or "he" or "she" or "we")
                    return new Attribution(AttributionMethod.Claim, null, "the " + words[i]);
            }
            return null;
        }

        // "“Do you want it badly enough?”" as a paragraph of its own, then "These are the questions Ann Smith will ask …":
        // the sentence after names whose words they were.
        private Attribution? FromSentenceAfter(Quote quote, List<(Block Block, List<Quote> Quotes, List<SpeechAct> Acts)> perBlock, int index)
        {
            if (quote.Kind != QuoteKind.Full || quote.Marks == QuoteMarks.Block || index + 1 >= perBlock.Count
                || !quote.Block.Text.AsSpan(0, quote.LocalStart).IsWhiteSpace() || !quote.Block.Text.AsSpan(quote.LocalEnd).IsWhiteSpace())
                return null;
            var next = perBlock[index + 1].Block;
            if (next.Kind != BlockKind.Paragraph)
                return null;
            var words = next.Text.TrimStart().Split(' ', 12, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 5 || words[0] is not ("These" or "Those" or "That" or "This" or "Such") || words[1] is not ("are" or "were" or "was" or "is"))
                return null;
            // A name after the opening words, before the sentence ends: "the questions Ann Smith will be asking".
            for (var i = 2; i < words.Length - 1; i++)
            {
                var word = words[i];
                if (word.EndsWith('.'))
                    break;
                // A person the article names ("every British household" names nobody).
                _surnames ??= PersonMentions.Surnames(model);
                if (word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower) && _surnames.Contains(word))
                    return new Attribution(AttributionMethod.NamedAfter, null, word);
            }
            return null;
        }

        // "X has been accused of using the “politics of confusion”." then "Tory spokesman David Davis told MPs …": a news
        // lede hides the speaker and names them soon after: within the next three sentences of its paragraph (BBC copy
        // runs paragraphs into one line), or in the first sentence of the paragraph right after it.
        private Attribution? FromLedeSpeakerAfter(Quote quote, List<(Block Block, List<Quote> Quotes, List<SpeechAct> Acts)> perBlock, int index)
        {
            if (quote.Kind != QuoteKind.Partial || !QuoteClassifier.HidesItsSpeaker(quote) || SentencesAround(quote, perBlock, index) is not ({ } own, _))
                return null;
            // A finite speech verb ("told MPs", "confirmed:"), not a participle that borrows its subject ("…, suggesting"),
            // and not the person the lede is about answering back ("X has been accused of “…”. X said …").
            // Possessives count as the name: "Tom Reid's party has been accused …" is about Reid.
            var lede = QuoteText.Words(SentenceBefore(quote)).Select(QuoteText.WithoutPossessive).ToHashSet(StringComparer.Ordinal);
            for (var k = own.Index + 1; k <= own.Index + 3 && k < model.Sentences.Count; k++)
            {
                var next = model.Sentences[k];
                if (next.Block != own.Block)
                {
                    // The next paragraph must follow right on: page furniture between (a related-links list) ends the lede.
                    if (k > own.Index + 1 || next.Block.Index != own.Block.Index + 1 || next.Block.Kind != BlockKind.Paragraph)
                        return null;
                }
                var act = _actsBySentence.TryGetValue(next.Index, out var acts)
                    ? acts.FirstOrDefault(a => a.Kind is SpeakerKind.Named or SpeakerKind.Role or SpeakerKind.Unnamed && !IntroducesNoClause(a)
                        && !a.Verb.EndsWith("ing", StringComparison.Ordinal)
                        && QuoteText.Words(a.Speaker) is [.., var head] && !lede.Contains(head))
                    : null;
                if (act is not null)
                    return new Attribution(AttributionMethod.NamedAfter, act, act.Speaker);
                if (next.Block != own.Block)
                    return null;
            }
            return null;
        }

        // The actor of a sentence whose object quotes its own words: its opening name, else its opening words.
        private static string ActorOf(Quote quote)
        {
            var sentence = SentenceBefore(quote).Trim();
            return SubjectName(sentence) ?? string.Join(' ', sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4));
        }

        // The quotation's own sentence up to its opening mark, at most 240 characters of it: every cue that frames a
        // quotation sits near it, and a cap keeps one endless sentence of quotations linear.
        private static string SentenceBefore(Quote quote)
        {
            var text = quote.Block.Text;
            var start = quote.LocalStart;
            var limit = Math.Max(0, quote.LocalStart - 240);
            while (start > limit && text[start - 1] is not ('.' or '!' or '?'))
                start--;
            return text[start..quote.LocalStart];
        }

        // "Supporters say nothing", "the report calls the scheme a success": a speech verb that reports no clause.
        // The verb's end is found by its token, in the block's prose: source positions differ from prose positions as
        // soon as a link target or emphasis marker comes before the verb.
        private bool IntroducesNoClause(SpeechAct act)
        {
            var sentence = act.Sentence;
            if (!_tokens.TryGetValue(sentence.Block, out var tokens) || tokens.Find(t => t.Span.Start == act.VerbSpan.Start) is not { } verb)
                return false;
            var verbEnd = verb.LocalStart + verb.Text.Length - sentence.LocalStart;
            if (verbEnd < 0 || verbEnd > sentence.Text.Length)
                return false;
            // Read in place: a copy of the rest of the sentence per act was quadratic in one long sentence.
            var after = sentence.Text.AsSpan(verbEnd).TrimStart();
            var letters = 0;
            while (letters < after.Length && char.IsLetter(after[letters]))
                letters++;
            var word = after[..letters].ToString().ToLowerInvariant();
            return word is "nothing" or "little" or "much" or "anything" or "so" or "no" or "yes" or "sorry" or "goodbye" or "hello" or "thanks";
        }

        // BBC-style copy runs several paragraphs into one line: a full quotation that starts a sentence, with no speaker
        // earlier in its line, belongs to whoever spoke at the end of the paragraph before, as a paragraph of its own would.
        private static Attribution? FromRunTogetherParagraph(Quote quote, List<(Block Block, List<Quote> Quotes, List<SpeechAct> Acts)> perBlock, int index, List<SpeechAct> acts)
        {
            if (quote.Kind != QuoteKind.Full || quote.Marks == QuoteMarks.Block || index == 0 || quote.Block.Kind is BlockKind.Heading || !StartsSentence(quote))
                return null;
            if (acts.Exists(a => a.Sentence.LocalStart < quote.LocalStart))
                return null;
            var previous = perBlock[index - 1];
            if (previous.Block.Kind is BlockKind.Heading)
                return null;
            var fromQuote = previous.Quotes.LastOrDefault(q => q.Parent is null && q.IsQuotation && q.Attribution is not null)?.Attribution;
            if (fromQuote is not null)
                return fromQuote with { Method = AttributionMethod.PreviousParagraph };
            var fromAct = previous.Acts.LastOrDefault();
            return fromAct is null ? null : new Attribution(AttributionMethod.PreviousParagraph, fromAct, fromAct.Speaker);
        }

        // "McIlroy is brimming with confidence. “I've been waiting six years for this.”": a first-person quotation right
        // after a sentence whose subject is a person the article names in full speaks for that person.
        private Attribution? FromIntroducedSpeaker(Quote quote, List<(Block Block, List<Quote> Quotes, List<SpeechAct> Acts)> perBlock, int index)
        {
            if (quote.Kind != QuoteKind.Full || quote.Marks == QuoteMarks.Block || !StartsSentence(quote) || !IsFirstPerson(quote.Text))
                return null;
            if (SentencesAround(quote, perBlock, index) is not (_, { } previous))
                return null;
            // "And he is scathing of the Tory party. “The Tory party is schizophrenic …”": he or she, as the reader resolves them.
            var opener = previous.Text.TrimStart().Split(' ', 3);
            if (opener.Length > 1 && (opener[0] is "He" or "She" || (opener[0] is "And" or "But" or "So" && opener[1] is "he" or "she")))
                return new Attribution(AttributionMethod.IntroducedSpeaker, null, opener[0] is "He" or "She" ? opener[0] : opener[1]);
            var subject = SubjectName(previous.Text);
            if (subject is null)
                return null;
            _surnames ??= PersonMentions.Surnames(model);
            return _surnames.Contains(subject) ? new Attribution(AttributionMethod.IntroducedSpeaker, null, subject) : null;
        }

        // "Richardson has since reconciled with De La Fuente and remains “fully committed”": the sentence is about the
        // person quoted last, and the quoted words are theirs.
        private Attribution? FromSubjectWhoSpoke(Quote quote, List<(Block Block, List<Quote> Quotes, List<SpeechAct> Acts)> perBlock, int index, Attribution? last)
        {
            if (last is null || quote.Marks == QuoteMarks.Block || SentencesAround(quote, perBlock, index) is not ({ } own, _))
                return null;
            var subject = SubjectName(own.Text);
            var speaker = (last.Act?.Antecedent ?? last.Speaker).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return subject is not null && speaker.Length > 0 && speaker[^1] == subject ? last with { Method = AttributionMethod.IntroducedSpeaker } : null;
        }

        // A prize's criteria, an award's citation, a law's text: "a provision in the banking law allows … in the case of
        // “serious irregularities”", "The prize … It will reward an author for “continued creativity”". Not an opinion about
        // them right after a copula ("the law is “a disgrace”").
        private Attribution? FromOfficialWording(Quote quote, List<(Block Block, List<Quote> Quotes, List<SpeechAct> Acts)> perBlock, int index)
        {
            if (quote.Kind != QuoteKind.Partial || SentencesAround(quote, perBlock, index) is not ({ } own, var previous))
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

        // "((WN)) : What law needs revising?" then an unlabelled paragraph: the interviewee's answer, quotation marks and all.
        private static Attribution? FromInterviewAnswer(Quote quote, List<(Block Block, List<Quote> Quotes, List<SpeechAct> Acts)> perBlock, int index)
        {
            if (index == 0 || quote.Block.Text.TrimStart().StartsWith("((", StringComparison.Ordinal))
                return null;
            var previous = perBlock[index - 1].Block;
            return previous.Kind == BlockKind.Paragraph && previous.Text.TrimStart().StartsWith("((", StringComparison.Ordinal)
                ? new Attribution(AttributionMethod.Collection, null, "the interviewee")
                : null;
        }

        // Words of a speaker talking about themselves; "we" and "our" count unless only the singular will do.
        private static bool IsFirstPerson(string text, bool singular = false) =>
            QuoteText.Words(text).Exists(w => w is "i" or "i'm" or "i've" or "i'd" or "i'll" or "me" or "my"
                || (!singular && w is "we" or "we're" or "we've" or "our" or "us"));

        // The name a sentence opens with, past a conjunction or possessive: "But Mauresmo …" → "Mauresmo",
        // "France's Mauresmo …" → "Mauresmo", "Amelie Mauresmo …" → "Mauresmo".
        private static string? SubjectName(string sentence)
        {
            var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // Past an opening phrase set off by a comma: "On this subject, Morris appears almost evangelical."
            var comma = Array.FindIndex(words, w => w.EndsWith(','));
            if (comma is >= 0 and < 4 && words[0].TrimEnd(',') is { Length: > 0 } first && !char.IsUpper(first[^1]) && SpeechActFinder.NotNames.Contains(words[0]))
                words = words[(comma + 1)..];
            string? name = null;
            for (var i = 0; i < words.Length && i < 6; i++)
            {
                var word = words[i].TrimEnd(',', ';', ':');
                if (QuoteText.IsPossessive(word))
                {
                    name = null;
                    continue;
                }
                if (word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower) && !SpeechActFinder.NotNames.Contains(word)
                    && !Lexicon.SpeakerNouns.Contains(word) && !Lexicon.PersonTitles.Contains(word))
                {
                    name = word;
                    if (words[i] != word)
                        break;
                    continue;
                }
                if (Lexicon.PersonTitles.Contains(word) || (name is null && SpeechActFinder.NotNames.Contains(word)))
                    continue;
                break;
            }
            return name;
        }

        // A quotation whose own paragraph has no speaker, continued later by a part that has one (“…” then “…,” said
        // Holmes): the speaker of the later part spoke the opening too. Last to first, so a chain is walked once.
        private void AttributeOpeningsFromTheirContinuations()
        {
            for (var i = _quotes.Count - 1; i >= 0; i--)
            {
                var quote = _quotes[i];
                if (quote.ContinuationOf is { Attribution: null } opening && quote.Attribution is { } speaker && quote.IsQuotation)
                    opening.Attribution = speaker with { Method = AttributionMethod.Continuation };
            }
        }

        private static bool StartsSentence(Quote quote)
        {
            var before = quote.Block.Text.AsSpan(0, quote.LocalStart).TrimEnd();
            return before.Length == 0 || before[^1] is '.' or '!' or '?' or ':';
        }

        private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
        {
            "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "at", "by", "is", "are", "was", "were", "be",
            "it", "its", "this", "that", "not", "no", "as", "from", "but", "his", "her", "their", "our", "we", "he", "she", "they",
        };

        // A partial quotation of two or more content words (a hyphenated compound is one: “game-changing”) that the article
        // shows someone saying elsewhere ("“socially responsible”, it has been suggested" … the minister said: "… in a
        // socially responsible way") is theirs; one the writer uses elsewhere without marks ("“full and unconditional”" …
        // "A full and unconditional pardon") is the writer's own term. Only the candidates' own word runs are looked
        // for, so the text is read once and nothing is kept for words no candidate starts with.
        private void AttributeEchoes(List<(Block Block, List<Quote> Quotes, List<SpeechAct> Acts)> perBlock)
        {
            var candidates = _quotes.Where(q => q.Attribution is null && q.Kind == QuoteKind.Partial && q.Parent is null
                && q.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => !CommonWords.Contains(w.ToLowerInvariant())) >= 2)
                .Select(q => (Quote: q, Runs: CoveringRuns(QuoteText.Words(q.Text)))).Where(c => c.Runs.Count > 0).ToList();
            if (candidates.Count == 0)
                return;
            var wanted = candidates.SelectMany(c => c.Runs).ToHashSet(StringComparer.Ordinal);
            var firstWords = wanted.Select(r => r[..r.IndexOf(' ')]).ToHashSet(StringComparer.Ordinal);
            var said = new Dictionary<string, Attribution>(StringComparer.Ordinal);
            foreach (var quote in _quotes.Where(q => q.Attribution is not null && q.IsQuotation))
                FindRuns(QuoteText.Words(quote.Text), wanted, firstWords, run => said.TryAdd(run, quote.Attribution!));
            var unquoted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (block, quotes, _) in perBlock)
            {
                var text = block.Text;
                var from = 0;
                foreach (var quote in quotes.Where(q => q.Parent is null).OrderBy(q => q.LocalStart))
                {
                    if (quote.LocalStart > from)
                        FindRuns(QuoteText.Words(text[from..quote.LocalStart]), wanted, firstWords, run => unquoted.Add(run));
                    from = Math.Max(from, quote.LocalEnd);
                }
                if (from < text.Length)
                    FindRuns(QuoteText.Words(text[from..]), wanted, firstWords, run => unquoted.Add(run));
            }
            foreach (var (quote, runs) in candidates)
            {
                if (runs.TrueForAll(said.ContainsKey))
                    quote.Attribution = said[runs[0]] with { Method = AttributionMethod.Elsewhere };
                else if (runs.TrueForAll(unquoted.Contains))
                    quote.Kind = QuoteKind.Term;
            }
        }

        // The runs that together cover a quotation's words: the whole of a two- or three-word phrase, else each three-word run.
        private static List<string> CoveringRuns(List<string> words)
        {
            if (words.Count is 2 or 3)
                return [string.Join(' ', words)];
            var runs = new List<string>();
            for (var i = 0; i + 3 <= words.Count; i++)
                runs.Add(string.Join(' ', words.GetRange(i, 3)));
            return runs;
        }

        // Reports each two- or three-word run of <paramref name="words"/> that is <paramref name="wanted"/>.
        private static void FindRuns(List<string> words, HashSet<string> wanted, HashSet<string> firstWords, Action<string> found)
        {
            for (var i = 0; i + 1 < words.Count; i++)
            {
                if (!firstWords.Contains(words[i]))
                    continue;
                for (var length = 2; length <= 3 && i + length <= words.Count; length++)
                {
                    var run = string.Join(' ', words.GetRange(i, length));
                    if (wanted.Contains(run))
                        found(run);
                }
            }
        }

        // Headings and pull quotes repeat words said in the body: attributed there, attributed here. Runs of up to
        // three words of every attributed quotation are hashed once, so the cost grows with the words quoted.
        private static void AttributeHeadingsFromElsewhere(List<(Block Block, List<Quote> Quotes, List<SpeechAct> Acts)> perBlock)
        {
            var headings = perBlock.Where(p => p.Block.Kind is BlockKind.Heading or BlockKind.Caption)
                .SelectMany(p => p.Quotes).Where(q => q.Attribution is null && q.Parent is null).ToList();
            if (headings.Count == 0)
                return;
            var runs = new Dictionary<string, Attribution>(StringComparer.Ordinal);
            foreach (var quote in perBlock.SelectMany(p => p.Quotes).Where(q => q.Attribution is not null && q.IsQuotation))
            {
                var words = QuoteText.Words(quote.Text);
                for (var length = 1; length <= 3; length++)
                {
                    for (var i = 0; i + length <= words.Count; i++)
                        runs.TryAdd(string.Join(' ', words.GetRange(i, length)), quote.Attribution!);
                }
            }
            foreach (var quote in headings)
            {
                var words = QuoteText.Words(quote.Text);
                var length = Math.Min(3, words.Count);
                for (var i = 0; length > 0 && i + length <= words.Count; i++)
                {
                    if (runs.TryGetValue(string.Join(' ', words.GetRange(i, length)), out var source))
                    {
                        quote.Attribution = source.With(AttributionMethod.Elsewhere);
                        break;
                    }
                }
            }
        }
    }
}
