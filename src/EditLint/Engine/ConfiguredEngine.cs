using EditLint.Configuration;
using EditLint.Inputs;
using EditLint.Packs;
using EditLint.Rules;

namespace EditLint.Engine;

/// <summary>
/// The engine and options a content repo's configuration makes, for every host: the configuration that applies to
/// the files, the packs the repo declares (<c>pack-folders:</c>) added to the engine, and the configuration checked
/// against the rules that exist (problems are EL9003 findings in <see cref="LintOptions.ConfigurationDiagnostics"/>).
/// </summary>
public sealed record ConfiguredEngine(LintEngine Engine, LintOptions Options, WorkspaceConfiguration Configuration)
{
    /// <summary>
    /// Reads the configuration for <paramref name="paths"/> (full paths); <paramref name="displayPath"/> names files
    /// in messages. Documents outside those folders still get their configuration, read when first asked for.
    /// Configuration and packs inside <paramref name="boundary"/>'s roots are held to them (no links out).
    /// </summary>
    public static ConfiguredEngine Create(LintEngine engine, IEnumerable<string> paths, Func<string, string> displayPath, LintOptions? options, LinkBoundary boundary)
    {
        var configuration = WorkspaceConfiguration.Load(paths, displayPath, boundary);
        var problems = new List<ConfigProblem>();
        var ids = engine.Descriptors.Select(d => d.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var extra = new List<Rule>();
        foreach (var folder in configuration.PackFolders)
        {
            // ConfigProblem doubles as "a path declared at a position": Message holds the folder.
            if (!Directory.Exists(folder.Message))
            {
                problems.Add(folder with { Message = $"pack folder '{displayPath(folder.Message)}' does not exist" });
                continue;
            }
            var loaded = PackLoader.LoadFolder(folder.Message, displayPath, boundary);
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

        return new ConfiguredEngine(engine, (options ?? new LintOptions()) with
        {
            SettingsFor = configuration.SettingsFor,
            Boundary = boundary,
            ConfigurationDiagnostics = [.. configuration.Problems.Concat(problems).Select(p => p.ToDiagnostic())],
        }, configuration);
    }
}
