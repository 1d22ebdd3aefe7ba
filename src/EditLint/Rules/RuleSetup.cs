using EditLint.Documents;
using EditLint.Semantics;

namespace EditLint.Rules;

/// <summary>Where a rule registers the actions the engine calls for each document and at the end of a run.</summary>
public sealed class RuleSetup
{
    internal RuleSetup(Rule rule) => Rule = rule;

    internal Rule Rule { get; }
    internal List<(BlockScope Scope, Action<BlockContext> Action)> BlockActions { get; } = [];
    internal List<Action<SentenceContext>> SentenceActions { get; } = [];
    internal List<Action<DocumentContext>> FactActions { get; } = [];
    internal List<Action<DocumentContext>> DocumentEndActions { get; } = [];
    internal List<Action<WorkspaceContext>> WorkspaceEndActions { get; } = [];

    /// <summary>Called for each block in <paramref name="scope"/> (prose blocks by default), in order.</summary>
    public void OnBlock(Action<BlockContext> action, BlockScope scope = BlockScope.Prose) => BlockActions.Add((scope, action));

    /// <summary>Called for each sentence of the prose blocks, in order.</summary>
    public void OnSentence(Action<SentenceContext> action) => SentenceActions.Add(action);

    /// <summary>Called once per document after the block and sentence actions.</summary>
    public void OnDocumentEnd(Action<DocumentContext> action) => DocumentEndActions.Add(action);

    /// <summary>Called once after every document of the run (cross-article rules).</summary>
    public void OnWorkspaceEnd(Action<WorkspaceContext> action) => WorkspaceEndActions.Add(action);

    /// <summary>
    /// Starts a fact rule: every fact of type <typeparamref name="T"/> that satisfies <paramref name="where"/>.
    /// Continue with <see cref="FactPattern{T}.Join{TRight, TKey}"/>, <see cref="FactPattern{T}.Not{TOther, TKey}"/>
    /// or <see cref="FactPattern{T}.Exists{TOther, TKey}"/>, and finish with <see cref="FactPattern{T}.Then"/>.
    /// </summary>
    public FactPattern<T> Match<T>(Func<T, bool>? where = null) =>
        new(this, model =>
        {
            IEnumerable<T> facts = model.GetFacts<T>();
            return where is null ? facts : facts.Where(where);
        });
}
