using EditLint.Documents;
using EditLint.Rules;
using EditLint.Semantics;
using NRules;

namespace EditLint.Engine;

/// <summary>
/// The sessions of a run's (or an editor workspace's) <see cref="WorkspaceFactRule"/>s, one per definition, kept for as
/// long as the workspace is: <see cref="WorkspaceFactSession.Update"/> retracts the facts of documents that changed or left and inserts
/// those of documents that changed or came, and firing computes again only the matches those facts are part of.
/// </summary>
internal sealed class WorkspaceFactSessions
{
    private readonly List<WorkspaceFactSession> _sessions;

    public WorkspaceFactSessions(IEnumerable<RuleSetup> setups) =>
        _sessions = [.. setups.SelectMany(s => s.WorkspaceFactRules.Select(d => new WorkspaceFactSession(s, d)))];

    public IReadOnlyList<WorkspaceFactSession> Sessions => _sessions;
}

/// <summary>One workspace fact rule's long-lived session, and which document each of its facts came from.</summary>
internal sealed class WorkspaceFactSession
{
    private readonly WorkspaceFactRule _definition;
    private readonly Dictionary<string, WorkspaceFacts> _documents = new(StringComparer.Ordinal);
    // For a definition that bundles its facts: the bundle each document's facts are in, and the bundles in the order
    // they were made (the order their documents came in).
    private readonly Dictionary<string, FactBundle> _bundleOf = new(StringComparer.Ordinal);
    private readonly List<FactBundle> _bundles = [];
    private readonly List<string> _bundleFailures = [];
    private readonly WorkspaceRun _run = new();
    private ISession? _session;
    // After a failure in the middle of firing, the next lint starts from a new session: what fired before the failure
    // is kept, the rest of the agenda is not, and a new session fires everything again (and fails again, visibly).
    private bool _rebuild;

    public WorkspaceFactSession(RuleSetup setup, WorkspaceFactRule definition)
    {
        Setup = setup;
        _definition = definition;
    }

    public RuleSetup Setup { get; }

    /// <summary>True until a document's facts are first inserted: the session (and its factory) is made then.</summary>
    public bool IsEmpty => _session is null;

    /// <summary>Makes the session's facts those of <paramref name="documents"/> (keyed by path).</summary>
    public void Update(IReadOnlyList<(string Key, WorkspaceDocument Document)> documents, Func<Exception, string> describe, CancellationToken cancellationToken)
    {
        if (_rebuild || _session is null)
        {
            _session = NewSession();
            _documents.Clear();
            _bundleOf.Clear();
            _bundles.Clear();
            _rebuild = false;
        }
        // Sized once for the run's documents: grown by doubling, a map of 78,624 keys (16 copies of the corpus) had room
        // for 156,000, and a session keeps two such maps through the comparisons.
        _documents.EnsureCapacity(documents.Count);
        if (_definition.BundlesFacts)
        {
            _bundleOf.EnsureCapacity(documents.Count);
            UpdateBundled(documents, describe, cancellationToken);
            return;
        }
        var current = documents.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        // Retracted and inserted in one batch each: NRules brings an aggregate (a collection of every article's names)
        // up to date once per batch, and once per document made a run quadratic in its documents (4 times the corpus:
        // 2.4 s against 0.14 s).
        var retracted = new List<object>();
        var inserted = new List<object>();
        try
        {
            foreach (var gone in _documents.Keys.Where(k => !current.Contains(k)).ToList())
            {
                retracted.AddRange(_documents[gone].Facts);
                _documents.Remove(gone);
            }
            foreach (var (key, document) in documents)
            {
                if (_documents.TryGetValue(key, out var before))
                {
                    if (ReferenceEquals(before.Version, document.Version))
                        continue;
                    // Out of the map before the new facts are read: a cancelled read leaves the document absent, not stale.
                    _documents.Remove(key);
                    retracted.AddRange(before.Facts);
                }
                var read = document.FactsFor(_definition, describe, cancellationToken);
                inserted.AddRange(read.Facts);
                _documents[key] = read;
            }
        }
        finally
        {
            // Also when a read is cancelled: the session holds the facts of exactly the documents in the map.
            _session.RetractAll(retracted);
            _session.InsertAll(inserted);
        }
    }

    /// <summary>
    /// The most documents whose facts go into one bundle: NRules then holds a few hundred facts for a run over 78,624
    /// files, and a change to one document bundles again the facts of this many, which are already read.
    /// </summary>
    internal const int BundleSize = 256;

