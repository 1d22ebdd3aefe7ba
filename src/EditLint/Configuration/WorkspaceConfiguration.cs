using System.Collections.Concurrent;
using EditLint.Diagnostics;
using EditLint.Inputs;

namespace EditLint.Configuration;

/// <summary>
/// The configuration of one run: every <c>.editlint.yaml</c> and <c>.editorconfig</c> found by walking up from each
/// document's folder (up to a file that says <c>root: true</c>, or the file-system root), merged so that the nearest
/// file wins. <c>.editorconfig</c> severities apply first, <c>.editlint.yaml</c> settings over them, and within each
/// <c>.editlint.yaml</c> its matching <c>overrides</c> after its own settings.
/// </summary>
public sealed class WorkspaceConfiguration
{
    /// <summary>The configuration file EditLint looks for in each folder.</summary>
    public const string FileName = ".editlint.yaml";

    private readonly Func<string, string> _displayPath;
    private readonly LinkBoundary _boundary;
    private readonly ConcurrentDictionary<string, ConfigFile?> _configs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, EditorConfigFile?> _editorConfigs = new(StringComparer.Ordinal);
    private readonly List<ConfigProblem> _problems = [];
    private readonly Lock _gate = new();

    private WorkspaceConfiguration(Func<string, string> displayPath, LinkBoundary boundary)
    {
        _displayPath = displayPath;
        _boundary = boundary;
    }

    /// <summary>
    /// Reads the configuration files that apply to <paramref name="documentPaths"/> (full paths). A configuration file
    /// inside <paramref name="boundary"/>'s roots that links out of them is reported and not read, and so is a pack
    /// folder such a file names outside them.
    /// </summary>
    public static WorkspaceConfiguration Load(IEnumerable<string> documentPaths, Func<string, string> displayPath, LinkBoundary boundary)
    {
        var configuration = new WorkspaceConfiguration(displayPath, boundary);
        foreach (var directory in documentPaths.Select(p => Path.GetDirectoryName(Path.GetFullPath(p))!).Distinct(StringComparer.Ordinal))
        {
            _ = configuration.Chain(directory);
            _ = configuration.EditorChain(directory);
        }
        // Once, so that each refused declaration is reported once, however often the list is read.
        configuration.PackFolders = configuration.ComputePackFolders();
        return configuration;
    }

    /// <summary>Everything wrong in the files read so far (EL9003).</summary>
    public IReadOnlyList<ConfigProblem> Problems
    {
        get
        {
            lock (_gate)
                return [.. _problems];
        }
    }

    /// <summary>
    /// Pack folders the configuration files read by <see cref="Load"/> add (<c>pack-folders:</c>): full path, and where
    /// each was declared.
    /// </summary>
    public IReadOnlyList<ConfigProblem> PackFolders { get; private set; } = [];

    // Each folder once, where it was first declared, in the order of the folders' paths. (Loops, not LINQ over
    // (file, folder) tuples: that was generic framework code compiled at the start of every run, configured or not.)
    private List<ConfigProblem> ComputePackFolders()
    {
        var first = new Dictionary<string, Located<string>>(StringComparer.Ordinal);
        foreach (var file in _configs.Values)
        {
            foreach (var folder in file?.PackFolders ?? [])
            {
                if (!RefusedPackFolder(file!, folder))
                    first.TryAdd(folder.Value, folder);
            }
        }
        var folders = new List<ConfigProblem>(first.Count);
        foreach (var folder in first.Values)
            folders.Add(new ConfigProblem(folder.Path, folder.Position, folder.Value));
        folders.Sort((a, b) => string.CompareOrdinal(a.Message, b.Message));
        return folders;
    }

    // No configuration, inside the roots or above them, may point the run at packs outside its own folder tree and the
    // roots; the refusal is recorded once per declaration.
    private bool RefusedPackFolder(ConfigFile file, Located<string> folder)
    {
        if (_boundary.RefusalOfNamedFolder(folder.Value, file.Directory) is not { } why)
            return false;
        lock (_gate)
        {
            var problem = new ConfigProblem(folder.Path, folder.Position, $"pack folder '{_displayPath(folder.Value)}' {why}");
            if (!_problems.Contains(problem))
                _problems.Add(problem);
        }
        return true;
    }

