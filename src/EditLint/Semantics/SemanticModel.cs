using System.Collections.Concurrent;
using EditLint.Documents;

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

    /// <summary>Creates the (still empty) model of <paramref name="document"/>.</summary>
    public SemanticModel(ArticleDocument document, FactExtractors? extractors = null)
    {
        Document = document;
        _extractors = extractors ?? FactExtractors.Default;
    }

    /// <summary>The document.</summary>
    public ArticleDocument Document { get; }

    /// <summary>Sentences of the prose blocks.</summary>
    public IReadOnlyList<Sentence> Sentences => GetFacts<Sentence>();

    /// <summary>Word, number and punctuation tokens of the prose blocks.</summary>
    public IReadOnlyList<Token> Tokens => GetFacts<Token>();

    /// <summary>All facts of type <typeparamref name="T"/>, extracted on first request.</summary>
    public IReadOnlyList<T> GetFacts<T>() where T : class =>
        (IReadOnlyList<T>)_facts.GetOrAdd(typeof(T), _ => new Lazy<object>(() => _extractors.Extract<T>(this))).Value;
}

/// <summary>Knows how to extract each fact type from a model. Immutable once built.</summary>
public sealed class FactExtractors
{
    private readonly Dictionary<Type, Func<SemanticModel, object>> _extractors;

    private FactExtractors(Dictionary<Type, Func<SemanticModel, object>> extractors) => _extractors = extractors;

    /// <summary>Blocks, sentences, tokens and name mentions.</summary>
    public static FactExtractors Default { get; } = new(new()
    {
        [typeof(Block)] = m => m.Document.Blocks,
        [typeof(Sentence)] = m => SentenceSplitter.SplitDocument(m.Document),
        [typeof(Token)] = m => Tokenizer.TokenizeDocument(m.Document),
        [typeof(NameMention)] = NameMentions.Extract,
    });

    /// <summary>A registry with one more fact type.</summary>
    public FactExtractors With<T>(Func<SemanticModel, IReadOnlyList<T>> extractor) where T : class =>
        new(new Dictionary<Type, Func<SemanticModel, object>>(_extractors) { [typeof(T)] = extractor });

    internal IReadOnlyList<T> Extract<T>(SemanticModel model) where T : class =>
        _extractors.TryGetValue(typeof(T), out var extract)
            ? (IReadOnlyList<T>)extract(model)
            : throw new InvalidOperationException($"No extractor is registered for facts of type {typeof(T).Name}.");
}