    // As Update, for a definition that bundles: a document that changes, comes or goes has its bundle's facts retracted and
    // made again from the bundle's documents; a document that comes joins the last bundle while it has room.
    private void UpdateBundled(IReadOnlyList<(string Key, WorkspaceDocument Document)> documents, Func<Exception, string> describe, CancellationToken cancellationToken)
    {
        var current = documents.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        var changed = new HashSet<FactBundle>();
        try
        {
            foreach (var gone in _documents.Keys.Where(k => !current.Contains(k)).ToList())
            {
                _documents.Remove(gone);
                changed.Add(_bundleOf[gone]);
            }
            foreach (var (key, document) in documents)
            {
                if (_documents.TryGetValue(key, out var before))
                {
                    if (ReferenceEquals(before.Version, document.Version))
                        continue;
                    _documents.Remove(key);
                }
                else if (!_bundleOf.ContainsKey(key))
                {
                    if (_bundles.Count == 0 || _bundles[^1].Keys.Count >= BundleSize)
                        _bundles.Add(new FactBundle());
                    _bundles[^1].Keys.Add(key);
                    _bundleOf[key] = _bundles[^1];
                }
                changed.Add(_bundleOf[key]);
                _documents[key] = document.FactsFor(_definition, describe, cancellationToken);
            }
        }
        finally
        {
            // Also when a read is cancelled: each changed bundle holds the facts of exactly its documents in the map, and a
            // document that is not there (gone, or its read cancelled) leaves its bundle.
            var retracted = new List<object>();
            var inserted = new List<object>();
            // In the order the bundles were made, so that the session's facts, and its findings, come in one order every run.
            foreach (var bundle in _bundles.Where(changed.Contains))
            {
                retracted.AddRange(bundle.Inserted);
                foreach (var key in bundle.Keys.Where(k => !_documents.ContainsKey(k)).ToList())
                {
                    bundle.Keys.Remove(key);
                    _bundleOf.Remove(key);
                }
                try
                {
                    bundle.Inserted = [.. _definition.Bundle([.. bundle.Keys.SelectMany(k => _documents[k].Facts)])];
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // The bundle's documents go uncompared, which the next Fire says (blaming no one document); the next
                    // lint starts from a new session and fails again, visibly.
                    bundle.Inserted = [];
                    _bundleFailures.Add(describe(e));
                    _rebuild = true;
                }
                inserted.AddRange(bundle.Inserted);
            }
            _bundles.RemoveAll(b => b.Keys.Count == 0);
            _session!.RetractAll(retracted);
            _session.InsertAll(inserted);
        }
    }

    /// <summary>Some documents of the session, and the facts their facts were bundled into.</summary>
    private sealed class FactBundle
    {
        public List<string> Keys { get; } = [];
        public object[] Inserted { get; set; } = [];
    }

    /// <summary>
    /// Fires what changed and returns every finding the session's matches hold, with the failures: a document the
    /// definition could not read or a report it could not place (blamed on that document), or a comparison that
    /// failed or ran out of budget (blamed on no document in particular: <c>Document</c> is null).
    /// </summary>
    public (List<Report> Reports, List<(ArticleDocument? Document, string Message)> Failures) Fire(LintOptions options, Func<Exception, string> describe, CancellationToken cancellationToken)
    {
        var failures = _documents.Values.Where(d => d.Failure is not null).Select(d => ((ArticleDocument?)d.Document, d.Failure!)).ToList();
        if (_session is null)
            return ([], failures);
        using var budget = RuleBudget.ForWorkspace(options, _documents.Count, cancellationToken);
        _run.CancellationToken = budget.Token;
        // A match whose action throws loses its own findings: NRules has taken it off the agenda, so firing again goes on
        // with the other matches. Out of budget, the rest of the agenda is given up.
        var comparisons = new List<string>();
        while (true)
        {
            try
            {
                _session.Fire(budget.Token);
                budget.Check();
                break;
            }
            catch (Exception e) when (budget.Failure(Unwrapped(e), describe) is { } failure)
            {
                comparisons.Add(failure);
                _rebuild = true;
                if (budget.IsExhausted(Unwrapped(e)) || comparisons.Count >= MaxComparisonFailures)
                    break;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                _rebuild = true;
                cancellationToken.ThrowIfCancellationRequested();
                throw;
            }
        }
        comparisons.AddRange(_bundleFailures);
        _bundleFailures.Clear();
        failures.AddRange(comparisons.Distinct(StringComparer.Ordinal).Select(f => ((ArticleDocument?)null, f)));
        var reports = new List<Report>();
        // A comparison's findings repeat their messages (every article of the less common style, told the same three
        // others): each kept once until the report (16 copies of the corpus: 13,000 findings, most of them alike).
        var messages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var finding in _session.Query<WorkspaceFindings>().AsEnumerable().SelectMany(f => f.Items))
        {
            // A finding the engine cannot place (outside its document, or arguments its message cannot take) fails
            // that document alone.
            try
            {
                var message = Setup.Rule.Descriptor.FormatMessage(finding.Args);
                if (!messages.TryAdd(message, message))
                    message = messages[message];
                var report = new Report(Setup.Rule.Descriptor, finding.Document, finding.Span, message, finding.Related, IsWorkspaceFinding: true);
                RuleBudget.Validate(report);
                reports.Add(report);
            }
            catch (Exception e) when (e is InvalidReportException or FormatException)
            {
                failures.Add((finding.Document, describe(e)));
            }
        }
        return (reports, failures);
    }

    // After this many failed matches in one lint the rest of the agenda is given up: a definition that fails on every
    // match would otherwise fail once per group of a large workspace.
    private const int MaxComparisonFailures = 4;

    private static Exception Unwrapped(Exception e) => e is RuleExecutionException { InnerException: { } inner } ? inner : e;

    private ISession NewSession()
    {
        var session = FactRuleSessions.FactoryFor(_definition).CreateSession();
        session.Insert(_run);
        return session;
    }
}

