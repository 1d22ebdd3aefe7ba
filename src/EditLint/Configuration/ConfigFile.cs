using EditLint.Diagnostics;
using EditLint.Text;
using YamlDotNet.RepresentationModel;

namespace EditLint.Configuration;

/// <summary>A setting with where it was written, so that a wrong rule ID or pack name can be reported at its line.</summary>
internal sealed record Located<T>(T Value, string Path, LinePosition Position);

/// <summary>The settings one <c>.editlint.yaml</c> (or one of its <c>overrides</c>) makes.</summary>
internal sealed class ConfigLayer
{
    public Dictionary<string, Located<Severity>> Rules { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, Located<bool>> Packs { get; } = new(StringComparer.OrdinalIgnoreCase);
    public AbbreviationStyle Abbreviations { get; set; }
    public HonorificStyle Honorifics { get; set; }
    public int? NumberWordsUpTo { get; set; }
    public PercentStyle Percent { get; set; }
    public bool? DatesFromFileName { get; set; }
    public NumericDateOrder NumericDates { get; set; }
    public List<string> Accept { get; } = [];
    public Dictionary<string, string?> Reject { get; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>One parsed <c>.editlint.yaml</c>: its own settings, its per-glob overrides, and pack folders it adds.</summary>
internal sealed class ConfigFile
{
    private static readonly string[] TopKeys = ["root", "packs", "pack-folders", "rules", "style", "vocabulary", "dates", "overrides"];

    public required string Directory { get; init; }
    public bool IsRoot { get; private set; }
    public ConfigLayer Layer { get; } = new();
    public List<(Glob[] Globs, ConfigLayer Layer)> Overrides { get; } = [];
    public List<Located<string>> PackFolders { get; } = [];

    public static ConfigFile Parse(string fullPath, string displayPath, string text, List<ConfigProblem> problems)
    {
        var file = new ConfigFile { Directory = Path.GetDirectoryName(fullPath)! };
        var (yaml, root) = YamlFile.Parse(displayPath, text, problems);
        if (root is null)
            return file;
        yaml.CheckKeys(root, TopKeys, ".editlint.yaml");
        file.IsRoot = yaml.Bool(root, "root") ?? false;
        foreach (var (folder, node) in yaml.Strings(root, "pack-folders"))
            file.PackFolders.Add(new Located<string>(Path.GetFullPath(folder, file.Directory), displayPath, yaml.Position(node)));
        ReadLayer(yaml, root, file.Layer, allowStyle: true);

        if (YamlFile.Get(root, "overrides") is { } overrides)
        {
            if (overrides is not YamlSequenceNode list)
            {
                yaml.Error(overrides, "'overrides' must be a list of entries with 'files' and 'rules' or 'packs'");
                return file;
            }
            foreach (var item in list)
            {
                if (item is not YamlMappingNode entry)
                {
                    yaml.Error(item, "each override is a mapping with 'files' and 'rules' or 'packs'");
                    continue;
                }
                yaml.CheckKeys(entry, ["files", "rules", "packs", "style", "vocabulary", "dates"], "an override");
                var globs = yaml.Strings(entry, "files");
                if (globs.Count == 0)
                    yaml.Error(entry, "an override needs 'files', one glob or a list of them");
                var layer = new ConfigLayer();
                ReadLayer(yaml, entry, layer, allowStyle: true);
                var compiled = new List<Glob>();
                foreach (var (pattern, node) in globs)
                {
                    if (Glob.TryCreate(pattern, out var glob, out var problem))
                        compiled.Add(glob);
                    else
                        yaml.Error(node, problem);
                }
                // An override whose globs are all invalid applies nowhere; its settings are still checked above.
                file.Overrides.Add(([.. compiled], layer));
            }
        }
        return file;
    }

    private static void ReadLayer(YamlFile yaml, YamlMappingNode map, ConfigLayer layer, bool allowStyle)
    {
        foreach (var (id, value, node) in yaml.Pairs(map, "rules"))
        {
            if (value is not null && Severities.TryParse(value, out var severity))
                layer.Rules[id.Trim()] = new Located<Severity>(severity, yaml.Path, yaml.Position(node));
            else
                yaml.Error(node, $"unknown severity '{value}' for {id}; expected error, warning, info (suggestion) or none (off)");
        }
        foreach (var (pack, value, node) in yaml.Pairs(map, "packs"))
        {
            if (value is not null && YamlFile.ParseSwitch(value) is { } on)
                layer.Packs[pack.Trim()] = new Located<bool>(on, yaml.Path, yaml.Position(node));
            else
                yaml.Error(node, $"pack '{pack}' must be on or off, not '{value}'");
        }
        // "dates: from-filename: true": drafts in this folder are dated by a YYYY-MM-DD- file name when they carry no date.
        if (YamlFile.Get(map, "dates") is { } datesNode)
        {
            if (datesNode is YamlMappingNode dates)
            {
                yaml.CheckKeys(dates, ["from-filename", "numeric"], "dates");
                layer.DatesFromFileName = yaml.Bool(dates, "from-filename");
                if (yaml.String(dates, "numeric") is { } numeric)
                {
                    layer.NumericDates = numeric.Trim().ToLowerInvariant() switch
                    {
                        "day-first" or "dmy" or "d/m/y" => NumericDateOrder.DayFirst,
                        "month-first" or "mdy" or "m/d/y" => NumericDateOrder.MonthFirst,
                        _ => NumericDateOrder.Unset,
                    };
                    if (layer.NumericDates == NumericDateOrder.Unset)
                        yaml.Error(YamlFile.Get(dates, "numeric")!, $"unknown numeric date order '{numeric}'; expected day-first (04/03/2025 is 4 March) or month-first (April 3)");
                }
            }
            else
            {
                yaml.Error(datesNode, "'dates' must be a mapping, for example 'from-filename: true'");
            }
        }
        if (allowStyle && YamlFile.Get(map, "style") is { } styleNode)
        {
            if (styleNode is YamlMappingNode style)
            {
                yaml.CheckKeys(style, ["abbreviations", "honorifics", "number-words-up-to", "percent"], "style");
                if (yaml.String(style, "abbreviations") is { } abbreviations)
                {
                    layer.Abbreviations = abbreviations.Trim().ToLowerInvariant() switch
                    {
                        "dotted" or "u.s." => AbbreviationStyle.Dotted,
                        "undotted" or "plain" or "us" => AbbreviationStyle.Undotted,
                        _ => AbbreviationStyle.Unset,
                    };
                    if (layer.Abbreviations == AbbreviationStyle.Unset)
                        yaml.Error(YamlFile.Get(style, "abbreviations")!, $"unknown abbreviation style '{abbreviations}'; expected dotted (U.S.) or undotted (US)");
                }
                if (yaml.String(style, "honorifics") is { } honorifics)
                {
                    layer.Honorifics = honorifics.Trim().ToLowerInvariant() switch
                    {
                        "always" or "mr" => HonorificStyle.Always,
                        "never" or "none" => HonorificStyle.Never,
                        _ => HonorificStyle.Unset,
                    };
                    if (layer.Honorifics == HonorificStyle.Unset)
                        yaml.Error(YamlFile.Get(style, "honorifics")!, $"unknown honorific style '{honorifics}'; expected always (Mr Putin) or never (Putin)");
                }
                if (yaml.String(style, "number-words-up-to") is { } upTo)
                {
                    if (int.TryParse(upTo.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n <= 100)
                        layer.NumberWordsUpTo = n;
                    else
                        yaml.Error(YamlFile.Get(style, "number-words-up-to")!, $"'number-words-up-to' must be a whole number from 0 to 100 (9: one to nine in words, 10 and up in figures), not '{upTo}'");
                }
                if (yaml.String(style, "percent") is { } percent)
                {
                    layer.Percent = percent.Trim().ToLowerInvariant() switch
                    {
                        "%" or "sign" or "symbol" => PercentStyle.Sign,
                        "per cent" or "per-cent" => PercentStyle.TwoWords,
                        "percent" => PercentStyle.OneWord,
                        _ => PercentStyle.Unset,
                    };
                    if (layer.Percent == PercentStyle.Unset)
                        yaml.Error(YamlFile.Get(style, "percent")!, $"unknown percent style '{percent}'; expected '%', 'per cent' or 'percent'");
                }
            }
            else
                yaml.Error(styleNode, "'style' must be a mapping, for example 'abbreviations: dotted'");
        }
        if (YamlFile.Get(map, "vocabulary") is { } vocabularyNode)
        {
            if (vocabularyNode is YamlMappingNode vocabulary)
            {
                yaml.CheckKeys(vocabulary, ["accept", "reject"], "vocabulary");
                layer.Accept.AddRange(yaml.Strings(vocabulary, "accept").Select(a => a.Value));
                switch (YamlFile.Get(vocabulary, "reject"))
                {
                    case YamlMappingNode:
                        foreach (var (term, preferred, _) in yaml.Pairs(vocabulary, "reject"))
                            layer.Reject[term] = string.IsNullOrWhiteSpace(preferred) ? null : preferred;
                        break;
                    case not null:
                        foreach (var (term, _) in yaml.Strings(vocabulary, "reject"))
                            layer.Reject[term] = null;
                        break;
                }
            }
            else
                yaml.Error(vocabularyNode, "'vocabulary' must be a mapping with 'accept' and/or 'reject'");
        }
    }
}
