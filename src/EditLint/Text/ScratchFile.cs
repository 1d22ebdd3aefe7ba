using Microsoft.Win32.SafeHandles;

namespace EditLint.Text;

/// <summary>
/// A run's scratch file: a run over many files keeps each document's packed text and its rules' reports there once its
/// rules are done, rather than in memory, and reads them back for the findings and the report (16 copies of the corpus:
/// 65 MB of packed text). Entries are appended from any thread and read back by offset. The file is unlinked as soon
/// as it is open (on Unix; elsewhere it goes when closed), so nothing of the articles stays on disk after the run, even
/// after a crash, and only the user who runs EditLint can read it while it is open.
/// </summary>
internal sealed class ScratchFile : IDisposable
{
    private readonly FileStream _file;
    // Read and written by offset, never through the stream's position.
    private readonly SafeFileHandle _handle;
    private long _length;
    private int _entries;

    private ScratchFile(FileStream file)
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

    /// <summary>How many bytes the file holds.</summary>
    public long Length => Interlocked.Read(ref _length);

    /// <summary>How many entries were written to it (tests).</summary>
    internal int Entries => Volatile.Read(ref _entries);

    /// <summary>The file's permissions (tests).</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    internal UnixFileMode UnixMode => File.GetUnixFileMode(_handle);

    /// <summary>Appends <paramref name="bytes"/> and says where they are, or null when they could not be written (a full disk): the caller keeps them.</summary>
    public long? Append(ReadOnlySpan<byte> bytes)
    {
        var offset = Interlocked.Add(ref _length, bytes.Length) - bytes.Length;
        try
        {
            RandomAccess.Write(_handle, bytes, offset);
            Interlocked.Increment(ref _entries);
            return offset;
        }
        catch (IOException)
        {
            // The bytes reserved stay a hole in the file; nothing reads them.
            return null;
        }
    }

    /// <summary>Reads back <paramref name="destination"/>'s length of bytes from <paramref name="offset"/>.</summary>
    public void Read(long offset, Span<byte> destination)
    {
        while (destination.Length > 0)
        {
            var read = RandomAccess.Read(_handle, destination, offset);
            if (read == 0)
                throw new InvalidOperationException("An entry of the run's scratch file was cut short.");
            destination = destination[read..];
            offset += read;
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
