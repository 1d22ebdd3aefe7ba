using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using EditLint.Engine;
using EditLint.LanguageServer.Server;
using Microsoft.Extensions.DependencyInjection;

namespace EditLint.Tests.LanguageServer;

/// <summary>
/// An LSP client in the test process, talking to a real <see cref="EditLintLanguageServer"/> over a pair of pipes
/// with its own framing (so the server's framing is checked, not reused): requests get their responses by id,
/// notifications queue up for the test to read.
/// </summary>
internal sealed class LspTestClient : IAsyncDisposable
{
    private static readonly Lazy<LintEngine> Engine = new(() => new ServiceCollection().AddEditLint().BuildServiceProvider().GetRequiredService<LintEngine>());
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly Pipe _toServer = new();
    private readonly Pipe _toClient = new();
    private readonly Stream _out;
    private readonly Stream _in;
    private readonly EditLintLanguageServer _server;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly Channel<JsonElement> _notifications = Channel.CreateUnbounded<JsonElement>();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<JsonElement>> _otherDocuments = new(StringComparer.Ordinal);
    private readonly Task _reading;
    private int _nextId;

    private LspTestClient(LintEngine? engine)
    {
        _out = _toServer.Writer.AsStream();
        _in = _toClient.Reader.AsStream();
        _server = new EditLintLanguageServer(engine ?? Engine.Value, _toServer.Reader.AsStream(), _toClient.Writer.AsStream());
        ServerRun = Task.Run(() => _server.RunAsync());
        _reading = Task.Run(ReadLoopAsync);
    }

    /// <summary>The server's exit code once it has stopped.</summary>
    public Task<int> ServerRun { get; }

    /// <summary>A started client; <paramref name="initialize"/> false leaves the handshake to the test.</summary>
    public static async Task<LspTestClient> StartAsync(string[]? positionEncodings = null, int debounceMilliseconds = 10, bool initialize = true, LintEngine? engine = null, JsonObject? workspace = null, JsonObject? options = null)
    {
        var client = new LspTestClient(engine);
        if (initialize)
        {
            var response = await client.InitializeAsync(positionEncodings, debounceMilliseconds, workspace, options);
            Assert.True(response.TryGetProperty("result", out _), response.ToString());
            await client.NotifyAsync("initialized", new { });
        }
        return client;
    }

