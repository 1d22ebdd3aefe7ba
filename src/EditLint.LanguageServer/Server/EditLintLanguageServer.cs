using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using System.Text.Json;
using EditLint.Engine;
using EditLint.LanguageServer.JsonRpc;
using EditLint.LanguageServer.Protocol;
using Diagnostic = EditLint.Diagnostics.Diagnostic;

namespace EditLint.LanguageServer.Server;

/// <summary>
/// editlint-ls: diagnostics for open documents (full and incremental sync, debounced), workspace rules over the
/// workspace folders with open buffers in place of their files, hover with the rule's explanation and any properties
/// the rule attached, and quick fixes as code actions.
/// </summary>
internal sealed class EditLintLanguageServer : IDisposable
{
    /// <summary>How long typing must pause before a lint: long enough to skip most keystrokes, short enough to feel live.</summary>
    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(150);

    /// <summary>
    /// Documents longer than this (in characters) are linted when opened and saved, not as they are typed: about
    /// 35,000 words, ten times a long feature, which takes seconds to lint; a lint per pause in typing would keep a
    /// core busy and the findings behind the text. <c>initializationOptions.liveLintMaxCharacters</c> changes it.
    /// </summary>
    public const int DefaultLiveLintMaxCharacters = 200_000;

    public static string Version { get; } =
        typeof(EditLintLanguageServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    private readonly JsonRpcConnection _connection;
    private readonly DocumentLinter _linter;
    private readonly ConcurrentDictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    // Background work (reading the workspace, lints): cancelled by shutdown, exit, or the client leaving.
    private readonly CancellationTokenSource _work = new();
    private readonly HashSet<string> _loggedProblems = new(StringComparer.Ordinal);
    private CancellationTokenSource? _reading;
    private int _liveLimit = DefaultLiveLintMaxCharacters;
    private TimeSpan _debounce = DefaultDebounce;
    private PositionEncoding _encoding = PositionEncoding.Utf16;
    private bool _markdownHover = true;
    private bool _canWatchFiles;
    private CancellationTokenSource? _refreshPending;
    private bool _initialized;
    private bool _shutdown;

    public EditLintLanguageServer(LintEngine engine, Stream input, Stream output)
    {
        _linter = new DocumentLinter(engine);
        _connection = new JsonRpcConnection(input, output) { Gate = Gate };
        _connection.OnRequest("initialize", Initialize, inOrder: true);
        _connection.OnRequest("shutdown", Shutdown, inOrder: true);
        _connection.OnRequest("textDocument/hover", Hover);
        _connection.OnRequest("textDocument/codeAction", CodeActions);
        _connection.OnNotification("initialized", Initialized);
        _connection.OnNotification("exit", Exit);
        _connection.OnNotification("textDocument/didOpen", DidOpen);
        _connection.OnNotification("textDocument/didChange", DidChange);
        _connection.OnNotification("textDocument/didClose", DidClose);
        _connection.OnNotification("textDocument/didSave", DidSave);
        _connection.OnNotification("workspace/didChangeConfiguration", _ => RelintAll());
        _connection.OnNotification("workspace/didChangeWatchedFiles", DidChangeWatchedFiles);
    }

    /// <summary>0 after shutdown then exit, 1 after exit without shutdown or when the client went away (LSP's rule).</summary>
    public int ExitCode { get; private set; } = 1;

    public void Dispose()
    {
        _stopping.Cancel();
        _work.Cancel();
        _stopping.Dispose();
        _work.Dispose();
        _reading?.Dispose();
        _connection.Dispose();
        _linter.Dispose();
    }

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
        try
        {
            await _connection.RunAsync(linked.Token);
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
        }
        catch (IOException)
        {
            // The client closed the pipe mid-message; there is nobody left to tell.
        }
        // The client left (exit, or its end of the pipe closed): nothing in the background may keep the process alive.
        StopWork();
        return ExitCode;
    }

    private int? Gate(string method, bool isRequest)
    {
        if (method == "exit")
            return null;
        if (!_initialized)
            return method == "initialize" ? null : isRequest ? ErrorCodes.ServerNotInitialized : -1;
        if (method == "initialize")
            return ErrorCodes.InvalidRequest;
        return _shutdown ? ErrorCodes.InvalidRequest : null;
    }

