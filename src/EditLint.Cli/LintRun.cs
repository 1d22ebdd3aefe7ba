using EditLint.Cli.Inputs;
using EditLint.Configuration;
using EditLint.Engine;
using EditLint.Packs;
using EditLint.Rules;

namespace EditLint.Cli;

/// <summary>
/// One lint run as the CLI does it: read the configuration that applies to the inputs, add the packs a content
/// repo declares (<c>pack-folders:</c>), check the configuration against the rules that exist, then lint.
/// </summary>
internal static class LintRun
{
    public static LintResult Execute(CliContext context, IReadOnlyList<(string Path, string DisplayPath)> files, LintOptions? runOptions = null)
    {
        string Display(string path) => InputResolver.DisplayPath(path, context.WorkingDirectory);
        var configuration = WorkspaceConfiguration.Load(files.Select(f => f.Path), Display);
        var engine = context.Engine();
        var problems = new List<ConfigProblem>();
        var ids = engine.Descriptors.Select(d => d.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var extra = new List<Rule>();
        foreach (var folder in configuration.PackFolders)
        {
            // ConfigProblem doubles as "a path declared at a position": Message holds the folder.
            if (!Directory.Exists(folder.Message))
            {
                problems.Add(folder with { Message = $"pack folder '{Display(folder.Message)}' does not exist" });
                continue;
            }
            var loaded = PackLoader.LoadFolder(folder.Message, Display);
            problems.AddRange(loaded.Problems);
            foreach (var rule in loaded.Rules)
            {
                if (ids.Add(rule.Descriptor.Id))
                    extra.Add(rule);
                else
                    problems.Add(new ConfigProblem(rule.File, default, $"rule ID {rule.Descriptor.Id} is already used by another rule; this one is ignored"));
            }
        }
        if (extra.Count > 0)
            engine = engine.WithRules(extra);
        configuration.Validate(engine.Descriptors);

        var options = (runOptions ?? new LintOptions()) with
        {
            SettingsFor = configuration.SettingsFor,
            ConfigurationDiagnostics = [.. configuration.Problems.Concat(problems).Select(p => p.ToDiagnostic())],
        };
        return engine.Run(files, options);
    }

    /// <summary>True when the configuration had errors: the run's results cannot be fully trusted (exit code 2).</summary>
    public static bool HasConfigurationErrors(LintResult result) => result.Diagnostics.Any(d => d.Id == "EL9003");
}
