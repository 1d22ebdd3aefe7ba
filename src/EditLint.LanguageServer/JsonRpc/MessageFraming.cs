using System.Globalization;
using System.Text;

namespace EditLint.LanguageServer.JsonRpc;

/// <summary>
/// LSP's base protocol: ASCII headers (<c>Content-Length</c> required, <c>Content-Type</c> optional) ended by an
/// empty line, then exactly Content-Length bytes of UTF-8 JSON.
/// </summary>
internal sealed class MessageReader(Stream input)
{
    // Headers are a few dozen bytes; anything longer is not LSP and must not make the server buffer without end.
    private const int MaxHeaderBytes = 8192;

    private readonly Stream _input = input;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    /// <summary>The next message's body, or null at the end of the stream.</summary>
    public async Task<byte[]?> ReadAsync(CancellationToken cancellationToken)
    {
        int? length = null;
        while (true)
        {
            var line = await ReadHeaderLineAsync(cancellationToken);
            if (line is null)
                return null;
            if (line.Length == 0)
            {
                if (length is null)
                    throw new InvalidDataException("A message header has no Content-Length.");
                break;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
                throw new InvalidDataException($"Malformed header line '{line}'.");
            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 0)
                    throw new InvalidDataException($"Content-Length '{value}' is not a length.");
                length = n;
            }
        }

        var body = new byte[length.Value];
        var filled = Math.Min(_end - _start, body.Length);
        Array.Copy(_buffer, _start, body, 0, filled);
        _start += filled;
        while (filled < body.Length)
        {
            var read = await _input.ReadAsync(body.AsMemory(filled), cancellationToken);
            if (read == 0)
                throw new EndOfStreamException($"The stream ended {body.Length - filled} bytes into a {body.Length}-byte message.");
            filled += read;
        }
        return body;
    }

    private async Task<string?> ReadHeaderLineAsync(CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        while (true)
        {
            if (_start == _end)
            {
                _start = 0;
                _end = await _input.ReadAsync(_buffer, cancellationToken);
                if (_end == 0)
                {
                    if (line.Length == 0)
                        return null;
                    throw new EndOfStreamException("The stream ended inside a message header.");
                }
            }
            var b = _buffer[_start++];
            if (b == '\n')
                return line.ToString().TrimEnd('\r');
            if (line.Length >= MaxHeaderBytes)
                throw new InvalidDataException("A header line is too long.");
            line.Append((char)b);
        }
    }
}

/// <summary>Writes framed messages; one at a time, because diagnostics are published from background lints.</summary>
internal sealed class MessageWriter(Stream output) : IDisposable
{
    private readonly Stream _output = output;
    private readonly SemaphoreSlim _lock = new(1, 1);

    public void Dispose() => _lock.Dispose();

    public async Task WriteAsync(byte[] body, CancellationToken cancellationToken)
    {
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length.ToString(CultureInfo.InvariantCulture)}\r\n\r\n");
        await _lock.WaitAsync(cancellationToken);
        try
        {
            await _output.WriteAsync(header, cancellationToken);
            await _output.WriteAsync(body, cancellationToken);
            await _output.FlushAsync(cancellationToken);
        }
        finally
        {
            _lock.Release();
        }
    }
}
