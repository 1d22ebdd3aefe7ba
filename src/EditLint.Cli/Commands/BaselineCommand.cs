using System.CommandLine;
using EditLint.Engine;
using EditLint.Inputs;

namespace EditLint.Cli.Commands;

/// <summary><c>editlint baseline [paths…]</c>: accept today's findings, so that later checks with <c>--baseline</c> report only new ones.</summary>
internal static class BaselineCommand
{
    public const string DefaultFile = ".editlint-baseline.json";

    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders or globs (default: the current folder).", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The baseline file to write. An existing EditLint baseline is replaced; any other file is left alone.",
            DefaultValueFactory = _ => DefaultFile,
            HelpName = "FILE",
        };
        var followSymlinks = CheckCommand.FollowSymlinksOption();
        var command = new Command("baseline", "Write the current findings to a baseline file; 'check --baseline FILE' then reports only new findings.") { paths, output, followSymlinks };
        command.SetAction(parseResult =>
        {
            var arguments = parseResult.GetValue(paths) ?? [];
            var inputs = InputResolver.Resolve(arguments.Length == 0 ? ["."] : arguments, context.WorkingDirectory, parseResult.GetValue(followSymlinks));
            if (inputs.Errors.Count > 0)
            {
                foreach (var error in inputs.Errors)
                    context.Error.WriteLine($"editlint: {TerminalText.Escape(error)}");
                return ExitCodes.Error;
            }
            var file = Path.GetFullPath(parseResult.GetValue(output) ?? DefaultFile, context.WorkingDirectory);
            // Never overwrite a user's file: only a baseline EditLint wrote may be replaced (a folder or device is no baseline).
            if (Path.Exists(file) && !(SafeFile.ReadText(file).Text is { } existing && Baseline.IsBaseline(existing)))
            {
                context.Error.WriteLine($"editlint: {TerminalText.Escape(InputResolver.DisplayPath(file, context.WorkingDirectory))} exists and is not an EditLint baseline; choose another --output.");
                return ExitCodes.Error;
            }

            var result = LintRun.Execute(context, inputs);
            if (LintRun.HasConfigurationErrors(result))
            {
                foreach (var d in result.Diagnostics.Where(d => d.Id == "EL9003"))
                    context.Error.WriteLine($"editlint: {TerminalText.Escape(d.Message)}");
                context.Error.WriteLine("editlint: fix the configuration before writing a baseline.");
                return ExitCodes.Error;
            }
            var baseline = Baseline.FromResult(result, PathMap(context, file));
            try
            {
                AtomicFile.Write(file, context.WorkingDirectory, baseline.Write);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"editlint: cannot write {TerminalText.Escape(InputResolver.DisplayPath(file, context.WorkingDirectory))}: {TerminalText.Escape(e.Message)}");
                return ExitCodes.Error;
            }
            context.Out.WriteLine($"Wrote {baseline.Entries.Count} findings from {inputs.Files.Count} files to {TerminalText.Escape(InputResolver.DisplayPath(file, context.WorkingDirectory))}.");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Report path → path stored in the baseline: relative to the baseline's folder, so the file works from any working folder.</summary>
    public static Func<string, string> PathMap(CliContext context, string baselineFile)
    {
        var folder = Path.GetDirectoryName(baselineFile)!;
        return displayPath => Path.GetRelativePath(folder, Path.GetFullPath(displayPath, context.WorkingDirectory)).Replace('\\', '/');
    }
}
