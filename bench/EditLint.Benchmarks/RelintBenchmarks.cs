using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using EditLint.Engine;
using EditLint.LanguageServer.JsonRpc;
using EditLint.LanguageServer.Protocol;
using EditLint.LanguageServer.Server;
using Microsoft.Extensions.DependencyInjection;

namespace EditLint.Benchmarks;

/// <summary>
/// Re-lint of a 2,000-word article after a one-character edit, the language server's inner loop. The target is a
/// median under 50 ms from the change to the published diagnostics (debounce excluded: it is a deliberate wait).
/// Each iteration alternately types and deletes one character in the middle of the article. With
/// <see cref="WorkspaceFiles"/> above 0, the article lies in a workspace folder with the two seeds and that many
/// corpus articles (spread over the corpus's sources), which the workspace rules compare it with on every lint.
/// </summary>
[Config(typeof(InProcessConfig))]
[MemoryDiagnoser]
[MedianColumn]
public class RelintBenchmarks : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddEditLint().BuildServiceProvider();
    private DocumentLinter _linter = null!;
    private OpenDocument _document = null!;
    private Position _editAt = null!;
    private bool _inserted;

    private Pipe _toServer = null!;
    private Pipe _toClient = null!;
    private Stream _clientOut = null!;
    private Stream _clientIn = null!;
    private EditLintLanguageServer _server = null!;
    private Task _serverRun = null!;
    private int _version;
    private string? _folder;
    private string _uri = "file:///bench/article.md";

    /// <summary>Corpus articles in the workspace folder besides the seeds; 0 for no workspace folder.</summary>
    [Params(0, 200)]
    public int WorkspaceFiles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var engine = _services.GetRequiredService<LintEngine>();
        var text = Article.Generate();
        object[] folders = [];
        if (WorkspaceFiles > 0)
        {
            _folder = Directory.CreateTempSubdirectory("editlint-bench-workspace-").FullName;
            var corpus = Corpus.Files();
            foreach (var seed in Corpus.Seeds())
                File.Copy(seed, Path.Combine(_folder, Path.GetFileName(seed)));
            for (var i = 0; i < WorkspaceFiles; i++)
            {
                var file = corpus[i * corpus.Count / WorkspaceFiles];
                File.Copy(file, Path.Combine(_folder, $"{i:000}-{Path.GetFileName(file)}"));
            }
            var article = Path.Combine(_folder, "article.md");
            File.WriteAllText(article, text);
            _uri = new Uri(article).AbsoluteUri;
            folders = [new { uri = new Uri(_folder).AbsoluteUri, name = "bench" }];
        }
        _linter = new DocumentLinter(engine);
        // Read the workspace (none without a folder) first, as the server does after 'initialized': lints wait for it.
        _linter.SetRoots(_folder is null ? [] : [_folder], DocumentLinter.DefaultMaxWorkspaceFiles);
        _ = _linter.ReadWorkspace(CancellationToken.None);
        _document = new OpenDocument(_uri, "markdown", 1, text);
        var lines = text.Split('\n');
        var middle = lines.Length / 2;
        _editAt = new Position(middle, lines[middle].Length / 2);

        _toServer = new Pipe();
        _toClient = new Pipe();
        _clientOut = _toServer.Writer.AsStream();
        _clientIn = _toClient.Reader.AsStream();
        _server = new EditLintLanguageServer(engine, _toServer.Reader.AsStream(), _toClient.Writer.AsStream());
        _serverRun = Task.Run(() => _server.RunAsync());
        _version = 1;
        var opened = System.Diagnostics.Stopwatch.StartNew();
        Send(new { jsonrpc = "2.0", id = 1, method = "initialize", @params = new { capabilities = new { }, workspaceFolders = folders, initializationOptions = new { debounceMilliseconds = 0 } } });
        Read();
        Send(new { jsonrpc = "2.0", method = "initialized", @params = new { } });
        Send(new { jsonrpc = "2.0", method = "textDocument/didOpen", @params = new { textDocument = new { uri = _uri, languageId = "markdown", version = 1, text } } });
        // A benchmark of a clean article would measure nothing of the rules' reporting; check the input is what it claims.
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var findings = WaitForDiagnostics(1);
        if (words < 2_000 || findings < 2)
            throw new InvalidOperationException($"The article has {words} words and {findings} findings; expected 2,000+ words and the two repeats.");
        Console.WriteLine($"// Article: {words} words, {findings} findings; workspace: {(_folder is null ? "none" : $"{Directory.GetFiles(_folder).Length} files")}; "
            + $"initialize to first diagnostics {opened.Elapsed.TotalMilliseconds:0} ms");
        _ = _linter.LintAsync([_document], CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => Dispose();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing || _server is null)
            return;
        _toServer.Writer.Complete();
        _serverRun.Wait(TimeSpan.FromSeconds(10));
        _server.Dispose();
        _services.Dispose();
        _server = null!;
        if (_folder is not null)
            Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The engine's share: apply the change, read, lint, map to LSP diagnostics, serialize.</summary>
    [Benchmark]
    public int RelintAfterOneCharacterChange()
    {
        _document.Apply(_document.Version + 1, [NextChange()], PositionEncoding.Utf16);
        var lint = _linter.LintAsync([_document], CancellationToken.None).GetAwaiter().GetResult().Documents[0].Snapshot;
        var diagnostics = DocumentLinter.ToLsp(_uri, lint, PositionEncoding.Utf16);
        return JsonSerializer.SerializeToUtf8Bytes(new PublishDiagnosticsParams(_uri, lint.Version, diagnostics), JsonRpcConnection.SerializerOptions).Length;
    }

    /// <summary>End to end through JSON-RPC over pipes: didChange sent → publishDiagnostics for that version received.</summary>
    [Benchmark]
    public int DidChangeToPublishDiagnostics()
    {
        var version = ++_version;
        var change = NextChange();
        Send(new
        {
            jsonrpc = "2.0",
            method = "textDocument/didChange",
            @params = new { textDocument = new { uri = _uri, version }, contentChanges = new[] { new { range = change.Range, text = change.Text } } },
        });
        return WaitForDiagnostics(version);
    }

    private TextDocumentContentChangeEvent NextChange()
    {
        _inserted = !_inserted;
        var end = _inserted ? _editAt : _editAt with { Character = _editAt.Character + 1 };
        return new TextDocumentContentChangeEvent(new EditLint.LanguageServer.Protocol.Range(_editAt, end), null, _inserted ? "x" : "");
    }

    private int WaitForDiagnostics(int version)
    {
        while (true)
        {
            var message = Read();
            using var json = JsonDocument.Parse(message);
            if (json.RootElement.TryGetProperty("method", out var method) && method.GetString() == "textDocument/publishDiagnostics"
                && json.RootElement.GetProperty("params").GetProperty("version").GetInt32() == version)
                return json.RootElement.GetProperty("params").GetProperty("diagnostics").GetArrayLength();
        }
    }

    private void Send(object message)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(message, JsonRpcConnection.SerializerOptions);
        _clientOut.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length.ToString(CultureInfo.InvariantCulture)}\r\n\r\n"));
        _clientOut.Write(body);
        _clientOut.Flush();
    }

    private byte[] Read()
    {
        var header = new StringBuilder();
        while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            var b = _clientIn.ReadByte();
            if (b < 0)
                throw new EndOfStreamException();
            header.Append((char)b);
        }
        var length = int.Parse(header.ToString().Split("\r\n")[0]["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
        var body = new byte[length];
        _clientIn.ReadExactly(body);
        return body;
    }
}

/// <summary>In process (no generated project to build and restore), enough iterations for a stable median.</summary>
public sealed class InProcessConfig : ManualConfig
{
    public InProcessConfig() =>
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(5).WithIterationCount(30));
}
