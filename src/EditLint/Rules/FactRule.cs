using EditLint.Semantics;

namespace EditLint.Rules;

/// <summary>
/// The part of a rule that relates a document's facts, written in NRules' fluent DSL: <c>When().Match(() => context)</c>
/// with the facts it reads (<c>Match</c>, <c>Query(… GroupBy …)</c>), then <c>Then().Do(…)</c> reporting through the
/// matched <see cref="DocumentContext"/>. A rule registers it with <see cref="RuleSetup.UseFacts"/>; the engine gives
/// each document a session holding the document's context and the facts <see cref="Facts"/> names, and fires it.
/// </summary>
/// <remarks>
/// NRules joins facts by nested loops: group facts by key (<c>GroupBy</c>, hashed and linear) and pair them inside a
/// group, never match one fact type against another on an equal key. Conditions are expression trees, so patterns
/// (<c>is { } x</c>, <c>?.</c>, switch expressions) go into helper methods. One session factory is compiled per
/// definition type and shared by every engine of the process, so a definition holds no state of its own.
/// </remarks>
public abstract class FactRule : NRules.Fluent.Dsl.Rule
{
    /// <summary>The facts of <paramref name="model"/> the definition matches; each is inserted once and told apart by reference.</summary>
    public abstract IEnumerable<object> Facts(SemanticModel model);
}
