using Microsoft.Win32.SafeHandles;

namespace EditLint.Text;

/// <summary>
/// A run's scratch file: a run over many files keeps each document's packed text and its rules' reports there once its
/// rules are done, rather than in memory, and reads them back for the findings and the report (16 copies of the corpus:
/// about 174 MB of text, as UTF-8). Entries are appended from any thread and read back by offset. The file is unlinked as soon
/// as it is open (on Unix; elsewhere it goes when closed), so nothing of the articles stays on disk after the run, even
/// after a crash, and only the user who runs EditLint can read it while it is open.
/// </summary>
internal sealed class ScratchFile : IDisposable
{
    private readonly FileStream _file;
    // Read and written by offset, never through the stream's position.
    private readonly SafeFileHandle _handle;

    /// <summary>
    /// Entries are gathered in memory and written this many bytes at a time, not with a system call per entry (two or
    /// three per article).
    /// </summary>
    internal const int BufferSize = 1 << 20;

    private readonly Lock _gate = new();
    private readonly byte[] _buffer = new byte[BufferSize];
    private int _buffered;
    // The file's offset of the buffer's first byte: every entry before it is on disk, or held below.
    private long _bufferStart;
    // Where the bytes known to be on disk end: entries before it are read without the lock.
    private long _written;
    // Buffers that could not be written (a full disk), kept in memory with their offsets: their entries were handed out.
    private List<(long Offset, byte[] Bytes)>? _held;
    private bool _full;
    private int _entries;
    private int _writes;

    internal ScratchFile(FileStream file)
    {
        _file = file;
        _handle = file.SafeFileHandle;
    }

    /// <summary>
    /// A run's scratch file: in <c>TMPDIR</c> when it is set; else, on Unix, in /var/tmp, which is on disk where /tmp is
    /// often memory (tmpfs), and the scratch file is there to save memory; else, or when that fails, in the system's
    /// temporary folder. Null when none can be made.
    /// </summary>
    public static ScratchFile? ForRun()
    {
        const string OnDisk = "/var/tmp";
        if (!OperatingSystem.IsWindows() && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("TMPDIR")) && Directory.Exists(OnDisk)
            && Create(OnDisk) is { } onDisk)
            return onDisk;
        return Create(Path.GetTempPath());
    }

    /// <summary>A scratch file in <paramref name="folder"/>, or null when none can be made there (the run keeps its texts and reports in memory).</summary>
    public static ScratchFile? Create(string folder)
    {
        var path = Path.Combine(folder, $"editlint-{Guid.NewGuid():N}.spill");
        try
        {
            var options = new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.ReadWrite,
                Share = FileShare.Delete,
                // On Unix the file is unlinked below, at once; deleting it again by name when closed could take another's.
                Options = OperatingSystem.IsWindows() ? FileOptions.DeleteOnClose : FileOptions.None,
                BufferSize = 0,
            };
            if (!OperatingSystem.IsWindows())
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            var file = new FileStream(path, options);
            if (!OperatingSystem.IsWindows())
                File.Delete(path);
            return new ScratchFile(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>How many bytes the file holds, with those still waiting to be written.</summary>
    public long Length
    {
        get
        {
            lock (_gate)
                return _bufferStart + _buffered;
        }
    }

    /// <summary>How many entries were written to it (tests).</summary>
    internal int Entries => Volatile.Read(ref _entries);

    /// <summary>How many writes reached the file (tests).</summary>
    internal int Writes => Volatile.Read(ref _writes);

    /// <summary>The file's permissions (tests).</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    internal UnixFileMode UnixMode => File.GetUnixFileMode(_handle);

    /// <summary>
    /// Appends <paramref name="bytes"/> and says where they are, or null when they cannot be kept (the disk is full): the
    /// caller keeps them.
    /// </summary>
    public long? Append(ReadOnlySpan<byte> bytes)
    {
        lock (_gate)
        {
            // Compared so that no sum can overflow, whatever the entry's length.
            if (bytes.Length > BufferSize - _buffered)
                WriteBuffer();
            if (_full)
                return null;
            var offset = _bufferStart + _buffered;
            if (bytes.Length > BufferSize)
            {
                // Larger than the buffer (the buffer is empty here): written as it is.
                if (!TryWrite(bytes, offset))
                    return null;
                _bufferStart += bytes.Length;
                Volatile.Write(ref _written, _bufferStart);
            }
            else
            {
                bytes.CopyTo(_buffer.AsSpan(_buffered));
                _buffered += bytes.Length;
            }
            _entries++;
            return offset;
        }
    }

    // Under the lock. A buffer the disk cannot take is kept in memory, for its entries have their offsets already, and
    // nothing more is appended.
    private void WriteBuffer()
    {
        if (_buffered == 0)
            return;
        var bytes = _buffer.AsSpan(0, _buffered);
        if (_full || !TryWrite(bytes, _bufferStart))
            (_held ??= []).Add((_bufferStart, bytes.ToArray()));
        else
            Volatile.Write(ref _written, _bufferStart + _buffered);
        _bufferStart += _buffered;
        _buffered = 0;
    }

    private bool TryWrite(ReadOnlySpan<byte> bytes, long offset)
    {
        try
        {
            RandomAccess.Write(_handle, bytes, offset);
            _writes++;
            return true;
        }
        catch (IOException)
        {
            _full = true;
            return false;
        }
    }

    /// <summary>Reads back <paramref name="destination"/>'s length of bytes from <paramref name="offset"/>.</summary>
    public void Read(long offset, Span<byte> destination)
    {
        if (offset + destination.Length > Volatile.Read(ref _written) && ReadKept(offset, destination))
            return;
        while (destination.Length > 0)
        {
            var read = RandomAccess.Read(_handle, destination, offset);
            if (read == 0)
                throw new InvalidOperationException("An entry of the run's scratch file was cut short.");
            destination = destination[read..];
            offset += read;
        }
    }

    // An entry still in the buffer or held in memory: an entry is never split between them and the disk.
    private bool ReadKept(long offset, Span<byte> destination)
    {
        lock (_gate)
        {
            if (offset >= _bufferStart)
            {
                _buffer.AsSpan((int)(offset - _bufferStart), destination.Length).CopyTo(destination);
                return true;
            }
            foreach (var (start, bytes) in _held ?? [])
            {
                if (offset >= start && offset + destination.Length <= start + bytes.Length)
                {
                    bytes.AsSpan((int)(offset - start), destination.Length).CopyTo(destination);
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>The <paramref name="length"/> bytes written at <paramref name="offset"/>.</summary>
    public byte[] Read(long offset, int length)
    {
        var bytes = new byte[length];
        Read(offset, bytes);
        return bytes;
    }

    /// <summary>Closes the file, which goes with it.</summary>
    public void Dispose() => _file.Dispose();
}
