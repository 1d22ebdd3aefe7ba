using System.Runtime.InteropServices;
using System.Runtime.InteropServices.Marshalling;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace EditLint.Inputs;

/// <summary>What a path names, as <c>stat</c> sees it.</summary>
public enum FileKind
{
    /// <summary>Nothing there (or it cannot be looked at).</summary>
    Missing,
    /// <summary>A regular file: the only kind EditLint reads.</summary>
    Regular,
    /// <summary>A folder.</summary>
    Directory,
    /// <summary>A symbolic link (only when links are not followed).</summary>
    SymbolicLink,
    /// <summary>A named pipe: opening it for reading waits for a writer.</summary>
    Fifo,
    /// <summary>A character device (<c>/dev/zero</c>, a terminal): endless or interactive.</summary>
    CharacterDevice,
    /// <summary>A block device (a disk).</summary>
    BlockDevice,
    /// <summary>A Unix socket.</summary>
    Socket,
    /// <summary>Something is there but its type cannot be determined (<c>statx</c> refused, as seccomp filters do).</summary>
    Unknown,
}

/// <summary>A file's identity on its file system (device and inode): two paths to one file or folder share it.</summary>
public readonly record struct FileIdentity(ulong Device, ulong Inode);

/// <summary>What reading a file gave: its bytes, or why it was not read (a phrase that follows the file's name).</summary>
public sealed record SafeRead(byte[]? Bytes, string? Problem);

/// <summary>
/// The one way EditLint reads a user's file (articles, .editlint.yaml, .editorconfig, packs, baselines): only a regular
/// file is read — a FIFO would block for ever, a device such as <c>/dev/zero</c> never ends and reports size 0 — and
/// at most a limit's worth of bytes, counted on what is read rather than on what <c>stat</c> says. Also the file
/// identities (device and inode) that folder walks detect cycles with, and real paths. Linux gets the full
/// protection through libc (<c>open</c> with O_NONBLOCK, <c>statx</c>); elsewhere the checks fall back to .NET's.
/// </summary>
public static partial class SafeFile
{
    /// <summary>The size limit of configuration files, packs and baselines: far above any real one.</summary>
    public const long ConfigurationMaxBytes = 10 * 1024 * 1024;

    /// <summary>The kind of file <paramref name="path"/> names; links are followed unless <paramref name="followLinks"/> is false.</summary>
    public static FileKind KindOf(string path, bool followLinks = true)
    {
        if (Linux.TryStat(path, followLinks, out var mode, out _))
            return KindOfMode(mode);
        // Elsewhere, or where statx is refused (a container's seccomp filter answers EPERM): what .NET can tell. Never
        // "missing" for something that is there: a writer would rename over /dev/null.
        var info = new FileInfo(path);
        if (!followLinks && info.LinkTarget is not null)
            return FileKind.SymbolicLink;
        if (Directory.Exists(path))
            return FileKind.Directory;
        if (!Path.Exists(path))
            return FileKind.Missing;
        // On Linux .NET's File.Exists is true for devices and pipes too, so it cannot tell a regular file.
        return OperatingSystem.IsLinux() ? FileKind.Unknown : File.Exists(path) ? FileKind.Regular : FileKind.Unknown;
    }

    /// <summary>The identity of the file or folder at <paramref name="path"/> (links followed); null where it cannot be known.</summary>
    public static FileIdentity? IdentityOf(string path) =>
        Linux.TryStat(path, followLinks: true, out _, out var identity) ? identity : null;

