using System.Runtime.CompilerServices;
using EditLint.Diagnostics;
using EditLint.Documents;
using EditLint.Engine;
using EditLint.Readers;
using EditLint.Rules;
using EditLint.Semantics;
using EditLint.Tests.Testing;
using EditLint.Text;
using Microsoft.Extensions.DependencyInjection;
using NRules.Fluent.Dsl;
using Diagnostic = EditLint.Diagnostics.Diagnostic;
using Rule = EditLint.Rules.Rule;

namespace EditLint.Tests.Robustness;

/// <summary>
/// Issue 13, dates and rule isolation: dates at the calendar's edges or in other scripts' digits are read or
/// rejected, never an exception; a rule that throws anything, overruns its budget or reports outside the document
/// costs that rule's findings on that document only, and a workspace rule's failure on one file is blamed on it.
/// </summary>
public sealed class DateAndIsolationTests : IDisposable
{
    // The acceptance: every row within 10 s and 500 MB on 2 cores.
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(10);
    private const long MemoryLimit = 500L << 20;

    // A file beside the hostile one with a finding of its own (no headline), which must survive.
    private const string Neighbour = "---\ndate: 2025-03-01\n---\n\nThe council met on Wednesday.\n";

    private static readonly DocumentLoader Loader = new([new MarkdownReader(), new PlainTextReader(), new HtmlReader()]);