    /// <summary>Reports rule IDs and pack names that no rule of <paramref name="rules"/> has.</summary>
    public void Validate(IEnumerable<RuleDescriptor> rules)
    {
        var descriptors = rules.ToList();
        var ids = descriptors.Select(d => d.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var packs = descriptors.Where(d => d.Pack is not null).Select(d => d.Pack!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var layers = _configs.Values.Where(c => c is not null).SelectMany(c => c!.Overrides.Select(o => o.Layer).Prepend(c.Layer));
        var found = new List<ConfigProblem>();
        foreach (var layer in layers)
        {
            foreach (var (id, located) in layer.Rules.Where(r => !ids.Contains(r.Key)))
                found.Add(new ConfigProblem(located.Path, located.Position, $"there is no rule {id}; run 'editlint rules' to list them"));
            foreach (var (pack, located) in layer.Packs.Where(p => !packs.Contains(p.Key)))
                found.Add(new ConfigProblem(located.Path, located.Position, $"there is no rule pack '{pack}'; packs: {string.Join(", ", packs.Order(StringComparer.Ordinal))}"));
        }
        foreach (var file in _editorConfigs.Values.Where(e => e is not null))
        {
            foreach (var (id, located) in file!.Sections.SelectMany(s => s.Entries).Where(e => !ids.Contains(e.Id)))
                found.Add(new ConfigProblem(located.Path, located.Position, $"there is no rule {id}; run 'editlint rules' to list them"));
        }
        if (found.Count == 0)
            return;
        lock (_gate)
            _problems.AddRange(found.Distinct().OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Position));
    }

    /// <summary>The merged settings for the document at <paramref name="fullPath"/>.</summary>
    public DocumentSettings SettingsFor(string fullPath)
    {
        fullPath = Path.GetFullPath(fullPath);
        var directory = Path.GetDirectoryName(fullPath)!;
        var severities = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        var packs = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        var abbreviations = AbbreviationStyle.Unset;
        var honorifics = HonorificStyle.Unset;
        var numberWordsUpTo = HouseStyle.Default.NumberWordsUpTo;
        var percent = PercentStyle.Unset;
        var datesFromFileName = false;
        var numericDates = NumericDateOrder.Unset;
        var accepted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var rejected = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);

        foreach (var editorConfig in EditorChain(directory))
        {
            var relative = Relative(editorConfig.Directory, fullPath);
            foreach (var (glob, entries) in editorConfig.Sections)
            {
                if (!glob.IsMatch(relative))
                    continue;
                foreach (var (id, severity) in entries)
                    severities[id] = severity.Value;
            }
        }

        void Apply(ConfigLayer layer)
        {
            foreach (var (id, severity) in layer.Rules)
                severities[id] = severity.Value;
            foreach (var (pack, on) in layer.Packs)
                packs[pack] = on.Value;
            if (layer.Abbreviations != AbbreviationStyle.Unset)
                abbreviations = layer.Abbreviations;
            if (layer.Honorifics != HonorificStyle.Unset)
                honorifics = layer.Honorifics;
            if (layer.NumberWordsUpTo is { } upTo)
                numberWordsUpTo = upTo;
            if (layer.Percent != PercentStyle.Unset)
                percent = layer.Percent;
            if (layer.DatesFromFileName is { } fromFileName)
                datesFromFileName = fromFileName;
            if (layer.NumericDates != NumericDateOrder.Unset)
                numericDates = layer.NumericDates;
            foreach (var term in layer.Accept)
            {
                accepted.Add(term);
                rejected.Remove(term);
            }
            foreach (var (term, preferred) in layer.Reject)
            {
                rejected[term] = preferred;
                accepted.Remove(term);
            }
        }

        foreach (var config in Chain(directory))
        {
            Apply(config.Layer);
            var relative = Relative(config.Directory, fullPath);
            foreach (var (globs, layer) in config.Overrides)
            {
                if (globs.Any(g => g.IsMatch(relative)))
                    Apply(layer);
            }
        }

        if (severities.Count == 0 && packs.Count == 0 && abbreviations == AbbreviationStyle.Unset && honorifics == HonorificStyle.Unset && numberWordsUpTo == HouseStyle.Default.NumberWordsUpTo && percent == PercentStyle.Unset && accepted.Count == 0 && rejected.Count == 0 && !datesFromFileName && numericDates == NumericDateOrder.Unset)
            return DocumentSettings.Default;
        return new DocumentSettings
        {
            Severities = severities,
            Packs = packs,
            Style = new HouseStyle { Abbreviations = abbreviations, Honorifics = honorifics, NumberWordsUpTo = numberWordsUpTo, Percent = percent },
            DateFromFileName = datesFromFileName,
            NumericDates = numericDates,
            Vocabulary = new Vocabulary { Accepted = accepted, Rejected = rejected },
        };
    }

    // Outermost first, so that nearer files overwrite.
    private List<ConfigFile> Chain(string directory)
    {
        var chain = new List<ConfigFile>();
        for (var dir = directory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (_configs.GetOrAdd(dir, ReadConfig) is { } config)
            {
                chain.Add(config);
                if (config.IsRoot)
                    break;
            }
        }
        chain.Reverse();
        return chain;
    }

    private List<EditorConfigFile> EditorChain(string directory)
    {
        var chain = new List<EditorConfigFile>();
        for (var dir = directory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (_editorConfigs.GetOrAdd(dir, ReadEditorConfig) is { } config)
            {
                chain.Add(config);
                if (config.IsRoot)
                    break;
            }
        }
        chain.Reverse();
        return chain;
    }

    private ConfigFile? ReadConfig(string directory)
    {
        var path = Path.Combine(directory, FileName);
        // Path.Exists, not File.Exists: a folder or FIFO by that name is reported (EL9003), not taken for no file.
        if (!Path.Exists(path))
            return null;
        var problems = new List<ConfigProblem>();
        var file = ConfigFile.Parse(path, _displayPath(path), ReadText(path, problems), problems);
        lock (_gate)
            _problems.AddRange(problems);
        return file;
    }

    private EditorConfigFile? ReadEditorConfig(string directory)
    {
        var path = Path.Combine(directory, ".editorconfig");
        if (!Path.Exists(path))
            return null;
        var problems = new List<ConfigProblem>();
        var text = ReadText(path, problems);
        // Most .editorconfig files say nothing to EditLint; skip them cheaply.
        var file = text.Contains("editlint_", StringComparison.OrdinalIgnoreCase) || text.Contains("root", StringComparison.OrdinalIgnoreCase)
            ? EditorConfigFile.Parse(path, _displayPath(path), text, problems)
            : null;
        lock (_gate)
            _problems.AddRange(problems);
        return file;
    }

    private string ReadText(string path, List<ConfigProblem> problems)
    {
        if (_boundary.Refusal(path) is { } refused)
        {
            problems.Add(ConfigProblem.OfFile(_displayPath(path), refused));
            return "";
        }
        var (text, problem) = SafeFile.ReadText(path, boundary: _boundary);
        if (text is null)
            problems.Add(ConfigProblem.OfFile(_displayPath(path), problem!));
        return text ?? "";
    }

    private static string Relative(string directory, string fullPath) => Path.GetRelativePath(directory, fullPath).Replace('\\', '/');
}
