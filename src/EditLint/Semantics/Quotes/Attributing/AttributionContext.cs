using EditLint.Semantics.People;
using EditLint.Documents;
using EditLint.Semantics.Lexicons;

namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// What the attribution strategies read about a document: its prose blocks with their quotations and speech acts, the
/// sentences and tokens of each block, and the small readings of a sentence that several conventions share (its
/// subject, whether it starts a quotation, whether a speech verb reports a clause). Built once per document; the
/// strategies only read it.
/// </summary>
internal sealed class AttributionContext
{
    private readonly Dictionary<Block, ArraySegment<Token>> _tokens;
    private readonly Dictionary<Block, List<Sentence>> _sentences;
    private readonly Dictionary<int, List<SpeechAct>> _actsBySentence = [];
    private HashSet<string>? _speakerNames;

    public AttributionContext(SemanticModel model, IReadOnlyList<QuoteBlock> blocks, Dictionary<Block, ArraySegment<Token>> tokens, Dictionary<Block, List<Sentence>> sentences)
    {
        Model = model;
        Blocks = blocks;
        _tokens = tokens;
        _sentences = sentences;
        foreach (var act in blocks.SelectMany(b => b.Acts))
        {
            if (!_actsBySentence.TryGetValue(act.Sentence.Index, out var list))
                _actsBySentence[act.Sentence.Index] = list = [];
            list.Add(act);
        }
        IsFirstPersonWriting = FindFirstPersonWriting();
        CollectionSpeaker = CollectionSpeakerOf(model.Document.Metadata.Title?.Value);
    }

    /// <summary>The document's semantic model.</summary>
    public SemanticModel Model { get; }

    /// <summary>The prose blocks in order, with their quotations and speech acts.</summary>
    public IReadOnlyList<QuoteBlock> Blocks { get; }

    /// <summary>Readers' comments, diaries, columns: most paragraphs speak in the first person outside quotation marks.</summary>
    public bool IsFirstPersonWriting { get; }

    /// <summary>The person a page collects the words of ("Ann Smith in quotes"), or null.</summary>
    public string? CollectionSpeaker { get; }

    /// <summary>
    /// The person whose memories the article's lede announces ("Rob Smith - the band's former manager - remembers the
    /// singer.") and the block it does so in, or null.
    /// </summary>
    public (string Person, int Block)? Recollection => (_recollection ??= FindRecollection() ?? ("", -1)) is { Item2: >= 0 } found ? found : null;

    private (string, int)? _recollection;

    // Only the first two paragraphs: a lede frames the article, a "remembers" further down is one more fact.
    private (string, int)? FindRecollection()
    {
        for (var b = 0; b < Blocks.Count && b < 2; b++)
        {
            foreach (var sentence in SentencesOf(Blocks[b].Block) ?? [])
            {
                var words = sentence.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var verb = Array.FindIndex(words, w => Lexicon.RecollectionVerbs.Contains(w));
                if (verb <= 0)
                    continue;
                // The subject before the verb, past an opening phrase and an appositive between dashes.
                var before = string.Join(' ', words[..verb]);
                var dash = before.IndexOf(" - ", StringComparison.Ordinal);
                var subject = dash > 0 ? before[..dash] : before;
                var comma = subject.LastIndexOf(", ", StringComparison.Ordinal);
                if (SubjectName(comma >= 0 ? subject[(comma + 2)..] : subject) is { } name && Surnames.Contains(name))
                    return (name, b);
            }
        }
        return null;
    }

    /// <summary>The surnames of the people the article names in full.</summary>
    public HashSet<string> Surnames => PersonMentions.Surnames(Model);

    /// <summary>The first names of the people the article names in full ("Jamie" for "Jamie Costin").</summary>
    public HashSet<string> FirstNames => PersonMentions.FirstNames(Model);

    /// <summary>Every speaker the article's speech acts name, as compared (<see cref="Normal"/>).</summary>
    public HashSet<string> SpeakerNames => _speakerNames ??= [.. Blocks.SelectMany(b => b.Acts).Select(a => Normal(a.Speaker))];

    /// <summary>
    /// For each block, the block of the extracts frame in force there ("Following are extracts from the communique …"):
    /// the last one before it with no heading between, or -1. Worked out once, in one pass.
    /// </summary>
    public int[] ExtractsFrames => _extractsFrames ??= FindExtractsFrames();

    private int[]? _extractsFrames;

    private readonly Dictionary<int, List<SpeechAct>?> _onlySpeakerActs = [];

    /// <summary>What <paramref name="read"/> makes of a block's acts, read once per block however many quotations ask.</summary>
    public List<SpeechAct>? OnlySpeakerActs(int block, Func<AttributionContext, QuoteBlock, List<SpeechAct>?> read)
    {
        if (!_onlySpeakerActs.TryGetValue(block, out var acts))
            _onlySpeakerActs[block] = acts = read(this, Blocks[block]);
        return acts;
    }

