using System.Globalization;
using EditLint.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace EditLint.Configuration;

/// <summary>
/// Reads one YAML file as a tree of nodes that know their line and column, and collects what is wrong with it as
/// <see cref="ConfigProblem"/>s instead of throwing: configuration errors must point at the file, never crash a run.
/// </summary>
internal sealed class YamlFile
{
    private readonly List<ConfigProblem> _problems;
    private readonly SourceText _source;

    private YamlFile(string path, string text, List<ConfigProblem> problems)
        : this(path, new SourceText(text), problems)
    {
    }

    private YamlFile(string path, SourceText source, List<ConfigProblem> problems)
    {
        Path = path;
        _source = source;
        _problems = problems;
    }

    /// <summary>The same file, its problems from now on recorded in <paramref name="problems"/>.</summary>
    public YamlFile RecordingIn(List<ConfigProblem> problems) => new(Path, _source, problems) { Replayed = Replayed };

    public string Path { get; }

    /// <summary>True when the file was read from recorded parsing events (<see cref="YamlEvents"/>), not parsed.</summary>
    public bool Replayed { get; private set; }

    /// <summary>
    /// The root mapping of <paramref name="text"/>, or null (with a problem recorded) when it is not one; read from
    /// <paramref name="events"/> when they are the text's recorded parsing events (<see cref="YamlEvents"/>).
    /// </summary>
    public static (YamlFile File, YamlMappingNode? Root) Parse(string path, string text, List<ConfigProblem> problems, byte[]? events = null)
    {
        var file = new YamlFile(path, text, problems);
        try
        {
            var replay = events is null ? null : YamlEvents.Replay(events, text);
            file.Replayed = replay is not null;
            var stream = replay is not null ? Load(replay) : Load(text);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
                return (file, new YamlMappingNode());
            if (stream.Documents[0].RootNode is YamlMappingNode root)
                return (file, root);
            file.Error(stream.Documents[0].RootNode, "expected a mapping of keys to values at the top level");
            return (file, null);
        }
        catch (YamlLimitException e)
        {
            problems.Add(new ConfigProblem(path, file.At(e.Start), e.Reason + "; the file is ignored"));
            return (file, null);
        }
        catch (YamlException e)
        {
            problems.Add(new ConfigProblem(path, file.At(e.Start), "invalid YAML: " + Describe(e)));
            return (file, null);
        }
    }

    /// <summary>
    /// Loads <paramref name="text"/> as a YAML stream within <see cref="BoundedParser"/>'s limits: every YAML EditLint reads
    /// (front matter, configuration, packs) comes through here. Throws <see cref="YamlLimitException"/> past a limit and
    /// <see cref="YamlException"/> on malformed YAML, whatever YamlDotNet itself threw.
    /// </summary>
    public static YamlStream Load(string text) => Load(new Parser(new StringReader(text)));

    private static YamlStream Load(IParser events)
    {
        var stream = new YamlStream();
        var parser = new BoundedParser(events);
        try
        {
            stream.Load(parser);
        }
        catch (Exception e) when (e is not (YamlException or OutOfMemoryException or OperationCanceledException))
        {
            // YamlDotNet throws other exceptions, without a position, on some malformed input (ArgumentException for
            // " : f", InvalidOperationException for an unclosed '['): the position is where the last event that
            // did parse ended.
            throw new YamlException(parser.LastEnd, parser.LastEnd, "the text cannot be parsed from here on (an unclosed '[' or '{', or a key with no name?)");
        }
        return stream;
    }

    /// <summary>
    /// The character offset in the parsed text that <paramref name="mark"/> stands for. YamlDotNet's line and column
    /// count U+0085, U+2028 and U+2029 as line breaks, which EditLint's <see cref="SourceText"/> (and LSP) do not, and
    /// may point one line past the end; its index counts characters, so positions are made from it alone.
    /// </summary>
    public static int Offset(Mark mark) => (int)Math.Clamp(mark.Index, 0, int.MaxValue);

    public void Error(YamlNode node, string message) => _problems.Add(new ConfigProblem(Path, At(node.Start), message));

    public void Error(Mark mark, string message) => _problems.Add(new ConfigProblem(Path, At(mark), message));

