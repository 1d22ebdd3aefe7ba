using System.Globalization;
using System.Text;

namespace EditLint.LanguageServer.JsonRpc;

/// <summary>
/// LSP's base protocol: ASCII headers (<c>Content-Length</c> required, <c>Content-Type</c> optional) ended by an
/// empty line, then exactly Content-Length bytes of UTF-8 JSON.
/// </summary>
/// <remarks>
/// A stream that breaks the framing (no or a bad Content-Length, a header block over <see cref="MaxHeaderBytes"/>, a
/// body over <see cref="MaxBodyBytes"/>) makes <see cref="ReadAsync"/> throw <see cref="InvalidDataException"/> naming
/// the byte offset; the next call skips to the next <c>Content-Length:</c> in the stream and reads on from there, so
/// one bad frame costs that frame only. Nothing is buffered beyond one header block and one capped body.
/// </remarks>
internal sealed class MessageReader(Stream input, int maxBodyBytes = MessageReader.MaxBodyBytes)
{
    /// <summary>A header block is a few dozen bytes; anything longer is not LSP and must not make the server buffer without end.</summary>
    public const int MaxHeaderBytes = 8192;

    /// <summary>
    /// The largest message body read: 64 MiB, six times the 10 MiB an article may have (JSON escaping of a whole
    /// document in didOpen at most doubles it). A larger Content-Length is refused before anything is allocated.
    /// </summary>
    public const int MaxBodyBytes = 64 * 1024 * 1024;

    private static readonly byte[] ContentLength = "content-length:"u8.ToArray();

    private readonly Stream _input = input;
    private readonly int _maxBodyBytes = maxBodyBytes;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    // Bytes consumed before _buffer[_start]: how errors name the place in the stream.
    private long _consumed;
    private bool _resynchronize;
    private long _headerStart;
    private int _headerBytes;

    /// <summary>The next message's body, or null at the end of the stream.</summary>
    public async Task<byte[]?> ReadAsync(CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        if (_resynchronize)
        {
            // After a framing error the only landmark is the next header: skip to it (the rest of the bad frame goes).
            if (!await SkipToContentLengthAsync(cancellationToken))
                return null;
            _resynchronize = false;
            line.Append("Content-Length:");
        }
        var headerStart = _headerStart = Position - line.Length;
        _headerBytes = line.Length;
        int? length = null;
        while (true)
        {
            if (!await ReadHeaderLineAsync(line, cancellationToken))
                return null;
            if (line.Length == 0)
            {
                if (length is null)
                    throw Framing($"A message header (at byte {headerStart} of the input) has no Content-Length.");
                break;
            }
            var text = line.ToString();
            line.Clear();
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
                throw Framing($"Malformed header line '{Shorten(text)}' at byte {headerStart} of the input.");
            var name = text[..colon].Trim();
            var value = text[(colon + 1)..].Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                    throw Framing($"Content-Length '{Shorten(value)}' at byte {headerStart} of the input is not a length.");
                if (n > _maxBodyBytes)
                    throw Framing($"Content-Length {n} at byte {headerStart} of the input is over the limit of {_maxBodyBytes} bytes ({_maxBodyBytes / 1048576.0:0.#} MiB) for one message; the message is skipped.");
                length = (int)n;
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
            _consumed += read;
        }
        return body;
    }

    private long Position => _consumed + _start;

    private InvalidDataException Framing(string message)
    {
        _resynchronize = true;
        return new InvalidDataException(message);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    // Fills the buffer when it is empty; false at the end of the stream.
    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_start < _end)
            return true;
        _consumed += _end;
        _start = 0;
        _end = await _input.ReadAsync(_buffer, cancellationToken);
        return _end > 0;
    }

    // Appends one header line (without its line break) to line; false at the end of the stream before any byte of it.
    private async Task<bool> ReadHeaderLineAsync(StringBuilder line, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (!await FillAsync(cancellationToken))
            {
                if (_headerBytes == 0)
                    return false;
                throw new EndOfStreamException("The stream ended inside a message header.");
            }
            var b = _buffer[_start++];
            _headerBytes++;
            if (b == '\n')
            {
                if (line.Length > 0 && line[^1] == '\r')
                    line.Length--;
                return true;
            }
            if (_headerBytes > MaxHeaderBytes)
                throw Framing($"A message header (at byte {_headerStart} of the input) is over {MaxHeaderBytes} bytes.");
            line.Append((char)b);
        }
    }

    // Consumes bytes up to and including the next "Content-Length:" (any case); false at the end of the stream.
    private async Task<bool> SkipToContentLengthAsync(CancellationToken cancellationToken)
    {
        var matched = 0;
        while (await FillAsync(cancellationToken))
        {
            while (_start < _end)
            {
                var b = _buffer[_start++];
                var lower = b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b;
                matched = lower == ContentLength[matched] ? matched + 1 : lower == ContentLength[0] ? 1 : 0;
                if (matched == ContentLength.Length)
                    return true;
            }
        }
        return false;
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
