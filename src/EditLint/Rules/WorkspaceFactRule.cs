using System.Text.Json;
using EditLint.Configuration;
using EditLint.Documents;
using EditLint.Semantics;
using EditLint.Text;

namespace EditLint.Rules;

/// <summary>
/// The part of a rule that compares the articles of a run (a content repo, an editor's workspace), written in NRules'
/// fluent DSL. Each document contributes the facts <see cref="Facts"/> names (a compact summary: its styles, its name
/// spellings); the definition groups them (<c>Query(… GroupBy …)</c>) and yields, for each match, the findings it
/// makes (<c>Then().Yield(_ => new WorkspaceFindings(…))</c>). A rule registers it with
/// <see cref="RuleSetup.UseWorkspaceFacts"/>.
/// </summary>
/// <remarks>
/// The session lives as long as the workspace: when one document changes, its facts are retracted and its new facts
/// inserted, and only the matches they take part in are computed again; a match that goes away takes its findings
/// with it (they are NRules linked facts). So a definition's findings must depend on its match alone. A definition
/// may match <see cref="WorkspaceRun"/> for the run's cancellation token; it is inserted once and never changes.
/// </remarks>
public abstract class WorkspaceFactRule : NRules.Fluent.Dsl.Rule
{
    /// <summary>
    /// The facts of one document that the definition compares (its configuration is <see cref="SemanticModel.Settings"/>);
    /// each is inserted once and told apart by reference.
    /// </summary>
    public abstract IEnumerable<object> Facts(SemanticModel model);

    /// <summary>
    /// True when the definition takes the facts of many documents as one (<see cref="Bundle"/>). NRules keeps several
    /// hundred bytes of its own for each fact; a definition whose matches take every document anyway (one match over
    /// the run, or one per key of a group) gains nothing from holding one fact per document, and a run over 78,624
    /// files would pay for each.
    /// </summary>
    public virtual bool BundlesFacts => false;

    /// <summary>
    /// The facts to insert for the <paramref name="facts"/> of a bundle of documents (each document's facts in turn, in
    /// the order the documents came), when <see cref="BundlesFacts"/>. A change to one document of the bundle retracts
    /// them and bundles again, so they must depend on these facts alone.
    /// </summary>
    public virtual IEnumerable<object> Bundle(IReadOnlyList<object> facts) => facts;

    /// <summary>
    /// The bytes <paramref name="fact"/> keeps that may wait in the run's scratch file until the comparison reads them
    /// (a run over 1,000 files or more; none by default). A fact that keeps its summary packed in bytes (EL4001: about
    /// 600 bytes an article) need not then hold them in memory for the whole run.
    /// </summary>
    public virtual IEnumerable<FactBytes> BytesOf(object fact) => [];

    /// <summary>
    /// True when the definition can write its facts and read them back (<see cref="WriteFact"/>, <see cref="ReadFact"/>):
    /// a document whose facts are stored (<c>check --cache</c>, a shard's summary) is then compared from them without
    /// being analysed again. A document read by a definition that cannot is never stored.
    /// </summary>
    public virtual bool CanStoreFacts => false;

    /// <summary>Writes one of the facts <see cref="Facts"/> gave as one JSON value.</summary>
    public virtual void WriteFact(object fact, Utf8JsonWriter writer) => throw new NotSupportedException($"{GetType().Name} does not store its facts.");

    /// <summary>
    /// The fact <see cref="WriteFact"/> wrote, read back for <paramref name="document"/> (the same text, read again) under
    /// <paramref name="settings"/> (the same configuration: a stored fact's key includes it).
    /// </summary>
    public virtual object ReadFact(JsonElement json, ArticleDocument document, DocumentSettings settings) =>
        throw new NotSupportedException($"{GetType().Name} does not store its facts.");
}

/// <summary>The run a workspace session serves: the token that the run's cancellation and the rule's time budget cancel.</summary>
public sealed class WorkspaceRun
{
    /// <summary>Cancelled when the lint is, or when the rule has run past its time budget.</summary>
    public CancellationToken CancellationToken { get; internal set; }
}

/// <summary>The findings one match of a <see cref="WorkspaceFactRule"/> makes (none is fine): a fact linked to the match.</summary>
public sealed class WorkspaceFindings(IEnumerable<WorkspaceFinding> findings)
{
    /// <summary>The findings, in the order they were made.</summary>
    public IReadOnlyList<WorkspaceFinding> Items { get; } = [.. findings];
}

/// <summary>A finding in <paramref name="Document"/> at <paramref name="Span"/>, with the arguments of the rule's message format.</summary>
public sealed record WorkspaceFinding(ArticleDocument Document, TextSpan Span, IReadOnlyList<(TextSpan Span, string Message)> Related, params object?[] Args);
