using EditLint.Configuration;
using EditLint.Diagnostics;
using EditLint.Documents;
using EditLint.Engine;
using EditLint.Inputs;
using EditLint.LanguageServer.Protocol;
using EditLint.Text;
using Diagnostic = EditLint.Diagnostics.Diagnostic;
using Severity = EditLint.Diagnostics.Severity;

namespace EditLint.LanguageServer.Server;

/// <summary>
/// One lint of the open documents: each one's snapshot, in the order lints ran (<see cref="Sequence"/>), and what went
/// wrong when the lint of all of them together failed and each was linted on its own (<see cref="Problem"/>).
/// </summary>
internal sealed record WorkspaceLint(long Sequence, IReadOnlyList<(OpenDocument Document, LintSnapshot Snapshot)> Documents, string? Problem = null);

/// <summary>Something the editor should tell the user about the workspace: shown (a pop-up) or only logged.</summary>
internal sealed record WorkspaceMessage(int Type, string Text, bool Show = false);

/// <summary>
/// Lints editor buffers with the same engine and configuration the CLI uses, inside the workspace folders: the
/// folders' article files (found as <c>editlint check FOLDER</c> finds them) are read once, in the background, and
/// kept in a <see cref="WorkspaceSession"/>; open buffers stand in for their files, and workspace rules compare every
/// file. A lint that fails never stops the others: each open document is then linted on its own, and the one that
/// fails gets an EL9001 saying why. Turns findings into LSP diagnostics.
/// </summary>
internal sealed class DocumentLinter : IDisposable
{
    /// <summary>
    /// Files the workspace rules compare at most. Each kept file costs about 90 KiB of facts in memory, and every
    /// keystroke's workspace stage reads some of each file's facts: at 1,000 files that adds about 15 ms to a re-lint,
    /// at 2,000 about 45 ms (2 shared cores). A content repo beyond this is better checked with <c>editlint check</c>.
    /// </summary>
    public const int DefaultMaxWorkspaceFiles = 1_000;

    /// <summary>
    /// Article files a workspace folder may hold before the server stops searching it and lints open documents only:
    /// a folder with more is not a content repo but a disk, a home folder or a mirror of many.
    /// </summary>
    public const int MaxSearchedArticles = 20_000;

    /// <summary>How long the search of the workspace folders may take (in the background) before the server gives up on it.</summary>
    public static readonly TimeSpan SearchBudget = TimeSpan.FromSeconds(20);

    /// <summary>
    /// How long a lint waits for the workspace to be read before it goes on without it (the workspace findings then
    /// follow when reading ends): long enough for a content repo of a thousand files, short enough to see findings soon.
    /// </summary>
    public static readonly TimeSpan WorkspaceWait = TimeSpan.FromSeconds(5);

    // One document at a time: an editor buffer is small, and the other core is the editor's.
    private static readonly LintOptions Options = new() { MaxDegreeOfParallelism = 1 };

    private readonly LintEngine _engine;
    // _gate guards the fields; _lintGate makes lints one at a time without holding up notifications meanwhile.
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _lintGate = new(1, 1);
    private IReadOnlyList<string> _roots = [];
    private int _maxFiles = DefaultMaxWorkspaceFiles;
    private ConfiguredEngine _configured;
    private WorkspaceSession _session;
    // True once the folders' files are in the session: files that appear later may join it.
    private bool _searched;
    private readonly TaskCompletionSource _configurationRead = NewSignal();
    private TaskCompletionSource _workspaceRead = NewSignal();
    // Buffers whose lint failed, by key, with the text that failed and what was published for it: kept out of the
    // shared session (so the other documents' lints work) until their text changes.
    private readonly Dictionary<string, (string Text, LintSnapshot Snapshot)> _failed = new(StringComparer.Ordinal);
    private long _sequence;

    public DocumentLinter(LintEngine engine)
    {
        _engine = engine;
        _configured = new ConfiguredEngine(engine, Options, WorkspaceConfiguration.Load([], p => p, LinkBoundary.None));
        _session = new WorkspaceSession(engine, Options);
    }

