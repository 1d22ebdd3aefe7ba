using System.CommandLine;
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

    public static Command Create(CliContext context)
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

        var followSymlinks = FollowSymlinksOption();

        var command = new Command("check", "Lint article drafts. Exit code 0: no finding at or above the threshold; 1: findings; 2: usage, configuration or I/O error.")
        {
            paths, format, output, threshold, date, dateFromFileName, baseline, changedSince, fix, fixAll, dryRun, followSymlinks,
        };
        command.SetAction(parseResult => Run(
            context,
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
            parseResult.GetValue(followSymlinks)));
        return command;
    }

    /// <summary><c>--follow-symlinks</c>, for every command that searches folders.</summary>
    internal static Option<bool> FollowSymlinksOption() => new("--follow-symlinks")
    {
        Description = "Follow symbolic links that lead outside the folders, globs and files given. Without it such a link is "
            + "reported (EL9002) and not read, so that a repository cannot have a file from elsewhere on the machine linted and printed.",
    };

    private static int Run(CliContext context, string[] paths, string format, string? output, string thresholdName, string? dateText, bool dateFromFileName, string? baselinePath, string? changedSince, FixMode fixMode, bool dryRun, bool followSymlinks)
    {
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

        var inputs = InputResolver.Resolve(paths.Length == 0 ? ["."] : paths, context.WorkingDirectory, followSymlinks);
        if (inputs.Errors.Count > 0)
        {
            foreach (var error in inputs.Errors)
                context.Error.WriteLine($"editlint: {TerminalText.Escape(error)}");
            return ExitCodes.Error;
        }

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

        var runOptions = new LintOptions
        {
            PublicationDate = date,
            DateFromFileName = dateFromFileName,
            ReportOn = changed is null ? null : changed.Contains,
        };
        var writeFailed = false;
        LintResult result;
        if (fixMode == FixMode.None)
            result = LintRun.Execute(context, inputs, runOptions);
        else
            (result, writeFailed) = Fix(context, inputs, runOptions, fixMode, dryRun);
        if (baseline is not null)
        {
            var (before, staleBefore) = (result.Diagnostics.Count, Stale(result));
            result = baseline.Apply(result, BaselineCommand.PathMap(context, baselineFile!));
            // What the baseline hid, on standard error so that the report itself stays the report.
            var accepted = before - (result.Diagnostics.Count - (Stale(result) - staleBefore));
            context.Error.WriteLine($"editlint: the baseline {TerminalText.Escape(baselinePath!)} accepted {accepted} {(accepted == 1 ? "finding" : "findings")}; {result.Diagnostics.Count} reported.");
        }
        _ = Severities.TryParse(thresholdName, out var threshold);
        var reporter = ReporterFactory.Create(format, context.WorkingDirectory, threshold);
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

        if (LintRun.HasConfigurationErrors(result) || writeFailed)
            return ExitCodes.Error;
        return result.Diagnostics.Any(d => d.Severity >= threshold) ? ExitCodes.Findings : ExitCodes.Success;
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
    private static (LintResult Result, bool WriteFailed) Fix(CliContext context, ResolvedInputs inputs, LintOptions runOptions, FixMode mode, bool dryRun)
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
        if (outcome.Files.Count == 0)
            context.Error.WriteLine("editlint: nothing to fix.");
        else
            context.Error.WriteLine(dryRun
            ? $"editlint: --dry-run: {fixes} {(fixes == 1 ? "fix" : "fixes")} in {files} {(files == 1 ? "file" : "files")} would be applied; nothing was written."
            : $"editlint: fixed {fixes} {(fixes == 1 ? "finding" : "findings")} in {files} {(files == 1 ? "file" : "files")}.");
        return (outcome.Result, failed);
    }
}
