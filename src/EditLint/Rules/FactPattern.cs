using EditLint.Semantics;

namespace EditLint.Rules;

/// <summary>
/// A fact rule under construction, in the spirit of NRules: match facts, join them with other facts on an
/// equal key, require that matching facts do not (or do) exist, then act on each match. Joins are hash joins
/// (the other side is grouped by key once), so the cost grows with the number of facts plus the number of
/// matches, never with their product.
/// </summary>
public sealed class FactPattern<T>
{
    private readonly RuleSetup _setup;
    private readonly Func<SemanticModel, IEnumerable<T>> _evaluate;

    internal FactPattern(RuleSetup setup, Func<SemanticModel, IEnumerable<T>> evaluate)
    {
        _setup = setup;
        _evaluate = evaluate;
    }

    /// <summary>Keeps the matches that satisfy <paramref name="predicate"/>.</summary>
    public FactPattern<T> Where(Func<T, bool> predicate) => new(_setup, model => _evaluate(model).Where(predicate));

    /// <summary>
    /// Pairs each match with every fact of type <typeparamref name="TRight"/> whose key equals its key
    /// (null keys never join), optionally filtered by <paramref name="where"/>.
    /// </summary>
    public FactPattern<(T Left, TRight Right)> Join<TRight, TKey>(
        Func<T, TKey?> leftKey, Func<TRight, TKey?> rightKey, Func<T, TRight, bool>? where = null)
        where TKey : notnull =>
        new(_setup, model =>
        {
            var index = Index(model.GetFacts<TRight>(), rightKey);
            return _evaluate(model).SelectMany(left =>
                Matches(index, leftKey(left)).Where(right => where is null || where(left, right)).Select(right => (left, right)));
        });

    /// <summary>
    /// Pairs each match with the first fact of type <typeparamref name="TRight"/> (in fact order) that passes
    /// <paramref name="rightWhere"/> and has the same key, other than the match itself. One partner per match keeps
    /// the cost linear even when many facts share a key (every figure of "people" in a long article).
    /// </summary>
    public FactPattern<(T Left, TRight Right)> JoinFirst<TRight, TKey>(
        Func<T, TKey?> leftKey, Func<TRight, TKey?> rightKey, Func<TRight, bool>? rightWhere = null)
        where TRight : class where TKey : notnull =>
        new(_setup, model =>
        {
            var first = new Dictionary<TKey, TRight>();
            foreach (var fact in model.GetFacts<TRight>())
            {
                if ((rightWhere is null || rightWhere(fact)) && rightKey(fact) is { } k)
                    first.TryAdd(k, fact);
            }
            return _evaluate(model).SelectMany(left =>
                leftKey(left) is { } key && first.TryGetValue(key, out var right) && !ReferenceEquals(right, left)
                    ? [(left, right)]
                    : Array.Empty<(T, TRight)>());
        });

    /// <summary>Keeps the matches for which no fact of type <typeparamref name="TOther"/> has the same key (and satisfies <paramref name="where"/>).</summary>
    public FactPattern<T> Not<TOther, TKey>(Func<T, TKey?> leftKey, Func<TOther, TKey?> otherKey, Func<T, TOther, bool>? where = null)
        where TKey : notnull =>
        Filter(leftKey, otherKey, where, keepWhenFound: false);

    /// <summary>Keeps the matches for which some fact of type <typeparamref name="TOther"/> has the same key (and satisfies <paramref name="where"/>).</summary>
    public FactPattern<T> Exists<TOther, TKey>(Func<T, TKey?> leftKey, Func<TOther, TKey?> otherKey, Func<T, TOther, bool>? where = null)
        where TKey : notnull =>
        Filter(leftKey, otherKey, where, keepWhenFound: true);

    /// <summary>Finishes the rule: <paramref name="action"/> runs for each match, once per document.</summary>
    public void Then(Action<DocumentContext, T> action) =>
        _setup.FactActions.Add(context =>
        {
            foreach (var match in _evaluate(context.Model))
                action(context, match);
        });

    private FactPattern<T> Filter<TOther, TKey>(Func<T, TKey?> leftKey, Func<TOther, TKey?> otherKey, Func<T, TOther, bool>? where, bool keepWhenFound)
        where TKey : notnull =>
        new(_setup, model =>
        {
            var index = Index(model.GetFacts<TOther>(), otherKey);
            return _evaluate(model).Where(left =>
            {
                var candidates = Matches(index, leftKey(left));
                var found = where is null ? candidates.Count > 0 : candidates.Any(other => where(left, other));
                return found == keepWhenFound;
            });
        });

    private static Dictionary<TKey, List<TFact>> Index<TFact, TKey>(IReadOnlyList<TFact> facts, Func<TFact, TKey?> key) where TKey : notnull
    {
        var index = new Dictionary<TKey, List<TFact>>();
        foreach (var fact in facts)
        {
            var k = key(fact);
            if (k is null)
                continue;
            if (!index.TryGetValue(k, out var list))
                index[k] = list = [];
            list.Add(fact);
        }
        return index;
    }

    private static List<TFact> Matches<TFact, TKey>(Dictionary<TKey, List<TFact>> index, TKey? key) where TKey : notnull =>
        key is not null && index.TryGetValue(key, out var list) ? list : [];
}