    /// <summary>
    /// The path with every symbolic link resolved (as <c>realpath</c> gives it), or null when some part of it does not
    /// exist or the links loop.
    /// </summary>
    public static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var pending = new Stack<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var current = root;
        var hops = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part == ".")
                continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Combine(current, part);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
            if (target is null)
            {
                if (!Path.Exists(next))
                    return null;
                current = next;
                continue;
            }
            // Linux gives up after 40 links (ELOOP); so does this.
            if (++hops > 40)
                return null;
            var resolved = Path.GetFullPath(target, current);
            var resolvedRoot = Path.GetPathRoot(resolved) ?? "/";
            foreach (var p in resolved[resolvedRoot.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse())
                pending.Push(p);
            current = resolvedRoot;
        }
        return current;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or inside it (both full paths).</summary>
    public static bool IsInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || !(Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }

    /// <summary>
    /// Reads <paramref name="path"/> if it is a regular file of at most <paramref name="maxBytes"/> bytes. Never an
    /// exception for anything the file system does: the problem says what was wrong.
    /// </summary>
    public static SafeRead ReadBytes(string path, long maxBytes, LinkBoundary? boundary = null)
    {
        try
        {
            using var handle = OpenRegular(path, out var problem);
            if (handle is null)
                return new SafeRead(null, problem);
            // Checked again on what was opened: a link swapped in between the check and the open is caught.
            if (boundary is not null && !boundary.FollowSymlinks && OpenedPath(handle) is { } opened && !boundary.Allows(path, opened))
                return new SafeRead(null, "was replaced by a symbolic link out of bounds while it was being read; it was not read");
            // Read one byte past the limit: a file that gives it is over, whatever stat said about its size.
            var limit = (int)Math.Min(maxBytes + 1, Array.MaxLength);
            var buffer = new byte[(int)Math.Min(limit, Math.Max(RandomAccess.GetLength(handle), 0) + 1)];
            var total = 0;
            while (true)
            {
                if (total == buffer.Length)
                {
                    if (buffer.Length >= limit)
                        break;
                    Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, limit));
                }
                var read = RandomAccess.Read(handle, buffer.AsSpan(total), total);
                if (read == 0)
                    break;
                total += read;
            }
            if (total > maxBytes)
                return new SafeRead(null, $"is over the {DescribeSize(maxBytes)} limit; it was not read");
            Array.Resize(ref buffer, total);
            return new SafeRead(buffer, null);
        }
        catch (UnauthorizedAccessException)
        {
            return new SafeRead(null, "cannot be opened: permission denied");
        }
        catch (IOException e)
        {
            return new SafeRead(null, $"cannot be read: {e.Message}");
        }
    }

    /// <summary>
    /// Reads a configuration-sized text file as <see cref="File.ReadAllText(string)"/> would (UTF-8, or the encoding its
    /// byte-order mark names), through <see cref="ReadBytes"/>.
    /// </summary>
    public static (string? Text, string? Problem) ReadText(string path, long maxBytes = ConfigurationMaxBytes, LinkBoundary? boundary = null)
    {
        var read = ReadBytes(path, maxBytes, boundary);
        if (read.Bytes is null)
            return (null, read.Problem);
        using var reader = new StreamReader(new MemoryStream(read.Bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return (reader.ReadToEnd(), null);
    }

    /// <summary>
    /// Opens a device, FIFO or socket at <paramref name="path"/> for writing in place, never creating it. On Linux a FIFO
    /// that no one reads is an <see cref="IOException"/> after 2 s (O_NONBLOCK gives ENXIO) rather than a wait for ever;
    /// once open, writes block as usual.
    /// </summary>
    public static SafeFileHandle OpenWriteThrough(string path)
    {
        if (!OperatingSystem.IsLinux())
            return File.OpenHandle(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        // A reader started alongside (`cat fifo & editlint … -o fifo`) may open its end a moment later: a short, bounded
        // grace period, then the error.
        var deadline = Environment.TickCount64 + 2000;
        int fd, errno;
        while ((fd = Linux.Open(path, Linux.O_WRONLY | Linux.O_NONBLOCK | Linux.O_CLOEXEC | Linux.O_NOCTTY)) < 0
            && (errno = Marshal.GetLastPInvokeError()) == Linux.ENXIO && Environment.TickCount64 < deadline)
            Thread.Sleep(10);
        if (fd < 0)
        {
            errno = Marshal.GetLastPInvokeError();
            throw errno switch
            {
                Linux.ENXIO => new IOException("it is a named pipe (FIFO) that no one is reading"),
                Linux.ENOENT => new IOException("it does not exist"),
                Linux.EACCES or Linux.EPERM => new UnauthorizedAccessException("permission denied"),
                _ => new IOException(Marshal.GetPInvokeErrorMessage(errno)),
            };
        }
        var handle = new SafeFileHandle(fd, ownsHandle: true);
        // Blocking again: a reader slower than the report must not turn into EAGAIN half-way through.
        var flags = Linux.Fcntl(fd, Linux.F_GETFL, 0);
        if (flags < 0 || Linux.Fcntl(fd, Linux.F_SETFL, flags & ~Linux.O_NONBLOCK) < 0)
        {
            handle.Dispose();
            throw new IOException(Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError()));
        }
        return handle;
    }

    // The path the kernel opened (Linux: /proc/self/fd/N); null where it cannot be told.
    private static string? OpenedPath(SafeFileHandle handle)
    {
        if (!OperatingSystem.IsLinux())
            return null;
        try
        {
            return new FileInfo($"/proc/self/fd/{handle.DangerousGetHandle()}").LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>A size as people read it: "10 MiB", "512 bytes".</summary>
    public static string DescribeSize(long bytes) =>
        bytes >= 1048576 ? $"{bytes / 1048576.0:0.#} MiB" : bytes >= 1024 ? $"{bytes / 1024.0:0.#} KiB" : $"{bytes} bytes";

    /// <summary>What a kind of file is called in messages.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Directory => "a folder",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Fifo => "a named pipe (FIFO)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Missing => "missing",
        FileKind.Unknown => "of a type that cannot be determined",
        _ => "a regular file",
    };

    // Opens a regular file for reading, or says why not. On Linux the open cannot block (O_NONBLOCK: a FIFO opens at
    // once) and the kind is checked on the open descriptor, so a file swapped after a check is still caught.
    private static SafeFileHandle? OpenRegular(string path, out string? problem)
    {
        problem = null;
        if (OperatingSystem.IsLinux())
        {
            var fd = Linux.Open(path, Linux.O_RDONLY | Linux.O_NONBLOCK | Linux.O_CLOEXEC | Linux.O_NOCTTY);
            if (fd < 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                problem = errno switch
                {
                    Linux.ENOENT => "does not exist",
                    Linux.EACCES or Linux.EPERM => "cannot be opened: permission denied",
                    Linux.ELOOP => "cannot be opened: too many levels of symbolic links",
                    _ => $"cannot be opened: {Marshal.GetPInvokeErrorMessage(errno)}",
                };
                return null;
            }
            var handle = new SafeFileHandle(fd, ownsHandle: true);
            if (!Linux.TryStat(handle, out var mode))
            {
                handle.Dispose();
                problem = "cannot be read: its type cannot be determined";
                return null;
            }
            var kind = KindOfMode(mode);
            if (kind != FileKind.Regular)
            {
                handle.Dispose();
                problem = $"is {Describe(kind)}, not a regular file; it was not read";
                return null;
            }
            return handle;
        }

        // Elsewhere .NET opens without the O_NONBLOCK guard; a folder or a missing file is caught first.
        if (Directory.Exists(path))
        {
            problem = $"is {Describe(FileKind.Directory)}, not a regular file; it was not read";
            return null;
        }
        if (!File.Exists(path))
        {
            problem = "does not exist";
            return null;
        }
        return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
    }

    private static FileKind KindOfMode(uint mode) => (mode & Linux.S_IFMT) switch
    {
        Linux.S_IFREG => FileKind.Regular,
        Linux.S_IFDIR => FileKind.Directory,
        Linux.S_IFLNK => FileKind.SymbolicLink,
        Linux.S_IFIFO => FileKind.Fifo,
        Linux.S_IFCHR => FileKind.CharacterDevice,
        Linux.S_IFBLK => FileKind.BlockDevice,
        Linux.S_IFSOCK => FileKind.Socket,
        _ => FileKind.Unknown,
    };

    // libc through statx, whose struct has one layout on every Linux architecture (struct stat differs between them).
    private static partial class Linux
    {
        public const int O_RDONLY = 0, O_WRONLY = 1, O_NOCTTY = 0x100, O_NONBLOCK = 0x800, O_CLOEXEC = 0x80000;
        public const int EPERM = 1, ENOENT = 2, ENXIO = 6, EACCES = 13, ELOOP = 40;
        public const int F_GETFL = 3, F_SETFL = 4;
        public const uint S_IFMT = 0xF000, S_IFSOCK = 0xC000, S_IFLNK = 0xA000, S_IFREG = 0x8000, S_IFBLK = 0x6000, S_IFDIR = 0x4000, S_IFCHR = 0x2000, S_IFIFO = 0x1000;
        private const int AT_FDCWD = -100, AT_SYMLINK_NOFOLLOW = 0x100, AT_EMPTY_PATH = 0x1000;
        private const uint STATX_TYPE = 0x1, STATX_MODE = 0x2, STATX_INO = 0x100;

        // Offsets in struct statx (linux/stat.h).
        private const int ModeOffset = 28, InodeOffset = 32, DevMajorOffset = 136, DevMinorOffset = 140, Size = 256;

        [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        public static partial int Open(string path, int flags);

        [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)]
        public static partial int Fcntl(int fd, int command, int argument);

        [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        private static partial int Statx(int dirfd, string path, int flags, uint mask, [Out] byte[] buffer);

        public static bool TryStat(string path, bool followLinks, out uint mode, out FileIdentity identity)
        {
            mode = 0;
            identity = default;
            if (!OperatingSystem.IsLinux())
                return false;
            var buffer = new byte[Size];
            if (Statx(AT_FDCWD, path, followLinks ? 0 : AT_SYMLINK_NOFOLLOW, STATX_TYPE | STATX_MODE | STATX_INO, buffer) != 0)
                return false;
            mode = BitConverter.ToUInt16(buffer, ModeOffset);
            identity = new FileIdentity(
                ((ulong)BitConverter.ToUInt32(buffer, DevMajorOffset) << 32) | BitConverter.ToUInt32(buffer, DevMinorOffset),
                BitConverter.ToUInt64(buffer, InodeOffset));
            return true;
        }

        public static bool TryStat(SafeFileHandle handle, out uint mode)
        {
            mode = 0;
            var buffer = new byte[Size];
            var added = false;
            try
            {
                handle.DangerousAddRef(ref added);
                if (Statx((int)handle.DangerousGetHandle(), "", AT_EMPTY_PATH, STATX_TYPE | STATX_MODE, buffer) != 0)
                    return false;
            }
            finally
            {
                if (added)
                    handle.DangerousRelease();
            }
            mode = BitConverter.ToUInt16(buffer, ModeOffset);
            return true;
        }
    }
}
