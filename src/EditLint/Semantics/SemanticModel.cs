using EditLint.Semantics.People;
using EditLint.Configuration;
using System.Collections.Concurrent;
using EditLint.Documents;
using EditLint.Semantics.Quotes;
using EditLint.Semantics.Dates;
using EditLint.Semantics.Figures;

namespace EditLint.Semantics;

/// <summary>
/// The facts extracted from one document, each computed once on first use and shared by every rule.
/// Rules ask for facts by type (<see cref="GetFacts{T}"/>); extractors for new fact types are added
/// to the <see cref="FactExtractors"/> registry.
/// </summary>
public sealed class SemanticModel
{
    private readonly FactExtractors _extractors;
    private readonly ConcurrentDictionary<Type, Lazy<object>> _facts = new();
    private readonly ConcurrentDictionary<object, Lazy<object>> _summaries = new();

    /// <summary>Creates the (still empty) model of <paramref name="document"/>.</summary>
    public SemanticModel(ArticleDocument document, FactExtractors? extractors = null, DocumentSettings? settings = null, MetadataValue<DateTimeOffset>? publicationDate = null)
    {
        Document = document;
        _extractors = extractors ?? FactExtractors.Default;
        Settings = settings ?? DocumentSettings.Default;
        PublicationDate = document.Metadata.Published ?? publicationDate;
    }

    /// <summary>
    /// When the article was published: the date its text gives (front matter, a date line, HTML metadata), else the
    /// one the engine resolved from weaker sources (<c>Engine.PublicationDates</c>: a dateline, the file name, the run's
    /// date); null when nothing dates it. Every relative date is read against it.
    /// </summary>
    public MetadataValue<DateTimeOffset>? PublicationDate { get; }

    /// <summary>The configuration that applies to the document (how extractors read ambiguous forms such as 04/03/2025).</summary>
    public DocumentSettings Settings { get; }

    /// <summary>The document.</summary>
    public ArticleDocument Document { get; }

    /// <summary>Sentences of the prose blocks.</summary>
    public IReadOnlyList<Sentence> Sentences => _sentences ??= GetFacts<Sentence>();

    /// <summary>Word, number and punctuation tokens of the prose blocks.</summary>
    public IReadOnlyList<Token> Tokens => _tokens ??= GetFacts<Token>();

    // Kept once extracted: readers ask for the tokens and sentences in their loops, and each ask was a look-up in the
    // facts' table. (Two threads may both look them up first; they find the same list.)
    private IReadOnlyList<Token>? _tokens;
    private IReadOnlyList<Sentence>? _sentences;

    /// <summary>
    /// <see cref="Tokens"/> as an array (the tokenizer's own), for the readers that index tokens in their loops: through
    /// the list interface each read was a dispatch (1% of a corpus run's samples in the name readers' look-ups).
    /// </summary>
    internal Token[] TokenArray => _tokenArray ??= Tokens as Token[] ?? [.. Tokens];

    private Token[]? _tokenArray;

