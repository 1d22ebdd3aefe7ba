using System.CommandLine;
using System.CommandLine.Help;
using System.Text;
using EditLint.Checks;
using EditLint.Documents;
using EditLint.Cli.Commands;
using EditLint.Engine;

namespace EditLint.Cli;

/// <summary>The <c>editlint</c> command line.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        // The summary line uses "—" and "×"; without this a Windows console would print them as "?".
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        // A lint's first document is read and its facts extracted with code the second core has compiled meanwhile; a
        // run with a store mostly reads none (its documents come from the store), so it is not warmed up.
        if (args is ["check", ..] && !args.Contains("--cache"))
            StartupWarmup.Begin(WarmupFormat(args));
        return Run(args, Console.Out, Console.Error, terminal: Terminal.OfConsole());
    }

    /// <summary>
    /// The one format of the files a <c>check</c> names, or null (folders, globs, mixed formats): which reader the warm-up
    /// need warm. Only a guess at the command line (an option's value may be taken for a file); it never changes a result.
    /// </summary>
    internal static DocumentFormat? WarmupFormat(string[] args)
    {
        DocumentFormat? format = null;
        foreach (var arg in args.Skip(1))
        {
            if (arg.StartsWith('-'))
                continue;
            // A folder or a glob may hold any format.
            if (Directory.Exists(arg) || arg.AsSpan().IndexOfAny("*?[{") >= 0)
                return null;
            if (!File.Exists(arg))
                continue;
            if (DocumentFormats.FromPath(arg) is not { } one || (format is not null && format != one))
                return null;
            format = one;
        }
        return format;
    }

    /// <summary>
    /// Runs the CLI in-process. Relative paths resolve against <paramref name="workingDirectory"/> (default: the current
    /// folder); <paramref name="terminal"/> says whether the streams are a terminal (default: neither).
    /// </summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, string? workingDirectory = null, Terminal? terminal = null)
    {
        // Built when a command first needs it, without a container: resolving some fifty services by reflection cost a
        // one-file run more than the rest of its set-up.
        var engine = new Lazy<LintEngine>(BuiltInEngine.Create);
        var context = new CliContext(stdout, stderr, Path.GetFullPath(workingDirectory ?? Environment.CurrentDirectory),
            () => engine.Value) { Terminal = terminal ?? Terminal.None };

        // Not RootCommand: it names itself after the host process (EditLint.Cli, testhost), and help should say editlint.
        var root = new Command("editlint", "EditLint: a linter for news-article drafts.")
        {
            new HelpOption(),
            new VersionOption(),
            CheckCommand.Create(context),
            MergeCommand.Create(context),
            RulesCommand.Create(context),
            ExplainCommand.Create(context),
            InitCommand.Create(context),
            BaselineCommand.Create(context),
        };

        var parseResult = root.Parse(args);
        // System.CommandLine exits 1 on parse errors, which would read as "findings" to a CI script.
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
                stderr.WriteLine($"editlint: {TerminalText.Escape(error.Message)}");
            if (Suggestion(root, args) is { } suggestion)
                stderr.WriteLine($"Did you mean 'editlint {suggestion}'?");
            stderr.WriteLine("Run 'editlint --help' for usage.");
            return ExitCodes.Error;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A crash must not look like a clean run (0) or like findings (1).
            stderr.WriteLine($"editlint: internal error: {e}");
            return ExitCodes.Error;
        }
    }

    // "editlint chekc drafts/": the command nearest to a first word that names none (two keystrokes at most).
    private static string? Suggestion(Command root, string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-') || root.Subcommands.Any(c => c.Name == args[0]))
            return null;
        var word = args[0].ToLowerInvariant();
        return root.Subcommands
            .Select(c => (c.Name, Distance: Text.EditDistance.Within(word, c.Name, 2)))
            .Where(c => c.Distance is not null)
            .OrderBy(c => c.Distance)
            .Select(c => c.Name)
            .FirstOrDefault();
    }
}