    /// <summary>
    /// The initialize request; <paramref name="workspace"/> holds the workspace properties (<c>workspaceFolders</c>,
    /// <c>rootUri</c>, <c>rootPath</c>), none by default; <paramref name="options"/> adds initialization options.
    /// </summary>
    public Task<JsonElement> InitializeAsync(string[]? positionEncodings = null, int debounceMilliseconds = 10, JsonObject? workspace = null, JsonObject? options = null)
    {
        var capabilities = new JsonObject
        {
            ["textDocument"] = new JsonObject { ["hover"] = new JsonObject { ["contentFormat"] = new JsonArray("markdown", "plaintext") } },
            ["workspace"] = new JsonObject { ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = true } },
        };
        if (positionEncodings is not null)
            capabilities["general"] = new JsonObject { ["positionEncodings"] = new JsonArray([.. positionEncodings.Select(e => (JsonNode)e)]) };
        var initializationOptions = new JsonObject { ["debounceMilliseconds"] = debounceMilliseconds };
        foreach (var (name, value) in options ?? [])
            initializationOptions[name] = value?.DeepClone();
        var parameters = new JsonObject
        {
            ["processId"] = null,
            ["rootUri"] = null,
            ["capabilities"] = capabilities,
            ["initializationOptions"] = initializationOptions,
        };
        foreach (var (name, value) in workspace ?? [])
            parameters[name] = value?.DeepClone();
        return RequestAsync("initialize", parameters);
    }

    /// <summary>Documents with diagnostics that arrived and were not read yet (read without waiting).</summary>
    public HashSet<string> UnreadDiagnosticsUris()
    {
        var uris = _otherDocuments.Where(kept => !kept.Value.IsEmpty).Select(kept => kept.Key).ToHashSet(StringComparer.Ordinal);
        while (_notifications.Reader.TryRead(out var message))
        {
            if (message.GetProperty("method").GetString() == "textDocument/publishDiagnostics")
                uris.Add(message.GetProperty("params").GetProperty("uri").GetString()!);
        }
        return uris;
    }

    /// <summary>Sends a request and returns the whole response message (with result or error).</summary>
    public async Task<JsonElement> RequestAsync(string method, object? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = ToNode(parameters) });
        return await answer.Task.WaitAsync(Timeout);
    }

    public Task NotifyAsync(string method, object? parameters) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = ToNode(parameters) });

    public Task SendAsync(JsonNode message) => SendRawAsync(Frame(Encoding.UTF8.GetBytes(message.ToJsonString())));

    public async Task SendRawAsync(byte[] bytes)
    {
        await _out.WriteAsync(bytes);
        await _out.FlushAsync();
    }

    public static byte[] Frame(byte[] body) =>
        [.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length.ToString(CultureInfo.InvariantCulture)}\r\n\r\n"), .. body];

    /// <summary>The next notification of <paramref name="method"/>, skipping others.</summary>
    public async Task<JsonElement> NextNotificationAsync(string method)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        while (true)
        {
            var message = await _notifications.Reader.ReadAsync(timeout.Token);
            if (message.GetProperty("method").GetString() == method)
                return message.GetProperty("params");
        }
    }

    /// <summary>
    /// The next published diagnostics for <paramref name="uri"/>. Those for other documents that arrive first are kept
    /// for later calls: one change can publish for several open documents, in any order.
    /// </summary>
    public async Task<JsonElement> NextDiagnosticsAsync(string uri)
    {
        if (_otherDocuments.TryGetValue(uri, out var kept) && kept.TryDequeue(out var early))
            return early;
        while (true)
        {
            var published = await NextNotificationAsync("textDocument/publishDiagnostics");
            var publishedUri = published.GetProperty("uri").GetString()!;
            if (publishedUri == uri)
                return published;
            _otherDocuments.GetOrAdd(publishedUri, _ => new ConcurrentQueue<JsonElement>()).Enqueue(published);
        }
    }

    /// <summary>Responses that arrived with an id the client never used (parse errors answer with null).</summary>
    public ConcurrentQueue<JsonElement> Unmatched { get; } = new();

    public async ValueTask DisposeAsync()
    {
        await _toServer.Writer.CompleteAsync();
        try
        {
            await ServerRun.WaitAsync(Timeout);
        }
        finally
        {
            _server.Dispose();
            await _toClient.Writer.CompleteAsync();
            await _reading.WaitAsync(Timeout);
        }
    }

    private async Task ReadLoopAsync()
    {
        while (true)
        {
            var body = await ReadMessageAsync();
            if (body is null)
                return;
            var message = JsonDocument.Parse(body).RootElement.Clone();
            Assert.Equal("2.0", message.GetProperty("jsonrpc").GetString());
            if (message.TryGetProperty("method", out _))
                await _notifications.Writer.WriteAsync(message);
            else if (message.GetProperty("id").ValueKind == JsonValueKind.Number && _pending.TryRemove(message.GetProperty("id").GetInt32(), out var answer))
                answer.SetResult(message);
            else
                Unmatched.Enqueue(message);
        }
    }

    private async Task<byte[]?> ReadMessageAsync()
    {
        var header = new List<byte>();
        var one = new byte[1];
        while (!(header.Count >= 4 && header[^4] == '\r' && header[^3] == '\n' && header[^2] == '\r' && header[^1] == '\n'))
        {
            if (await _in.ReadAsync(one) == 0)
                return null;
            header.Add(one[0]);
        }
        var lines = Encoding.ASCII.GetString([.. header]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var length = int.Parse(lines.Single(l => l.StartsWith("Content-Length:", StringComparison.Ordinal))["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
        var body = new byte[length];
        await _in.ReadExactlyAsync(body);
        return body;
    }

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode node => node,
        _ => JsonSerializer.SerializeToNode(value),
    };
}
