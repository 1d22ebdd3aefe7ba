using System.Collections.Concurrent;
using System.Diagnostics;
using EditLint.Caching;
using EditLint.Configuration;
using EditLint.Diagnostics;
using EditLint.Documents;
using EditLint.Packs;
using EditLint.Rules;
using EditLint.Semantics;
using EditLint.Text;
using Diagnostic = EditLint.Diagnostics.Diagnostic;

namespace EditLint.Engine;

/// <summary>
/// Runs every rule over every document: load, build the semantic model, dispatch blocks, sentences and
/// fact rules, then workspace rules over all documents; isolate rules that throw (EL9001); sort the findings.
/// Documents are linted in parallel; the result does not depend on scheduling.
/// </summary>
public sealed class LintEngine
{
    private readonly IReadOnlyList<Rule> _rules;
    private readonly DocumentLoader _loader;
    private readonly FactExtractors _facts;
    // How a document read here is read again from its text when its blocks are asked for after they were let go.
    private readonly Func<ArticleDocument, ArticleDocument> _readAgain;

    /// <summary>Creates an engine for <paramref name="rules"/>.</summary>
    public LintEngine(IEnumerable<Rule> rules, DocumentLoader loader, FactExtractors? facts = null)
    {
        _rules = [.. rules.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)];
        _loader = loader;
        _readAgain = document => _loader.Read(document.Path, document.Source, document.Format);
        _facts = facts ?? FactExtractors.Default;
        var duplicate = _rules.GroupBy(r => r.Descriptor.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"Two rules share the ID {duplicate.Key}.");
        // Each rule is set up once, here: a rule whose setup throws is reported on every document it would have
        // linted (EL9001).
        _setups = [.. _rules.Select(SetUp)];
    }

    private readonly IReadOnlyList<RuleSetup> _setups;

    /// <summary>The rules' descriptors followed by the engine's own.</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors => [.. _rules.Select(r => r.Descriptor), .. EngineRules.All];

    /// <summary>The loader the engine reads files with.</summary>
    public DocumentLoader Loader => _loader;

    /// <summary>A new engine with <paramref name="rules"/> added (pack rules a content repo's configuration brings).</summary>
    public LintEngine WithRules(IEnumerable<Rule> rules) => new([.. _rules, .. rules], _loader, _facts);

    /// <summary>Lints files. <paramref name="files"/> pairs each path on disk with the name reports use.</summary>
    public LintResult Run(IReadOnlyList<(string Path, string DisplayPath)> files, LintOptions options, CancellationToken cancellationToken = default)
    {
        // Each file is read when its turn comes in the document stage, not all before it: a run over many files would
        // otherwise hold every document's text and blocks at once (the 8× corpus: about 1 GB at its peak).
        var inputs = files.Select(f => new Input(f.DisplayPath, f.Path, LoadResult.NotRead) { ReadHere = true }).ToList();
        return Lint(inputs, options, Stopwatch.StartNew(), cancellationToken);
    }

    /// <summary>Lints documents that are already read (editors, tests).</summary>
    public LintResult Run(IReadOnlyList<ArticleDocument> documents, LintOptions options, CancellationToken cancellationToken = default) =>
        Lint([.. documents.Select(d => new Input(d.Path, d.Path, new LoadResult(d)))], options, Stopwatch.StartNew(), cancellationToken);

    /// <summary>One file of a run: the name reports use, the path its configuration is looked up by, what loading gave.</summary>
    internal sealed record Input(string Path, string DiskPath, LoadResult Load)
    {
        /// <summary>What loading gave; a deferred document is replaced by the one read from it (<see cref="DocumentLoader.Complete"/>).</summary>
        public LoadResult Load { get; set; } = Load;

        public DocumentSettings Settings { get; set; } = DocumentSettings.Default;

        /// <summary>True when the engine read the document from its file (it may then let its blocks go: no caller holds it).</summary>
        public bool ReadHere { get; init; }

        /// <summary>The input's key in the run's store, once worked out.</summary>
        public string? StoreKey { get; set; }

        // One input is one file of the run, whatever its properties become: sets of inputs (the ones reported on) must
        // still find it after its document is read or its key is worked out.
        public bool Equals(Input? other) => ReferenceEquals(this, other);

        public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
    }

    /// <summary>
    /// What the document stage gave for one input: its model (when it could be read) and its findings. A run over many
    /// files lets the model go once the workspace rules have read their facts from it (<paramref name="Workspace"/>).
    /// </summary>
    internal sealed record DocumentPass(SemanticModel? Model, IReadOnlyList<Report> Reports, IReadOnlyList<Diagnostic> EngineFindings, WorkspaceDocument? Workspace = null)
    {
        /// <summary>The days the reports hold on, as far as they depend on today's date (a run with a store watches).</summary>
        public DayRange Days { get; init; } = DayRange.Always;

        /// <summary>Where <see cref="Reports"/> are when the run put them in its scratch file (they are then empty here).</summary>
        public SpilledReports? Spilled { get; init; }
    }

    /// <summary>
    /// Where a document's reports are in the run's scratch file (<see cref="ScratchFile"/>), about which document, and the
    /// run's table of messages, which the reports read back share again.
    /// </summary>
    internal sealed record SpilledReports(ScratchFile File, long Offset, int Length, ArticleDocument Document, ConcurrentDictionary<string, string> Messages);

    /// <summary>
    /// The reports a run's documents gave so far, against how many it holds in memory: once past, it holds no more (the
    /// files linted in parallel count together) and makes its findings again whenever they are read.
    /// </summary>
    private sealed class HeldReports(int limit)
    {
        private long _count;

        /// <summary>Counts <paramref name="reports"/> more; true while all of them so far are within the limit.</summary>
        public bool TryHold(int reports) => Interlocked.Add(ref _count, reports) <= limit;

        /// <summary>True once the run's documents gave more reports than the limit.</summary>
        public bool Overflowed => Interlocked.Read(ref _count) > limit;
    }

    /// <summary>What the workspace stage gave: reports of the workspace rules, and EL9001 for those that threw.</summary>
    internal sealed record WorkspacePass(IReadOnlyList<Report> Reports, IReadOnlyList<Diagnostic> EngineFindings);

    private LintResult Lint(List<Input> inputs, LintOptions options, Stopwatch stopwatch, CancellationToken cancellationToken)
    {
        var setups = Setups(options);
        foreach (var input in inputs)
            input.Settings = options.SettingsFor(input.DiskPath);
        // The fact rules' session factories compile in the background while the first files are read, those of the rules
        // some file of the run has on: a rule that is off costs no compile. A run of one document compiles only the
        // first there, and the rest as its rules need them. (Workspace definitions are compiled when a run first has two
        // documents to compare: a one-file run needs none.)
        var on = On(setups, inputs, options).ToList();
        var alone = inputs.Count == 1;
        PreparingFactRules = FactRuleSessions.Prepare(on.SelectMany(s => s.FactRules), firstOnly: alone);
        // A shipped pack's rule builds its patterns when first asked: those of the rules on are built in the background
        // too, while the first files are read. (One that fails to build fails again, and is reported, when it runs.)
        var packs = on.Select(s => s.Rule).OfType<PackRule>().Where(r => !r.IsPrepared).ToList();
        if (packs.Count > 0)
            PreparingPacks = Task.Run(() => packs.ForEach(PrepareQuietly), CancellationToken.None);
        var wanted = options.ReportOn is { } reportOn ? inputs.Where(i => reportOn(i.DiskPath)).ToHashSet() : null;
        var passes = new DocumentPass[inputs.Count];
        // Each model goes as soon as its document is done (the corpus's models were 250 of a run's 440 MB): the rules
        // comparing articles read their facts from it first, when there is more than one document to compare (or a
        // store to keep them for the next run or the merge of shards).
        var definitions = inputs.Count > 1 || options.Store is not null ? setups.SelectMany(s => s.WorkspaceFactRules).ToList() : [];
        // A run's findings repeat their messages ("The article names no author …" once per article; the corpus's 17,370
        // findings have 3,041 different ones): each kept once while the findings wait for the report.
        var messages = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        // Over many files, the packed texts and the reports wait in a scratch file (16 copies of the corpus: about 174 MB
        // of text); the findings and the report read them back. It closes, and goes, when the last document holding one of
        // its texts does.
        var readHere = inputs.Count(i => i.ReadHere);
        var spill = readHere >= options.SpillFrom ? ScratchFile.ForRun() : null;
        var held = new HeldReports(options.HoldReportsUpTo);
        // A run of one file makes its report right after its rules: nothing else waits for the memory packing would save
        // (and packing loads the compressor: a few milliseconds of a one-file run's start-up).
        var packTexts = readHere > 1;
        var stored = options.Store is { } store ? new StoredPasses(store, setups, [typeof(LintEngine).Assembly, _facts.GetType().Assembly, .. _loader.ReaderTypes.Select(t => t.Assembly)], options) : null;
        void LintInput(int i)
        {
            var runRules = wanted?.Contains(inputs[i]) ?? true;
            // With a store, a text file is decoded but not read until the store turns out not to have it.
            if (ReferenceEquals(inputs[i].Load, LoadResult.NotRead))
                inputs[i].Load = options.Store is null ? _loader.Load(inputs[i].DiskPath, inputs[i].Path, options) : _loader.LoadDeferred(inputs[i].DiskPath, inputs[i].Path, options);
            if (stored?.Find(inputs[i]) is { } found)
            {
                options.DocumentLinted?.Invoke(found.Reports.Count + found.EngineFindings.Count);
                Keep(i, found);
                return;
            }
            inputs[i].Load = _loader.Complete(inputs[i].Load);
            var pass = RunDocument(inputs[i], setups, options, runRules, cancellationToken, shareRules: alone);
            options.DocumentLinted?.Invoke(pass.Reports.Count + pass.EngineFindings.Count);
            var workspace = pass.Model is { } model && definitions.Count > 0 ? WorkspaceDocument.Read(model, definitions, Describe, cancellationToken) : null;
            passes[i] = pass with { Model = null, Workspace = workspace };
            // The rules are done with the blocks; the report needs the text alone.
            if (inputs[i] is { ReadHere: true, Load.Document: { } read } && !DocumentFormats.IsBinary(read.Format))
                read.LetGoOfBlocks(_readAgain);
            // A document whose rules did not all run (a file --changed-since leaves out, a rule that failed) is not kept.
            if (runRules)
                stored?.Keep(inputs[i], passes[i]);
            Keep(i, passes[i]);
        }
        // What waits for the report: the pass (its reports in the scratch file, over many files) and the text, packed.
        void Keep(int i, DocumentPass pass)
        {
            passes[i] = Kept(pass, inputs[i], spill, messages, held);
            if (packTexts)
                PackText(inputs[i], spill);
        }
        // One input is linted on this thread: Parallel.For's first use (3-12 ms of a one-file run, in stamped runs) buys
        // nothing for one item, and its rules share the cores anyway.
        if (inputs.Count == 1)
        {
            // As Parallel.For does: a run cancelled before or while its input is linted ends in cancellation.
            cancellationToken.ThrowIfCancellationRequested();
            LintInput(0);
            cancellationToken.ThrowIfCancellationRequested();
        }
        else
            Parallel.For(0, inputs.Count, ParallelOptionsFor(options, cancellationToken), LintInput);
        // Over many documents, or after a huge one, what their analysis left is collected before the comparisons add their
        // own on top of it (16 copies of the corpus: 20 MB less at the run's peak; the 9.9 MB line: 425-428 MB against
        // 437 MB, without ConserveMemory), and compacted, its free memory given back.
        var collectBetweenStages = inputs.Count >= CollectAfterDocuments || inputs.Any(i => i.Load.Document?.Source.Length >= CollectFrom);
        if (options.CompareArticles && collectBetweenStages)
            CollectAndGiveBack();
        var workspace = options.CompareArticles ? RunWorkspace(setups, inputs, passes, options, cancellationToken) : new WorkspacePass([], []);
        // The findings are built from the reports and the documents alone: what the workspace rules read (on a 10 MB
        // line, hundreds of thousands of name words; over 16 copies of the corpus, 200 MB) goes before the findings and
        // the report are written. After a huge document, or over many, it is collected at once: left to itself, the GC
        // grew the heap with the findings on top of it (16 copies of the corpus: 1,067 MB of heap at the report's end
        // without this collection, 611 MB with it).
        for (var i = 0; i < passes.Length; i++)
            passes[i] = passes[i] with { Workspace = null };
        // Compacted, and its free memory given back: a plain collection left the heap the comparisons had grown to (16
        // copies of the corpus: 203 MB committed for 79 MB live), and the findings grew the process on top of it.
        if (collectBetweenStages)
            CollectAndGiveBack();
        return Finish(inputs, passes, workspace, wanted is null ? inputs : [.. inputs.Where(wanted.Contains)], options, stopwatch, letGoOfPasses: true,
            deferFindings: spill is not null && held.Overflowed);
    }

    private static List<Report> SharingMessages(IReadOnlyList<Report> reports, ConcurrentDictionary<string, string> messages) =>
        [.. reports.Select(r => messages.GetOrAdd(r.Message, r.Message) is var shared && ReferenceEquals(shared, r.Message) ? r : r with { Message = shared })];

    // A pass is kept for the whole run, and most have no findings of the engine's own: they share one empty list.
    private static IReadOnlyList<Diagnostic> Listed(ConcurrentBag<Diagnostic> engineFindings) => engineFindings.IsEmpty ? [] : [.. engineFindings];

    // Until the findings are made (Finish), a pass's reports wait in the scratch file, as the text does (they share the
    // run's copy of each message when read back), or else in memory, sharing it now: in memory while the run holds no more
    // than its share of them (HoldReportsUpTo).
    private static DocumentPass Kept(DocumentPass pass, Input input, ScratchFile? spill, ConcurrentDictionary<string, string> messages, HeldReports held)
    {
        // The facts the comparisons read wait there too, as far as their definitions keep them in bytes.
        if (spill is not null)
            pass.Workspace?.MoveBytesTo(spill);
        if (spill is not null && pass.Reports.Count > 0 && input.Load.Document is { } document && !held.TryHold(pass.Reports.Count))
        {
            var bytes = StoredDocument.WriteReports(pass.Reports);
            if (spill.Append(bytes) is { } offset)
                return pass with { Reports = [], Spilled = new SpilledReports(spill, offset, bytes.Length, document, messages) };
        }
        return pass with { Reports = SharingMessages(pass.Reports, messages) };
    }

    // Until the report, a document read here is needed for its findings' positions and the text they flag, which the
    // text packed serves (a caller's document is left as it is given). A huge one is not packed: packing and unpacking
    // it take buffers as large as its text at the run's peak (the 9.9 MB line: 506 MB against its 500 MB bound), and it
    // is one file, not the many a run's memory grows with.
    private static void PackText(Input input, ScratchFile? spill)
    {
        if (input is { ReadHere: true, Load.Document: { } read } && read.Source.Length < CollectFrom)
            read.Source.Pack(spill);
    }

    /// <summary>The rules that run under <paramref name="options"/> (a rule turned off for the whole run is not set up).</summary>
    internal List<RuleSetup> Setups(LintOptions options) =>
        [.. _setups.Where(s => !SeverityPolicy.OffForTheRun(s.Rule.Descriptor, options))];

    /// <summary>The rules on for at least one of <paramref name="inputs"/> (by the run's options and each one's configuration).</summary>
    private static IEnumerable<RuleSetup> On(List<RuleSetup> setups, List<Input> inputs, LintOptions options)
    {
        // Inputs of one folder share their settings: each distinct configuration is asked once.
        var settings = inputs.Select(i => i.Settings).Distinct(ReferenceEqualityComparer.Instance).Cast<DocumentSettings>().ToList();
        return setups.Where(s => settings.Any(d => SeverityPolicy.Of(s.Rule.Descriptor, options, d) != Severity.None));
    }

    /// <summary>True when some rule compares documents with each other.</summary>
    internal static bool HasWorkspaceRules(List<RuleSetup> setups) => setups.Any(s => s.WorkspaceFactRules.Count > 0);

    /// <summary>
    /// The document stage of one input: build its model and, when <paramref name="runRules"/>, run the document rules
    /// on it. Without the rules, the model alone serves the workspace stage (a file an editor does not show).
    /// <paramref name="model"/> is the input's model from an earlier pass, to run the rules on facts already computed.
    /// With <paramref name="shareRules"/> (the document is the run's only one), its rules share out over the cores.
    /// </summary>
    internal DocumentPass RunDocument(Input input, List<RuleSetup> setups, LintOptions options, bool runRules, CancellationToken cancellationToken, SemanticModel? model = null, bool shareRules = false)
    {
        var (path, _, load) = input;
        var settings = input.Settings;
        var engineFindings = new ConcurrentBag<Diagnostic>();
        var reports = new List<Report>();
        if (load.Problem is not null)
            return new DocumentPass(null, [], [InputProblem(path, load.Problem, new LinePositionSpan(load.ProblemPosition, load.ProblemPosition), default, options, settings)]);
        if (load.Document is not { } document)
            return new DocumentPass(null, [], []);
        foreach (var finding in ReaderProblems(input, options))
            engineFindings.Add(finding);

        if (model is null)
        {
            // The reference date is this document's business: if working it out fails, the document goes on
            // without one (EL9001 says why) and the run goes on.
            MetadataValue<DateTimeOffset>? published = null;
            try
            {
                published = PublicationDates.Resolve(document, settings.DateFromFileName && !options.DateFromFileName ? options with { DateFromFileName = true } : options);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                engineFindings.Add(Create(EngineRules.RuleFailed, path, default, default,
                    EngineRules.RuleFailed.FormatMessage(PublicationDateStep, Describe(e)), options, settings));
            }
            model = new SemanticModel(document, _facts, settings, published);
        }
        if (runRules)
        {
            // A rule switched off for this document does not run on it at all.
            var rules = RulesFor(setups, options, settings);
            foreach (var failed in rules.Failed)
                engineFindings.Add(Create(EngineRules.RuleFailed, path, default, default, EngineRules.RuleFailed.FormatMessage(failed.Rule.Descriptor.Id, failed.Failure), options, settings));
            var running = rules.Running;
            // Shared facts first, outside every rule's budget: a rule pays for its own work, not for the tokens,
            // quotations and figures all rules read. Only the kinds the running rules read (and what those are read
            // from): with the date and figure rules off, no dates are read.
            var factsStart = System.Diagnostics.Stopwatch.GetTimestamp();
            model.ExtractAll(options.Timings, rules.Reads);
            options.Timings?.Add(RuleTimings.SharedFacts, factsStart);
            // Reading a huge document's facts allocates gigabytes on two threads and leaves much of it in gen2, which
            // the GC would let the rules' allocations pile onto up to the heap limit: one full collection here starts
            // the rules from what the facts hold (the 9.9 MB line: 461-471 MB peak without it, 424-431 MB with it).
            if (document.Source.Length >= CollectFrom)
                GC.Collect();
            var byRule = new IReadOnlyList<Report>[running.Count];
            // With a store, each rule sees the clock through a watch: what it found from today's date is kept for the days it holds on.
            var watches = new DayWatch?[running.Count];
            void Run(int i)
            {
                var setup = running[i];
                // The clock only for --verbose's timings: a read per rule on every document.
                var start = options.Timings is null ? 0 : System.Diagnostics.Stopwatch.GetTimestamp();
                var ruleOptions = options.Store is null ? options : options with { Clock = watches[i] = new DayWatch(options.Clock) };
                byRule[i] = RunIsolated(setup, model, engineFindings, options, ruleOptions, settings, cancellationToken);
                options.Timings?.Add(setup.Rule.Descriptor.Id, start);
            }
            // A huge document's rules share out over the cores, each taking the next rule when it is done with one (the
            // 9.9 MB line: 5 s of rules, one rule at most 1.2 s), and so do those of a run's only document, whose cores
            // have no other document to work on (a one-file run: 176 → 161 ms with the first-only compile above). A rule
            // still runs whole on one thread, which its allocation budget needs, and the findings are kept in rule order.
            var workers = shareRules || document.Source.Length >= SemanticModel.ParallelFrom ? Math.Min(options.MaxDegreeOfParallelism, running.Count) : 1;
            if (workers > 1)
            {
                // The rules with NRules sessions go last, so that a one-file run's cores do the other rules while the
                // background compiles the sessions' factories, rather than wait for it (the findings keep rule order).
                // (A loop, not LINQ over ints: that is generic code the JIT would compile at start-up.)
                var order = new int[running.Count];
                var placed = 0;
                for (var pass = 0; pass < 2; pass++)
                {
                    for (var i = 0; i < running.Count; i++)
                    {
                        if (running[i].FactRules.Count > 0 == (pass == 1))
                            order[placed++] = i;
                    }
                }
                ShareOut(workers, order.Length, k => Run(order[k]));
            }
            else
            {
                for (var i = 0; i < running.Count; i++)
                    Run(i);
            }
            foreach (var ruleReports in byRule)
                reports.AddRange(ruleReports);
            Packs.PackScopes.Forget(model);
            var days = watches.OfType<DayWatch>().Aggregate(DayRange.Always, (range, watch) => range.Within(watch.Days));
            return new DocumentPass(model, reports, Listed(engineFindings)) { Days = days };
        }
        return new DocumentPass(model, reports, Listed(engineFindings));
    }

    /// <summary>
    /// Calls <paramref name="run"/> for 0 … <paramref name="count"/> − 1 on this thread and on <paramref name="workers"/> − 1
    /// more from the pool, each taking the next index when it is done with one. Tasks, not Parallel.For, whose first use
    /// costs a one-file run several milliseconds. An exception that reaches it (the run's cancellation: a rule's other
    /// exceptions are its own, reported as EL9001) stops the taking, and is rethrown as it was thrown once every worker
    /// has stopped.
    /// </summary>
    internal static void ShareOut(int workers, int count, Action<int> run)
    {
        var next = -1;
        void Take()
        {
            for (int k; (k = Interlocked.Increment(ref next)) < count;)
                run(k);
        }
        var helpers = new Task[workers - 1];
        for (var w = 0; w < helpers.Length; w++)
            helpers[w] = Task.Run(Take, CancellationToken.None);
        Exception? failure = null;
        try
        {
            Take();
        }
        catch (Exception e)
        {
            failure = e;
            Interlocked.Exchange(ref next, count);
        }
        foreach (var helper in helpers)
        {
            try
            {
                helper.Wait(CancellationToken.None);
            }
            catch (AggregateException e) when (e.InnerException is not null)
            {
                failure ??= e.InnerException;
                Interlocked.Exchange(ref next, count);
            }
        }
        if (failure is not null)
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
    }

    /// <summary>The last run's background building of its pack rules' patterns, if it started one (for tests).</summary>
    internal Task? PreparingPacks { get; private set; }

    /// <summary>The last run's background compiling of its fact rules' session factories, if it started one (for tests).</summary>
    internal Task? PreparingFactRules { get; private set; }

    private static void PrepareQuietly(PackRule rule)
    {
        try
        {
            rule.Prepare();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Left for the rule's own run to report (EL9001).
        }
    }

    /// <summary>
    /// The rules on for a document of <paramref name="settings"/>: those that failed to set up (reported, not run), those
    /// that run, and the kinds of fact they read. A run's documents mostly share their settings, and working these out
    /// for each document was about 1% of a corpus run: the last answer is kept, and given again for the same setups,
    /// options and settings. It is never changed, so threads may share it.
    /// </summary>
    private RunningRules RulesFor(List<RuleSetup> setups, LintOptions options, DocumentSettings settings)
    {
        if (_lastRules is { } last && ReferenceEquals(last.Setups, setups) && ReferenceEquals(last.Options, options) && ReferenceEquals(last.Settings, settings))
            return last;
        var on = setups.Where(s => SeverityPolicy.Of(s.Rule.Descriptor, options, settings) != Severity.None).ToList();
        var failed = on.Where(s => s.Failure is not null).ToList();
        on.RemoveAll(s => s.Failure is not null);
        return _lastRules = new RunningRules(setups, options, settings, failed, on, FactsRead(on));
    }

    private RunningRules? _lastRules;

    private sealed record RunningRules(List<RuleSetup> Setups, LintOptions Options, DocumentSettings Settings, List<RuleSetup> Failed, List<RuleSetup> Running, HashSet<Type>? Reads);

    /// <summary>The kinds of shared fact <paramref name="running"/> read (<see cref="Rule.Reads"/>); null, every kind, when one of them does not say.</summary>
    internal static HashSet<Type>? FactsRead(List<RuleSetup> running)
    {
        var kinds = new HashSet<Type>();
        foreach (var setup in running)
        {
            if (setup.Rule.Reads is not { } reads)
                return null;
            kinds.UnionWith(reads);
        }
        return kinds;
    }

    /// <summary>What the reader of <paramref name="input"/>'s document could not make sense of, as EL9002 findings.</summary>
    internal static IEnumerable<Diagnostic> ReaderProblems(Input input, LintOptions options) =>
        input.Load.Document is { } document ? ReaderProblems(input, document.ReaderProblems, options) : [];

    /// <summary><paramref name="problems"/> (stored with <paramref name="input"/>'s findings) as EL9002 findings.</summary>
    internal static IEnumerable<Diagnostic> ReaderProblems(Input input, IEnumerable<ReaderProblem> problems, LintOptions options) =>
        problems.Select(p => InputProblem(input.Path, p.Message, input.Load.Document!.Source.GetPositionSpan(p.Span), p.Span, options, input.Settings));

    /// <summary>The workspace stage: every workspace rule over the models of every readable input.</summary>
    /// <remarks>
    /// <paramref name="factSessions"/> are the workspace fact rules' sessions to bring up to date (an editor's, kept
    /// between lints); without them, new ones hold this run's documents.
    /// </remarks>
    internal static WorkspacePass RunWorkspace(List<RuleSetup> setups, IReadOnlyList<Input> inputs, IReadOnlyList<DocumentPass> passes, LintOptions options, CancellationToken cancellationToken, WorkspaceFactSessions? factSessions = null)
    {
        var reports = new List<Report>();
        var engineFindings = new List<Diagnostic>();
        // A run's own sessions over many documents collect between comparisons (an editor's, kept between lints, do not:
        // each lint would pay for a full collection).
        RunWorkspaceFacts(factSessions ?? new WorkspaceFactSessions(setups), inputs, passes, options, reports, engineFindings, cancellationToken,
            collectBetween: factSessions is null && inputs.Count >= CollectAfterDocuments);
        return new WorkspacePass(reports, engineFindings);
    }

    private static void RunWorkspaceFacts(WorkspaceFactSessions sessions, IReadOnlyList<Input> inputs, IReadOnlyList<DocumentPass> passes, LintOptions options,
        List<Report> reports, List<Diagnostic> engineFindings, CancellationToken cancellationToken, bool collectBetween = false)
    {
        if (sessions.Sessions.Count == 0)
            return;
        // Keyed by the file on disk (two workspace folders may both hold "a.md"); a key seen twice in one run (two
        // documents given under one path) is told apart by its place, so that neither replaces the other's facts.
        // Sized for every input at once (these live through the comparisons; grown by doubling, they had room for twice).
        var seen = new Dictionary<string, int>(inputs.Count, StringComparer.Ordinal);
        var documents = new List<(string Key, WorkspaceDocument Document)>(inputs.Count);
        var settings = new Dictionary<ArticleDocument, DocumentSettings>(inputs.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < inputs.Count; i++)
        {
            if ((passes[i].Workspace ?? (passes[i].Model is { } model ? WorkspaceDocument.Of(model) : null)) is not { } document)
                continue;
            var key = inputs[i].DiskPath;
            seen[key] = seen.GetValueOrDefault(key) + 1;
            documents.Add((seen[key] == 1 ? key : $"{key}\0{seen[key]}", document));
            settings[inputs[i].Load.Document!] = inputs[i].Settings;
        }
        // One document has nothing to be compared with: no session is made (nor compiled) until there are two.
        if (documents.Count < 2 && sessions.Sessions.All(s => s.IsEmpty))
            return;
        foreach (var session in sessions.Sessions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // What the comparison before this one made and let go (EL4001 reads every article's names three or four times)
            // is collected, and the heap it grew given back, before this one grows it again (16 copies of the corpus: the
            // run's peak was at the end of the last comparison).
            if (collectBetween && session != sessions.Sessions[0])
                CollectAndGiveBack();
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            session.Update(documents, Describe, cancellationToken);
            var (found, failures) = session.Fire(options, Describe, cancellationToken);
            options.Timings?.Add(session.Setup.Rule.Descriptor.Id + " (across articles)", start);
            reports.AddRange(found);
            foreach (var (document, failure) in failures)
            {
                // A failure that blames no document is reported on the run's first.
                if ((document ?? settings.Keys.FirstOrDefault()) is not { } onWhom || !settings.TryGetValue(onWhom, out var onWhomSettings))
                    continue;
                var message = document is null ? $"{failure} (while comparing the run's documents: no one document is to blame, and this comparison's findings were skipped)" : failure;
                engineFindings.Add(Create(EngineRules.RuleFailed, onWhom.Path, default, default,
                    EngineRules.RuleFailed.FormatMessage(session.Setup.Rule.Descriptor.Id, message), options, onWhomSettings));
            }
        }
    }

    // From this many characters on, a document's run collects garbage at the two points where most of what it
    // allocated has just died (after its facts; after the rules, once the models are dropped). Far above any article.
    internal const int CollectFrom = 1_000_000;

    // A full, compacting collection that also gives the free heap back to the system: a plain one leaves the heap a stage
    // grew committed, and the next stage grows the process on top of it.
    private static void CollectAndGiveBack() =>
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    // From this many documents on, the comparisons' facts dying at once are collected before the findings are made.
    private const int CollectAfterDocuments = 10_000;

    // How EL9001 names the step that completes an article's publication date (not a rule).
    private const string PublicationDateStep = "(publication date)";

    // One rule's reports on one document: each checked against the budget and the document, then kept. One object per rule
    // and document, and its list only once the rule reports (most report nothing): closures, delegates and a list were
    // seven objects for each (the engine's allocations per rule run, 88 MB of a corpus run's, are 53 MB with this).
    private sealed class RuleReports(RuleBudget budget)
    {
        private static readonly List<Report> None = [];
        private List<Report>? _kept;

        public IReadOnlyList<Report> Kept => _kept ?? None;

        public void Keep(Report report)
        {
            budget.Check();
            RuleBudget.Validate(report);
            (_kept ??= []).Add(report);
        }
    }

    /// <summary>
    /// Findings of <paramref name="wanted"/> (a subset of <paramref name="inputs"/>): their document findings, the
    /// workspace findings that land in them, configuration problems when every input is wanted; severities applied,
    /// inline suppressions honoured, fingerprinted and sorted.
    /// </summary>
    /// <remarks>
    /// <paramref name="letGoOfPasses"/>: the passes are the run's own, and nothing reads them after; each file's reports
    /// then go once its findings are made. <paramref name="deferFindings"/>: each file's findings are made again whenever
    /// they are read (<see cref="DeferredDiagnostics"/>), from reports the run keeps in its scratch file.
    /// </remarks>
    internal LintResult Finish(IReadOnlyList<Input> inputs, IReadOnlyList<DocumentPass> passes, WorkspacePass workspace, IReadOnlyCollection<Input> wanted, LintOptions options, Stopwatch stopwatch,
        bool letGoOfPasses = false, bool deferFindings = false)
    {
        var settingsByDocument = new Dictionary<ArticleDocument, DocumentSettings>(inputs.Count, ReferenceEqualityComparer.Instance);
        foreach (var input in inputs)
        {
            if (input.Load.Document is { } loadedDocument)
                settingsByDocument[loadedDocument] = input.Settings;
        }
        DocumentSettings SettingsOf(ArticleDocument document) => settingsByDocument.GetValueOrDefault(document) ?? DocumentSettings.Default;

        var everything = wanted.Count == inputs.Count;
        // A run that reports on some of its files (--changed-since) is still one run: its findings about the
        // configuration and the ones that blame no document are reported; an editor's lint of one file is not.
        var runFindings = everything || options.ReportOn is not null;
        var wantedPaths = wanted.Select(i => i.Path).ToHashSet(StringComparer.Ordinal);
        var wantedPasses = new List<DocumentPass>(wanted.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            if (wantedPaths.Contains(inputs[i].Path))
                wantedPasses.Add(passes[i]);
        }

        // What reaches each file (a report, or a finding already made), in the order findings have always been gathered,
        // which the stable sort below keeps among equals. Each file's findings are then made in turn: a run over many
        // files never holds every report and every finding made from it at once.
        var reaching = new Dictionary<string, List<object>>(StringComparer.Ordinal);
        void Reaches(string path, object finding)
        {
            if (!reaching.TryGetValue(path, out var list))
                reaching[path] = list = [];
            list.Add(finding);
        }
        foreach (var pass in wantedPasses)
        {
            if (pass.Spilled is { } spilled)
                Reaches(spilled.Document.Path, spilled);
            foreach (var report in pass.Reports)
                Reaches(report.Document.Path, report);
        }
        foreach (var report in workspace.Reports.Where(r => everything || wantedPaths.Contains(r.Document.Path)))
            Reaches(report.Document.Path, report);
        foreach (var diagnostic in wantedPasses.SelectMany(p => p.EngineFindings)
            .Concat(workspace.EngineFindings.Where(d => everything || wantedPaths.Contains(d.Path) || (runFindings && d.Path.Length == 0)))
            .Concat(runFindings ? options.ConfigurationDiagnostics.Select(d => d with { Severity = SeverityPolicy.OfConfigurationProblem(d, options) }) : []))
            Reaches(diagnostic.Path, diagnostic);
        wantedPasses.Clear();
        if (letGoOfPasses && passes is DocumentPass[] own)
            Array.Clear(own);

        Dictionary<string, RuleDescriptor>? descriptors = null;
        List<Report> ReadBack(SpilledReports spilled)
        {
            descriptors ??= _rules.ToDictionary(r => r.Descriptor.Id, r => r.Descriptor, StringComparer.Ordinal);
            return SharingMessages(StoredDocument.ReadReports(spilled.File.Read(spilled.Offset, spilled.Length), spilled.Document, descriptors), spilled.Messages);
        }

        var documents = wanted.Where(i => i.Load.Document is not null).GroupBy(i => i.Path).ToDictionary(g => g.Key, g => g.First());
        List<Diagnostic> FindingsOf(string path, List<object> reachingFile)
        {
            var diagnostics = new List<Diagnostic>();
            void Add(Diagnostic diagnostic)
            {
                if (diagnostic.Severity != Severity.None)
                    diagnostics.Add(diagnostic);
            }
            foreach (var finding in reachingFile)
            {
                if (finding is SpilledReports spilled)
                    ReadBack(spilled).ForEach(r => Add(ToDiagnostic(r, options, SettingsOf(r.Document))));
                else
                    Add(finding as Diagnostic ?? ToDiagnostic((Report)finding, options, SettingsOf(((Report)finding).Document)));
            }
            if (diagnostics.Count == 0)
                return diagnostics;
            // The text, unpacked once for all of the file's findings: a packed text's copy is held weakly, and a GC between
            // two findings would unpack it again for the next (a 10 MB line has 88,000 findings).
            var text = documents.TryGetValue(path, out var input) ? input.Load.Document!.Source.Text : null;
            string FlaggedText(Diagnostic d) => text is not null && d.Span.End <= text.Length ? text.Substring(d.Span.Start, d.Span.Length) : d.Message;
            if (options.InlineSuppressions && input is not null)
                diagnostics = InlineSuppressions.Apply(input.Load.Document!, diagnostics, d => SeverityPolicy.Of(d, options, input.Settings));
            // A shard has not compared the articles, so a suppression of a comparison's finding would look unused: whether
            // a suppression is used is the merge's to say.
            if (!options.CompareArticles)
                diagnostics = [.. diagnostics.Where(d => d.Id != EngineRules.UnusedSuppression.Id)];
            return [.. Fingerprints.Assign(diagnostics.OrderBy(d => d, DiagnosticOrder.Instance), FlaggedText)];
        }

        var byFile = new Dictionary<string, IReadOnlyList<Diagnostic>>(StringComparer.Ordinal);
        // Deferred, each file's findings are counted as they are first made, and then let go.
        var last = deferFindings ? new DeferredDiagnostics.LastRead() : null;
        var bySeverity = last is null ? null : new Dictionary<Severity, int>();
        var byId = last is null ? null : new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var path in reaching.Keys.ToList())
        {
            var reachingFile = reaching[path];
            reaching.Remove(path);
            var diagnostics = FindingsOf(path, reachingFile);
            if (diagnostics.Count == 0)
                continue;
            if (last is null)
            {
                byFile[path] = diagnostics;
                continue;
            }
            foreach (var diagnostic in diagnostics)
            {
                bySeverity![diagnostic.Severity] = bySeverity.GetValueOrDefault(diagnostic.Severity) + 1;
                byId![diagnostic.Id] = byId.GetValueOrDefault(diagnostic.Id) + 1;
            }
            byFile[path] = new DeferredDiagnostics(diagnostics.Count, () => FindingsOf(path, reachingFile), last);
        }

        var files = wanted
            .Select(input => new FileResult(input.Path, input.Load.Document, byFile.GetValueOrDefault(input.Path) ?? []))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        IReadOnlyList<Diagnostic> sorted = last is null
            ? byFile.Values.SelectMany(v => v).OrderBy(d => d, DiagnosticOrder.Instance).ToList()
            // The one output order is by path first, and each file's findings are in it already.
            : new DeferredRunDiagnostics([.. byFile.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Value)], bySeverity!,
                RuleCount.InIdOrder([.. byId!.Select(c => new RuleCount(c.Key, c.Value))]));
        return new LintResult(files, sorted, Descriptors, stopwatch.Elapsed);
    }

    // The budget is checked between calls into the rule as well as at each report.
    private static void RunDocumentActions(RuleSetup setup, SemanticModel model, DocumentSettings settings, Action<Report> report, LintOptions options, RuleBudget budget)
    {
        var descriptor = setup.Rule.Descriptor;
        var context = new DocumentContext(descriptor, model, report, settings, budget, options);
        foreach (var (scope, action) in setup.BlockActions)
        {
            foreach (var block in model.Document.Blocks)
            {
                if (block.IsIn(scope))
                {
                    action(new BlockContext(context, block, descriptor, report));
                    budget.Check();
                }
            }
        }
        foreach (var action in setup.SentenceActions)
        {
            foreach (var sentence in model.Sentences)
            {
                action(new SentenceContext(context, sentence, descriptor, report));
                budget.Check();
            }
        }
        foreach (var definition in setup.FactRules)
        {
            FactRuleSessions.Run(definition, context);
            budget.Check();
        }
        foreach (var action in setup.DocumentEndActions)
        {
            action(context);
            budget.Check();
        }
    }

    // A rule that throws, overruns its budget or reports outside the document loses its findings for this document
    // only (Roslyn's AD0001); the run's own cancellation is the only exception that goes through.
    private static IReadOnlyList<Report> RunIsolated(RuleSetup setup, SemanticModel model, ConcurrentBag<Diagnostic> engineFindings, LintOptions options, LintOptions ruleOptions,
        DocumentSettings settings, CancellationToken cancellationToken)
    {
        using var budget = new RuleBudget(options.RuleTimeBudget, options.RuleAllocationBudget, cancellationToken);
        try
        {
            var reports = new RuleReports(budget);
            RunDocumentActions(setup, model, settings, reports.Keep, ruleOptions, budget);
            return reports.Kept;
        }
        catch (Exception e) when (budget.Failure(e, Describe) is { } failure)
        {
            engineFindings.Add(Create(EngineRules.RuleFailed, model.Document.Path, default, default,
                EngineRules.RuleFailed.FormatMessage(setup.Rule.Descriptor.Id, failure), options, settings));
            return [];
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The run's cancellation, seen through the rule's linked token: rethrown as the run's own.
            cancellationToken.ThrowIfCancellationRequested();
            throw;
        }
    }

    // A native (AOT) build may lack a frame's method: the description then names no method.
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "A missing method leaves the description without its place.")]
    internal static string Describe(Exception e)
    {
        var frame = new StackTrace(e, fNeedFileInfo: false).GetFrames().FirstOrDefault(f => f.GetMethod()?.DeclaringType is not null);
        var where = frame?.GetMethod() is { } method ? $" in {method.DeclaringType!.Name}.{method.Name}" : "";
        return $"{e.GetType().Name}: {e.Message}{where}";
    }

    private static RuleSetup SetUp(Rule rule)
    {
        var setup = new RuleSetup(rule);
        try
        {
            rule.Initialize(setup);
            return setup;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new RuleSetup(rule) { Failure = Describe(e) };
        }
    }

    // By index into an array: LINQ over the related spans, tuples, has no ReadyToRun code (eight methods at start-up).
    private static RelatedLocation[] RelatedOf(IReadOnlyList<(TextSpan Span, string Message)> related, SourceText source)
    {
        var locations = new RelatedLocation[related.Count];
        for (var i = 0; i < locations.Length; i++)
            locations[i] = new RelatedLocation(related[i].Span, source.GetPositionSpan(related[i].Span), related[i].Message);
        return locations;
    }

    private static Diagnostic ToDiagnostic(Report report, LintOptions options, DocumentSettings settings)
    {
        var source = report.Document.Source;
        var diagnostic = Create(report.Descriptor, report.Document.Path, report.Span, source.GetPositionSpan(report.Span), report.Message, options, settings);
        return diagnostic with
        {
            Severity = SeverityPolicy.Of(report.Descriptor, options, settings, report.Severity),
            // Most findings have none: no empty list for each (over 16 copies of the corpus, 15 MB of them).
            RelatedLocations = report.Related.Count == 0 ? [] : RelatedOf(report.Related, source),
            IsWorkspaceFinding = report.IsWorkspaceFinding,
            Fixes = report.Details.Fixes,
            Properties = report.Details.Properties,
        };
    }

    private static Diagnostic InputProblem(string path, string message, LinePositionSpan position, TextSpan span, LintOptions options, DocumentSettings settings) =>
        Create(EngineRules.InputUnreadable, path, span, position, EngineRules.InputUnreadable.FormatMessage(message), options, settings);

    private static Diagnostic Create(RuleDescriptor descriptor, string path, TextSpan span, LinePositionSpan position, string message, LintOptions options, DocumentSettings settings) => new()
    {
        Descriptor = descriptor,
        Severity = SeverityPolicy.Of(descriptor, options, settings),
        Message = message,
        Path = path,
        Span = span,
        Position = position,
    };

    internal static ParallelOptions ParallelOptionsFor(LintOptions options, CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism), CancellationToken = cancellationToken };
}