    private Task<object?> Initialize(JsonElement parameters, CancellationToken cancellationToken)
    {
        _encoding = ChooseEncoding(parameters);
        if (TryGet(parameters, out var options, "initializationOptions", "debounceMilliseconds") && options.TryGetInt32(out var ms) && ms >= 0)
            _debounce = TimeSpan.FromMilliseconds(ms);
        _canWatchFiles = TryGet(parameters, out var watch, "capabilities", "workspace", "didChangeWatchedFiles", "dynamicRegistration") && watch.ValueKind == JsonValueKind.True;
        if (TryGet(parameters, out var formats, "capabilities", "textDocument", "hover", "contentFormat") && formats.ValueKind == JsonValueKind.Array)
            _markdownHover = formats.EnumerateArray().Any(f => f.GetString() == "markdown");
        var maxFiles = TryGet(parameters, out var max, "initializationOptions", "maxWorkspaceFiles") && max.TryGetInt32(out var n) && n >= 0 ? n : DocumentLinter.DefaultMaxWorkspaceFiles;
        if (TryGet(parameters, out var live, "initializationOptions", "liveLintMaxCharacters") && live.TryGetInt32(out var chars) && chars >= 0)
            _liveLimit = chars;
        // The folders are only noted here: searching them (a disk, if the client says "/") happens after `initialized`,
        // in the background, so that initialize is answered at once.
        _linter.SetRoots(WorkspaceFolders(parameters), maxFiles);
        _initialized = true;
        return Task.FromResult<object?>(new InitializeResult(
            new ServerCapabilities(
                PositionMapper.Name(_encoding),
                new TextDocumentSyncOptions(OpenClose: true, TextDocumentSyncKind.Incremental, new SaveOptions(IncludeText: false)),
                HoverProvider: true,
                new CodeActionOptions(["quickfix"])),
            new ServerInfo("editlint-ls", Version)));
    }

    // The client lists encodings in order of preference; the first one this server knows wins. UTF-16 otherwise.
    private static PositionEncoding ChooseEncoding(JsonElement parameters)
    {
        if (!TryGet(parameters, out var offered, "capabilities", "general", "positionEncodings") || offered.ValueKind != JsonValueKind.Array)
            return PositionEncoding.Utf16;
        foreach (var name in offered.EnumerateArray())
        {
            if (name.ValueKind == JsonValueKind.String && PositionMapper.Parse(name.GetString()) is { } encoding)
                return encoding;
        }
        return PositionEncoding.Utf16;
    }

    // workspaceFolders (LSP 3.6) names every folder; older clients send rootUri, the oldest rootPath. Only local folders count.
    private static List<string> WorkspaceFolders(JsonElement parameters)
    {
        static string? LocalPath(string? uri) => System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : null;
        if (TryGet(parameters, out var folders, "workspaceFolders") && folders.ValueKind == JsonValueKind.Array)
        {
            return [.. folders.EnumerateArray()
                .Select(f => f.ValueKind == JsonValueKind.Object && f.TryGetProperty("uri", out var uri) && uri.ValueKind == JsonValueKind.String ? LocalPath(uri.GetString()) : null)
                .OfType<string>()];
        }
        if (TryGet(parameters, out var rootUri, "rootUri") && rootUri.ValueKind == JsonValueKind.String && LocalPath(rootUri.GetString()) is { } root)
            return [root];
        if (TryGet(parameters, out var rootPath, "rootPath") && rootPath.ValueKind == JsonValueKind.String && Path.IsPathFullyQualified(rootPath.GetString()!))
            return [rootPath.GetString()!];
        return [];
    }

