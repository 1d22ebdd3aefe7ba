using EditLint.Configuration;
using EditLint.Documents;
using EditLint.Engine;
using EditLint.Inputs;
using EditLint.LanguageServer.Protocol;
using EditLint.Text;
using Diagnostic = EditLint.Diagnostics.Diagnostic;
using Severity = EditLint.Diagnostics.Severity;

namespace EditLint.LanguageServer.Server;

/// <summary>One lint of the open documents: each one's snapshot, in the order lints ran (<see cref="Sequence"/>).</summary>
internal sealed record WorkspaceLint(long Sequence, IReadOnlyList<(OpenDocument Document, LintSnapshot Snapshot)> Documents);

/// <summary>
/// Lints editor buffers with the same engine and configuration the CLI uses, inside the workspace folders: the
/// folders' article files (found as <c>editlint check FOLDER</c> finds them) are read once and kept in a
/// <see cref="WorkspaceSession"/>, open buffers stand in for their files, and workspace rules compare every file.
/// Turns findings into LSP diagnostics.
/// </summary>
internal sealed class DocumentLinter
{
    /// <summary>
    /// Files the workspace rules compare at most. Each kept file costs about 90 KiB of facts in memory, and every
    /// keystroke's workspace stage reads some of each file's facts: at 1,000 files that adds about 15 ms to a re-lint,
    /// at 2,000 about 45 ms (2 shared cores). A content repo beyond this is better checked with <c>editlint check</c>.
    /// </summary>
    public const int DefaultMaxWorkspaceFiles = 1_000;

    // One document at a time: an editor buffer is small, and the other core is the editor's.
    private static readonly LintOptions Options = new() { MaxDegreeOfParallelism = 1 };

    private readonly LintEngine _engine;
    // _gate guards the fields; _lintGate makes lints one at a time without holding up notifications meanwhile.
    private readonly Lock _gate = new();
    private readonly Lock _lintGate = new();
    private IReadOnlyList<string> _roots = [];
    private int _maxFiles = DefaultMaxWorkspaceFiles;
    private WorkspaceSession _session;
    private long _sequence;

    public DocumentLinter(LintEngine engine)
    {
        _engine = engine;
        _session = new WorkspaceSession(engine, Options);
    }

    /// <summary>
    /// Takes the workspace folders (full paths): finds their article files and reads the configuration that applies.
    /// Files are read later, on the first lint or <see cref="Prepare"/>. Returns what the editor's log should say.
    /// </summary>
    public IReadOnlyList<string> Load(IReadOnlyList<string> roots, int maxFiles)
    {
        lock (_gate)
        {
            _roots = [.. roots.Select(r => Path.TrimEndingDirectorySeparator(Path.GetFullPath(r))).Distinct(StringComparer.Ordinal)];
            _maxFiles = maxFiles;
            return Reload();
        }
    }

    /// <summary>Reads the workspace again from scratch (a configuration file changed: settings and packs may differ).</summary>
    public IReadOnlyList<string> Reload()
    {
        lock (_gate)
        {
            var messages = new List<string>();
            var files = _roots.Where(Directory.Exists).SelectMany(root => InputResolver.EnumerateArticles(root, _roots))
                .Distinct(StringComparer.Ordinal)
                .Select(path => (Path: path, Display: DisplayPathOf(path)))
                .OrderBy(f => f.Display, StringComparer.Ordinal)
                .ToList();
            // The roots count as document folders too, so that their configuration is read even with no article yet.
            var configured = ConfiguredEngine.Create(_engine, [.. files.Select(f => f.Path), .. _roots.Select(r => Path.Combine(r, WorkspaceConfiguration.FileName))], DisplayPathOf, Options);
            var session = new WorkspaceSession(configured.Engine, configured.Options);
            if (files.Count > _maxFiles)
            {
                messages.Add($"editlint-ls: the workspace has {files.Count} article files; workspace rules ({string.Join(", ", session.WorkspaceRuleIds)}) "
                    + $"compare the first {_maxFiles} by path, and files past them only when open. Set initializationOptions.maxWorkspaceFiles to change the limit, "
                    + "or run 'editlint check' over the folder for every file.");
                files = files[.._maxFiles];
            }
            foreach (var (path, display) in files)
                session.SetFile(path, display);
            messages.AddRange(configured.Options.ConfigurationDiagnostics.Select(d => $"editlint-ls: {d.Message}"));
            _session = session;
            return messages;
        }
    }

    /// <summary>Reads and models the workspace's files ahead of the first lint.</summary>
    public void Prepare(CancellationToken cancellationToken) => CurrentSession().Prepare(cancellationToken);

    /// <summary>
    /// A watched file was created (1), changed (2) or deleted (3). True when it is one of the workspace's article files,
    /// so that findings may have changed.
    /// </summary>
    public bool FileChanged(string uri, int type)
    {
        var path = KeyOf(uri);
        lock (_gate)
        {
            if (!_roots.Any(root => InputResolver.IsArticleIn(root, path)))
                return false;
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
    public void Close(string uri) => CurrentSession().ClearBuffer(KeyOf(uri));

    /// <summary>
    /// Lints the open documents as they are now (each buffer replaces its file): document rules where the text
    /// changed, workspace rules over the whole workspace.
    /// </summary>
    public WorkspaceLint Lint(IEnumerable<OpenDocument> open, CancellationToken cancellationToken)
    {
        // One lint at a time, its snapshot taken inside: sequence numbers then order results as the texts they saw.
        lock (_lintGate)
        {
            var session = CurrentSession();
            var documents = new List<(OpenDocument Document, int Version, string Text, string Key, string Display)>();
            foreach (var document in open)
            {
                lock (document)
                {
                    if (document.Closed)
                        continue;
                    var key = KeyOf(document.Uri);
                    documents.Add((document, document.Version, document.Text, key, DisplayPath(key)));
                }
            }
            foreach (var d in documents)
                session.SetBuffer(d.Key, d.Display, d.Text, FormatOf(d.Display, d.Document.LanguageId));
            var result = session.Lint([.. documents.Select(d => d.Key)], cancellationToken);
            var files = result.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
            var sequence = ++_sequence;
            return new WorkspaceLint(sequence, [.. documents.Select(d =>
            {
                var file = files.GetValueOrDefault(d.Display);
                var snapshot = new LintSnapshot(d.Version, file?.Document?.Source ?? new SourceText(d.Text), file?.Diagnostics ?? [], file?.Document);
                return (d.Document, snapshot);
            })]);
        }
    }

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

    private static bool IsUnder(string root, string path) =>
        path.StartsWith(root + Path.DirectorySeparatorChar, OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

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
