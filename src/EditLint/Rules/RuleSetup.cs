using EditLint.Documents;
using EditLint.Semantics;

namespace EditLint.Rules;

/// <summary>Where a rule registers the actions the engine calls for each document and at the end of a run.</summary>
public sealed class RuleSetup
{
    internal RuleSetup(Rule rule) => Rule = rule;

    internal Rule Rule { get; }

    /// <summary>Why the rule's <see cref="Rule.Initialize"/> threw, if it did: the rule then runs on nothing.</summary>
    internal string? Failure { get; init; }
    // Records, not tuples: a list of tuples has no ReadyToRun code, and every run set up its rules with it at start-up.
    internal List<BlockAction> BlockActions { get; } = [];
    internal List<Action<SentenceContext>> SentenceActions { get; } = [];
    internal List<FactRule> FactRules { get; } = [];
    internal List<Action<DocumentContext>> DocumentEndActions { get; } = [];
    internal List<WorkspaceFactRule> WorkspaceFactRules { get; } = [];

    /// <summary>Called for each block in <paramref name="scope"/> (prose blocks by default), in order.</summary>
    public void OnBlock(Action<BlockContext> action, BlockScope scope = BlockScope.Prose) => BlockActions.Add(new BlockAction(scope, action));

    /// <summary>Called for each sentence of the prose blocks, in order.</summary>
    public void OnSentence(Action<SentenceContext> action) => SentenceActions.Add(action);

    /// <summary>Called once per document after the block and sentence actions.</summary>
    public void OnDocumentEnd(Action<DocumentContext> action) => DocumentEndActions.Add(action);

    /// <summary>
    /// Relates the document's facts with an NRules definition (<see cref="FactRule"/>): the engine fires it once per
    /// document, after the block and sentence actions.
    /// </summary>
    public void UseFacts(FactRule definition) => FactRules.Add(definition);

    /// <summary>
    /// Compares the facts of the run's documents with an NRules definition (<see cref="WorkspaceFactRule"/>): the engine
    /// keeps one session for the run (for an editor, for its workspace, updated as documents change) and reports the
    /// findings its matches yield.
    /// </summary>
    public void UseWorkspaceFacts(WorkspaceFactRule definition) => WorkspaceFactRules.Add(definition);
}

/// <summary>An action a rule runs on each block of <see cref="Scope"/>.</summary>
internal sealed record BlockAction(BlockScope Scope, Action<BlockContext> Action);