    // Editors watch files for servers that ask: a changed .editlint.yaml or article then reaches DidChangeWatchedFiles.
    // The workspace is read from here on, in the background: initialize has been answered, and lints wait for the read 5 s at most.
    private async Task Initialized(JsonElement parameters)
    {
        ReadWorkspace();
        if (!_canWatchFiles)
            return;
        var articles = "**/*.{" + string.Join(',', EditLint.Documents.DocumentFormats.Extensions.Select(e => e.TrimStart('.'))) + "}";
        await _connection.RequestAndForgetAsync("editlint/watch-files", "client/registerCapability", new
        {
            registrations = new[]
            {
                new
                {
                    id = "editlint-files",
                    method = "workspace/didChangeWatchedFiles",
                    registerOptions = new { watchers = new[] { new { globPattern = "**/.editlint.yaml" }, new { globPattern = articles } } },
                },
            },
        });
    }

    private Task LogAsync(int type, string message) =>
        _connection.NotifyAsync("window/logMessage", new { type, message });

    private Task ShowAsync(int type, string message) =>
        _connection.NotifyAsync("window/showMessage", new { type, message });

    /// <summary>
    /// Reads the workspace in the background (again, if it was being read: that read is cancelled), tells the editor
    /// what it should know, and publishes what the workspace changed for the open documents.
    /// </summary>
    private void ReadWorkspace()
    {
        var reading = CancellationTokenSource.CreateLinkedTokenSource(_work.Token);
        Interlocked.Exchange(ref _reading, reading)?.Cancel();
        _linter.BeginReload();
        _ = Task.Run(async () =>
        {
            try
            {
                foreach (var message in _linter.ReadWorkspace(reading.Token))
                {
                    if (message.Show)
                        await ShowAsync(message.Type, message.Text);
                    await LogAsync(message.Type, message.Text);
                }
                Refresh();
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
            {
                // Replaced by a newer read, shut down, or the client is gone.
            }
        }, CancellationToken.None);
    }

    private void StopWork()
    {
        _work.Cancel();
        foreach (var document in _documents.Values)
            document.Pending?.Cancel();
        _refreshPending?.Cancel();
    }

    // Answered whatever the server is doing: the background work is cancelled, not waited for.
    private Task<object?> Shutdown(JsonElement parameters, CancellationToken cancellationToken)
    {
        _shutdown = true;
        StopWork();
        return Task.FromResult<object?>(null);
    }

    private Task Exit(JsonElement parameters)
    {
        ExitCode = _shutdown ? 0 : 1;
        _connection.Stop();
        return Task.CompletedTask;
    }

    private Task DidOpen(JsonElement parameters)
    {
        var item = Read<DidOpenTextDocumentParams>(parameters).TextDocument;
        var document = new OpenDocument(item.Uri, item.LanguageId, item.Version, item.Text, _liveLimit);
        if (_documents.TryRemove(item.Uri, out var previous))
            Close(previous);
        _documents[item.Uri] = document;
        Schedule(document, TimeSpan.Zero);
        return TellIfLintedOnSave(document);
    }

    private Task DidChange(JsonElement parameters)
    {
        var change = Read<DidChangeTextDocumentParams>(parameters);
        if (!_documents.TryGetValue(change.TextDocument.Uri, out var document))
            return Task.CompletedTask;
        bool live;
        lock (document)
            live = document.Apply(change.TextDocument.Version, change.ContentChanges, _encoding);
        if (live)
        {
            Schedule(document, _debounce);
            return Task.CompletedTask;
        }
        // Too large to lint as it is typed: the findings of the last save stay until the next.
        return TellIfLintedOnSave(document);
    }

    private Task DidSave(JsonElement parameters)
    {
        var uri = Read<DidSaveTextDocumentParams>(parameters).TextDocument.Uri;
        if (!_documents.TryGetValue(uri, out var document))
            return Task.CompletedTask;
        lock (document)
        {
            if (!document.SubjectIsStale)
                return Task.CompletedTask;
            document.Saved();
        }
        Schedule(document, TimeSpan.Zero);
        return Task.CompletedTask;
    }

    private Task TellIfLintedOnSave(OpenDocument document)
    {
        lock (document)
        {
            if (!document.LintedOnSave || document.ToldLintedOnSave)
                return Task.CompletedTask;
            document.ToldLintedOnSave = true;
        }
        return ShowAsync(MessageType.Info, $"editlint-ls: {DocumentLinter.KeyOf(document.Uri)} has {document.Text.Length:N0} characters, over the {_liveLimit:N0} characters "
            + "linted as you type (initializationOptions.liveLintMaxCharacters); it is linted when opened and when saved.");
    }

    private async Task DidClose(JsonElement parameters)
    {
        var uri = Read<DidCloseTextDocumentParams>(parameters).TextDocument.Uri;
        if (!_documents.TryRemove(uri, out var document))
            return;
        Close(document);
        // Its file on disk counts again for the workspace rules (unsaved edits are gone).
        _linter.Close(uri);
        // A closed document's squiggles must go, or they stay in the editor's problems list.
        await document.PublishLock.WaitAsync();
        try
        {
            await _connection.NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, null, []));
        }
        finally
        {
            document.PublishLock.Release();
        }
        Refresh();
    }

    private static void Close(OpenDocument document)
    {
        lock (document)
        {
            document.Closed = true;
            document.Pending?.Cancel();
        }
    }

    private async Task DidChangeWatchedFiles(JsonElement parameters)
    {
        var changes = parameters.TryGetProperty("changes", out var c) && c.ValueKind == JsonValueKind.Array ? [.. c.EnumerateArray()] : new List<JsonElement>();
        var configuration = false;
        var articles = false;
        foreach (var change in changes)
        {
            if (!change.TryGetProperty("uri", out var u) || u.GetString() is not { } uri)
                continue;
            if (uri.EndsWith(".editlint.yaml", StringComparison.Ordinal))
                configuration = true;
            else
                articles |= _linter.FileChanged(uri, change.TryGetProperty("type", out var t) && t.TryGetInt32(out var type) ? type : 2);
        }
        // Configuration files change what every open document's findings are: settings, packs, house style.
        if (configuration)
        {
            ReadWorkspace();
            await RelintAll();
        }
        else if (articles)
        {
            Refresh();
        }
    }

    private Task RelintAll()
    {
        foreach (var document in _documents.Values)
            Schedule(document, TimeSpan.Zero);
        return Task.CompletedTask;
    }

    /// <summary>Lints the document's current version after <paramref name="delay"/>, unless a newer change comes first.</summary>
    private void Schedule(OpenDocument document, TimeSpan delay)
    {
        CancellationTokenSource pending;
        lock (document)
        {
            document.Pending?.Cancel();
            document.PublishRequested = true;
            // Not linked to the server's token: a linked source would stay registered there for every keystroke.
            // Shutdown cancels each document's pending lint instead.
            pending = new CancellationTokenSource();
            document.Pending = pending;
        }
        _ = Task.Run(() => LintAndPublishAsync(document, delay, pending.Token));
    }

    /// <summary>The workspace changed under the open documents (a file on disk, a closed buffer): publish what that changed.</summary>
    private void Refresh()
    {
        var pending = new CancellationTokenSource();
        Interlocked.Exchange(ref _refreshPending, pending)?.Cancel();
        _ = Task.Run(() => LintAndPublishAsync(null, _debounce, pending.Token));
    }

    // Every open document is linted at once (each one's document rules only when its text changed), because a change
    // to one can change the workspace findings of the others: the document that changed is published first, then
    // every other whose findings changed.
    private async Task LintAndPublishAsync(OpenDocument? changed, TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            if (delay > TimeSpan.Zero)
                await Task.Delay(delay, cancellationToken);
            if (_documents.IsEmpty)
                return;
            // A large document is linted on its own, beside the others' lints rather than ahead of them.
            var lint = changed is { LintsAlone: true } ? await _linter.LintAloneAsync(changed, cancellationToken) : await _linter.LintAsync(_documents.Values, cancellationToken);
            if (lint.Problem is { } problem && Remember(problem))
                await LogAsync(MessageType.Error, problem);
            foreach (var (document, snapshot) in lint.Documents.OrderBy(d => d.Document == changed ? 0 : 1))
            {
                try
                {
                    await PublishAsync(document, snapshot, lint.Sequence, document == changed, cancellationToken);
                }
                catch (Exception e) when (e is not (OperationCanceledException or IOException or ObjectDisposedException))
                {
                    // One document's findings that cannot be sent cost that document only.
                    if (Remember(e.Message))
                        await LogAsync(MessageType.Error, $"editlint-ls: publishing the diagnostics of {document.Uri} failed ({e.GetType().Name}: {e.Message}).");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // A newer version (or the close) replaced this lint.
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The client is gone.
        }
    }

    private async Task PublishAsync(OpenDocument document, LintSnapshot snapshot, long sequence, bool changed, CancellationToken cancellationToken)
    {
        await document.PublishLock.WaitAsync(CancellationToken.None);
        try
        {
            PublishDiagnosticsParams message;
            lock (document)
            {
                if (document.Closed || document.Subject.Version != snapshot.Version || document.Published.Sequence > sequence
                    || (changed && cancellationToken.IsCancellationRequested))
                    return;
                document.Lint = snapshot;
                message = new PublishDiagnosticsParams(document.Uri, snapshot.Version, DocumentLinter.ToLsp(document.Uri, snapshot, _encoding));
                var json = JsonSerializer.Serialize(message.Diagnostics, JsonRpcConnection.SerializerOptions);
                var unchanged = document.Published.Version == snapshot.Version && document.Published.Json == json;
                document.Published = (sequence, snapshot.Version, json);
                if (unchanged && !document.PublishRequested)
                    return;
                document.PublishRequested = false;
            }
            await _connection.NotifyAsync("textDocument/publishDiagnostics", message, CancellationToken.None);
        }
        finally
        {
            document.PublishLock.Release();
        }
    }

    // Each problem is logged once, not at every keystroke.
    private bool Remember(string problem)
    {
        lock (_loggedProblems)
            return _loggedProblems.Add(problem);
    }

    /// <summary>The lint of the document as it is now: requests must answer about the text the client sees.</summary>
    private async Task<LintSnapshot?> CurrentLintAsync(OpenDocument document, CancellationToken cancellationToken)
    {
        lock (document)
        {
            if (document.Lint is { } lint && lint.Version == document.Version && ReferenceEquals(lint.Text.Text, document.Text))
                return lint;
            // A large document edited since its save: its findings are for another text, so nothing answers for this one;
            // nor is it linted for a hover (seconds), only on open and save.
            if (document.SubjectIsStale || document.LintsAlone)
                return null;
        }
        var fresh = await _linter.LintAsync(_documents.Values, cancellationToken);
        return fresh.Documents.FirstOrDefault(d => d.Document == document).Snapshot
            ?? new LintSnapshot(document.Version, new EditLint.Text.SourceText(document.Text), []);
    }

    private async Task<object?> Hover(JsonElement parameters, CancellationToken cancellationToken)
    {
        var request = Read<TextDocumentPositionParams>(parameters);
        if (!_documents.TryGetValue(request.TextDocument.Uri, out var document))
            return null;
        if (await CurrentLintAsync(document, cancellationToken) is not { } lint)
            return null;
        var offset = PositionMapper.ToOffset(lint.Text, request.Position, _encoding);
        var hits = lint.Diagnostics.Where(d => d.Span.Start <= offset && (offset < d.Span.End || (d.Span.Length == 0 && offset == d.Span.Start))).ToList();
        // A date under the cursor shows what it resolves to, finding or not ("on Tuesday" → Tuesday 19 August 2025).
        var dates = lint.Model?.TemporalExpressions.Where(t => t.Span.Start <= offset && offset < t.Span.End && t.Resolved is not null).ToList() ?? [];
        // So does a figure: its value in full, what it counts and how it is qualified ("$90bn" → 90,000,000,000 USD).
        var figures = lint.Model?.Figures.Where(f => f.Span.Start <= offset && offset < f.Span.End).ToList() ?? [];
        if (hits.Count == 0 && dates.Count == 0 && figures.Count == 0)
            return null;

        var text = string.Join(_markdownHover ? "\n\n---\n\n" : "\n\n",
            dates.Select(DateHoverText).Concat(figures.Select(FigureHoverText)).Concat(hits.Select(HoverText)));
        var span = hits.Count > 0 ? hits[0].Span : dates.Count > 0 ? dates[0].Span : figures[0].Span;
        var range = PositionMapper.ToRange(lint.Text, span, _encoding);
        return new Hover(new MarkupContent(_markdownHover ? "markdown" : "plaintext", text), range);
    }

    private string FigureHoverText(EditLint.Semantics.Figures.Figure figure) =>
        _markdownHover
            ? $"**Figure** “{EscapeMarkdown(figure.Describe())}”: {EscapeMarkdown(figure.Explain())}"
            : $"Figure “{figure.Describe()}”: {figure.Explain()}";

    private string DateHoverText(EditLint.Semantics.Dates.TemporalExpression date)
    {
        var md = _markdownHover;
        string E(string s) => md ? EscapeMarkdown(s) : s;
        var resolved = date.Resolved!;
        var when = resolved.Start == resolved.End
            ? resolved.Start.ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)
            : $"{resolved.Start.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)} – {resolved.End.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}";
        var text = md ? $"**Date** “{E(date.Text)}” is {E(when)}" : $"Date “{date.Text}” is {when}";
        return date.Resolution is { } how ? text + (md ? $"\n\n{E(how)}" : $"\n\n{how}") : text;
    }

    private string HoverText(Diagnostic d)
    {
        var md = _markdownHover;
        string E(string s) => md ? EscapeMarkdown(s) : s;
        var text = new StringBuilder();
        text.Append(md ? $"**{d.Id}** {E(d.Descriptor.Title)} ({d.Severity.ToString().ToLowerInvariant()})" : $"{d.Id} {d.Descriptor.Title} ({d.Severity.ToString().ToLowerInvariant()})");
        text.Append("\n\n").Append(E(d.Message));
        if (d.Descriptor.Description.Length > 0)
            text.Append("\n\n").Append(E(d.Descriptor.Description));
        // Whatever the rule resolved (a date, the other figure of a pair) is shown as it attached it.
        foreach (var (label, value) in d.Properties)
            text.Append(md ? $"\n\n- **{E(label)}**: {E(value)}" : $"\n\n{label}: {value}");
        text.Append(md ? $"\n\n[{d.Id} documentation]({d.Descriptor.HelpUri})" : $"\n\n{d.Descriptor.HelpUri}");
        return text.ToString();
    }

    internal static string EscapeMarkdown(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if ("\\`*_{}[]()<>#+-.!|~".Contains(c, StringComparison.Ordinal))
                escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    private async Task<object?> CodeActions(JsonElement parameters, CancellationToken cancellationToken)
    {
        var request = Read<CodeActionParams>(parameters);
        if (!_documents.TryGetValue(request.TextDocument.Uri, out var document))
            return Array.Empty<CodeAction>();
        if (await CurrentLintAsync(document, cancellationToken) is not { } lint)
            return Array.Empty<CodeAction>();
        var start = PositionMapper.ToOffset(lint.Text, request.Range.Start, _encoding);
        var end = PositionMapper.ToOffset(lint.Text, request.Range.End, _encoding);

        var actions = new List<CodeAction>();
        foreach (var d in lint.Diagnostics.Where(d => d.Fixes.Count > 0 && d.Span.Start <= end && start <= d.Span.End))
        {
            var diagnostic = DocumentLinter.ToLsp(document.Uri, lint.Text, d, _encoding);
            foreach (var fix in d.Fixes)
            {
                IReadOnlyList<Protocol.TextEdit> edits = [.. fix.Edits.Select(e => new Protocol.TextEdit(PositionMapper.ToRange(lint.Text, e.Span, _encoding), e.NewText))];
                actions.Add(new CodeAction(fix.Title, "quickfix", [diagnostic],
                    new WorkspaceEdit(new Dictionary<string, IReadOnlyList<Protocol.TextEdit>>(StringComparer.Ordinal) { [document.Uri] = edits }),
                    IsPreferred: d.Fixes.Count == 1));
            }
        }
        return actions;
    }

    private static T Read<T>(JsonElement parameters) =>
        parameters.Deserialize<T>(JsonRpcConnection.SerializerOptions) ?? throw new JsonException($"Missing parameters for {typeof(T).Name}.");

    private static bool TryGet(JsonElement element, out JsonElement value, params string[] path)
    {
        value = element;
        foreach (var name in path)
        {
            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(name, out value))
                return false;
        }
        return true;
    }
}
