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
    public static void Write(string path, Action<TextWriter> write)
    {
        var target = Path.GetFullPath(path);
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var itself = SafeFile.KindOf(target, followLinks: false);
        var final = itself == FileKind.SymbolicLink ? SafeFile.KindOf(target) : itself;

        if (final is FileKind.CharacterDevice or FileKind.Fifo or FileKind.Socket || (itself == FileKind.SymbolicLink && IsStandardStream(target)))
        {
            // /dev/stdout is a link to /proc/self/fd/1, which may be a terminal, a pipe or the file a shell redirected
            // to; append so that a shell's '>>' is honoured too. Open, never create: a missing device stays missing.
            using var stream = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            if (stream.CanSeek)
                stream.Seek(0, SeekOrigin.End);
            using var writer = new StreamWriter(stream, encoding);
            write(writer);
            return;
        }
        if (itself == FileKind.SymbolicLink)
            throw new IOException(final == FileKind.Missing
                ? "it is a symbolic link that points nowhere; EditLint does not write through links (remove it or choose another file)"
                : $"it is a symbolic link to {SafeFile.Describe(final)}; EditLint does not write through links (remove it or choose another file)");
        if (itself is not (FileKind.Missing or FileKind.Regular))
            throw new IOException($"it is {SafeFile.Describe(itself)}, not a regular file; choose another file");

        var directory = Path.GetDirectoryName(target) ?? throw new IOException($"{path} is not a file path.");
        Directory.CreateDirectory(directory);
        // Same folder, so the move is a rename on one file system rather than a copy.
        var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            using (var writer = new StreamWriter(stream, encoding))
                write(writer);
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

    // /dev/stdout and /dev/stderr (and /dev/fd/N, /proc/self/fd/N) name the process's own streams, whatever they lead to.
    private static bool IsStandardStream(string fullPath) =>
        fullPath is "/dev/stdout" or "/dev/stderr"
        || fullPath.StartsWith("/dev/fd/", StringComparison.Ordinal)
        || fullPath.StartsWith("/proc/self/fd/", StringComparison.Ordinal);
}
