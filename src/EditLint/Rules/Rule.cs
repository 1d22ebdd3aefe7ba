using EditLint.Diagnostics;

namespace EditLint.Rules;

/// <summary>
/// A rule: one ID, one descriptor, and an <see cref="Initialize"/> that registers what the rule wants to see
/// (blocks, sentences, fact joins, the end of a document, the end of the run). Rule instances are shared by
/// documents linted in parallel, so a rule keeps no per-document state in fields.
/// </summary>
public abstract class Rule
{
    /// <summary>The rule's identity and message.</summary>
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>
    /// The kinds of shared fact the rule reads: the types it asks <see cref="Semantics.SemanticModel.GetFacts{T}"/> for,
    /// itself or through the model's properties and the contexts' helpers. The engine extracts, before the rules run on a
    /// document, only the kinds its running rules read, so that a rule switched off costs its facts too. Null, the
    /// default, is every kind. A kind a rule reads without naming it is still extracted when first asked for, but inside
    /// that rule's time budget. The rule tests fail a shipped rule that asks for a kind its list does not get extracted
    /// (a kind a listed kind is read from, as the quotations read the sentences, is extracted with it).
    /// </summary>
    public virtual IReadOnlyCollection<Type>? Reads => null;

    /// <summary>Registers the rule's actions.</summary>
    public abstract void Initialize(RuleSetup setup);
}
