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
/// definition type and shared by every engine of the process, so a definition holds no state of its own. Conditions and
/// actions are compiled by FastExpressionCompiler: a method called on a null reference in one is not stopped at the call.
/// </remarks>
public abstract class FactRule : NRules.Fluent.Dsl.Rule
{
    /// <summary>The facts of <paramref name="model"/> the definition matches; each is inserted once and told apart by reference.</summary>
    public abstract IEnumerable<object> Facts(SemanticModel model);

    /// <summary>
    /// True when the definition cannot match without one of its <see cref="Facts"/> (every match holds one): the engine
    /// then opens no session for a document that has none. False, the default, for a definition that may match the
    /// document's context alone.
    /// </summary>
    protected internal virtual bool MatchesOnlyFacts => false;

    /// <summary>
    /// False for a fact of <see cref="Facts"/> that no match can hold, which the engine then leaves out of the session
    /// (and, with <see cref="MatchesOnlyFacts"/>, opens none when no fact is left). True, the default, for every fact.
    /// </summary>
    protected internal virtual bool MayMatch(object fact) => true;
}

/// <summary>
/// The commonest fact rule: each fact of one type that <see cref="Applies"/> (all, unless overridden) is acted on alone,
/// with the document's context (<c>When().Match(() => context).Match(() => fact, f => Applies(f))</c>,
/// <c>Then().Do(_ => Act(context, fact))</c>). A rule's facts are often groups its <see cref="FactRule.Facts"/> makes
/// (figures by what they count, sentences by their text), so that a document of a hundred thousand facts holds a few
/// thousand in the session.
/// </summary>
/// <remarks>The definition is compiled once per type with its first instance: <see cref="Applies"/> and <see cref="Act"/> read nothing but their arguments.</remarks>
public abstract class EachFact<TFact> : FactRule where TFact : class
{
    /// <summary>True for the facts the rule acts on.</summary>
    protected virtual bool Applies(TFact fact) => true;

    /// <summary>What the rule does with one fact: report through <paramref name="context"/>.</summary>
    protected abstract void Act(DocumentContext context, TFact fact);

    /// <inheritdoc />
    /// <remarks>
    /// Each match is of one fact, unless the fact's type could be the document's context (<c>EachFact&lt;object&gt;</c>),
    /// which then matches as a fact of its own.
    /// </remarks>
    protected internal sealed override bool MatchesOnlyFacts => !typeof(TFact).IsAssignableFrom(typeof(DocumentContext));

    /// <inheritdoc />
    /// <remarks>
    /// A match holds the context and one fact that <see cref="Applies"/>: any other fact is left out of the session, asked
    /// here rather than by the session's interpreted condition. Most documents have none that apply (a right weekday, an
    /// attributed quotation), and their sessions were 3% of a corpus run.
    /// </remarks>
    protected internal sealed override bool MayMatch(object fact) => fact is TFact typed && Applies(typed);

    /// <inheritdoc />
    public sealed override void Define()
    {
        DocumentContext context = null!;
        TFact fact = null!;
        When()
            .Match(() => context)
            .Match(() => fact, f => Applies(f));
        Then()
            .Do(_ => Act(context, fact));
    }
}
