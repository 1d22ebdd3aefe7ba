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
    private readonly Dictionary<string, Inserted> _documents = new(StringComparer.Ordinal);
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

    /// <summary>A document's facts in the session, or why it has none: the definition failed to read it.</summary>
    private sealed record Inserted(SemanticModel Model, IReadOnlyList<object> Facts, string? Failure);

    /// <summary>Makes the session's facts those of <paramref name="documents"/> (keyed by path; a model is a version of its document).</summary>
    public void Update(IReadOnlyList<(string Key, SemanticModel Model)> documents, Func<Exception, string> describe, CancellationToken cancellationToken)
    {
        if (_rebuild || _session is null)
        {
            _session = NewSession();
            _documents.Clear();
            _rebuild = false;
        }
        var current = documents.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _documents.Keys.Where(k => !current.Contains(k)).ToList())
        {
            _session.RetractAll(_documents[gone].Facts);
            _documents.Remove(gone);
        }
        foreach (var (key, model) in documents)
        {
            if (_documents.TryGetValue(key, out var inserted))
            {
                if (ReferenceEquals(inserted.Model, model))
                    continue;
                // Out of the map before the new facts are read: a cancelled read leaves the document absent, not stale.
                _documents.Remove(key);
                _session.RetractAll(inserted.Facts);
            }
            var read = Read(model, describe, cancellationToken);
            _session.InsertAll(read.Facts);
            _documents[key] = read;
        }
    }

    // A definition that fails on one document loses that document's facts only; the run's cancellation goes through.
    private Inserted Read(SemanticModel model, Func<Exception, string> describe, CancellationToken cancellationToken)
    {
        try
        {
            return new Inserted(model, [.. _definition.Facts(model)], null);
        }
        catch (Exception e) when (e is not OutOfMemoryException && !cancellationToken.IsCancellationRequested)
        {
            return new Inserted(model, [], describe(e));
        }
    }

    /// <summary>
    /// Fires what changed and returns every finding the session's matches hold, with the failures: a document the
    /// definition could not read or a report it could not place (blamed on that document), or a comparison that
    /// failed or ran out of budget (blamed on no document in particular: <c>Document</c> is null).
    /// </summary>
    public (List<Report> Reports, List<(ArticleDocument? Document, string Message)> Failures) Fire(LintOptions options, Func<Exception, string> describe, CancellationToken cancellationToken)
    {
        var failures = _documents.Values.Where(d => d.Failure is not null).Select(d => ((ArticleDocument?)d.Model.Document, d.Failure!)).ToList();
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
        failures.AddRange(comparisons.Distinct(StringComparer.Ordinal).Select(f => ((ArticleDocument?)null, f)));
        var reports = new List<Report>();
        foreach (var finding in _session.Query<WorkspaceFindings>().AsEnumerable().SelectMany(f => f.Items))
        {
            // A finding the engine cannot place (outside its document, or arguments its message cannot take) fails
            // that document alone.
            try
            {
                var report = new Report(Setup.Rule.Descriptor, finding.Document, finding.Span, Setup.Rule.Descriptor.FormatMessage(finding.Args), finding.Related, IsWorkspaceFinding: true);
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
