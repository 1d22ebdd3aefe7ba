using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using EditLint.Checks;
using EditLint.Configuration;
using EditLint.Diagnostics;
using EditLint.Inputs;
using YamlDotNet.RepresentationModel;

namespace EditLint.Packs;

/// <summary>One file of a pack: the name reports use, and its text.</summary>
public sealed record PackFile(string Path, string Text)
{
    /// <summary>The file's full path on disk, when it has one: a rule without <c>link</c> links to its own YAML there.</summary>
    public string? FullPath { get; init; }

    /// <summary>
    /// The parsing events of <see cref="Text"/> recorded when EditLint was built (<see cref="YamlEvents"/>), for a pack
    /// it ships; replayed instead of parsing the text, and ignored if they were recorded from another text.
    /// </summary>
    internal byte[]? Events { get; init; }
}

/// <summary>A loaded pack: its name, ID prefix, description, and the rules that loaded without error.</summary>
public sealed record RulePack(string Name, string Prefix, string Description, IReadOnlyList<PackRule> Rules);

/// <summary>What loading packs gave: the packs, and what was wrong (EL9003).</summary>
public sealed record PackLoadResult(IReadOnlyList<RulePack> Packs, IReadOnlyList<ConfigProblem> Problems)
{
    /// <summary>Every rule of every pack.</summary>
    public IReadOnlyList<PackRule> Rules => [.. Packs.SelectMany(p => p.Rules)];
}

/// <summary>
/// Loads YAML rule packs: a folder per pack holding <c>pack.yaml</c> (<c>pack</c>, <c>prefix</c>, <c>description</c>) and
/// one rule per file named <c>ID.slug.yaml</c>. Everything wrong becomes a <see cref="ConfigProblem"/> with file, line and
/// column; a rule with an error is left out and the rest of the pack loads.
/// </summary>
public static partial class PackLoader
{
    private static readonly string[] CommonKeys = ["id", "title", "message", "check", "severity", "scope", "quotations", "ignorecase", "nonword", "exceptions", "description", "link", "examples", "fix"];

    private static readonly Dictionary<string, string[]> KindKeys = new(StringComparer.Ordinal)
    {
        ["existence"] = ["tokens"],
        ["substitution"] = ["swap"],
        ["occurrence"] = ["token", "max", "min"],
        ["repetition"] = ["tokens", "phrase", "chains"],
        ["consistency"] = ["either"],
        ["conditional"] = ["first", "second"],
        ["capitalization"] = ["match", "threshold"],
        ["sequence"] = ["tokens"],
        ["metric"] = ["formula", "condition", "minwords"],
    };

    /// <summary>The check kinds a rule may use.</summary>
    public static IReadOnlyCollection<string> CheckKinds => KindKeys.Keys;

    /// <summary>Packs in <paramref name="folder"/>: the folder itself when it holds pack.yaml, else each subfolder that does.</summary>
    public static PackLoadResult LoadFolder(string folder, Func<string, string> displayPath, LinkBoundary boundary)
    {
        var files = new List<PackFile>();
        var unreadable = new List<ConfigProblem>();
        var packFolders = File.Exists(Path.Combine(folder, "pack.yaml"))
            ? [folder]
            : Directory.Exists(folder) ? Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal).Where(d => File.Exists(Path.Combine(d, "pack.yaml"))).ToList() : [];
        foreach (var pack in packFolders)
        {
            foreach (var file in Directory.EnumerateFiles(pack).Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
            {
                // Through SafeFile: a FIFO or a link to /dev/zero in a pack folder is reported, not read; nor is a link
                // out of the folders being linted.
                var (text, problem) = boundary.Refusal(file) is { } refused ? (null, refused) : SafeFile.ReadText(file, boundary: boundary);
                if (text is null)
                    unreadable.Add(ConfigProblem.OfFile(displayPath(file), problem!));
                else
                    files.Add(new PackFile(displayPath(file), text) { FullPath = Path.GetFullPath(file) });
            }
        }
        var loaded = Load(files);
        return unreadable.Count == 0 ? loaded : loaded with { Problems = [.. unreadable, .. loaded.Problems] };
    }

