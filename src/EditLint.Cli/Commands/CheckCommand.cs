using System.CommandLine;
using EditLint.Caching;
using EditLint.Cli.Fixing;
using EditLint.Cli.Reporters;
using EditLint.Diagnostics;
using EditLint.Documents;
using EditLint.Engine;
using EditLint.Inputs;

namespace EditLint.Cli.Commands;

/// <summary><c>editlint check [paths|globs…]</c>: lint files and report findings.</summary>
internal static class CheckCommand
{
    public const string DefaultThreshold = "warning";

    public static Command Create(CliContext context) => Build(context, merge: false);

    /// <summary>
    /// The command, or <c>merge</c>'s (<see cref="MergeCommand"/>): a run over the same paths with the same options,
    /// whose documents come from the shards' store.
    /// </summary>
    internal static Command Build(CliContext context, bool merge)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders or globs (default: the current folder). Folders are searched recursively for "
                + string.Join(", ", DocumentFormats.Extensions)
                + " files, skipping bin, obj, .git and node_modules; a file named explicitly is linted whatever its extension.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Report format.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong(ReporterFactory.Formats);
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the report to this file (replaced atomically) instead of standard output.",
            HelpName = "FILE",
        };
        // Warning, as compilers do: info findings are suggestions and do not fail a build.
        var threshold = new Option<string>("--severity-threshold")
        {
            Description = "Exit with 1 when a finding has this severity or a higher one.",
            DefaultValueFactory = _ => DefaultThreshold,
        };
        threshold.AcceptOnlyFromAmong("error", "warning", "info");

        var date = new Option<string?>("--date")
        {
            Description = "Publication date (YYYY-MM-DD) for documents that have none of their own; relative dates resolve against it.",
            HelpName = "YYYY-MM-DD",
        };
        var dateFromFileName = new Option<bool>("--date-from-filename")
        {
            Description = "Date a document that has none from a file name starting with YYYY-MM-DD- (before --date).",
        };

        var baseline = new Option<string?>("--baseline")
        {
            Description = "Report only findings that are not in this baseline file (written by 'editlint baseline').",
            HelpName = "FILE",
        };

        var changedSince = new Option<string?>("--changed-since")
        {
            Description = "Report only on the files changed since this git ref (committed, staged, unstaged or untracked); "
                + "rules that compare articles still read every file the paths give.",
            HelpName = "REF",
        };

        var fix = new Option<bool>("--fix")
        {
            Description = "Apply the safe fixes the findings offer (house-style substitutions, apostrophes, repeated sentences), "
                + "each file written atomically in its own encoding and line endings; then report what is left.",
        };
        var fixAll = new Option<bool>("--fix-all")
        {
            Description = "Apply every fix, also those that guess (a name's spelling, where a quotation ends, who said it).",
        };
        var dryRun = new Option<bool>("--dry-run")
        {
            Description = "With --fix or --fix-all: print the fixes as a unified diff and write nothing.",
        };

        var noColor = new Option<bool>("--no-color")
        {
            Description = "Plain lines and no progress bar, even on a terminal (as NO_COLOR does, and as when the output is piped).",
        };
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "Only the findings at or above --severity-threshold, with no summary, progress or notes.",
        };
        var verbose = new Option<bool>("--verbose")
        {
            Description = "After the report, print on standard error where the time went: each rule, the shared facts, the comparisons across articles.",
        };

        var followSymlinks = FollowSymlinksOption();

        var cache = new Option<string?>("--cache")
        {
            Description = merge
                ? "The folder the shards' results are in (each shard's --cache folder, copied into one). Nothing is written to it."
                : "Keep each document's results in this folder, keyed by its text, its configuration and this build of EditLint: "
                    + "a later run takes an unchanged document's results from it, and still compares the articles from the facts it kept.",
            HelpName = "DIR",
            Required = merge,
        };
        var shard = new Option<string?>("--shard")
        {
            Description = "Lint only the K-th of N parts of the files (split by name, the same on every machine), keep their results "
                + "in --cache DIR, and leave the comparisons across articles to 'editlint merge'. For a CI matrix or a batch scheduler.",
            HelpName = "K/N",
        };

        var command = merge
            ? MergeCommand.Describe(new Command("merge"))
            : new Command("check", "Lint article drafts. Exit code 0: no finding at or above the threshold; 1: findings; 2: usage, configuration or I/O error.");
        Symbol[] options = merge
            ? [paths, cache, format, output, threshold, date, dateFromFileName, baseline, noColor, quiet, verbose, followSymlinks]
            : [paths, format, output, threshold, date, dateFromFileName, baseline, changedSince, fix, fixAll, dryRun, cache, shard, noColor, quiet, verbose, followSymlinks];
        foreach (var symbol in options)
        {
            if (symbol is Argument argument)
                command.Arguments.Add(argument);
            else
                command.Options.Add((Option)symbol);
        }
        command.SetAction(parseResult => Run(context, new CheckRequest(
            parseResult.GetValue(paths) ?? [],
            parseResult.GetValue(format) ?? "text",
            parseResult.GetValue(output),
            parseResult.GetValue(threshold) ?? DefaultThreshold,
            parseResult.GetValue(date),
            parseResult.GetValue(dateFromFileName),
            parseResult.GetValue(baseline),
            parseResult.GetValue(changedSince),
            parseResult.GetValue(fixAll) ? FixMode.All : parseResult.GetValue(fix) ? FixMode.Safe : FixMode.None,
            parseResult.GetValue(dryRun),
            parseResult.GetValue(followSymlinks))
        {
            NoColor = parseResult.GetValue(noColor),
            Quiet = parseResult.GetValue(quiet),
            Verbose = parseResult.GetValue(verbose),
            Cache = parseResult.GetValue(cache),
            Shard = merge ? null : parseResult.GetValue(shard),
            Merge = merge,
        }));
        return command;
    }

    /// <summary><c>--follow-symlinks</c>, for every command that searches folders.</summary>
    internal static Option<bool> FollowSymlinksOption() => new("--follow-symlinks")
    {
        Description = "Follow symbolic links that lead outside the folders, globs and files given. Without it such a link is "
            + "reported (EL9002) and not read, so that a repository cannot have a file from elsewhere on the machine linted and printed.",
    };

    /// <summary>What <c>check</c> was asked to do, as parsed.</summary>
    private sealed record CheckRequest(string[] Paths, string Format, string? Output, string Threshold, string? Date, bool DateFromFileName,
        string? Baseline, string? ChangedSince, FixMode Fix, bool DryRun, bool FollowSymlinks)
    {
        public bool NoColor { get; init; }

        public bool Quiet { get; init; }

        public bool Verbose { get; init; }

        public string? Cache { get; init; }

        public string? Shard { get; init; }

        public bool Merge { get; init; }
    }

    private static int Run(CliContext context, CheckRequest request)
    {
        var (paths, format, output, thresholdName, dateText, dateFromFileName, baselinePath, changedSince, fixMode, dryRun, followSymlinks) = request;
        var terminal = context.Terminal with { NoColor = context.Terminal.NoColor || request.NoColor };
        if (dryRun && fixMode == FixMode.None)
        {
            context.Error.WriteLine("editlint: --dry-run shows what --fix or --fix-all would change; add one of them.");
            return ExitCodes.Error;
        }
        DateOnly? date = null;
        if (dateText is not null)
        {
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed))
            {
                context.Error.WriteLine($"editlint: --date '{TerminalText.Escape(dateText)}' is not a date; use YYYY-MM-DD, for example 2025-08-19.");
                return ExitCodes.Error;
            }
            date = parsed;
        }

        // System.CommandLine hands an unknown option to the paths argument; name it as what it is.
        var unknown = paths.Where(p => p.StartsWith('-') && !Path.Exists(Path.GetFullPath(p, context.WorkingDirectory))).ToList();
        if (unknown.Count > 0)
        {
            foreach (var option in unknown)
                context.Error.WriteLine($"editlint: unknown option '{TerminalText.Escape(option)}'. Run 'editlint check --help' for usage.");
            return ExitCodes.Error;
        }

        Shard? shard = null;
        if (request.Shard is not null)
        {
            shard = Shard.Parse(request.Shard, out var problem);
            if (shard is null || request.Cache is null || fixMode != FixMode.None || changedSince is not null)
            {
                context.Error.WriteLine($"editlint: {TerminalText.Escape(problem ?? (request.Cache is null
                    ? "--shard needs --cache DIR: a shard's results are kept there for 'editlint merge'"
                    : "--shard does not go with --fix, --fix-all or --changed-since"))}.");
                return ExitCodes.Error;
            }
        }
        if (request.Cache is not null && fixMode != FixMode.None)
        {
            context.Error.WriteLine("editlint: --cache does not go with --fix or --fix-all: a fixed file is linted again from its new text.");
            return ExitCodes.Error;
        }

        var inputs = InputResolver.Resolve(paths.Length == 0 ? ["."] : paths, context.WorkingDirectory, followSymlinks);
        if (inputs.Errors.Count > 0)
        {
            foreach (var error in inputs.Errors)
                context.Error.WriteLine($"editlint: {TerminalText.Escape(error)}");
            return ExitCodes.Error;
        }
        var allFiles = inputs.Files.Count;
        if (shard is not null)
            inputs = inputs with { Files = [.. inputs.Files.Where(f => shard.Contains(f.DisplayPath))] };
        var store = request.Cache is null ? null : new DocumentStore(Path.GetFullPath(request.Cache, context.WorkingDirectory), readOnly: request.Merge);

        IReadOnlySet<string>? changed = null;
        if (changedSince is not null)
        {
            var (files, problem) = ChangedFiles.Since(changedSince, context.WorkingDirectory);
            if (files is null)
            {
                context.Error.WriteLine($"editlint: {TerminalText.Escape(problem!)}");
                return ExitCodes.Error;
            }
            changed = files;
        }

        Baseline? baseline = null;
        var baselineFile = baselinePath is null ? null : Path.GetFullPath(baselinePath, context.WorkingDirectory);
        if (baselineFile is not null)
        {
            if (!Path.Exists(baselineFile))
            {
                context.Error.WriteLine($"editlint: baseline '{TerminalText.Escape(baselinePath!)}' does not exist; write one with 'editlint baseline'.");
                return ExitCodes.Error;
            }
            var (text, problem) = SafeFile.ReadText(baselineFile);
            if (text is null)
            {
                context.Error.WriteLine($"editlint: baseline '{TerminalText.Escape(baselinePath!)}' {TerminalText.Escape(problem!)}.");
                return ExitCodes.Error;
            }
            baseline = Baseline.Read(text, out var error);
            if (baseline is null)
            {
                context.Error.WriteLine($"editlint: baseline '{TerminalText.Escape(baselinePath!)}' is {TerminalText.Escape(error!)}.");
                return ExitCodes.Error;
            }
        }

        var timings = request.Verbose ? new RuleTimings() : null;
        using var progress = terminal.Progress && !request.Quiet ? new ProgressLine(context.Error, inputs.Files.Count, terminal.Width) : null;
        var runOptions = new LintOptions
        {
            PublicationDate = date,
            DateFromFileName = dateFromFileName,
            ReportOn = changed is null ? null : changed.Contains,
            DocumentLinted = progress is null ? null : progress.Linted,
            Timings = timings,
            Store = store,
            CompareArticles = shard is null,
        };
        // Once the heap is large (many files, or a huge one), the run's garbage is collected a few MB at a time whatever
        // the machine's cache, and the old generation kept near what it holds, until the report is written. Checked every
        // 5 ms: a huge document's rules allocate a gigabyte a second, which spent a 16 MiB budget several times over
        // between checks 20 ms apart (the 9.9 MB line with the young generation sized as a 300 MiB cache sizes it:
        // 475-483 MB peak at 20 ms, 436-451 MB at 5 ms).
        using var heapBudget = new HeapBudget().CheckEvery(TimeSpan.FromMilliseconds(5));
        var writeFailed = false;
        LintResult result;
        if (fixMode == FixMode.None)
            result = LintRun.Execute(context, inputs, runOptions);
        else
            (result, writeFailed) = Fix(context, inputs, runOptions, fixMode, dryRun, request.Quiet);
        progress?.Dispose();
        // The entries no run has used for a month go (a merge's store is read-only and is left as it is).
        var pruned = store?.Prune(DateTime.UtcNow) ?? 0;
        if (!request.Quiet)
            WriteStoreNotes(context.Error, request, store, shard, inputs.Files.Count, allFiles, pruned);
        if (baseline is not null)
        {
            var (before, staleBefore) = (result.Diagnostics.Count, Stale(result));
            result = baseline.Apply(result, BaselineCommand.PathMap(context, baselineFile!));
            // What the baseline hid, on standard error so that the report itself stays the report.
            var accepted = before - (result.Diagnostics.Count - (Stale(result) - staleBefore));
            if (!request.Quiet)
                context.Error.WriteLine($"editlint: the baseline {TerminalText.Escape(baselinePath!)} accepted {accepted} {(accepted == 1 ? "finding" : "findings")}; {result.Diagnostics.Count} reported.");
        }
        _ = Severities.TryParse(thresholdName, out var threshold);
        if (request.Quiet)
            result = result with { Diagnostics = [.. result.Diagnostics.Where(d => d.Severity >= threshold)] };
        // On a terminal the text report is drawn for a person; piped, it stays one finding per line for tools.
        var reporter = format == "text" && output is null && terminal.Pretty
            ? new TerminalReporter(terminal.Width, summary: !request.Quiet)
            : format == "text" ? new TextReporter(summary: !request.Quiet)
            : ReporterFactory.Create(format, context.WorkingDirectory, threshold);
        if (output is null)
        {
            // A dry run's standard output is its diff.
            if (!dryRun)
                reporter.Write(result, context.Out);
        }
        else
        {
            try
            {
                AtomicFile.Write(Path.GetFullPath(output, context.WorkingDirectory), context.WorkingDirectory, writer => reporter.Write(result, writer));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"editlint: cannot write {TerminalText.Escape(output)}: {TerminalText.Escape(e.Message)}");
                return ExitCodes.Error;
            }
        }

        if (timings is not null)
            WriteTimings(context.Error, timings, result);
        if (LintRun.HasConfigurationErrors(result) || writeFailed)
            return ExitCodes.Error;
        return result.Diagnostics.Any(d => d.Severity >= threshold) ? ExitCodes.Findings : ExitCodes.Success;
    }

    // What the store saved and what a shard or a merge did, on standard error so that the report itself stays the report.
    private static void WriteStoreNotes(TextWriter error, CheckRequest request, DocumentStore? store, Shard? shard, int files, int allFiles, int pruned)
    {
        if (store is null)
            return;
        var folder = TerminalText.Escape(request.Cache!);
        if (request.Merge)
        {
            var missed = store.Missed.Order(StringComparer.Ordinal).ToList();
            error.WriteLine($"editlint merge: {store.Hits} of {files} {Files(files)} from the shards' results in {folder}.");
            if (missed.Count > 0)
                error.WriteLine($"editlint merge: {missed.Count} {Files(missed.Count)} had no shard's result that holds (a shard not run or run on other files or options, or a result that held only on the day its shard ran) "
                    + $"and {(missed.Count == 1 ? "was" : "were")} linted here: {TerminalText.Escape(string.Join(", ", missed.Take(5)))}{(missed.Count > 5 ? ", …" : "")}.");
            return;
        }
        if (shard is not null)
            error.WriteLine($"editlint: shard {shard}: {files} of {allFiles} {Files(allFiles)}; the articles are compared with each other by 'editlint merge'.");
        var prunedNote = pruned == 0 ? "" : $"; {pruned} unused for {DocumentStore.KeptUnused.TotalDays:0} days deleted";
        error.WriteLine($"editlint: cache {folder}: {store.Hits} of {files} {Files(files)} unchanged, taken from it; {store.Written} stored{prunedNote}.");

        static string Files(int n) => n == 1 ? "file" : "files";
    }

    // --verbose: where the time went, longest first, as a share of the run's time on all threads. The kinds of shared
    // fact are parts of "(facts)": listed under it, not counted twice in the total.
    private static void WriteTimings(TextWriter error, RuleTimings timings, LintResult result)
    {
        var rows = timings.Longest();
        var parts = rows.Where(r => r.Name.StartsWith(RuleTimings.SharedFacts + " ", StringComparison.Ordinal)).ToList();
        var total = rows.Except(parts).Sum(r => r.Time.TotalSeconds);
        error.WriteLine($"editlint: {result.Files.Count} files in {result.Elapsed.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} s; time spent, on all threads:");
        foreach (var (name, time) in rows.Except(parts))
        {
            Write(name, time, "  ");
            if (name == RuleTimings.SharedFacts)
                foreach (var (part, partTime) in parts)
                    Write(part[(RuleTimings.SharedFacts.Length + 1)..], partTime, "    ");
        }

        // The collector's share of the time is in no row: how often it ran and how long it paused the threads (a
        // background collection's own work, beside the threads, is not counted), and the heap it left.
        var (young, middle, full) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        error.WriteLine(System.FormattableString.Invariant(
            $"editlint: garbage collections: {young - middle} young, {middle - full} middle, {full} full; paused {GC.GetTotalPauseDuration().TotalMilliseconds:0.0} ms; heap {GC.GetTotalMemory(forceFullCollection: false) / 1e6:0.0} MB at the end"));

        void Write(string name, TimeSpan time, string indent)
        {
            var share = total > 0 ? time.TotalSeconds / total : 0;
            error.WriteLine(System.FormattableString.Invariant($"{indent}{name,-28} {time.TotalMilliseconds,10:0.0} ms {share,7:0.0%}"));
        }
    }

    private static int Stale(LintResult result) => result.Diagnostics.Count(d => d.Id == EngineRules.UnusedSuppression.Id);

    /// <summary>Which fixes <c>--fix</c> and <c>--fix-all</c> apply.</summary>
    private enum FixMode
    {
        None,
        Safe,
        All,
    }

    // Fixes in memory, then writes each fixed file atomically (or prints the diff of a dry run); the result is what is
    // left to report. A file that cannot be written keeps its old text and makes the run an error.
    private static (LintResult Result, bool WriteFailed) Fix(CliContext context, ResolvedInputs inputs, LintOptions runOptions, FixMode mode, bool dryRun, bool quiet)
    {
        var (engine, options) = LintRun.Configure(context, inputs, runOptions);
        var outcome = FixRun.Execute(engine, options, inputs, unsafeToo: mode == FixMode.All);
        foreach (var reason in outcome.NotFixed)
            context.Error.WriteLine($"editlint: {TerminalText.Escape(reason)}");
        var failed = false;
        var (fixes, written) = (0, 0);
        foreach (var file in outcome.Files)
        {
            if (dryRun)
            {
                context.Out.Write(UnifiedDiff.Of(file.DisplayPath, file.Original.Text, file.Text));
                fixes += file.Fixes;
                continue;
            }
            try
            {
                AtomicFile.Write(file.Path, context.WorkingDirectory, file.Original.Encode(file.Text));
                fixes += file.Fixes;
                written++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"editlint: cannot fix {TerminalText.Escape(file.DisplayPath)}: {TerminalText.Escape(e.Message)}");
                failed = true;
            }
        }
        var files = dryRun ? outcome.Files.Count : written;
        if (quiet)
            return (outcome.Result, failed);
        if (outcome.Files.Count == 0)
            context.Error.WriteLine("editlint: nothing to fix.");
        else
            context.Error.WriteLine(dryRun
            ? $"editlint: --dry-run: {fixes} {(fixes == 1 ? "fix" : "fixes")} in {files} {(files == 1 ? "file" : "files")} would be applied; nothing was written."
            : $"editlint: fixed {fixes} {(fixes == 1 ? "finding" : "findings")} in {files} {(files == 1 ? "file" : "files")}.");
        return (outcome.Result, failed);
    }
}