    public void Dispose() => _lintGate.Dispose();

    /// <summary>Takes the workspace folders (full paths). Reads nothing: <see cref="ReadWorkspace"/> does, in the background.</summary>
    public void SetRoots(IReadOnlyList<string> roots, int maxFiles)
    {
        lock (_gate)
        {
            _roots = [.. roots.Select(r => Path.TrimEndingDirectorySeparator(Path.GetFullPath(r))).Distinct(StringComparer.Ordinal)];
            _maxFiles = maxFiles;
        }
    }

    /// <summary>
    /// Reads the workspace (again, when a configuration file changed: settings and packs may differ): first the
    /// configuration at the folders, then their article files, each step replacing the session lints use once it is
    /// complete. A folder that is the file system's root or holds the home folder is not searched, nor one with more
    /// than <see cref="MaxSearchedArticles"/> article files or whose search takes over <see cref="SearchBudget"/>: open
    /// documents are still linted. Anything that fails here is a message, never an exception (but cancellation).
    /// </summary>
    public IReadOnlyList<WorkspaceMessage> ReadWorkspace(CancellationToken cancellationToken)
    {
        IReadOnlyList<string> roots;
        int maxFiles;
        lock (_gate)
        {
            roots = _roots;
            maxFiles = _maxFiles;
        }
        var messages = new List<WorkspaceMessage>();
        TaskCompletionSource configurationRead, workspaceRead;
        lock (_gate)
        {
            configurationRead = _configurationRead;
            workspaceRead = _workspaceRead;
        }
        try
        {
            var rootConfigurations = roots.Select(r => Path.Combine(r, WorkspaceConfiguration.FileName)).ToList();
            // Configuration and packs inside the workspace folders may not link out of them either.
            var boundary = new LinkBoundary(roots, followSymlinks: false);
            var configured = Attempt(messages, "reading the configuration", () => ConfiguredEngine.Create(_engine, rootConfigurations, DisplayPath, Options, boundary));
            if (configured is not null)
                Install(configured, new WorkspaceSession(configured.Engine, configured.Options), searched: false);
            configurationRead.TrySetResult();

            var files = Search(roots, messages, cancellationToken);
            if (files is null)
            {
                AddConfigurationProblems(messages, configured);
                return messages;
            }
            var capped = files.Count > maxFiles;
            var count = files.Count;
            if (capped)
                files = files[..maxFiles];
            // The roots count as document folders too, so that their configuration is read even with no article yet.
            configured = Attempt(messages, "reading the configuration", () => ConfiguredEngine.Create(_engine, [.. files.Select(f => f.Path), .. rootConfigurations], DisplayPath, Options, boundary));
            if (configured is null)
                return messages;
            var session = new WorkspaceSession(configured.Engine, configured.Options);
            if (capped)
            {
                messages.Add(new(MessageType.Warning, $"editlint-ls: the workspace has {count} article files; workspace rules ({string.Join(", ", session.WorkspaceRuleIds)}) "
                    + $"compare the first {maxFiles} by path, and files past them only when open. Set initializationOptions.maxWorkspaceFiles to change the limit, "
                    + "or run 'editlint check' over the folder for every file."));
            }
            AddConfigurationProblems(messages, configured);
            foreach (var (path, display) in files)
                session.SetFile(path, display);
            // Read before it replaces the session in use, so open documents are linted meanwhile.
            if (Attempt(messages, "reading the workspace's files", () => { session.Prepare(cancellationToken); return session; }) is null)
                return messages;
            Install(configured, session, searched: true);
            return messages;
        }
        finally
        {
            configurationRead.TrySetResult();
            workspaceRead.TrySetResult();
        }
    }

