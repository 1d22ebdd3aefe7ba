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
/// JSON-RPC 2.0 over LSP framing, on System.Text.Json. Messages are handled one at a time in arrival order, which
/// is what LSP's document synchronisation needs (a change must not overtake the open before it); handlers are
/// quick because linting runs in the background and only its result is sent.
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
    private readonly Dictionary<string, Func<JsonElement, CancellationToken, Task<object?>>> _requests = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<JsonElement, Task>> _notifications = new(StringComparer.Ordinal);
    private bool _stopped;

    public JsonRpcConnection(Stream input, Stream output)
    {
        _reader = new MessageReader(input);
        _writer = new MessageWriter(output);
    }

    /// <summary>Checked before every request and notification; a non-null error code rejects it.</summary>
    public Func<string, bool, int?> Gate { get; set; } = (_, _) => null;

    public void OnRequest(string method, Func<JsonElement, CancellationToken, Task<object?>> handler) => _requests[method] = handler;

    public void OnNotification(string method, Func<JsonElement, Task> handler) => _notifications[method] = handler;

    public void Dispose() => _writer.Dispose();

    /// <summary>Ends <see cref="RunAsync"/> after the current message.</summary>
    public void Stop() => _stopped = true;

    public Task NotifyAsync(string method, object parameters, CancellationToken cancellationToken = default) =>
        SendAsync(new OutgoingNotification(method, parameters), cancellationToken);

    /// <summary>Sends a request to the client whose answer the server does not need (its response is read and dropped).</summary>
    public Task RequestAndForgetAsync(string id, string method, object parameters, CancellationToken cancellationToken = default) =>
        SendAsync(new OutgoingRequest(id, method, parameters), cancellationToken);

    /// <summary>Reads and handles messages until the stream ends or <see cref="Stop"/> is called.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
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
                // The framing is lost; there is no way to find the next message boundary.
                await SendAsync(new OutgoingError(null, new ErrorBody(ErrorCodes.ParseError, e.Message)), cancellationToken);
                return;
            }
            if (body is null)
                return;
            await HandleAsync(body, cancellationToken);
        }
    }

    private async Task HandleAsync(byte[] body, CancellationToken cancellationToken)
    {
        JsonElement message;
        try
        {
            using var document = JsonDocument.Parse(body);
            message = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            await SendAsync(new OutgoingError(null, new ErrorBody(ErrorCodes.ParseError, e.Message)), cancellationToken);
            return;
        }

        var id = message.ValueKind == JsonValueKind.Object && message.TryGetProperty("id", out var idElement) ? idElement : (JsonElement?)null;
        if (message.ValueKind != JsonValueKind.Object
            || !message.TryGetProperty("jsonrpc", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != "2.0")
        {
            await SendAsync(new OutgoingError(id, new ErrorBody(ErrorCodes.InvalidRequest, "Not a JSON-RPC 2.0 message.")), cancellationToken);
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

        if (Gate(method, true) is { } rejected)
        {
            await SendAsync(new OutgoingError(id, new ErrorBody(rejected, $"{method} is not allowed now.")), cancellationToken);
            return;
        }
        if (!_requests.TryGetValue(method, out var handler))
        {
            await SendAsync(new OutgoingError(id, new ErrorBody(ErrorCodes.MethodNotFound, $"Unknown method {method}.")), cancellationToken);
            return;
        }

        object response;
        try
        {
            response = new OutgoingResult(id.Value, await handler(parameters, cancellationToken));
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
        await SendAsync(response, cancellationToken);
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