    private readonly string _root = Directory.CreateTempSubdirectory("editlint-dates-isolation-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    // ---- Dates out of the calendar's range, through the published CLI, bounded. ----

    public static TheoryData<string, string, string, string> DateRows => new()
    {
        // name, hostile file, extra argument, a finding of the hostile file that must be there
        { "updated-9999.md", "---\ntitle: Far\nupdated: 9999-12-31\n---\n\nLONDON, Dec 31 (Reuters) - The council met on Wednesday and will meet next week. Two days later it voted.\n", "",
            "EL3005: The publication date, December 31, 9999 (dateline (year from the update date)), is in the future" },
        { "updated-0001.md", "---\ntitle: Early\nupdated: 0001-01-01\n---\n\nLONDON, Dec 30 (Reuters) - The council met on Wednesday and last week. Two days earlier it voted.\n", "",
            "EL3005: Updated January 1, 0001 (front matter) is before the publication date, December 30, 0001" },
        { "dated-9999.md", "---\ntitle: Far\ndate: 9999-12-31\n---\n\nLONDON, Dec 30 (Reuters) - The council will meet tomorrow, next week and next month, and on Monday.\n", "",
            "EL3005: The publication date, December 31, 9999 (front matter), is in the future" },
        { "meta-9999.html", "<html><head><title>Far</title><meta property=\"article:published_time\" content=\"9999-12-31\"></head><body><h1>Far</h1><p>The council met on Wednesday and will meet next week.</p></body></html>", "",
            "EL3005: The publication date, December 31, 9999 (article:published_time), is in the future" },
        { "undated-max.md", "---\ntitle: Draft\n---\n\nThe council will meet on Wednesday, next week and within the next 10 days. Two days later it votes.\n", "--date=9999-12-31",
            "EL3005: The publication date, December 31, 9999 (--date option), is in the future" },
        { "undated-min.md", "---\ntitle: Draft\n---\n\nThe council met on Wednesday, last week, yesterday and three years ago.\n", "--date=0001-01-01",
            "2 files, " },
        { "digits.md", "---\ntitle: Digits\ndate: 2025-03-01\n---\n\nThe vote was on March ٣, on March १५ and on March ３, in the year 10000, on 1 January 10000 and on ２０２５-０３-０１. It closed ٣ days ago.\n", "",
            "2 files, " },
    };

    [Theory]
    [MemberData(nameof(DateRows))]
    public void A_date_out_of_range_or_in_other_digits_is_read_or_rejected_and_the_other_files_keep_their_findings(string name, string text, string argument, string expected)
    {
        File.WriteAllText(Path.Combine(_root, "neighbour.md"), Neighbour);
        File.WriteAllText(Path.Combine(_root, name), text);
        string[] args = argument.Length == 0 ? ["check", "."] : ["check", ".", argument];

        var run = BoundedProcess.Cli(_root, TimeLimit, MemoryLimit, args);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.DoesNotContain("EL9001", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("neighbour.md:1:1: warning EL5003", run.Out, StringComparison.Ordinal);
        Assert.Contains(expected, run.Out, StringComparison.Ordinal);
        Assert.True(run.Elapsed < TimeLimit, run.ToString());
        Assert.InRange(run.PeakResidentBytes, 0, MemoryLimit);
    }

    [Fact]
    public void In_an_editor_session_a_document_dated_9999_does_not_stop_the_others_diagnostics()
    {
        using var provider = new ServiceCollection().AddEditLint().BuildServiceProvider();
        var session = new WorkspaceSession(provider.GetRequiredService<LintEngine>(), new LintOptions { MaxDegreeOfParallelism = 1 });
        var far = Path.Combine(_root, "far.md");
        var near = Path.Combine(_root, "near.md");
        session.SetBuffer(far, "far.md", "---\ntitle: Far\nupdated: 9999-12-31\n---\n\nLONDON, Dec 31 (Reuters) - The council will meet next week.\n", DocumentFormat.Markdown);
        session.SetBuffer(near, "near.md", Neighbour, DocumentFormat.Markdown);

        var result = session.Lint([far, near]);

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "EL9001");
        Assert.Contains(result.Diagnostics, d => d.Path == "near.md" && d.Id == "EL5003");
        Assert.Contains(result.Diagnostics, d => d.Path == "far.md" && d.Id == "EL3005");
    }

    [Fact]
    public async Task The_language_server_keeps_publishing_for_every_document_after_one_dated_9999()
    {
        await using var client = await LanguageServer.LspTestClient.StartAsync();
        const string far = "file:///drafts/far.md", near = "file:///drafts/near.md";
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = far, languageId = "markdown", version = 1,
            text = "---\ntitle: Far\nupdated: 9999-12-31\n---\n\nLONDON, Dec 31 (Reuters) - The council will meet next week.\n" } });
        var farPublished = await client.NextDiagnosticsAsync(far);
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = near, languageId = "markdown", version = 1, text = Neighbour } });
        var nearPublished = await client.NextDiagnosticsAsync(near);

        static IEnumerable<string?> Codes(System.Text.Json.JsonElement published) =>
            published.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString());
        Assert.Contains("EL3005", Codes(farPublished));
        Assert.DoesNotContain("EL9001", Codes(farPublished));
        Assert.Contains("EL5003", Codes(nearPublished));
    }

    [Theory]
    // Written dates and ISO timestamps at and past the calendar's edges, and in other scripts' digits.
    [InlineData("9999-12-31", true)]
    [InlineData("0001-01-01", true)]
    [InlineData("9999-12-31T23:00:00-05:00", false)]
    [InlineData("0001-01-01T01:00:00+05:00", false)]
    [InlineData("10000-01-01", false)]
    [InlineData("0000-01-01", false)]
    [InlineData("٢٠٢٥-٠٣-٠١", false)]
    [InlineData("２０２５-０３-０１", false)]
    [InlineData("March ٣, ٢٠٢٥", false)]
    [InlineData("March 3, 2025", true)]
    public void A_date_text_is_read_inside_the_calendar_or_not_at_all(string text, bool read)
    {
        Assert.Equal(read, DateText.TryParse(text, out var value));
        if (read)
            Assert.InRange(value.UtcDateTime, DateTime.MinValue, DateTime.MaxValue);
        Assert.False(DateText.TryFind($"Posted {text}.", out _, out _, out _) && !read);
    }

    [Theory]
    [InlineData("10000-01-01")]
    [InlineData("0000-01-01")]
    [InlineData("٢٠٢٥-٠٣-٠١")]
    [InlineData("２０２５-０３-０１")]
    [InlineData("2025-02-30")]
    public void A_date_option_outside_the_calendar_or_in_other_digits_is_a_usage_error(string date)
    {
        File.WriteAllText(Path.Combine(_root, "neighbour.md"), Neighbour);
        var run = CliRunner.Run(_root, "check", ".", "--date", date);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--date '{date}' is not a date", run.Error, StringComparison.Ordinal);
    }

    // ---- Rules that misbehave, in-process: each ends in EL9001 for that rule and document only. ----

    // Fails as told on bad.md only, after a finding of its own; reports the first block elsewhere.
    private sealed class FailingRule(Action<DocumentContext> fail) : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new("EL0911", "Fails", "Block", RuleCategory.Engine, Severity.Warning);

        public override void Initialize(RuleSetup setup) => setup.OnDocumentEnd(context =>
        {
            context.Report(context.Document.Blocks[0].Span);
            if (context.Document.Path == "bad.md")
                fail(context);
        });
    }

    private sealed class EveryBlockRule : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new("EL0912", "Every block", "Block {0}", RuleCategory.Engine, Severity.Info);

        public override void Initialize(RuleSetup setup) => setup.OnBlock(c => c.Report(c.Block.Span, c.Block.Index));
    }

    private static ArticleDocument Doc(string path, string markdown) => Loader.Read(path, new SourceText(markdown), DocumentFormat.Markdown);

    private static (LintResult Result, TimeSpan Elapsed) Lint(Rule rule, LintOptions? options = null)
    {
        var engine = new LintEngine([rule, new EveryBlockRule()], Loader);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var result = engine.Run([Doc("bad.md", "One.\n\nTwo.\n"), Doc("good.md", "Three.\n\nFour.\n")],
            options ?? new LintOptions { MaxDegreeOfParallelism = 1 });
        return (result, started.Elapsed);
    }

    // The failing rule's finding on bad.md is gone, EL9001 names it there, and everything else is kept.
    private static Diagnostic AssertIsolated(LintResult result, string because)
    {
        var failure = Assert.Single(result.Diagnostics, d => d.Id == "EL9001");
        Assert.Equal("bad.md", failure.Path);
        Assert.StartsWith("Rule EL0911 failed on this document and was skipped: ", failure.Message, StringComparison.Ordinal);
        Assert.Contains(because, failure.Message, StringComparison.Ordinal);
        Assert.Equal(["good.md"], result.Diagnostics.Where(d => d.Id == "EL0911").Select(d => d.Path));
        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "EL0912" && d.Path == "bad.md"));
        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "EL0912" && d.Path == "good.md"));
        return failure;
    }

    public static TheoryData<string, Action<DocumentContext>, string> Failures => new()
    {
        { "its own OperationCanceledException", _ => throw new OperationCanceledException("rule gave up"), "OperationCanceledException: rule gave up" },
        { "its own TaskCanceledException", _ => throw new TaskCanceledException("timed out inside"), "TaskCanceledException: timed out inside" },
        { "a cancellation of a token of its own", _ => new CancellationToken(canceled: true).ThrowIfCancellationRequested(), "OperationCanceledException" },
        { "a negative span", c => c.Report(new TextSpan(-5, 2)), "reported its span at -5+2, outside the document (0 to 11)" },
        { "a negative length", c => c.Report(new TextSpan(3, -2)), "reported its span at 3+-2, outside the document" },
        { "a span past the end", c => c.Report(new TextSpan(5, 100)), "reported its span at 5+100, outside the document (0 to 11)" },
        { "a span whose end overflows", c => c.Report(new TextSpan(int.MaxValue, 10)), "outside the document" },
        { "a related span past the end", c => c.Report(new TextSpan(0, 1), [(new TextSpan(50, 1), "there")]), "reported a related span at 50+1" },
        { "a fix past the end", c => c.Report(new TextSpan(0, 1), new ReportDetails { Fixes = [new Fix("Replace", [new TextEdit(new TextSpan(9, 40), "x")])] }), "reported a fix's span at 9+40" },
        { "deep recursion", _ => Recurse(0), "InsufficientExecutionStackException" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void A_rule_that_fails_gives_EL9001_for_that_rule_and_document_and_every_other_finding_is_kept(string what, Action<DocumentContext> fail, string because)
    {
        _ = what;
        AssertIsolated(Lint(new FailingRule(fail)).Result, because);
    }

    // Recursion as a rule might do it, guarded the way the engine expects: the guard's exception is caught.
    private static int Recurse(int depth)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return Recurse(depth + 1) + 1;
    }

    [Fact]
    public void A_rule_that_waits_on_its_token_is_stopped_at_its_time_budget()
    {
        var rule = new FailingRule(c =>
        {
            while (true)
            {
                c.CancellationToken.ThrowIfCancellationRequested();
                Thread.Sleep(10);
            }
        });
        var (result, elapsed) = Lint(rule, new LintOptions { MaxDegreeOfParallelism = 1, RuleTimeBudget = TimeSpan.FromMilliseconds(300) });
        AssertIsolated(result, "ran past its time budget of 0.3 s");
        Assert.InRange(elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_rule_that_asks_for_its_token_late_gets_the_deadline_its_budget_started_with()
    {
        // The token's timer is made when a rule first asks for the token: its deadline still counts from the rule's start.
        bool? cancelled = null;
        var rule = new FailingRule(c =>
        {
            Thread.Sleep(400);
            cancelled = c.CancellationToken.IsCancellationRequested;
        });
        var (result, _) = Lint(rule, new LintOptions { MaxDegreeOfParallelism = 1, RuleTimeBudget = TimeSpan.FromMilliseconds(300) });
        Assert.True(cancelled);
        AssertIsolated(result, "ran past its time budget of 0.3 s");
    }

    [Fact]
    public void A_rule_that_reports_without_end_is_stopped_at_its_time_budget()
    {
        var rule = new FailingRule(c =>
        {
            while (true)
                c.Report(new TextSpan(0, 1));
        });
        var (result, elapsed) = Lint(rule, new LintOptions { MaxDegreeOfParallelism = 1, RuleTimeBudget = TimeSpan.FromMilliseconds(300), RuleAllocationBudget = long.MaxValue });
        AssertIsolated(result, "ran past its time budget of 0.3 s");
        Assert.InRange(elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_slow_rule_is_stopped_between_the_engines_calls_into_it()
    {
        // 200 sentences at 20 ms each would take 4 s; the budget stops it after the call that crosses 300 ms.
        var rule = new SlowSentenceRule();
        var engine = new LintEngine([rule, new EveryBlockRule()], Loader);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var result = engine.Run([Doc("bad.md", string.Concat(Enumerable.Repeat("A sentence. ", 200)) + "\n")],
            new LintOptions { MaxDegreeOfParallelism = 1, RuleTimeBudget = TimeSpan.FromMilliseconds(300) });
        var failure = Assert.Single(result.Diagnostics, d => d.Id == "EL9001");
        Assert.Contains("Rule EL0913 failed on this document and was skipped: ran past its time budget of 0.3 s", failure.Message, StringComparison.Ordinal);
        Assert.Single(result.Diagnostics, d => d.Id == "EL0912");
        Assert.InRange(started.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void Extracting_the_shared_facts_is_not_charged_to_the_first_rule_that_asks_for_them()
    {
        // Tokens take 600 ms to extract here (a huge document would); each rule may take 300 ms of its own. Whichever
        // rule asks first must not be stopped for work every rule shares.
        var facts = FactExtractors.Default.With<Token>(m =>
        {
            Thread.Sleep(600);
            return Tokenizer.TokenizeDocument(m.Document);
        });
        var engine = new LintEngine([new TokenCountRule(), new EveryBlockRule()], Loader, facts);

        var result = engine.Run([Doc("big.md", "Many words here.\n")], new LintOptions { MaxDegreeOfParallelism = 1, RuleTimeBudget = TimeSpan.FromMilliseconds(300) });

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "EL9001");
        Assert.Single(result.Diagnostics, d => d.Id == "EL0918");
    }

    private sealed class TokenCountRule : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new("EL0918", "Counts tokens", "{0} tokens", RuleCategory.Engine, Severity.Info);

        public override void Initialize(RuleSetup setup) => setup.OnDocumentEnd(c => c.Report(c.Model.Document.Blocks[0].Span, c.Model.Tokens.Count));
    }

    private sealed class SlowSentenceRule : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new("EL0913", "Slow", "Slow", RuleCategory.Engine, Severity.Info);

        public override void Initialize(RuleSetup setup) => setup.OnSentence(_ => Thread.Sleep(20));
    }

    [Fact]
    public void A_rule_that_allocates_without_bound_is_stopped_at_its_allocation_budget()
    {
        var kept = new List<byte[]>();
        var rule = new FailingRule(c =>
        {
            while (true)
            {
                kept.Add(new byte[1 << 20]);
                c.Report(new TextSpan(0, 1));
            }
        });
        var (result, _) = Lint(rule, new LintOptions { MaxDegreeOfParallelism = 1, RuleAllocationBudget = 64L << 20 });
        AssertIsolated(result, "past its budget of 64 MB");
        Assert.InRange(kept.Count, 60, 70);
    }

    // On one thread, and with a run's only document's rules shared over two (the cancellation then comes from either).
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void The_runs_own_cancellation_still_ends_the_run(int threads)
    {
        using var run = new CancellationTokenSource();
        var rule = new FailingRule(c =>
        {
            run.Cancel();
            c.CancellationToken.ThrowIfCancellationRequested();
        });
        var engine = new LintEngine([rule, new EveryBlockRule()], Loader);
        var thrown = Assert.ThrowsAny<OperationCanceledException>(() =>
            engine.Run([Doc("bad.md", "One.\n")], new LintOptions { MaxDegreeOfParallelism = threads }, run.Token));
        Assert.Equal(run.Token, thrown.CancellationToken);
    }

    // ---- Workspace rules: a failure on one file keeps the findings for the others and is blamed on that file. ----

    /// <summary>A document's first block, the fact the workspace rules below compare.</summary>
    private sealed record FirstBlock(ArticleDocument Document, TextSpan Span, bool Wait);

    // Reports each document's first block once every document is in; reading the document named in its constructor
    // fails as told; with `wait`, the comparison waits on its token until the time budget cancels it. What a match does
    // comes from its facts: the definition is compiled once per type for the process, with the first instance's values.
    private sealed class FailingWorkspaceRule(string? failOn, Func<Exception> failure, bool wait = false, Func<ArticleDocument, TextSpan?>? badSpan = null) : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new("EL0914", "Fails across files", "Seen", RuleCategory.Engine, Severity.Info);

        public override void Initialize(RuleSetup setup) => setup.UseWorkspaceFacts(new Definition(failOn, failure, wait, badSpan));

        private sealed class Definition(string? failOn, Func<Exception> failure, bool wait, Func<ArticleDocument, TextSpan?>? badSpan) : WorkspaceFactRule
        {
            public override IEnumerable<object> Facts(SemanticModel model)
            {
                if (failOn is null || model.Document.Path == failOn)
                    throw failure();
                return [new FirstBlock(model.Document, badSpan?.Invoke(model.Document) ?? model.Document.Blocks[0].Span, wait)];
            }

            public override void Define()
            {
                WorkspaceRun run = null!;
                IEnumerable<FirstBlock> blocks = null!;
                When()
                    .Match(() => run)
                    .Query(() => blocks, q => q.Match<FirstBlock>().Collect());
                Then()
                    .Yield(_ => new WorkspaceFindings(Compare(blocks, run.CancellationToken)));
            }
        }

        private static List<WorkspaceFinding> Compare(IEnumerable<FirstBlock> blocks, CancellationToken cancellationToken)
        {
            var findings = blocks.Select(b => new WorkspaceFinding(b.Document, b.Span, [])).ToList();
            if (blocks.Any(b => b.Wait))
            {
                cancellationToken.WaitHandle.WaitOne();
                cancellationToken.ThrowIfCancellationRequested();
            }
            return findings;
        }
    }

    public static TheoryData<string> WorkspaceFailures => new() { "throws", "cancels itself", "bad span" };

    [Theory]
    [MemberData(nameof(WorkspaceFailures))]
    public void A_workspace_rule_that_fails_on_one_file_keeps_its_findings_for_the_others_and_blames_that_file(string how)
    {
        var rule = how switch
        {
            "throws" => new FailingWorkspaceRule("b.md", () => new InvalidOperationException("b is odd")),
            "cancels itself" => new FailingWorkspaceRule("b.md", () => new OperationCanceledException("b is odd")),
            _ => new FailingWorkspaceRule("none", () => new InvalidOperationException(), badSpan: d => d.Path == "b.md" ? new TextSpan(0, 1000) : null),
        };
        var engine = new LintEngine([rule, new EveryBlockRule()], Loader);
        var result = engine.Run([Doc("a.md", "A.\n"), Doc("b.md", "B.\n"), Doc("c.md", "C.\n")], new LintOptions { MaxDegreeOfParallelism = 1 });

        var failure = Assert.Single(result.Diagnostics, d => d.Id == "EL9001");
        Assert.Equal("b.md", failure.Path);
        Assert.StartsWith("Rule EL0914 failed on this document and was skipped: ", failure.Message, StringComparison.Ordinal);
        Assert.Equal(["a.md", "c.md"], result.Diagnostics.Where(d => d.Id == "EL0914").Select(d => d.Path));
        Assert.Equal(3, result.Diagnostics.Count(d => d.Id == "EL0912"));
    }

    [Fact]
    public void In_an_editor_session_a_workspace_rule_failing_on_one_file_keeps_the_others_findings_on_every_lint()
    {
        var engine = new LintEngine([new FailingWorkspaceRule("b.md", () => new InvalidOperationException("b is odd"))], Loader);
        var session = new WorkspaceSession(engine, new LintOptions { MaxDegreeOfParallelism = 1 });
        foreach (var name in new[] { "a.md", "b.md", "c.md" })
            session.SetBuffer(Path.Combine(_root, name), name, $"{name}.\n", DocumentFormat.Markdown);

        for (var lint = 0; lint < 2; lint++)
        {
            var result = session.Lint([Path.Combine(_root, "a.md"), Path.Combine(_root, "b.md"), Path.Combine(_root, "c.md")]);
            Assert.Equal([("a.md", "EL0914"), ("b.md", "EL9001"), ("c.md", "EL0914")], result.Diagnostics.Select(d => (d.Path, d.Id)));
        }
    }

    [Fact]
    public void The_runs_own_cancellation_while_a_workspace_rule_reads_a_file_ends_the_run()
    {
        using var run = new CancellationTokenSource();
        var engine = new LintEngine([new FailingWorkspaceRule("b.md", () =>
        {
            run.Cancel();
            return new OperationCanceledException(run.Token);
        })], Loader);
        Assert.ThrowsAny<OperationCanceledException>(() =>
            engine.Run([Doc("a.md", "A.\n"), Doc("b.md", "B.\n")], new LintOptions { MaxDegreeOfParallelism = 1 }, run.Token));
    }

    [Fact]
    public void A_workspace_rule_past_its_time_is_stopped_once_and_reports_nothing()
    {
        var engine = new LintEngine([new FailingWorkspaceRule("none", () => new InvalidOperationException(), wait: true)], Loader);
        var documents = Enumerable.Range(0, 6).Select(i => Doc($"{i}.md", "Text.\n")).ToList();
        var result = engine.Run(documents, new LintOptions { MaxDegreeOfParallelism = 1, RuleTimeBudget = TimeSpan.FromMilliseconds(50) });

        var failure = Assert.Single(result.Diagnostics, d => d.Id == "EL9001");
        Assert.Contains("time budget", failure.Message, StringComparison.Ordinal);
        Assert.Contains("no one document is to blame", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "EL0914");
    }

    [Fact]
    public void A_workspace_rules_budget_grows_with_the_files_but_is_capped()
    {
        var options = new LintOptions { RuleTimeBudget = TimeSpan.FromSeconds(5), RuleAllocationBudget = 2L << 30 };
        var (oneTime, oneBytes) = RuleBudget.WorkspaceLimits(options, 1);
        var (manyTime, manyBytes) = RuleBudget.WorkspaceLimits(options, 100_000);

        Assert.Equal(TimeSpan.FromSeconds(5), oneTime);
        Assert.Equal(2L << 30, oneBytes);
        Assert.True(manyTime > oneTime && manyTime <= RuleBudget.WorkspaceTimeCap, $"{manyTime}");
        Assert.True(manyBytes > oneBytes && manyBytes <= RuleBudget.WorkspaceAllocationCap, $"{manyBytes}");
    }

    [Fact]
    public void A_workspace_rule_that_fails_on_every_file_is_blamed_on_each_and_the_run_goes_on()
    {
        var engine = new LintEngine([new FailingWorkspaceRule(null, () => new InvalidOperationException("always")), new EveryBlockRule()], Loader);
        var documents = Enumerable.Range(0, 4).Select(i => Doc($"{i}.md", "Text.\n")).ToList();
        var result = engine.Run(documents, new LintOptions { MaxDegreeOfParallelism = 1 });

        Assert.Equal(["0.md", "1.md", "2.md", "3.md"], result.Diagnostics.Where(d => d.Id == "EL9001").Select(d => d.Path));
        Assert.Equal(4, result.Diagnostics.Count(d => d.Id == "EL0912"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "EL0914");
    }
}
