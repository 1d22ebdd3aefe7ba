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

    /// <summary>Registers the rule's actions.</summary>
    public abstract void Initialize(RuleSetup setup);
}