    /// <summary>
    /// The index in <see cref="Tokens"/> of the first token that starts at source offset <paramref name="start"/>, or -1.
    /// Tokens are in source order (blocks come in document order, and a block's prose maps onto the source in order),
    /// so this is a binary search: a map of every token's start cost two million entries on a 10 MB line.
    /// </summary>
    public int TokenAt(int start)
    {
        var tokens = TokenArray;
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Span.Start < start)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo < tokens.Length && tokens[lo].Span.Start == start ? lo : -1;
    }

    /// <summary>Quotations, speech acts and unpaired marks, extracted together in one pass.</summary>
    public QuoteFacts QuoteFacts => GetFacts<QuoteFacts>()[0];

    /// <summary>Quotations with their kinds and speakers.</summary>
    public IReadOnlyList<Quote> Quotes => GetFacts<Quote>();

    /// <summary>
    /// Where the quotations' words are (inner spans, source offsets), for "is this quoted?" in one search: quoted words are
    /// the speaker's, so rules leave them alone and a fix inside them is never safe.
    /// </summary>
    public QuotedSpans QuotedText => _quotedText ??= new QuotedSpans(Quotes);

    // Built on first use; a race builds it twice from the same quotations, which is harmless.
    private QuotedSpans? _quotedText;
    /// <summary>The date the article's relative references are resolved against, or null when it has none.</summary>
    public ReferenceDate? ReferenceDate => GetFacts<ReferenceDate>() is [var date, ..] ? date : null;

    /// <summary>Time references of the prose and date lines, resolved against <see cref="ReferenceDate"/>.</summary>
    public IReadOnlyList<TemporalExpression> TemporalExpressions => GetFacts<TemporalExpression>();

    /// <summary>Numbers in prose with what they count, their qualifiers and scope.</summary>
    public IReadOnlyList<Figure> Figures => GetFacts<Figure>();

    /// <summary>The figures of the article's headline (see <see cref="FigureExtractor.ExtractHeadline"/>).</summary>
    public IReadOnlyList<Figure> HeadlineFigures => GetFacts<HeadlineFigures>()[0].Figures;

    /// <summary>
    /// A rule's own summary of this document (the abbreviations it writes, the names it spells), computed on first
    /// request and kept with the model. Workspace rules read their per-document part through it, so that an editor,
    /// which keeps the models of unchanged files between lints, computes it again only for the document that changed.
    /// <paramref name="key"/> identifies the summary (the rule's own static object); <paramref name="compute"/> must
    /// depend on this model only.
    /// </summary>
    public T GetSummary<T>(object key, Func<SemanticModel, T> compute) where T : class =>
        // Workspace rules ask once per document per lint: the common case, a summary already there, allocates nothing.
        _summaries.TryGetValue(key, out var summary) ? (T)summary.Value : AddSummary(key, compute);

    /// <summary>
    /// Drops the summaries under <paramref name="keys"/>: for a rule's working state that no other rule reads and no
    /// later lint needs (on a 10 MB line, EL1002's is 30 MB). Asked for again, a summary is computed again.
    /// </summary>
    internal void ForgetSummaries(params ReadOnlySpan<object> keys)
    {
        // Asked first without the lock a removal takes: most keys asked about (a pack scope's 128) were never used.
        foreach (var key in keys)
        {
            if (_summaries.ContainsKey(key))
                _summaries.TryRemove(key, out _);
        }
    }

    private T AddSummary<T>(object key, Func<SemanticModel, T> compute) where T : class =>
        (T)_summaries.GetOrAdd(key, _ => new Lazy<object>(() => compute(this))).Value;

    /// <summary>All facts of type <typeparamref name="T"/>, extracted on first request.</summary>
    public IReadOnlyList<T> GetFacts<T>() => (IReadOnlyList<T>)Facts(typeof(T));

    /// <summary>
    /// Extracts every registered kind of fact now. The engine does this before the rules run, so that work every rule
    /// shares (on a huge document, seconds) is not charged to the time budget of whichever rule asks first. An
    /// extractor that fails is left for the rules that ask: the failure is kept and each of them reports it (EL9001).
    /// A document of <see cref="ParallelFrom"/> characters or more is read on two threads: its dates and figures on one,
    /// its quotations, names and the rest on the other (each fact is still extracted once; one that needs another
    /// waits for it).
    /// </summary>
    /// <remarks>
    /// With <paramref name="kinds"/>, only those kinds (and what they are read from); a kind not extracted here is
    /// extracted when first asked for.
    /// With <paramref name="timings"/> (<c>check --verbose</c>), each kind's time is added under "(facts) Kind": the time
    /// of what its extraction read first (a kind another needed is charged to the first that asked). A document read on
    /// two threads adds none: its kinds overlap in time.
    /// </remarks>
    public void ExtractAll(Engine.RuleTimings? timings = null, IReadOnlySet<Type>? kinds = null)
    {
        var types = _extractors.Types.Where(t => kinds is null || kinds.Contains(t)).ToList();
        if (Document.Source.Length < ParallelFrom)
        {
            foreach (var type in types)
            {
                var start = timings is null ? 0 : System.Diagnostics.Stopwatch.GetTimestamp();
                TryExtract(type);
                timings?.Add(Engine.RuleTimings.FactsOf(type), start);
            }
            return;
        }
        // Shared by both threads: read first, so that neither waits for the other to tokenize.
        foreach (var type in types.Where(t => t == typeof(Sentence) || t == typeof(Token)))
            TryExtract(type);
        Parallel.Invoke(
            () => types.Where(SecondThread.Contains).ToList().ForEach(TryExtract),
            () => types.Where(t => !SecondThread.Contains(t)).ToList().ForEach(TryExtract));
    }

    /// <summary>From this many characters on, <see cref="ExtractAll"/> reads a document's facts on two threads.</summary>
    internal const int ParallelFrom = 100_000;

    // Dates, then the figures that read them: about as long as the quotations and names together.
    private static readonly Type[] SecondThread = [typeof(TemporalExpression), typeof(Figure), typeof(HeadlineFigures)];

    private void TryExtract(Type type)
    {
        try
        {
            _ = Facts(type);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Kept by the Lazy: the rules that need these facts fail with it, one by one.
        }
    }

    // Looked up first: GetOrAdd's factory captures the model, a new delegate at every call, and the rules ask for
    // facts many times per document.
    private object Facts(Type type) =>
        (_facts.TryGetValue(type, out var facts) ? facts : _facts.GetOrAdd(type, t => new Lazy<object>(() => _extractors.Extract(t, this)))).Value;
}

