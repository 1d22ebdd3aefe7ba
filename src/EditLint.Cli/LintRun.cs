using EditLint.Engine;
using EditLint.Inputs;

namespace EditLint.Cli;

/// <summary>
/// One lint run as the CLI does it: the configuration that applies to the inputs (<see cref="ConfiguredEngine"/>,
/// shared with the language server), then lint.
/// </summary>
internal static class LintRun
{
    public static LintResult Execute(CliContext context, IReadOnlyList<(string Path, string DisplayPath)> files, LintOptions? runOptions = null)
    {
        var configured = ConfiguredEngine.Create(context.Engine(), files.Select(f => f.Path), path => InputResolver.DisplayPath(path, context.WorkingDirectory), runOptions);
        return configured.Engine.Run(files, configured.Options);
    }

    /// <summary>True when the configuration had errors: the run's results cannot be fully trusted (exit code 2).</summary>
    public static bool HasConfigurationErrors(LintResult result) => result.Diagnostics.Any(d => d.Id == "EL9003");
}