/// <summary>
/// One document's facts for one <see cref="WorkspaceFactRule"/>, or why it has none (the definition failed to read it).
/// <paramref name="Version"/> is what they were read from: a session keeps them while the version is the same.
/// </summary>
internal sealed record WorkspaceFacts(object Version, ArticleDocument Document, IReadOnlyList<object> Facts, string? Failure)
{
    // A definition that fails on one document loses that document's facts only; the run's cancellation goes through.
    public static WorkspaceFacts Read(WorkspaceFactRule definition, SemanticModel model, object version, Func<Exception, string> describe, CancellationToken cancellationToken)
    {
        try
        {
            // An array of the facts' own length: a list and its read-only wrapper cost 56 bytes more per document and
            // definition, kept for the whole run (16 copies of the corpus: two definitions over 78,624 documents).
            return new WorkspaceFacts(version, model.Document, definition.Facts(model).ToArray(), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException && !cancellationToken.IsCancellationRequested)
        {
            return new WorkspaceFacts(version, model.Document, [], describe(e));
        }
    }
}

/// <summary>
/// A document as the workspace stage sees it: its model (an editor keeps it, and the facts are read from it when a
/// session asks), or the facts every definition read from it before the model was let go (a run over many files).
/// </summary>
internal sealed class WorkspaceDocument
{
    private readonly SemanticModel? _model;
    // A run has a few definitions, and keeps this for every document it compares: a short array, not a dictionary each.
    private (WorkspaceFactRule Definition, WorkspaceFacts Facts)[]? _facts;

    private WorkspaceDocument(SemanticModel? model) => _model = model;

    /// <summary>A document whose model is kept: each session reads its facts from the model (a model is a version of its document).</summary>
    public static WorkspaceDocument Of(SemanticModel model) => new(model);

    /// <summary>A document whose facts are read now, for every one of <paramref name="definitions"/>, so that its model can go.</summary>
    public static WorkspaceDocument Read(SemanticModel model, IEnumerable<WorkspaceFactRule> definitions, Func<Exception, string> describe, CancellationToken cancellationToken)
    {
        var document = new WorkspaceDocument(null);
        document._facts = [.. definitions.Select(d => (d, WorkspaceFacts.Read(d, model, document, describe, cancellationToken)))];
        return document;
    }

    /// <summary>A document whose facts were stored by an earlier run or a shard (<see cref="Caching.DocumentStore"/>).</summary>
    public static WorkspaceDocument Stored(ArticleDocument document, IReadOnlyDictionary<WorkspaceFactRule, IReadOnlyList<object>> stored)
    {
        var workspace = new WorkspaceDocument(null);
        workspace._facts = [.. stored.Select(p => (p.Key, new WorkspaceFacts(workspace, document, p.Value, null)))];
        return workspace;
    }

    /// <summary>
    /// Moves the bytes the facts read ahead keep (<see cref="WorkspaceFactRule.BytesOf"/>) to the run's scratch file, where
    /// they wait for the comparisons.
    /// </summary>
    public void MoveBytesTo(Text.ScratchFile file)
    {
        foreach (var (definition, facts) in _facts ?? [])
        {
            foreach (var fact in facts.Facts)
            {
                foreach (var bytes in definition.BytesOf(fact))
                    bytes.MoveTo(file);
            }
        }
    }

    /// <summary>What the facts are a version of: the model, or this document when they were read ahead.</summary>
    public object Version => (object?)_model ?? this;

    /// <summary>The facts <paramref name="definition"/> reads from the document.</summary>
    public WorkspaceFacts FactsFor(WorkspaceFactRule definition, Func<Exception, string> describe, CancellationToken cancellationToken) =>
        _model is not null ? WorkspaceFacts.Read(definition, _model, _model, describe, cancellationToken)
            : Array.Find(_facts!, f => ReferenceEquals(f.Definition, definition)).Facts
            ?? throw new InvalidOperationException("The document's workspace facts were read without this definition.");
}