    private int[] FindExtractsFrames()
    {
        var frames = new int[Blocks.Count];
        var current = -1;
        for (var b = 0; b < Blocks.Count; b++)
        {
            frames[b] = current;
            if (Blocks[b].Block.Kind is BlockKind.Heading)
                current = -1;
            else if (SentencesOf(Blocks[b].Block) is [.., var last] && Attributing.ParagraphBefore.IsExtractsFrame(last))
                current = b;
        }
        return frames;
    }

    /// <summary>The speech acts of a sentence, or null.</summary>
    public List<SpeechAct>? ActsOf(Sentence sentence) => _actsBySentence.GetValueOrDefault(sentence.Index);

    /// <summary>The sentences of a block.</summary>
    public List<Sentence>? SentencesOf(Block block) => _sentences.GetValueOrDefault(block);

    /// <summary>
    /// The sentence of the quotation's first word, and the sentence right before it when that one is in the same
    /// paragraph or ends the paragraph right before (no heading between).
    /// </summary>
    public (Sentence Own, Sentence? Previous)? SentencesAround(QuoteSite site)
    {
        var quote = site.Quote;
        if (!_sentences.TryGetValue(quote.Block, out var sentences))
            return null;
        // Searched, not scanned: a paragraph of thousands of quotations asks once for each.
        var at = FirstIndex(sentences, s => s.LocalStart > quote.InnerStart) - 1;
        if (at < 0)
            return null;
        var own = sentences[at];
        if (own.Index == 0 || quote.Block.Kind is BlockKind.Heading or BlockKind.Caption)
            return (own, null);
        var previous = Model.Sentences[own.Index - 1];
        if (previous.Block != quote.Block && (site.BlockIndex == 0 || Blocks[site.BlockIndex - 1].Block != previous.Block || previous.Block.Kind is BlockKind.Heading or BlockKind.Caption))
            return (own, null);
        return (own, previous);
    }

    /// <summary>The sentence right before the quotation's own, only when it is in the same paragraph.</summary>
    public Sentence? PreviousSentenceInParagraph(QuoteSite site) =>
        SentencesAround(site) is (_, { } previous) && previous.Block == site.Quote.Block ? previous : null;

    /// <summary>
    /// Whether <paramref name="earlier"/> (in the same block) ends in the sentence <paramref name="later"/> opens in, or in
    /// the sentence right before it: the two are one run of quotation and tag, with no sentence of description between.
    /// </summary>
    public bool EndsRightBefore(QuoteDraft earlier, QuoteDraft later)
    {
        if (earlier.Block != later.Block || SentencesOf(later.Block) is not { } sentences)
            return false;
        var own = FirstIndex(sentences, s => s.LocalStart > later.InnerStart) - 1;
        var end = FirstIndex(sentences, s => s.LocalStart > Math.Max(earlier.InnerStart, earlier.LocalEnd - 1)) - 1;
        return end >= own - 1;
    }

    /// <summary>The block right before, unless it is a heading (a new section names its speakers anew).</summary>
    public QuoteBlock? ParagraphBefore(QuoteSite site) =>
        site.BlockIndex > 0 && Blocks[site.BlockIndex - 1].Block.Kind is not BlockKind.Heading ? Blocks[site.BlockIndex - 1] : null;

