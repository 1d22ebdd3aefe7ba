using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EditLint.LanguageServer.JsonRpc;

/// <summary>JSON-RPC 2.0 error codes, with LSP's additions.</summary>
internal static class ErrorCodes
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int RequestCancelled = -32800;
}

/// <summary>A request failed with a JSON-RPC error the client should see.</summary>
internal sealed class JsonRpcException(int code, string message) : Exception(message)
{
    public int Code { get; } = code;
}

/// <summary>
/// JSON-RPC 2.0 over LSP framing, on System.Text.Json. Notifications, and the requests registered as ordered
/// (initialize, shutdown), are handled one at a time in arrival order, which is what LSP's document synchronisation
/// needs (a change must not overtake the open before it). Other requests (hover, code actions) run beside the loop and
/// answer when ready, so that one slow answer never holds up a change, <c>shutdown</c> or <c>exit</c>;
/// <c>$/cancelRequest</c> cancels them. A frame that breaks the framing or the JSON gets an error response (id null)
/// and the session goes on with the next message.
/// </summary>
internal sealed class JsonRpcConnection : IDisposable
{
    public static readonly JsonSerializerOptions SerializerOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly MessageReader _reader;
    private readonly MessageWriter _writer;
    private readonly Dictionary<string, (Func<JsonElement, CancellationToken, Task<object?>> Handler, bool InOrder)> _requests = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<JsonElement, Task>> _notifications = new(StringComparer.Ordinal);
    // Requests running beside the loop, by their id's JSON text, for $/cancelRequest and for the end of the session.
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _running = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, bool> _answering = new();
    private volatile bool _stopped;

    public JsonRpcConnection(Stream input, Stream output)
    {
        _reader = new MessageReader(input);
        _writer = new MessageWriter(output);
    }

    /// <summary>Checked before every request and notification; a non-null error code rejects it.</summary>
    public Func<string, bool, int?> Gate { get; set; } = (_, _) => null;

    /// <summary>
    /// Handles requests of <paramref name="method"/>. <paramref name="inOrder"/> answers them on the message loop, before
    /// the next message is read (for requests that change the session's state); otherwise they run beside it.
    /// </summary>
    public void OnRequest(string method, Func<JsonElement, CancellationToken, Task<object?>> handler, bool inOrder = false) => _requests[method] = (handler, inOrder);

    public void OnNotification(string method, Func<JsonElement, Task> handler) => _notifications[method] = handler;

    public void Dispose() => _writer.Dispose();

    /// <summary>Ends <see cref="RunAsync"/> after the current message.</summary>
    public void Stop() => _stopped = true;

    public Task NotifyAsync(string method, object parameters, CancellationToken cancellationToken = default) =>
        SendAsync(new OutgoingNotification(method, parameters), cancellationToken);

    /// <summary>Sends a request to the client whose answer the server does not need (its response is read and dropped).</summary>
    public Task RequestAndForgetAsync(string id, string method, object parameters, CancellationToken cancellationToken = default) =>
        SendAsync(new OutgoingRequest(id, method, parameters), cancellationToken);

