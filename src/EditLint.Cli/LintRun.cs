using EditLint.Engine;
using EditLint.Inputs;

namespace EditLint.Cli;

/// <summary>
/// One lint run as the CLI does it: the configuration that applies to the inputs (<see cref="ConfiguredEngine"/>,
/// shared with the language server), then lint.
/// </summary>
internal static class LintRun
{
    public static LintResult Execute(CliContext context, ResolvedInputs inputs, LintOptions? runOptions = null)
    {
        var (engine, options) = Configure(context, inputs, runOptions);
        return engine.Run(inputs.Files, options);
    }

    /// <summary>The engine and options a run over <paramref name="inputs"/> uses.</summary>
    public static (LintEngine Engine, LintOptions Options) Configure(CliContext context, ResolvedInputs inputs, LintOptions? runOptions = null)
    {
        // The paths by a loop: LINQ over the (path, display path) tuples is generic code the JIT compiles at start-up.
        var paths = new string[inputs.Files.Count];
        for (var i = 0; i < paths.Length; i++)
            paths[i] = inputs.Files[i].Path;
        var configured = ConfiguredEngine.Create(context.Engine(), paths, path => InputResolver.DisplayPath(path, context.WorkingDirectory), runOptions, inputs.Boundary);
        // What the search skipped (a link out of the roots, a folder that cannot be read) is reported with the run's
        // other findings about its inputs, outside any one document's findings.
        var options = inputs.Skipped.Count == 0 ? configured.Options : configured.Options with
        {
            ConfigurationDiagnostics = [.. configured.Options.ConfigurationDiagnostics, .. inputs.Skipped.Select(p => p.ToDiagnostic())],
        };
        return (configured.Engine, options);
    }

    /// <summary>True when the configuration had errors: the run's results cannot be fully trusted (exit code 2).</summary>
    public static bool HasConfigurationErrors(LintResult result) => result.CountsById().Any(c => c.Id == "EL9003");
}