    /// <summary>Where <paramref name="node"/> starts, as <see cref="SourceText"/> counts lines and columns.</summary>
    public LinePosition Position(YamlNode node) => At(node.Start);

    /// <summary>Reports keys of <paramref name="map"/> that are not in <paramref name="allowed"/>, suggesting the nearest.</summary>
    public void CheckKeys(YamlMappingNode map, IReadOnlyCollection<string> allowed, string where)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (allowed.Contains(name))
                continue;
            var nearest = allowed.OrderBy(a => Distance(a, name)).FirstOrDefault();
            var hint = nearest is not null && Distance(nearest, name) <= 2 ? $" (did you mean '{nearest}'?)" : "";
            Error(key, $"unknown key '{name}' in {where}{hint}; expected one of: {string.Join(", ", allowed)}");
        }
    }

    /// <summary>The value of <paramref name="key"/>; a key with nothing after it ("rules:" followed only by comments) counts as absent.</summary>
    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && !IsEmpty(node) ? node : null;

    private static bool IsEmpty(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any, Value: null or "" or "~" or "null" };

    public string? String(YamlMappingNode map, string key, bool required = false, YamlNode? owner = null)
    {
        var node = Get(map, key);
        if (node is null)
        {
            if (required)
                Error(owner ?? map, $"missing required key '{key}'");
            return null;
        }
        if (node is YamlScalarNode scalar)
            return scalar.Value;
        Error(node, $"'{key}' must be a single value, not a {Kind(node)}");
        return null;
    }

    public bool? Bool(YamlMappingNode map, string key)
    {
        if (Get(map, key) is not { } node)
            return null;
        if (node is YamlScalarNode { Value: { } v } && ParseSwitch(v) is { } b)
            return b;
        Error(node, $"'{key}' must be true or false");
        return null;
    }

    public double? Number(YamlMappingNode map, string key)
    {
        if (Get(map, key) is not { } node)
            return null;
        if (node is YamlScalarNode { Value: { } v } && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            return d;
        Error(node, $"'{key}' must be a number");
        return null;
    }

    /// <summary>A list of strings; a single string is accepted as a list of one.</summary>
    public List<YamlString> Strings(YamlMappingNode map, string key)
    {
        var result = new List<YamlString>();
        switch (Get(map, key))
        {
            case null:
                break;
            case YamlScalarNode { Value: { } single } scalar:
                result.Add(new YamlString(single, scalar));
                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence)
                {
                    if (item is YamlScalarNode { Value: { } value })
                        result.Add(new YamlString(value, item));
                    else
                        Error(item, $"items of '{key}' must be plain values");
                }
                break;
            case var other:
                Error(other, $"'{key}' must be a list");
                break;
        }
        return result;
    }

    /// <summary>A mapping of plain keys to plain values, in file order.</summary>
    public List<YamlPair> Pairs(YamlMappingNode map, string key)
    {
        var result = new List<YamlPair>();
        switch (Get(map, key))
        {
            case null:
                break;
            case YamlMappingNode mapping:
                foreach (var (k, v) in mapping.Children)
                {
                    if (k is YamlScalarNode { Value: { } name } && v is YamlScalarNode value)
                        result.Add(new YamlPair(name, value.Value, k));
                    else
                        Error(k, $"entries of '{key}' must be 'key: value' pairs of plain values");
                }
                break;
            case var other:
                Error(other, $"'{key}' must be a mapping of 'key: value' pairs");
                break;
        }
        return result;
    }

    public static bool? ParseSwitch(string value) => value.Trim().ToLowerInvariant() switch
    {
        "true" or "on" or "yes" or "enabled" => true,
        "false" or "off" or "no" or "disabled" => false,
        _ => null,
    };

    public static string Kind(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "value",
    };

    private LinePosition At(Mark mark) => _source.GetPosition(Offset(mark));

    /// <summary>What is wrong, without the position YamlDotNet puts in front of its message.</summary>
    public static string Describe(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (…): "; the finding already has the position.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}

// Classes, not tuples: lists and LINQ over a tuple have no ReadyToRun code, and every pack and configuration file reads them
// at start-up, where the JIT would compile each method they go through.

/// <summary>A plain value of a YAML list, and its node (where a problem with it points).</summary>
internal sealed record YamlString(string Value, YamlNode Node);

/// <summary>A plain <c>key: value</c> entry of a YAML mapping; its node is the key's.</summary>
internal sealed record YamlPair(string Key, string? Value, YamlNode Node);

/// <summary>
/// A YAML parser that stops, with the position, at a depth or an alias expansion no real file needs. YamlDotNet's parser
/// is iterative but its representation model recurses once per level (a file nested 20,000 deep overflows the stack,
/// which no catch can stop), and an alias stands for its anchor's whole subtree, so 600 bytes of nested aliases (a
/// "billion laughs") stand for a billion nodes to anything that walks them, and one inside the node it names makes a
/// cycle. All are caught here, event by event, before the representation model sees the event.
/// </summary>
internal sealed class BoundedParser(IParser inner) : IParser
{
    /// <summary>How deep mappings and lists may nest: far beyond any configuration, pack or front matter.</summary>
    public const int MaxDepth = 100;

    /// <summary>How many nodes all aliases together may stand for, counting each anchor's subtree with its own aliases expanded.</summary>
    public const long MaxAliasNodes = 100_000;

    // The open collections, innermost last: each one's anchor and its node count so far, aliases expanded.
    private readonly Stack<(string? Anchor, long Nodes)> _open = new();
    private readonly Dictionary<string, long> _anchorNodes = new(StringComparer.Ordinal);
    private long _aliasNodes;

    public ParsingEvent? Current => inner.Current;

    /// <summary>Where the last event read ended: the position of a failure YamlDotNet reports without one.</summary>
    public Mark LastEnd { get; private set; } = Mark.Empty;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
            return false;
        LastEnd = inner.Current!.End;
        switch (inner.Current)
        {
            case MappingStart or SequenceStart:
                if (_open.Count >= MaxDepth)
                    throw new YamlLimitException(inner.Current.Start, inner.Current.End, $"YAML nested more than {MaxDepth} levels deep");
                _open.Push((Anchor((NodeEvent)inner.Current), 1));
                break;
            case MappingEnd or SequenceEnd:
                var (anchor, nodes) = _open.Pop();
                Add(anchor, nodes);
                break;
            case Scalar scalar:
                Add(Anchor(scalar), 1);
                break;
            case AnchorAlias alias:
                // YamlDotNet resolves an alias to a node still open (its own ancestor) or one defined later, which can
                // make a cycle that every walk of the tree follows for ever; YAML itself wants an anchor defined before.
                var name = alias.Value.Value;
                if (_open.Any(o => o.Anchor == name))
                    throw new YamlLimitException(alias.Start, alias.End, $"the alias *{name} is inside the node it names (a cycle)");
                if (!_anchorNodes.TryGetValue(name, out var expanded))
                    throw new YamlLimitException(alias.Start, alias.End, $"the alias *{name} names no anchor &{name} before it");
                _aliasNodes += expanded;
                if (_aliasNodes > MaxAliasNodes)
                    throw new YamlLimitException(alias.Start, alias.End, $"YAML aliases stand for more than {MaxAliasNodes:N0} nodes in all (an alias bomb?)");
                Add(null, expanded);
                break;
        }
        return true;
    }

    private static string? Anchor(NodeEvent node) => node.Anchor.IsEmpty ? null : node.Anchor.Value;

    // A finished node of `nodes` nodes: its anchor now stands for that many, and its collection holds them.
    private void Add(string? anchor, long nodes)
    {
        if (anchor is not null)
            _anchorNodes[anchor] = nodes;
        if (_open.Count > 0)
        {
            var (openAnchor, count) = _open.Pop();
            _open.Push((openAnchor, count + nodes));
        }
    }
}

/// <summary>YAML past one of <see cref="BoundedParser"/>'s limits, or with an alias it refuses; the marks are where.</summary>
internal sealed class YamlLimitException(Mark start, Mark end, string reason) : YamlException(start, end, reason)
{
    /// <summary>What limit was reached, without the position YamlDotNet puts in front of <see cref="Exception.Message"/>.</summary>
    public string Reason { get; } = reason;
}