    /// <summary>Reads and handles messages until the stream ends or <see cref="Stop"/> is called; requests still running are cancelled then.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!_stopped && !cancellationToken.IsCancellationRequested)
            {
                byte[]? body;
                try
                {
                    body = await _reader.ReadAsync(cancellationToken);
                }
                catch (InvalidDataException e)
                {
                    // The reader skips to the next message; the client learns why this one was lost.
                    await SendAsync(new OutgoingError(null, new ErrorBody(ErrorCodes.ParseError, e.Message)), cancellationToken);
                    continue;
                }
                if (body is null)
                    return;
                try
                {
                    await HandleAsync(body, cancellationToken);
                }
                catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
                {
                    // JSON that parses but whose strings are not UTF-8 fails only when they are read (the method name).
                    await SendAsync(new OutgoingError(null, new ErrorBody(ErrorCodes.ParseError, $"The message could not be read: {e.Message}")), cancellationToken);
                }
            }
        }
        finally
        {
            foreach (var running in _running.Values)
            {
                try
                {
                    running.Cancel();
                }
                catch (ObjectDisposedException)
                {
                    // It finished meanwhile.
                }
            }
        }
    }

    private async Task HandleAsync(byte[] body, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            await SendAsync(new OutgoingError(null, new ErrorBody(ErrorCodes.ParseError, e.Message)), cancellationToken);
            return;
        }
        // Kept only while the message is handled: a didOpen's body can be megabytes, and a copy would double it.
        using var parsed = document;
        var message = document.RootElement;

        var id = message.ValueKind == JsonValueKind.Object && message.TryGetProperty("id", out var idElement) ? idElement : (JsonElement?)null;
        if (message.ValueKind != JsonValueKind.Object
            || !message.TryGetProperty("jsonrpc", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != "2.0"
            || id is { ValueKind: not (JsonValueKind.Number or JsonValueKind.String) })
        {
            var answerable = id is { ValueKind: JsonValueKind.Number or JsonValueKind.String } ? id.Value.Clone() : (JsonElement?)null;
            await SendAsync(new OutgoingError(answerable, new ErrorBody(ErrorCodes.InvalidRequest, "Not a JSON-RPC 2.0 message.")), cancellationToken);
            return;
        }
        if (!message.TryGetProperty("method", out var methodElement) || methodElement.ValueKind != JsonValueKind.String)
        {
            // A response to a request of ours: the server sends none that need answers.
            if (id is null)
                await SendAsync(new OutgoingError(null, new ErrorBody(ErrorCodes.InvalidRequest, "A message needs a method or an id.")), cancellationToken);
            return;
        }
        var method = methodElement.GetString()!;
        var parameters = message.TryGetProperty("params", out var p) ? p : default;

        if (id is null)
        {
            if (method == "$/cancelRequest")
            {
                if (parameters.ValueKind == JsonValueKind.Object && parameters.TryGetProperty("id", out var cancelled) && _running.TryGetValue(cancelled.GetRawText(), out var running))
                {
                    try
                    {
                        running.Cancel();
                    }
                    catch (ObjectDisposedException)
                    {
                        // It finished meanwhile.
                    }
                }
                return;
            }
            if (Gate(method, false) is not null)
                return;
            // Unknown notifications are ignored, as the spec asks ($/ ones explicitly).
            if (_notifications.TryGetValue(method, out var notification))
            {
                try
                {
                    await notification(parameters);
                }
                catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
                {
                    // A bad notification (missing fields, wrong types) has nobody to answer; dropping it keeps the session alive.
                }
            }
            return;
        }

        var requestId = id.Value.Clone();
        if (Gate(method, true) is { } rejected)
        {
            await SendAsync(new OutgoingError(requestId, new ErrorBody(rejected, $"{method} is not allowed now.")), cancellationToken);
            return;
        }
        if (!_requests.TryGetValue(method, out var request))
        {
            await SendAsync(new OutgoingError(requestId, new ErrorBody(ErrorCodes.MethodNotFound, $"Unknown method {method}.")), cancellationToken);
            return;
        }
        if (request.InOrder)
        {
            // Requests sent before this one are answered first (shutdown: nothing is left unanswered), but not waited
            // for long: past the wait they are cancelled.
            await DrainAsync();
            await AnswerAsync(requestId, request.Handler, parameters, cancellationToken);
            return;
        }

        var key = requestId.GetRawText();
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (!_running.TryAdd(key, cancellation))
        {
            cancellation.Dispose();
            await SendAsync(new OutgoingError(requestId, new ErrorBody(ErrorCodes.InvalidRequest, $"Request id {key} is already in use.")), cancellationToken);
            return;
        }
        // The parameters outlive this message's document.
        var copy = parameters.ValueKind == JsonValueKind.Undefined ? parameters : parameters.Clone();
        var answering = Task.Run(async () =>
        {
            try
            {
                await AnswerAsync(requestId, request.Handler, copy, cancellation.Token);
            }
            finally
            {
                _running.TryRemove(key, out var _);
                cancellation.Dispose();
            }
        }, CancellationToken.None);
        _answering[answering] = true;
        _ = answering.ContinueWith(done => _answering.TryRemove(done, out var _), TaskScheduler.Default);
    }

    /// <summary>How long an ordered request waits for the requests before it, and then for their cancellation.</summary>
    private static readonly TimeSpan DrainWait = TimeSpan.FromSeconds(1);

    private async Task DrainAsync()
    {
        var pending = _answering.Keys.ToArray();
        if (pending.Length == 0)
            return;
        var all = Task.WhenAll(pending);
        if (await Task.WhenAny(all, Task.Delay(DrainWait)) == all)
            return;
        foreach (var running in _running.Values)
        {
            try
            {
                running.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // It finished meanwhile.
            }
        }
        await Task.WhenAny(all, Task.Delay(DrainWait));
    }

    private async Task AnswerAsync(JsonElement id, Func<JsonElement, CancellationToken, Task<object?>> handler, JsonElement parameters, CancellationToken cancellationToken)
    {
        object response;
        try
        {
            response = new OutgoingResult(id, await handler(parameters, cancellationToken));
        }
        catch (JsonRpcException e)
        {
            response = new OutgoingError(id, new ErrorBody(e.Code, e.Message));
        }
        catch (OperationCanceledException)
        {
            response = new OutgoingError(id, new ErrorBody(ErrorCodes.RequestCancelled, "Cancelled."));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            response = new OutgoingError(id, new ErrorBody(ErrorCodes.InvalidParams, e.Message));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            response = new OutgoingError(id, new ErrorBody(ErrorCodes.InternalError, $"{e.GetType().Name}: {e.Message}"));
        }
        try
        {
            await SendAsync(response, CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The client is gone.
        }
    }

    private Task SendAsync(object message, CancellationToken cancellationToken) =>
        _writer.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(message, message.GetType(), SerializerOptions), cancellationToken);

    private sealed record OutgoingNotification(string Method, object Params, string Jsonrpc = "2.0");

    private sealed record OutgoingRequest(string Id, string Method, object Params, string Jsonrpc = "2.0");

    // "result": null must be written for requests like shutdown, so the result is never left out.
    private sealed record OutgoingResult(JsonElement Id, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] object? Result, string Jsonrpc = "2.0");

    // "id": null is how JSON-RPC answers a message whose id could not be read.
    private sealed record OutgoingError([property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] JsonElement? Id, ErrorBody Error, string Jsonrpc = "2.0");

    private sealed record ErrorBody(int Code, string Message);
}
