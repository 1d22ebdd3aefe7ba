using System.Diagnostics;
using EditLint.Rules;
using EditLint.Text;

namespace EditLint.Engine;

/// <summary>
/// The limits one rule runs under on one document (or, for a workspace rule, on the run's documents): a time budget
/// and an allocation budget, checked cooperatively — when the rule reports, between the engine's calls into it, and
/// through the cancellation token it receives, which the deadline cancels. .NET cannot abort a thread, so a rule
/// that loops without reporting, returning or looking at its token is not stopped; its allocations are counted only
/// at those same points (<see cref="GC.GetAllocatedBytesForCurrentThread"/>: every action of one rule on one document
/// runs on one thread). Work the rule causes lazily (a fact computed on first use) counts against it.
/// </summary>
internal sealed class RuleBudget : IDisposable
{
    private readonly TimeSpan _time;
    private readonly long _bytes;
    private readonly long _startBytes = GC.GetAllocatedBytesForCurrentThread();
    private readonly long _startTicks = Stopwatch.GetTimestamp();
    private readonly CancellationToken _run;

    // Made when the rule first asks for its token: most rules never do (a pack rule, a block or sentence action), and a
    // linked source with a timer for each rule on each document was 300,000 timers over the corpus, each set and
    // disposed under the timer queue's lock. The deadline still counts from the budget's start.
    private CancellationTokenSource? _deadline;

    public RuleBudget(TimeSpan time, long bytes, CancellationToken run) => (_time, _bytes, _run) = (time, bytes, run);

    /// <summary>The longest a workspace rule may run, whatever the number of documents: a linear rule over an archive takes seconds.</summary>
    public static readonly TimeSpan WorkspaceTimeCap = TimeSpan.FromMinutes(5);

    /// <summary>The most a workspace rule may allocate (in all, garbage included), whatever the number of documents.</summary>
    public const long WorkspaceAllocationCap = 32L << 30;

    /// <summary>
    /// The limits of a workspace rule over <paramref name="documents"/> documents: a document rule's, plus a fiftieth of
    /// it per document (a rule that compares names across files does a little per file, not a document's worth), up to
    /// <see cref="WorkspaceTimeCap"/> and <see cref="WorkspaceAllocationCap"/>.
    /// </summary>
    public static (TimeSpan Time, long Bytes) WorkspaceLimits(LintOptions options, int documents)
    {
        var scale = 1 + Math.Max(0, documents - 1) / 50.0;
        var time = options.RuleTimeBudget == Timeout.InfiniteTimeSpan
            ? Timeout.InfiniteTimeSpan
            : TimeSpan.FromTicks((long)Math.Min(WorkspaceTimeCap.Ticks, Math.Max(options.RuleTimeBudget.Ticks, options.RuleTimeBudget.Ticks * scale)));
        var bytes = (long)Math.Min(WorkspaceAllocationCap, Math.Max(options.RuleAllocationBudget, options.RuleAllocationBudget * scale));
        return (time, bytes);
    }

    /// <summary>The budget of a workspace rule over <paramref name="documents"/> documents (<see cref="WorkspaceLimits"/>).</summary>
    public static RuleBudget ForWorkspace(LintOptions options, int documents, CancellationToken run)
    {
        var (time, bytes) = WorkspaceLimits(options, documents);
        return new RuleBudget(time, bytes, run);
    }

    /// <summary>The token the rule receives: cancelled when the run is, or when the rule's time is up.</summary>
    public CancellationToken Token => (_deadline ??= Deadline()).Token;

    /// <summary>True once the token was asked for (tests).</summary>
    internal bool HasDeadline => _deadline is not null;

    private CancellationTokenSource Deadline()
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(_run);
        if (_time > TimeSpan.Zero && _time != Timeout.InfiniteTimeSpan)
        {
            var left = _time - Stopwatch.GetElapsedTime(_startTicks);
            if (left > TimeSpan.Zero)
                deadline.CancelAfter(left);
            else
                deadline.Cancel();
        }
        return deadline;
    }

    /// <summary>Throws <see cref="RuleBudgetExceededException"/> when the rule is past its time or allocation budget.</summary>
    public void Check()
    {
        _run.ThrowIfCancellationRequested();
        if (Stopwatch.GetElapsedTime(_startTicks) is var elapsed && elapsed > _time && _time != Timeout.InfiniteTimeSpan)
            throw new RuleBudgetExceededException($"ran past its time budget of {_time.TotalSeconds:0.###} s ({elapsed.TotalSeconds:0.###} s)");
        if (GC.GetAllocatedBytesForCurrentThread() - _startBytes is var allocated && allocated > _bytes)
            throw new RuleBudgetExceededException($"allocated {allocated / 1048576} MB, past its budget of {_bytes / 1048576} MB");
    }

    /// <summary>
    /// What to say about <paramref name="e"/>, thrown by the rule: null when it is the run's own cancellation (not
    /// the rule's to report); the budget it overran when the deadline cancelled it.
    /// </summary>
    public string? Failure(Exception e, Func<Exception, string> describe)
    {
        if (e is OperationCanceledException && _run.IsCancellationRequested)
            return null;
        if (e is RuleBudgetExceededException)
            return e.Message;
        if (e is OperationCanceledException && _deadline?.IsCancellationRequested == true)
            return $"ran past its time budget of {_time.TotalSeconds:0.###} s";
        return describe(e);
    }

    /// <summary>True when <paramref name="e"/> ends the rule for running out of its budget (time or memory), not for a fault of one document.</summary>
    public bool IsExhausted(Exception e) =>
        e is RuleBudgetExceededException || (e is OperationCanceledException && _deadline?.IsCancellationRequested == true && !_run.IsCancellationRequested);

    /// <summary>Throws <see cref="InvalidReportException"/> when <paramref name="report"/> points outside its document.</summary>
    public static void Validate(Report report)
    {
        var length = report.Document.Source.Length;
        Validate(report, report.Span, length, "its span");
        // By index: enumerating a list of tuples has no ReadyToRun code.
        for (var i = 0; i < report.Related.Count; i++)
            Validate(report, report.Related[i].Span, length, "a related span");
        foreach (var fix in report.Details.Fixes)
        {
            foreach (var edit in fix.Edits)
                Validate(report, edit.Span, length, "a fix's span");
        }
    }

    private static void Validate(Report report, TextSpan span, int length, string what)
    {
        // Compared as longs: Start + Length of a hostile span can overflow an int.
        if (span.Start < 0 || span.Length < 0 || (long)span.Start + span.Length > length)
            throw new InvalidReportException($"reported {what} at {span.Start}+{span.Length}, outside the document (0 to {length})", report.Document);
    }

    public void Dispose() => _deadline?.Dispose();
}

/// <summary>A rule ran past its time or allocation budget.</summary>
internal sealed class RuleBudgetExceededException(string message) : Exception(message);

/// <summary>A rule reported a finding the engine cannot place (a span outside its document, <see cref="Document"/>).</summary>
internal sealed class InvalidReportException(string message, Documents.ArticleDocument document) : Exception(message)
{
    /// <summary>The document the bad report was about: the one a workspace rule's failure is blamed on.</summary>
    public Documents.ArticleDocument Document { get; } = document;
}