    /// <summary>Starts over: lints wait for the workspace again (a configuration file changed).</summary>
    public void BeginReload()
    {
        lock (_gate)
        {
            // Lints keep the session they have meanwhile; only a lint that has never had one waits.
            if (_workspaceRead.Task.IsCompleted)
                _workspaceRead = NewSignal();
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void Install(ConfiguredEngine configured, WorkspaceSession session, bool searched)
    {
        lock (_gate)
        {
            _configured = configured;
            _session = session;
            _searched = searched;
            _failed.Clear();
        }
    }

    private static void AddConfigurationProblems(List<WorkspaceMessage> messages, ConfiguredEngine? configured)
    {
        if (configured is not null)
            messages.AddRange(configured.Options.ConfigurationDiagnostics.Select(d => new WorkspaceMessage(MessageType.Warning, $"editlint-ls: {d.Message}")));
    }

    // A step of reading the workspace that throws costs that step: the server goes on with what it has.
    private static T? Attempt<T>(List<WorkspaceMessage> messages, string what, Func<T> step) where T : class
    {
        try
        {
            return step();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            messages.Add(new(MessageType.Error, $"editlint-ls: {what} failed ({Describe(e)}); open documents are linted without it."));
            return null;
        }
    }

    // The folders' article files sorted by display path, or null when the folders are not searched.
    private List<(string Path, string Display)>? Search(IReadOnlyList<string> roots, List<WorkspaceMessage> messages, CancellationToken cancellationToken)
    {
        const string OpenOnly = "Open documents are linted, and cross-article rules compare them with each other only. Open the content repo's folder instead, or run 'editlint check' over this one.";
        var searched = new List<string>();
        foreach (var root in roots)
        {
            if (HoldsHomeOrIsFileSystemRoot(root))
                messages.Add(new(MessageType.Warning, $"editlint-ls: the workspace folder {root} is the file system's root or holds your home folder; it is not searched for articles. {OpenOnly}", Show: true));
            else if (Directory.Exists(root))
                searched.Add(root);
        }
        if (searched.Count == 0)
            return null;

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var found = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            // Every workspace folder is a root: a link from one into another is read, a link out of all of them is not.
            foreach (var file in searched.SelectMany(root => InputResolver.EnumerateArticles(root, roots)))
            {
                cancellationToken.ThrowIfCancellationRequested();
                found.Add(file);
                if (found.Count > MaxSearchedArticles || stopwatch.Elapsed > SearchBudget)
                {
                    var why = found.Count > MaxSearchedArticles ? $"holds more than {MaxSearchedArticles:N0} article files" : $"took more than {SearchBudget.TotalSeconds:0} s to search";
                    messages.Add(new(MessageType.Warning, $"editlint-ls: the workspace {why}; its files are not read. {OpenOnly}", Show: true));
                    return null;
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            messages.Add(new(MessageType.Error, $"editlint-ls: searching the workspace folders failed ({Describe(e)}); its files are not read. {OpenOnly}", Show: true));
            return null;
        }
        return [.. found.Select(path => (Path: path, Display: DisplayPath(path))).OrderBy(f => f.Display, StringComparer.Ordinal)];
    }

    /// <summary>True for <c>/</c> (or a drive's root), the user's home folder and every folder above it.</summary>
    public static bool HoldsHomeOrIsFileSystemRoot(string root)
    {
        // Real paths: a workspace folder that is a link to / (or to home) is / (or home).
        root = Path.TrimEndingDirectorySeparator(SafeFile.RealPath(root) ?? Path.GetFullPath(root));
        if (string.Equals(Path.TrimEndingDirectorySeparator(Path.GetPathRoot(root) ?? ""), root, StringComparison.OrdinalIgnoreCase))
            return true;
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length == 0)
            return false;
        home = Path.TrimEndingDirectorySeparator(SafeFile.RealPath(home) ?? Path.GetFullPath(home));
        return SafeFile.IsInside(home, root);
    }

    /// <summary>
    /// A watched file was created (1), changed (2) or deleted (3). True when it is one of the workspace's article files,
    /// so that findings may have changed.
    /// </summary>
    public bool FileChanged(string uri, int type)
    {
        var path = KeyOf(uri);
        lock (_gate)
        {
            if (!_searched)
                return false;
            if (!_roots.Any(root => InputResolver.IsArticleIn(root, path)))
            {
                // Once an article, now none (replaced by a link out of the workspace, say): it leaves, not left stale.
                if (!_session.Contains(path))
                    return false;
                _session.RemoveFile(path);
                return true;
            }
            // Deleting a file, or moving it into a skipped folder, is reported for the old path: it leaves.
            if (type == 3 || !File.Exists(path))
                _session.RemoveFile(path);
            else if (_session.Contains(path) || _session.Count < _maxFiles)
                _session.SetFile(path, DisplayPathOf(path));
            else
                return false;
            return true;
        }
    }

    /// <summary>The editor closed <paramref name="uri"/>: its file on disk counts again, if it is in the workspace.</summary>
    public void Close(string uri)
    {
        var key = KeyOf(uri);
        lock (_gate)
            _failed.Remove(key);
        CurrentSession().ClearBuffer(key);
    }

    /// <summary>
    /// Lints the open documents as the server wants them linted (<see cref="OpenDocument.Subject"/>; each buffer
    /// replaces its file): document rules where the text changed, workspace rules over the whole workspace. Waits up to
    /// <see cref="WorkspaceWait"/> for the workspace to be read. If linting them together fails, each is linted on its
    /// own: the documents that fail alone get an EL9001 and stay out of the shared lint until they change.
    /// </summary>
    public async Task<WorkspaceLint> LintAsync(IEnumerable<OpenDocument> open, CancellationToken cancellationToken)
    {
        await WaitForWorkspaceAsync(cancellationToken);
        // One lint at a time, its snapshot taken inside: sequence numbers then order results as the texts they saw.
        // Waited for without blocking a thread: lints queue up while one runs, and the pool's threads run the reading.
        await _lintGate.WaitAsync(cancellationToken);
        try
        {
            WorkspaceSession session;
            ConfiguredEngine configured;
            lock (_gate)
            {
                session = _session;
                configured = _configured;
            }
            var documents = new List<Subject>();
            foreach (var document in open)
            {
                lock (document)
                {
                    if (document.Closed)
                        continue;
                    var key = KeyOf(document.Uri);
                    documents.Add(new(document, document.Subject.Version, document.Subject.Text, key, DisplayPath(key)));
                }
            }
            var sequence = Interlocked.Increment(ref _sequence);
            var settled = new Dictionary<OpenDocument, LintSnapshot>();
            foreach (var d in documents)
            {
                // Linted on its own (LintAloneAsync); its file on disk, if any, stands in for it here.
                if (d.Document.LintsAlone)
                {
                    session.ClearBuffer(d.Key);
                    continue;
                }
                if (TooLarge(d, configured.Options) is { } tooLarge)
                    settled[d.Document] = tooLarge;
                else if (FailedBefore(d) is { } failed)
                    settled[d.Document] = failed;
                if (settled.ContainsKey(d.Document))
                    session.ClearBuffer(d.Key);
                else
                    session.SetBuffer(d.Key, d.Display, d.Text, FormatOf(d.Display, d.Document.LanguageId));
            }
            documents.RemoveAll(d => d.Document.LintsAlone);
            var together = documents.Where(d => !settled.ContainsKey(d.Document)).ToList();
            try
            {
                var result = session.Lint([.. together.Select(d => d.Key)], cancellationToken);
                var files = result.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
                foreach (var d in together)
                {
                    var file = files.GetValueOrDefault(d.Display);
                    settled[d.Document] = new LintSnapshot(d.Version, file?.Document?.Source ?? new SourceText(d.Text), file?.Diagnostics ?? [], file?.Document);
                }
                return new WorkspaceLint(sequence, [.. documents.Select(d => (d.Document, settled[d.Document]))]);
            }
            catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                // Something in the workspace (an open document or a file on disk) makes the shared lint throw: each open
                // document is linted on its own, so one bad document costs only its own findings.
                foreach (var d in together)
                    settled[d.Document] = Alone(d, configured, cancellationToken);
                return new WorkspaceLint(sequence, [.. documents.Select(d => (d.Document, settled[d.Document]))],
                    $"editlint-ls: linting the open documents together failed ({Describe(e)}); each is linted on its own, without cross-article rules, until the cause changes.");
            }
        }
        finally
        {
            _lintGate.Release();
        }
    }

    /// <summary>Lints <paramref name="document"/> on its own, with the workspace's configuration (a document too long to lint with the others).</summary>
    public async Task<WorkspaceLint> LintAloneAsync(OpenDocument document, CancellationToken cancellationToken)
    {
        await WaitForWorkspaceAsync(cancellationToken);
        await document.AloneLock.WaitAsync(cancellationToken);
        try
        {
            ConfiguredEngine configured;
            lock (_gate)
                configured = _configured;
            Subject subject;
            lock (document)
            {
                var key = KeyOf(document.Uri);
                subject = new(document, document.Subject.Version, document.Subject.Text, key, DisplayPath(key));
            }
            var sequence = Interlocked.Increment(ref _sequence);
            var snapshot = TooLarge(subject, configured.Options) ?? Alone(subject, configured, cancellationToken);
            return new WorkspaceLint(sequence, [(document, snapshot)]);
        }
        finally
        {
            document.AloneLock.Release();
        }
    }

    private sealed record Subject(OpenDocument Document, int Version, string Text, string Key, string Display);

    private async Task WaitForWorkspaceAsync(CancellationToken cancellationToken)
    {
        Task workspaceRead, configurationRead;
        lock (_gate)
        {
            workspaceRead = _workspaceRead.Task;
            configurationRead = _configurationRead.Task;
        }
        // Never past the wait: a folder that cannot be read (or a hung file) must not keep open documents unlinted.
        if (await Completes(workspaceRead, cancellationToken))
            return;
        await Completes(configurationRead, cancellationToken);
    }

    private static async Task<bool> Completes(Task task, CancellationToken cancellationToken)
    {
        try
        {
            await task.WaitAsync(WorkspaceWait, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    // The same limit as for a file on disk (LintOptions.MaxFileBytes), counted in UTF-8 as a saved file would be.
    private static LintSnapshot? TooLarge(Subject d, LintOptions options)
    {
        var bytes = System.Text.Encoding.UTF8.GetByteCount(d.Text);
        if (bytes <= options.MaxFileBytes)
            return null;
        // The limit is worded as SafeFile words it for a file on disk: one wording of "too large".
        var message = $"{d.Display} is {SafeFile.DescribeSize(bytes)}, over the {SafeFile.DescribeSize(options.MaxFileBytes)} limit for one article; it is not linted.";
        return Problem(d, EngineRules.InputUnreadable, EngineRules.InputUnreadable.FormatMessage(message));
    }

    private LintSnapshot? FailedBefore(Subject d)
    {
        lock (_gate)
        {
            if (!_failed.TryGetValue(d.Key, out var failed))
                return null;
            if (ReferenceEquals(failed.Text, d.Text))
                return failed.Snapshot with { Version = d.Version };
            _failed.Remove(d.Key);
            return null;
        }
    }

    // The document alone, in a session of its own with the workspace's configuration.
    private LintSnapshot Alone(Subject d, ConfiguredEngine configured, CancellationToken cancellationToken)
    {
        if (d.Document.Lint is { } kept && kept.Version == d.Version && ReferenceEquals(kept.Text.Text, d.Text))
            return kept;
        try
        {
            var session = new WorkspaceSession(configured.Engine, configured.Options);
            session.SetBuffer(d.Key, d.Display, d.Text, FormatOf(d.Display, d.Document.LanguageId));
            var files = session.Lint([d.Key], cancellationToken).Files;
            var file = files.Count > 0 ? files[0] : null;
            return new LintSnapshot(d.Version, file?.Document?.Source ?? new SourceText(d.Text), file?.Diagnostics ?? [], file?.Document);
        }
        catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            var snapshot = Problem(d, EngineRules.RuleFailed, $"EditLint failed on this document and could not lint it: {Describe(e)}. Its findings are missing until it changes; the other documents are linted.");
            CurrentSession().ClearBuffer(d.Key);
            lock (_gate)
                _failed[d.Key] = (d.Text, snapshot);
            return snapshot;
        }
    }

    private static LintSnapshot Problem(Subject d, RuleDescriptor descriptor, string message)
    {
        var text = new SourceText(d.Text);
        var diagnostic = new Diagnostic
        {
            Descriptor = descriptor,
            Severity = descriptor.DefaultSeverity,
            Message = message,
            Path = d.Display,
            Span = default,
            Position = default,
        };
        return new LintSnapshot(d.Version, text, [diagnostic]);
    }

    private static string Describe(Exception e) => e is AggregateException { InnerExceptions.Count: 1 } aggregate
        ? Describe(aggregate.InnerExceptions[0])
        : $"{e.GetType().Name}: {e.Message}";

    public static IReadOnlyList<LspDiagnostic> ToLsp(string uri, LintSnapshot lint, PositionEncoding encoding) =>
        [.. lint.Diagnostics.Select(d => ToLsp(uri, lint.Text, d, encoding))];

    public static LspDiagnostic ToLsp(string uri, SourceText text, Diagnostic d, PositionEncoding encoding) => new(
        PositionMapper.ToRange(text, Clamp(d.Span, text), encoding),
        d.Severity switch
        {
            Severity.Error => DiagnosticSeverity.Error,
            Severity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Information,
        },
        d.Id,
        new CodeDescription(d.Descriptor.HelpUri),
        "editlint",
        d.Message,
        d.RelatedLocations.Count == 0
            ? null
            : [.. d.RelatedLocations.Select(r => new DiagnosticRelatedInformation(new Location(uri, PositionMapper.ToRange(text, Clamp(r.Span, text), encoding)), r.Message))]);

    /// <summary>A file: URI's local path (so reports and messages name the file); any other URI as it is.</summary>
    public static string KeyOf(string uri) =>
        System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? Path.GetFullPath(parsed.LocalPath) : uri;

    /// <summary>The format by extension, else by the editor's language ID; Markdown when neither says.</summary>
    public static DocumentFormat FormatOf(string path, string languageId) =>
        DocumentFormats.FromPath(path) ?? languageId switch
        {
            "html" => DocumentFormat.Html,
            "plaintext" or "text" => DocumentFormat.PlainText,
            _ => DocumentFormat.Markdown,
        };

    // Inside one workspace folder, paths read as 'editlint check' run there prints them; with several folders, each
    // starts with its folder's name; a file outside them keeps its full path.
    private string DisplayPathOf(string path)
    {
        foreach (var root in _roots)
        {
            if (IsUnder(root, path))
            {
                var relative = InputResolver.DisplayPath(path, root);
                return _roots.Count == 1 ? relative : $"{Path.GetFileName(root)}/{relative}";
            }
        }
        return path;
    }

    // Strictly below root; the one "inside a folder" test (SafeFile.IsInside) decides.
    private static bool IsUnder(string root, string path) =>
        SafeFile.IsInside(path, root) && Path.GetRelativePath(root, path) != ".";

    private string DisplayPath(string path)
    {
        lock (_gate)
            return DisplayPathOf(path);
    }

    private WorkspaceSession CurrentSession()
    {
        lock (_gate)
            return _session;
    }

    private static TextSpan Clamp(TextSpan span, SourceText text)
    {
        var start = Math.Clamp(span.Start, 0, text.Length);
        return TextSpan.FromBounds(start, Math.Clamp(span.End, start, text.Length));
    }
}