    /// <summary>Packs embedded in <paramref name="assembly"/> as resources named <c>rules/&lt;pack&gt;/&lt;file&gt;.yaml</c>.</summary>
    public static PackLoadResult LoadEmbedded(Assembly assembly)
    {
        var files = new List<PackFile>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("rules/", StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            files.Add(new PackFile(name, reader.ReadToEnd()) { Events = Resource(assembly, name + ".events") });
        }
        return Load(files, linkToRepository: true);
    }

    private static byte[]? Resource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name);
        if (stream is null)
            return null;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>
    /// Packs from files grouped by folder; each folder needs a pack.yaml. Rules without a <c>link</c> get their YAML file as
    /// help page: on EditLint's repository for the packs it ships (<paramref name="linkToRepository"/>), its <c>file://</c>
    /// URI otherwise, for a help link must be an absolute URI wherever it goes (SARIF's helpUri, LSP's codeDescription).
    /// </summary>
    public static PackLoadResult Load(IEnumerable<PackFile> files, bool linkToRepository = false)
    {
        var problems = new List<ConfigProblem>();
        var packs = new List<RulePack>();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var folder in files.GroupBy(f => Folder(f.Path)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var manifest = folder.FirstOrDefault(f => FileName(f.Path) == "pack.yaml");
            if (manifest is null)
            {
                problems.Add(new ConfigProblem(folder.First().Path, default, $"{folder.Key} has rule files but no pack.yaml (with 'pack', 'prefix' and 'description')"));
                continue;
            }
            var (yaml, root) = YamlFile.Parse(manifest.Path, manifest.Text, problems, manifest.Events);
            if (root is null)
                continue;
            yaml.CheckKeys(root, ["pack", "prefix", "description"], "pack.yaml");
            var name = yaml.String(root, "pack", required: true) ?? FileName(folder.Key);
            var prefix = yaml.String(root, "prefix") ?? "EL";
            var description = yaml.String(root, "description") ?? "";
            var rules = new List<PackRule>();
            foreach (var file in folder.Where(f => f != manifest).OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                if (LoadRule(file, name, prefix, problems, linkToRepository) is not { } rule)
                    continue;
                if (!ids.Add(rule.Descriptor.Id))
                {
                    problems.Add(new ConfigProblem(file.Path, default, $"rule ID {rule.Descriptor.Id} is already used by another pack rule; this rule is ignored"));
                    continue;
                }
                rules.Add(rule);
            }
            packs.Add(new RulePack(name, prefix, description, rules));
        }
        return new PackLoadResult(packs, problems);
    }

    private static PackRule? LoadRule(PackFile file, string pack, string prefix, List<ConfigProblem> problems, bool linkToRepository)
    {
        var before = problems.Count;
        var (yaml, root) = YamlFile.Parse(file.Path, file.Text, problems, file.Events);
        if (root is null)
            return null;

        var kind = yaml.String(root, "check", required: true);
        if (kind is not null && !KindKeys.ContainsKey(kind))
        {
            yaml.Error(YamlFile.Get(root, "check")!, $"unknown check '{kind}'; expected one of: {string.Join(", ", KindKeys.Keys)}");
            return null;
        }
        yaml.CheckKeys(root, [.. CommonKeys, .. kind is null ? KindKeys.Values.SelectMany(k => k).Distinct() : KindKeys[kind]], kind is null ? "a rule" : $"a '{kind}' rule");

        var id = yaml.String(root, "id", required: true);
        if (id is not null)
            CheckId(yaml, root, id, prefix, file.Path);
        var title = yaml.String(root, "title", required: true);
        var message = ToComposite(yaml.String(root, "message", required: true) ?? "");
        var severity = Severity.Warning;
        if (yaml.String(root, "severity") is { } severityName && !Severities.TryParse(severityName, out severity))
            yaml.Error(YamlFile.Get(root, "severity")!, $"unknown severity '{severityName}'; expected error, warning, suggestion (info) or none");
        if (message.Length > 0 && !FormatsWith(message, 2))
            yaml.Error(YamlFile.Get(root, "message")!, "the message has a '{' or '}' that is not {0} or {1}; write '{{' for a literal brace");

        var ignoreCase = yaml.Bool(root, "ignorecase") ?? false;
        var raw = yaml.Bool(root, "nonword") ?? false;
        var scope = Scope(yaml, root, kind);
        var skipsQuotations = SkipsQuotations(yaml, root, scope);
        var exceptions = new TermFilter(yaml.Strings(root, "exceptions").Select(e => e.Value));
        var examples = yaml.Strings(root, "examples").Select(e => e.Value).ToList();
        var fix = yaml.String(root, "fix");
        var link = yaml.String(root, "link");
        if (link is not null && !IsWebLink(link))
            yaml.Error(YamlFile.Get(root, "link")!, $"'link' must be an absolute http or https URL, such as https://example.com/style#{id}, not '{link}'");
        // A shipped pack's file, recorded when EditLint was built, was loaded in full there (PackCompiler fails the build
        // on any problem): read from those events, its check, the compiled patterns, is built when the rule first runs,
        // so that a rule a run has off costs no patterns. Any other file's check (events recorded from another text
        // included) is built now, so that its problems are reported with the rest.
        Lazy<Check>? check = null;
        if (kind is not null && yaml.Replayed)
            check = new Lazy<Check>(() => CheckOf(file.Path, yaml, root, kind, ignoreCase, raw, fix));
        else if (kind is not null && CreateCheck(yaml, root, kind, ignoreCase, raw, fix) is { } created)
            check = new Lazy<Check>(created);

        if (problems.Count > before || check is null || id is null || title is null)
            return null;
        var descriptor = new RuleDescriptor(id, title, message, RuleCategory.Consistency, severity, yaml.String(root, "description") ?? title)
        {
            Pack = pack,
            HelpLink = link ?? (linkToRepository
                ? RuleDescriptor.DocsBaseUri.Replace("docs/rules/", "", StringComparison.Ordinal) + file.Path
                : new Uri(file.FullPath ?? Path.GetFullPath(file.Path)).AbsoluteUri),
        };
        return new PackRule(descriptor, kind!, check, scope, exceptions, file.Path, examples)
        {
            SourceText = file.Text,
            SkipsQuotations = skipsQuotations,
        };
    }

    // "quotations: skip" leaves the speaker's words alone (a rule about wording: an editor does not reword a quotation);
    // "check", the default, reads them as the writer's own.
    private static bool SkipsQuotations(YamlFile yaml, YamlMappingNode root, PackScope scope)
    {
        if (yaml.String(root, "quotations") is not { } value)
            return false;
        var node = YamlFile.Get(root, "quotations")!;
        if (value.Equals("check", StringComparison.OrdinalIgnoreCase))
            return false;
        if (!value.Equals("skip", StringComparison.OrdinalIgnoreCase))
        {
            yaml.Error(node, $"'quotations' must be skip or check, not '{value}'");
            return false;
        }
        if (scope == PackScope.Quote)
            yaml.Error(node, "a rule whose scope is only 'quote' cannot skip quotations");
        return true;
    }

    // A recorded file's check, from the nodes its load read; its problems go to a list of its own, as the loader's has been
    // handed back by now (and the first run of the rule may be on any thread).
    private static Check CheckOf(string path, YamlFile yaml, YamlMappingNode root, string kind, bool ignoreCase, bool raw, string? fix)
    {
        var problems = new List<ConfigProblem>();
        Check? check;
        try
        {
            check = CreateCheck(yaml.RecordingIn(problems), root, kind, ignoreCase, raw, fix, proven: true);
        }
        catch (ArgumentException)
        {
            // A pattern that does not compile after all (the build proves every shipped one): built again, proving each
            // pattern, which names the bad one and where it is written.
            problems.Clear();
            check = CreateCheck(yaml.RecordingIn(problems), root, kind, ignoreCase, raw, fix);
        }
        return check is not null && problems.Count == 0 ? check
            : throw new InvalidOperationException($"{path}: {string.Join("; ", problems.Select(p => $"{p.Position.DisplayLine}:{p.Position.DisplayColumn}: {p.Message}"))}");
    }

    private static bool IsWebLink(string link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0;

    private static void CheckId(YamlFile yaml, YamlMappingNode root, string id, string prefix, string path)
    {
        var node = YamlFile.Get(root, "id")!;
        var match = IdPattern().Match(id);
        if (!match.Success || !string.Equals(match.Groups[1].Value, prefix, StringComparison.Ordinal))
        {
            yaml.Error(node, $"rule ID '{id}' must be the pack's prefix '{prefix}' followed by four digits");
            return;
        }
        var number = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (prefix == "EL" && number is < 4100 or > 4999)
            yaml.Error(node, $"rule ID '{id}' is outside the rule-pack range EL4100–EL4999; EL1xxx–EL5xxx below EL4100 are built-in rules");
        if (!FileName(path).StartsWith(id + ".", StringComparison.Ordinal))
            yaml.Error(node, $"the file of rule {id} must be named {id}.<slug>.yaml, not {FileName(path)}");
    }

    private static PackScope Scope(YamlFile yaml, YamlMappingNode root, string? kind)
    {
        var names = yaml.Strings(root, "scope");
        if (names.Count == 0)
            return kind == "metric" ? PackScope.Sentence : kind == "capitalization" ? PackScope.Heading : PackScope.Body;
        PackScope scope = 0;
        foreach (var (name, node) in names)
        {
            if (PackScopes.TryParse(name, out var one))
                scope |= one;
            else
                yaml.Error(node, $"unknown scope '{name}'; expected one of: {string.Join(", ", PackScopes.Names)}");
        }
        return scope;
    }

    // A proven file's patterns were compiled and checked when EditLint was built (a shipped pack's, replayed): each is
    // compiled once, as it is used, without the compiles that only prove it (alone, in a group, each token of a list
    // before their alternation). Any other file's are proved here, so that a bad one is reported where it is written.
    private static Check? CreateCheck(YamlFile yaml, YamlMappingNode root, string kind, bool ignoreCase, bool raw, string? fix, bool proven = false)
    {
        // "{lexicon:unnamed-sources}" stands for a lexicon of the built-in rules, so that both read one list.
        string? Expand(string pattern, YamlNode node)
        {
            if (!pattern.Contains("{lexicon:", StringComparison.Ordinal))
                return pattern;
            string? unknown = null;
            var expanded = LexiconReference().Replace(pattern, m => Semantics.Lexicons.Lexicon.Pattern(m.Groups[1].Value) is { } list ? "(?:" + list + ")" : (unknown ??= m.Value));
            if (unknown is null)
                return expanded;
            yaml.Error(node, $"unknown lexicon '{unknown}' in pattern '{pattern}'");
            return null;
        }

        Regex? Compile(string pattern, YamlNode node, bool wholeWord = true)
        {
            if (Expand(pattern, node) is not { } expanded)
                return null;
            if (proven)
                return PackPattern.Create(expanded, ignoreCase, raw || !wholeWord);
            if (PackPattern.TryCreate(expanded, ignoreCase, raw || !wholeWord, out var error) is { } regex)
                return regex;
            yaml.Error(node, $"invalid pattern '{expanded}': {error}");
            return null;
        }

        Regex? Tokens(string key)
        {
            var tokens = yaml.Strings(root, key);
            if (tokens.Count == 0)
            {
                yaml.Error(root, $"a '{kind}' rule needs '{key}'");
                return null;
            }
            var valid = proven
                ? tokens.Select(t => Expand(t.Value, t.Node)).OfType<string>().ToList()
                : tokens.Where(t => Compile(t.Value, t.Node) is not null).Select(t => Expand(t.Value, t.Node)!).ToList();
            return valid.Count == tokens.Count ? PackPattern.Create(PackPattern.Alternation(valid), ignoreCase, raw) : null;
        }

        switch (kind)
        {
            case "existence":
                return Tokens("tokens") is { } existence ? new ExistenceCheck(existence, fix) : null;
            case "repetition":
            {
                var phrase = yaml.Number(root, "phrase") ?? 1;
                if (phrase is < 1 or > 8 || phrase != Math.Floor(phrase))
                {
                    yaml.Error(YamlFile.Get(root, "phrase")!, "'phrase' must be a whole number of tokens from 1 to 8");
                    return null;
                }
                var chains = yaml.Strings(root, "chains").Select(c => c.Value).ToList();
                return YamlFile.Get(root, "tokens") is null
                    ? new RepetitionCheck(PackPattern.Create(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?", ignoreCase), (int)phrase, chains)
                    : Tokens("tokens") is { } repeated ? new RepetitionCheck(repeated, (int)phrase, chains) : null;
            }
            case "substitution":
            {
                var pairs = yaml.Pairs(root, "swap");
                if (pairs.Count == 0)
                    yaml.Error(root, "a 'substitution' rule needs 'swap', a mapping of patterns to preferred wording");
                var swaps = new List<Swap>(pairs.Count);
                foreach (var pair in pairs)
                {
                    if (Compile(pair.Key, pair.Node) is { } pattern)
                        swaps.Add(new Swap(pattern, pair.Value ?? ""));
                }
                return swaps.Count > 0 && swaps.Count == pairs.Count ? new SubstitutionCheck(swaps) : null;
            }
            case "occurrence":
            {
                var token = yaml.String(root, "token", required: true);
                var max = yaml.Number(root, "max");
                var min = yaml.Number(root, "min");
                if (max is null && min is null)
                    yaml.Error(root, "an 'occurrence' rule needs 'max' or 'min'");
                var pattern = token is null ? null : Compile(token, YamlFile.Get(root, "token")!);
                return pattern is null || (max is null && min is null) ? null : new OccurrenceCheck(pattern, (int?)max, (int?)min);
            }
            case "consistency":
            {
                var pairs = yaml.Pairs(root, "either");
                if (pairs.Count == 0)
                    yaml.Error(root, "a 'consistency' rule needs 'either', a mapping of one form to the other");
                var forms = new List<EitherForm>(pairs.Count);
                foreach (var pair in pairs)
                {
                    var (first, second) = (Compile(pair.Key, pair.Node), pair.Value is null ? null : Compile(pair.Value, pair.Node));
                    if (first is not null && second is not null)
                        forms.Add(new EitherForm(first, second));
                }
                return forms.Count > 0 && forms.Count == pairs.Count ? new ConsistencyCheck(forms) : null;
            }
            case "conditional":
            {
                var first = yaml.String(root, "first", required: true);
                var second = yaml.String(root, "second", required: true);
                var a = first is null ? null : Compile(first, YamlFile.Get(root, "first")!);
                var b = second is null ? null : Compile(second, YamlFile.Get(root, "second")!);
                return a is null || b is null ? null : new ConditionalCheck(a, b);
            }
            case "capitalization":
            {
                var match = yaml.String(root, "match", required: true);
                var threshold = yaml.Number(root, "threshold") ?? (match == "$title" ? 0.8 : 0.6);
                if (match is null)
                    return null;
                if (match.StartsWith('$') && match is not ("$title" or "$sentence" or "$upper" or "$lower"))
                {
                    yaml.Error(YamlFile.Get(root, "match")!, $"unknown style '{match}'; expected $title, $sentence, $upper, $lower or a pattern");
                    return null;
                }
                var pattern = match.StartsWith('$') ? null : Compile("^(?:" + match + ")$", YamlFile.Get(root, "match")!, wholeWord: false);
                return match.StartsWith('$') || pattern is not null ? new CapitalizationCheck(match, threshold, pattern) : null;
            }
            case "sequence":
                return Sequence(yaml, root, ignoreCase, fix, proven);
            case "metric":
            {
                var formulaText = yaml.String(root, "formula", required: true);
                var conditionText = yaml.String(root, "condition", required: true);
                if (formulaText is null || conditionText is null)
                    return null;
                var formula = Formula.TryParse(formulaText, MetricCheck.CountNames, out var error);
                if (formula is null)
                    yaml.Error(YamlFile.Get(root, "formula")!, $"invalid formula: {error}");
                if (!MetricCheck.TryParseCondition(conditionText, out var comparison, out var limit))
                    yaml.Error(YamlFile.Get(root, "condition")!, $"invalid condition '{conditionText}'; write a comparison and a number, for example '> 30'");
                var minimum = (int)(yaml.Number(root, "minwords") ?? 0);
                return formula is null || comparison.Length == 0 ? null : new MetricCheck(formula, comparison, limit, minimum);
            }
            default:
                return null;
        }
    }

    private static SequenceCheck? Sequence(YamlFile yaml, YamlMappingNode root, bool ignoreCase, string? fix, bool proven)
    {
        if (YamlFile.Get(root, "tokens") is not YamlSequenceNode list || list.Children.Count == 0)
        {
            yaml.Error(YamlFile.Get(root, "tokens") ?? root, "a 'sequence' rule needs 'tokens', a list of steps each with a 'pattern' (and optional 'negate', 'skip')");
            return null;
        }
        var steps = new List<SequenceStep>();
        var ok = true;
        foreach (var item in list)
        {
            if (item is not YamlMappingNode step)
            {
                yaml.Error(item, "each step of a sequence is a mapping with 'pattern' (and optional 'negate', 'skip')");
                ok = false;
                continue;
            }
            yaml.CheckKeys(step, ["pattern", "negate", "skip"], "a sequence step");
            var pattern = yaml.String(step, "pattern", required: true, owner: step);
            if (pattern is null)
            {
                ok = false;
                continue;
            }
            if (!proven && PackPattern.Validate(pattern) is { } error)
            {
                yaml.Error(YamlFile.Get(step, "pattern")!, $"invalid pattern '{pattern}': {error}");
                ok = false;
                continue;
            }
            // Made as every pack pattern is (PackPattern.Create), so that a shipped rule's run as code generated at build time.
            var regex = PackPattern.Create("^(?:" + pattern + ")$", ignoreCase, raw: true);
            steps.Add(new SequenceStep(regex, yaml.Bool(step, "negate") ?? false, (int)(yaml.Number(step, "skip") ?? 0))
            {
                Presence = steps.Count == 0 && !HasAnchorsOrLookarounds(pattern) ? PackPattern.Create("(?:" + pattern + ")", ignoreCase, raw: true) : null,
            });
        }
        return ok ? new SequenceCheck(steps, fix) : null;
    }

    // Vale writes %s for each argument; EditLint uses {0}, {1}.
    private static string ToComposite(string message)
    {
        var index = 0;
        return PercentS().Replace(message, _ => "{" + index++ + "}");
    }

    private static bool FormatsWith(string message, int arguments)
    {
        try
        {
            _ = string.Format(CultureInfo.InvariantCulture, message, new object[arguments]);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string Folder(string path)
    {
        var cut = path.Replace('\\', '/').LastIndexOf('/');
        return cut < 0 ? "" : path[..cut];
    }

    private static string FileName(string path) => path.Replace('\\', '/')[(path.Replace('\\', '/').LastIndexOf('/') + 1)..];

    [GeneratedRegex(@"^([A-Z]+)(\d{4})$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex IdPattern();

    [GeneratedRegex("%s", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PercentS();

    [GeneratedRegex(@"\{lexicon:([^{}]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex LexiconReference();

    // A pattern that matches a whole word also matches somewhere in the text around it, unless it looks at what
    // surrounds it: anchors, word boundaries and lookarounds ("\w+ing$" matches "saying" but not "saying that").
    private static bool HasAnchorsOrLookarounds(string pattern) =>
        pattern.Contains('^') || pattern.Contains('$') || pattern.Contains("(?=", StringComparison.Ordinal) || pattern.Contains("(?!", StringComparison.Ordinal)
        || pattern.Contains("(?<=", StringComparison.Ordinal) || pattern.Contains("(?<!", StringComparison.Ordinal)
        || AnchorEscape().IsMatch(pattern);

    // Generated, not Regex.IsMatch with a pattern string: the static methods start the framework's regex cache, generic
    // code over a struct key that a one-file run compiled at start-up.
    [GeneratedRegex(@"\\[AzZbBG]", RegexOptions.CultureInvariant)]
    private static partial Regex AnchorEscape();
}