    /// <summary>
    /// "Supporters say nothing", "the report calls the scheme a success": a speech verb that reports no clause. The
    /// verb's end is found by its token, in the block's prose: source positions differ from prose positions as soon as
    /// a link target or emphasis marker comes before the verb.
    /// </summary>
    public bool IntroducesNoClause(SpeechAct act)
    {
        var sentence = act.Sentence;
        if (!_tokens.TryGetValue(sentence.Block, out var tokens))
            return false;
        var at = FirstIndex(tokens, t => t.Span.Start >= act.VerbSpan.Start);
        if (at >= tokens.Count || tokens[at].Span.Start != act.VerbSpan.Start)
            return false;
        var verb = tokens[at];
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

    /// <summary>
    /// "… has been described as “3G on steroids”" asks "by whom?", and only the sentence right before can answer it
    /// ("The submission described Spears as … The tour was cited as “…”"); a speaker from further back in the
    /// paragraph does not.
    /// </summary>
    public bool AnswersAHiddenSpeaker(QuoteSite site, Attribution speaker)
    {
        var quote = site.Quote;
        if (quote.Kind != QuoteKind.Partial || !QuoteClassifier.HasHiddenSpeakerFrame(quote) || SentencesAround(site) is not ({ } own, var previous))
            return true;
        return speaker.Act is { } act && (act.Sentence == own || act.Sentence == previous) && !IsDescribedBy(QuoteText.Words(SentenceBefore(quote)), act);
    }

    /// <summary>
    /// Whether the speaker is the one the quotation's sentence (its words up to the quotation) describes: named in it
    /// ("Smith's plan was hailed as …") or the he, she or they it opens with.
    /// </summary>
    public static bool IsDescribedBy(List<string> words, SpeechAct act)
    {
        if (words.Count == 0)
            return false;
        if (words[0] is "he" or "she" or "they" && act.Kind is SpeakerKind.Named or SpeakerKind.Pronoun)
            return true;
        return QuoteText.Words(act.Speaker) is [.., var head] && words.Exists(w => w == head || w == head + "'s");
    }

    /// <summary>
    /// The quotation's own sentence up to its opening mark, at most 240 characters of it: every cue that frames a
    /// quotation sits near it, and a cap keeps one endless sentence of quotations linear.
    /// </summary>
    public static string SentenceBefore(QuoteDraft quote)
    {
        var text = quote.Block.Text;
        var start = quote.LocalStart;
        var limit = Math.Max(0, quote.LocalStart - 240);
        while (start > limit && text[start - 1] is not ('.' or '!' or '?'))
            start--;
        return text[start..quote.LocalStart];
    }

    /// <summary>The quotation opens a sentence (or its block, or follows a colon).</summary>
    public static bool StartsSentence(QuoteDraft quote)
    {
        var before = quote.Block.Text.AsSpan(0, quote.LocalStart).TrimEnd();
        return before.Length == 0 || before[^1] is '.' or '!' or '?' or ':';
    }

    /// <summary>The quotation opens its block.</summary>
    public static bool StartsBlock(QuoteDraft quote) => quote.Block.Text.AsSpan(0, quote.LocalStart).IsWhiteSpace();

    /// <summary>Words of a speaker talking about themselves; "we" and "our" count unless only the singular will do.</summary>
    public static bool IsFirstPerson(string text, bool singular = false) =>
        QuoteText.Words(text).Exists(w => w is "i" or "i'm" or "i've" or "i'd" or "i'll" or "me" or "my"
            || (!singular && w is "we" or "we're" or "we've" or "our" or "us"));

    /// <summary>"told", "recalled": a speaker telling a story, whose first-person words may come a few sentences on.</summary>
    public static bool IsToldStory(SpeechAct act) => act.Verb is "told" or "recalled" or "recounted" or "remembered" && act.Kind is SpeakerKind.Named or SpeakerKind.Pronoun;

    /// <summary>A speaker's name as compared: lower case, without "the" and stray marks.</summary>
    public static string Normal(string name)
    {
        var words = QuoteText.Words(name);
        return string.Join(' ', words.Count > 0 && words[0] == "the" ? words.Skip(1) : words);
    }

    /// <summary>
    /// The name a sentence opens with, past a conjunction or possessive: "But Mauresmo …" → "Mauresmo",
    /// "France's Mauresmo …" → "Mauresmo", "Amelie Mauresmo …" → "Mauresmo".
    /// </summary>
    public static string? SubjectName(string sentence)
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

    /// <summary>The index of the first element (in an order the test is monotone in) for which it holds, or the count.</summary>
    public static int FirstIndex<T>(IReadOnlyList<T> items, Func<T, bool> holds)
    {
        int low = 0, high = items.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (holds(items[mid]))
                high = mid;
            else
                low = mid + 1;
        }
        return low;
    }

    // Readers' comments, diaries and columns: most paragraphs speak in the first person outside quotation marks.
    // There a few quoted words with nobody named are the writer's own scare quotes, not someone else's words.
    private static readonly System.Buffers.SearchValues<char> FirstPersonStarts = Lexicon.FirstLetters(Lexicon.FirstPersonWords);

    private bool FindFirstPersonWriting()
    {
        int paragraphs = 0, firstPerson = 0;
        foreach (var (block, quotes, _) in Blocks)
        {
            if (block.Kind != BlockKind.Paragraph || !_tokens.TryGetValue(block, out var tokens) || tokens.Count < 8)
                continue;
            paragraphs++;
            // The quotations are indexed only for a paragraph with a first-person word, and a word is looked up only when
            // it begins as one does ("I", "my", "me"): most paragraphs have none, and every word was looked up.
            QuotedSpans? quoted = null;
            // A loop over the span: LINQ over the tokens, a struct, has no ReadyToRun code (nine methods at start-up).
            var span = tokens.AsSpan();
            for (var i = 0; i < span.Length; i++)
            {
                var text = span[i].Text;
                if (!FirstPersonStarts.Contains(text[0]) || !Lexicon.FirstPersonWords.Contains(text))
                    continue;
                quoted ??= new QuotedSpans(quotes, topLevelOnly: false);
                if (!quoted.Contains(span[i].LocalStart))
                {
                    firstPerson++;
                    break;
                }
            }
        }
        return firstPerson >= 4 && firstPerson * 5 >= paragraphs * 2;
    }

    // "David Blunkett in quotes", "The minister in her own words": a page that collects one person's words.
    private static string? CollectionSpeakerOf(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
            return null;
        foreach (var ending in Lexicon.CollectionTitleEndings)
        {
            if (title.Trim().EndsWith(" " + ending, StringComparison.OrdinalIgnoreCase))
                return title.Trim()[..^(ending.Length + 1)].Trim();
        }
        return null;
    }
}
