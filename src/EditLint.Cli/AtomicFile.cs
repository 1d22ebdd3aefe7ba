using System.Text;
using EditLint.Inputs;

namespace EditLint.Cli;

/// <summary>
/// Writes an output file (a report, a baseline, a starter configuration) so that readers never see half of it and
/// nothing but a regular file is ever replaced:
/// <list type="bullet">
/// <item>a new file or an existing regular file: a temporary file in the same folder, then a rename; an existing
/// file keeps its permissions (a report kept at 600 stays 600);</item>
/// <item>a device or pipe (<c>/dev/null</c>, <c>/dev/stdout</c>, a FIFO), by any name: written through, in place,
/// as a shell's <c>&gt;</c> would — never renamed over;</item>
/// <item>anything else — a symbolic link to a file or folder (a content repo could point <c>report.html</c> at
/// <c>~/.bashrc</c>), a folder, a block device: refused with an <see cref="IOException"/> that says why.</item>
/// </list>
/// </summary>
internal static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="path"/> (a full path). A folder on its way that is reached through a link whose real path
    /// leaves <paramref name="workingDirectory"/> is refused too: <c>-o out/report.txt</c> with <c>out -&gt; ../elsewhere</c>
    /// would write elsewhere.
    /// </summary>
    public static void Write(string path, string workingDirectory, Action<TextWriter> write)
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        WriteStream(path, workingDirectory, stream =>
        {
            using var writer = new StreamWriter(stream, encoding, leaveOpen: true);
            write(writer);
        });
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> the same way (an article fixed by <c>check --fix</c>).</summary>
    public static void Write(string path, string workingDirectory, byte[] bytes) =>
        WriteStream(path, workingDirectory, stream => stream.Write(bytes));

    private static void WriteStream(string path, string workingDirectory, Action<Stream> write)
    {
        var target = Path.GetFullPath(path);
        var itself = SafeFile.KindOf(target, followLinks: false);

        // Only what the path itself names is written through: a link named report.html that points at /dev/tty or a
        // FIFO is a link like any other (refused below). The process's own streams are links by nature.
        if (itself is FileKind.CharacterDevice or FileKind.Fifo or FileKind.Socket || IsStandardStream(target))
        {
            // Append, so that a shell's '>>' on /dev/stdout is honoured too. Never created: a missing device stays
            // missing; a FIFO no one reads is an error, not a wait.
            using var stream = new FileStream(SafeFile.OpenWriteThrough(target), FileAccess.Write);
            if (stream.CanSeek)
                stream.Seek(0, SeekOrigin.End);
            write(stream);
            return;
        }
        if (itself == FileKind.SymbolicLink)
        {
            var final = SafeFile.KindOf(target);
            throw new IOException(final == FileKind.Missing
                ? "it is a symbolic link that points nowhere; EditLint does not write through links (remove it or choose another file)"
                : $"it is a symbolic link to {SafeFile.Describe(final)}; EditLint does not write through links (remove it or choose another file)");
        }
        // Path.Exists but no kind: stat failed (a seccomp filter, say); renaming over what may be a device is no option.
        if (itself == FileKind.Unknown || (itself == FileKind.Missing && Path.Exists(target)))
            throw new IOException("its type cannot be determined; EditLint replaces only a regular file (choose another file)");
        if (itself is not (FileKind.Missing or FileKind.Regular))
            throw new IOException($"it is {SafeFile.Describe(itself)}, not a regular file; choose another file");

        var directory = Path.GetDirectoryName(target) ?? throw new IOException($"{path} is not a file path.");
        if (LeavesThroughLink(directory, workingDirectory))
            throw new IOException("its folder is reached through a symbolic link out of the working folder; EditLint does not write through links (choose another folder)");
        Directory.CreateDirectory(directory);
        // Same folder, so the move is a rename on one file system rather than a copy.
        var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
                // On disk before the rename, so a crash leaves the old file or the new one, never an empty one.
                stream.Flush(flushToDisk: true);
            }
            // The new file would get the default mode (644 under the usual umask): give it the old one's.
            if (itself == FileKind.Regular && !OperatingSystem.IsWindows())
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }

    // True when the nearest existing folder of the output's folder chain has a real path other than its lexical one
    // (a link on the way) that is not under the working folder's real path. A link that stays inside is fine.
    private static bool LeavesThroughLink(string directory, string workingDirectory)
    {
        var existing = directory;
        while (!Directory.Exists(existing) && Path.GetDirectoryName(existing) is { } parent)
            existing = parent;
        if (SafeFile.RealPath(existing) is not { } real)
            return true;
        if (string.Equals(real, existing, StringComparison.Ordinal))
            return false;
        return !SafeFile.IsInside(real, SafeFile.RealPath(workingDirectory) ?? Path.GetFullPath(workingDirectory));
    }

    // /dev/stdout and /dev/stderr (and /dev/fd/N, /proc/self/fd/N) name the process's own streams, whatever they lead to.
    private static bool IsStandardStream(string fullPath) =>
        fullPath is "/dev/stdout" or "/dev/stderr"
        || fullPath.StartsWith("/dev/fd/", StringComparison.Ordinal)
        || fullPath.StartsWith("/proc/self/fd/", StringComparison.Ordinal);
}