/// <summary>Knows how to extract each fact type from a model. Immutable once built.</summary>
public sealed class FactExtractors
{
    private readonly Dictionary<Type, Func<SemanticModel, object>> _extractors;

    private FactExtractors(Dictionary<Type, Func<SemanticModel, object>> extractors) => _extractors = extractors;

    /// <summary>Blocks, sentences, tokens, name mentions, quotations, the article's reference date, its time references and figures.</summary>
    public static FactExtractors Default { get; } = new(new()
    {
        [typeof(Block)] = m => m.Document.Blocks,
        [typeof(Sentence)] = m => SentenceSplitter.SplitDocument(m.Document),
        [typeof(Token)] = m => Tokenizer.TokenizeDocument(m.Document),
        [typeof(QuoteFacts)] = m => new[] { QuoteFacts.Extract(m) },
        [typeof(Quote)] = m => m.QuoteFacts.Quotes,
        [typeof(SpeechAct)] = m => m.QuoteFacts.SpeechActs,
        [typeof(QuoteMarkProblem)] = m => m.QuoteFacts.MarkProblems,
        [typeof(ReferenceDate)] = TemporalExtractor.Anchor,
        [typeof(TemporalExpression)] = TemporalExtractor.Extract,
        [typeof(NameMention)] = NameMentions.Extract,
        [typeof(Figure)] = FigureExtractor.Extract,
        [typeof(HeadlineFigures)] = m => new[] { new HeadlineFigures(FigureExtractor.ExtractHeadline(m)) },
    });

    /// <summary>A registry with one more fact type.</summary>
    public FactExtractors With<T>(Func<SemanticModel, IReadOnlyList<T>> extractor) =>
        new(new Dictionary<Type, Func<SemanticModel, object>>(_extractors) { [typeof(T)] = extractor });

    /// <summary>
    /// This registry, telling <paramref name="asked"/> each kind it extracts while no other extraction is under way on
    /// the thread: what was asked for itself, not what those facts were read from. For tests of <see cref="Rules.Rule.Reads"/>.
    /// </summary>
    internal FactExtractors Observed(Action<Type> asked) =>
        new(_extractors.ToDictionary(e => e.Key, e => (Func<SemanticModel, object>)(model =>
        {
            if (_extracting == 0)
                asked(e.Key);
            _extracting++;
            try
            {
                return e.Value(model);
            }
            finally
            {
                _extracting--;
            }
        })));

    [ThreadStatic]
    private static int _extracting;

    /// <summary>The kinds of fact this registry extracts.</summary>
    internal IEnumerable<Type> Types => _extractors.Keys;

    internal object Extract(Type type, SemanticModel model) =>
        _extractors.TryGetValue(type, out var extract)
            ? extract(model)
            : throw new InvalidOperationException($"No extractor is registered for facts of type {type.Name}.");
}
