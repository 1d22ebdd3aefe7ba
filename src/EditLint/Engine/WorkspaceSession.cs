using System.Diagnostics;
using EditLint.Documents;
using EditLint.Rules;
using EditLint.Text;

namespace EditLint.Engine;

/// <summary>
/// A workspace kept in memory between lints, for editors: the files of a content repo, some of them replaced by the
/// editor's unsaved buffers. Each file is read and modelled once and kept until it changes; its facts (tokens, names)
/// are computed on first use and kept with it. A lint runs the document rules only on the files asked for whose text
/// changed since their last lint, and the workspace rules over every file, so that cross-article findings (EL4001,
/// EL4003) see the whole repo with the buffers' current text. Thread-safe: lints and changes are serialized.
/// </summary>
public sealed class WorkspaceSession
{
    private readonly LintEngine _engine;
    private readonly LintOptions _options;
    private readonly List<RuleSetup> _setups;
    private readonly bool _hasWorkspaceRules;
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly Lock _changesGate = new();
    private readonly Queue<Action> _changes = new();
    private readonly HashSet<string> _onDisk = new(StringComparer.Ordinal);
    private readonly HashSet<string> _buffered = new(StringComparer.Ordinal);
    private LintEngine.WorkspacePass? _workspace;
    // Kept between lints: a change retracts and inserts one document's facts, and only the matches they are in run again.
    private readonly WorkspaceFactSessions _factSessions;

    /// <summary>A session that lints with <paramref name="engine"/> under <paramref name="options"/> (their configuration included).</summary>
    public WorkspaceSession(LintEngine engine, LintOptions options)
    {
        _engine = engine;
        _options = options;
        _setups = engine.Setups(options);
        _hasWorkspaceRules = LintEngine.HasWorkspaceRules(_setups);
        _factSessions = new WorkspaceFactSessions(_setups);
        // An editor's files and their configurations come later: the fact rules the run leaves on compile now, in the
        // background, so that the first lint does not wait for them.
        _ = FactRuleSessions.Prepare(_setups.SelectMany(s => s.FactRules));
    }

    /// <summary>Rule IDs of the rules that compare files with each other (EL4001, EL4003 among the built-in ones).</summary>
    public IReadOnlyList<string> WorkspaceRuleIds => [.. _setups.Where(s => s.WorkspaceFactRules.Count > 0).Select(s => s.Rule.Descriptor.Id)];

    /// <summary>Files in the session, on disk or in a buffer.</summary>
    public int Count
    {
        get
        {
            lock (_changesGate)
                return _onDisk.Union(_buffered).Count();
        }
    }

    /// <summary>True when <paramref name="path"/> is in the session.</summary>
    public bool Contains(string path)
    {
        lock (_changesGate)
            return _onDisk.Contains(path) || _buffered.Contains(path);
    }

    // Changes are queued and applied by the next lint, so that an editor's notification never waits for a lint in
    // progress (the first one reads the whole workspace).

    /// <summary>
    /// Adds the file at <paramref name="path"/> (a full path, the session's key for it) or marks it changed on disk: it
    /// is read again on the next lint, unless a buffer stands in for it. <paramref name="displayPath"/> names it in findings.
    /// </summary>
    public void SetFile(string path, string displayPath) => Change(() => _onDisk.Add(path), () =>
    {
        if (_entries.TryGetValue(path, out var entry))
        {
            entry.OnDisk = true;
            if (entry.Buffer is null)
                entry.Invalidate();
            return;
        }
        _entries[path] = new Entry(path, displayPath) { OnDisk = true };
        _workspace = null;
    });

    /// <summary>
    /// Puts an editor's text in place of the file at <paramref name="path"/> (which need not exist on disk). The same
    /// string instance as before changes nothing: its lint is kept.
    /// </summary>
    public void SetBuffer(string path, string displayPath, string text, DocumentFormat format) => Change(() => _buffered.Add(path), () =>
    {
        if (!_entries.TryGetValue(path, out var entry))
            _entries[path] = entry = new Entry(path, displayPath);
        if (entry.Buffer is { } buffer && ReferenceEquals(buffer.Text, text) && buffer.Format == format)
            return;
        entry.Buffer = (text, format);
        entry.Invalidate();
        _workspace = null;
    });

    /// <summary>Drops the buffer of <paramref name="path"/>: the file is read from disk again, or leaves the session if it is not on disk.</summary>
    public void ClearBuffer(string path) => Change(() => _buffered.Remove(path), () =>
    {
        if (!_entries.TryGetValue(path, out var entry) || entry.Buffer is null)
            return;
        entry.Buffer = null;
        if (entry.OnDisk)
            entry.Invalidate();
        else
            _entries.Remove(path);
        _workspace = null;
    });

    /// <summary>The file at <paramref name="path"/> was deleted: it leaves the session, unless a buffer stands in for it.</summary>
    public void RemoveFile(string path) => Change(() => _onDisk.Remove(path), () =>
    {
        if (!_entries.TryGetValue(path, out var entry))
            return;
        entry.OnDisk = false;
        if (entry.Buffer is not null)
            return;
        _entries.Remove(path);
        _workspace = null;
    });

    /// <summary>Reads and models every file not read yet, and runs the workspace rules, so that the first lint an editor waits for is quick.</summary>
    public void Prepare(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            ApplyChanges();
            var entries = Ordered();
            Load(entries, cancellationToken);
            _ = Workspace(entries, cancellationToken);
        }
    }

    /// <summary>
    /// Lints <paramref name="paths"/>: their document findings (computed again only for files whose text changed) and
    /// the workspace findings that land in them, computed over every file of the session. Paths not in the session are
    /// ignored. <see cref="FileResult.Path"/> and <see cref="Diagnostics.Diagnostic.Path"/> are display paths.
    /// </summary>
    public LintResult Lint(IReadOnlyCollection<string> paths, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        lock (_gate)
        {
            ApplyChanges();
            var entries = Ordered();
            Load(entries, cancellationToken);
            var wanted = paths.Where(_entries.ContainsKey).Select(p => _entries[p]).Distinct().ToList();
            foreach (var entry in wanted.Where(e => !e.Pass!.RulesRan))
            {
                // On the model the workspace stage has, so that facts are computed once.
                entry.Pass = new Pass(_engine.RunDocument(entry.Input!, _setups, _options, runRules: true, cancellationToken, entry.Pass!.Result.Model), RulesRan: true);
            }
            var workspace = Workspace(entries, cancellationToken);
            return _engine.Finish(
                [.. entries.Select(e => e.Input!)], [.. entries.Select(e => e.Pass!.Result)], workspace,
                [.. wanted.Select(e => e.Input!)], _options, stopwatch);
        }
    }

    private void Change(Action record, Action apply)
    {
        lock (_changesGate)
        {
            record();
            _changes.Enqueue(apply);
        }
    }

    // In the order the changes were made; called with _gate held.
    private void ApplyChanges()
    {
        while (true)
        {
            Action apply;
            lock (_changesGate)
            {
                if (!_changes.TryDequeue(out apply!))
                    return;
            }
            apply();
        }
    }

    private List<Entry> Ordered() => [.. _entries.Values.OrderBy(e => e.DisplayPath, StringComparer.Ordinal)];

    // Reads and models the files that changed (in parallel: a workspace's first load is most of its cost).
    private void Load(List<Entry> entries, CancellationToken cancellationToken)
    {
        var stale = entries.Where(e => e.Pass is null).ToList();
        if (stale.Count == 0)
            return;
        Parallel.ForEach(stale, LintEngine.ParallelOptionsFor(_options, cancellationToken), entry =>
        {
            var load = entry.Buffer is { } buffer
                ? Read(entry, buffer.Text, buffer.Format)
                : _engine.Loader.Load(entry.Path, entry.DisplayPath, _options);
            var input = new LintEngine.Input(entry.DisplayPath, entry.Path, load) { Settings = _options.SettingsFor(entry.Path) };
            // Files an editor does not show need only their model, for the workspace rules.
            entry.Input = input;
            entry.Pass = new Pass(_engine.RunDocument(input, _setups, _options, runRules: false, cancellationToken), RulesRan: false);
        });
        _workspace = null;
    }

    private LoadResult Read(Entry entry, string text, DocumentFormat format)
    {
        if (text.Length == 0)
            return new LoadResult(null);
        // An editor holds a .docx's zip bytes as if they were text; the file on disk is what can be read.
        if (DocumentFormats.IsBinary(format))
            return new LoadResult(null, $"{entry.DisplayPath} is a Word document: EditLint reads it from its file ('editlint check'), not from an editor's text.");
        try
        {
            return new LoadResult(_engine.Loader.Read(entry.DisplayPath, new SourceText(text), format));
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            return new LoadResult(null, $"{entry.DisplayPath} could not be read as {format}: {e.GetType().Name}: {e.Message}");
        }
    }

    private LintEngine.WorkspacePass Workspace(List<Entry> entries, CancellationToken cancellationToken)
    {
        if (_workspace is { } cached)
            return cached;
        if (!_hasWorkspaceRules)
            return _workspace = new LintEngine.WorkspacePass([], []);
        return _workspace = LintEngine.RunWorkspace(_setups, [.. entries.Select(e => e.Input!)], [.. entries.Select(e => e.Pass!.Result)], _options, cancellationToken, _factSessions);
    }

    private sealed record Pass(LintEngine.DocumentPass Result, bool RulesRan);

    private sealed class Entry(string path, string displayPath)
    {
        public string Path { get; } = path;

        public string DisplayPath { get; } = displayPath;

        public bool OnDisk { get; set; }

        public (string Text, DocumentFormat Format)? Buffer { get; set; }

        public LintEngine.Input? Input { get; set; }

        /// <summary>Null until the file is read (again).</summary>
        public Pass? Pass { get; set; }

        public void Invalidate()
        {
            Input = null;
            Pass = null;
        }
    }
}
