using EditLint.Configuration;
using EditLint.Diagnostics;
using EditLint.Documents;

namespace EditLint.Inputs;

/// <summary>
/// The files a run lints, each with the path on disk and the name reports use; what could not be found (an error that
/// stops the run); and what was found but skipped (a file or folder outside the roots, a folder that cannot be read),
/// reported as EL9002 while the run goes on.
/// </summary>
public sealed record ResolvedInputs(IReadOnlyList<(string Path, string DisplayPath)> Files, IReadOnlyList<string> Errors, IReadOnlyList<InputProblem> Skipped)
{
    /// <summary>Files and errors, nothing skipped.</summary>
    public ResolvedInputs(IReadOnlyList<(string Path, string DisplayPath)> files, IReadOnlyList<string> errors)
        : this(files, errors, []) { }

    /// <summary>The roots of the search: configuration and packs inside them are held to them too.</summary>
    public LinkBoundary Boundary { get; init; } = LinkBoundary.None;
}

/// <summary>A file or folder a search found and skipped, with a message that names it and says why.</summary>
public sealed record InputProblem(string DisplayPath, string Message)
{
    /// <summary>The problem as an EL9002 finding on <see cref="DisplayPath"/>.</summary>
    public Diagnostic ToDiagnostic() => new()
    {
        Descriptor = EngineRules.InputUnreadable,
        Severity = EngineRules.InputUnreadable.DefaultSeverity,
        Message = EngineRules.InputUnreadable.FormatMessage(Message),
        Path = DisplayPath,
        Span = default,
        Position = default,
    };
}

/// <summary>
/// Turns paths into files, for every host: folders are searched recursively for article formats, globs are
/// matched relative to the working folder, and a file named explicitly is linted whatever its extension.
/// The CLI resolves its arguments with it; the language server resolves its workspace folders.
/// <para>
/// Symbolic links are resolved and a search stays inside its roots: the folders named, the fixed folder a glob starts
/// from, and for a file named explicitly the folder it is named in. A link found (or named) whose real path leaves
/// every root is reported and never read — a content repo could otherwise link an "article" to a CI secret and have
/// it printed in the report — unless links are followed on purpose (<c>--follow-symlinks</c>). Links inside the roots
/// are followed; every folder is entered once, by device and inode, so link loops end, and a file reached by several
/// paths is linted once.
/// </para>
/// </summary>
public static class InputResolver
{
    // Build output, VCS internals and dependencies hold copies or tooling, never drafts.
    private static readonly string[] SkippedFolders = ["bin", "obj", ".git", "node_modules"];

    private static readonly bool CaseInsensitiveFileSystem = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS();

    private static StringComparer PathComparer => CaseInsensitiveFileSystem ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    // What one argument names: a file or folder (no pattern; IsFolder as it was found, so that a list of thousands of
    // files is not asked again), or a glob's base folder and pattern; and the root its files are read under. A class,
    // not a tuple: a list of tuples is generic code the JIT compiles at start-up.
    private sealed record Named(string Argument, string FullPath, string? Pattern, string Root, bool IsFolder = false);

    /// <summary>
    /// Resolves files, folders and globs (<paramref name="arguments"/>) relative to <paramref name="workingDirectory"/>;
    /// sorted by display path. <paramref name="followSymlinks"/> follows links out of the roots too.
    /// </summary>
    public static ResolvedInputs Resolve(IEnumerable<string> arguments, string workingDirectory, bool followSymlinks = false)
    {
        var files = new List<(string Path, string DisplayPath)>();
        var errors = new List<string>();
        var problems = new List<InputProblem>();

        // Every argument's root first, so that a link from one root into another stays in bounds.
        var work = new List<Named>();
        foreach (var argument in arguments)
        {
            var fullPath = Path.GetFullPath(argument, workingDirectory);
            // An existing file or folder wins, so names that contain "[" still work literally. Path.Exists: a FIFO or
            // a device named explicitly is a file too, for the loader to report.
            if (Directory.Exists(fullPath))
                work.Add(new Named(argument, fullPath, null, fullPath, IsFolder: true));
            else if (Path.Exists(fullPath))
                work.Add(new Named(argument, fullPath, null, Path.GetDirectoryName(fullPath) ?? fullPath));
            else if (IsGlob(argument))
            {
                var (baseDirectory, pattern) = SplitGlob(argument);
                var root = Path.GetFullPath(baseDirectory.Length == 0 ? "." : baseDirectory, workingDirectory);
                work.Add(new Named(argument, root, pattern, root));
            }
            else
                errors.Add($"'{argument}' does not exist.");
        }
        // A folder named, a glob's base or a named file's folder that is itself reached through a link: trusted only when
        // its real path stays under the working folder's (content -> /anywhere would read anywhere).
        if (!followSymlinks)
        {
            var workingReal = SafeFile.RealPath(workingDirectory) ?? Path.GetFullPath(workingDirectory);
            // Each folder's real path once: the files named one by one (a list of thousands) share a few folders, and
            // each real path reads every link on the way.
            var realPaths = new Dictionary<string, string?>(PathComparer);
            work.RemoveAll(w =>
            {
                if (!realPaths.TryGetValue(w.Root, out var real))
                    realPaths[w.Root] = real = SafeFile.RealPath(w.Root);
                if (real is null || PathComparer.Equals(real, w.Root) || SafeFile.IsInside(real, workingReal))
                    return false;
                var shown = DisplayPath(w.Root, workingDirectory);
                var problem = new InputProblem(shown, $"{shown} {LinkBoundary.OutsidePhrase("folder", LinkBoundary.Outside.WorkingFolder)}");
                if (!problems.Contains(problem))
                    problems.Add(problem);
                return true;
            });
        }
        var boundary = new LinkBoundary(work.Select(w => w.Root).Distinct(PathComparer), followSymlinks);
        var walk = new Walk(boundary, problems, path => DisplayPath(path, workingDirectory));

        void Add(string fullPath)
        {
            if (walk.FirstVisit(fullPath))
                files.Add((fullPath, DisplayPath(fullPath, workingDirectory)));
        }

        foreach (var (argument, fullPath, pattern, _, isFolder) in work)
        {
            if (pattern is not null)
            {
                List<string> matches;
                try
                {
                    matches = MatchGlob(walk, fullPath, pattern);
                }
                catch (FormatException e)
                {
                    // An invalid glob ("{*.md") is a usage error naming the argument, not an internal error.
                    errors.Add($"'{argument}': {e.Message}.");
                    continue;
                }
                if (matches.Count == 0)
                    errors.Add($"no files match '{argument}'.");
                foreach (var file in matches)
                    Add(file);
            }
            else if (isFolder)
            {
                foreach (var file in walk.Files(fullPath, IsArticle, int.MaxValue))
                    Add(file);
            }
            else if (walk.InBounds(fullPath))
                Add(fullPath);
        }

        files.Sort((a, b) => string.CompareOrdinal(a.DisplayPath, b.DisplayPath));
        problems.Sort((a, b) => string.CompareOrdinal(a.DisplayPath, b.DisplayPath));
        return new ResolvedInputs(files, errors, problems) { Boundary = boundary };
    }

    /// <summary>The name reports use: relative to the working folder, with forward slashes.</summary>
    public static string DisplayPath(string fullPath, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, fullPath);
        return Path.DirectorySeparatorChar == '\\' ? relative.Replace('\\', '/') : relative;
    }

    /// <summary>
    /// True when a folder search from <paramref name="root"/> would find <paramref name="fullPath"/>: an article
    /// extension, inside the root (its real path too), and under no skipped folder (bin, obj, .git, node_modules).
    /// Editors use it for files that appear or change after the search.
    /// </summary>
    public static bool IsArticleIn(string root, string fullPath)
    {
        if (!IsArticle(fullPath))
            return false;
        var relative = Path.GetRelativePath(root, fullPath);
        if (relative == "." || !SafeFile.IsInside(Path.GetFullPath(fullPath), Path.GetFullPath(root)))
            return false;
        var folders = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)[..^1];
        if (folders.Any(f => SkippedFolders.Contains(f, PathComparer)))
            return false;
        // A link out of the root is none of its articles: a folder search reports it and skips it.
        return SafeFile.RealPath(fullPath) is not { } real || SafeFile.IsInside(real, SafeFile.RealPath(root) ?? root);
    }

    private static bool IsArticle(string path) =>
        DocumentFormats.Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private static bool IsGlob(string argument) => argument.AsSpan().IndexOfAny("*?[") >= 0;

    /// <summary>The article files under <paramref name="directory"/>, recursively, as <see cref="Resolve"/> finds them in a folder (unsorted); the folder is the only root.</summary>
    public static IEnumerable<string> EnumerateArticles(string directory) => EnumerateArticles(directory, [directory]);

    /// <summary>
    /// The article files under <paramref name="directory"/>, recursively, staying inside <paramref name="roots"/> (a
    /// language server's workspace folders) unless <paramref name="followSymlinks"/>; what was skipped goes to
    /// <paramref name="problems"/> when given. Each file once, however many links lead to it (unsorted).
    /// </summary>
    public static IEnumerable<string> EnumerateArticles(string directory, IReadOnlyList<string> roots, bool followSymlinks = false, ICollection<InputProblem>? problems = null)
    {
        var skipped = new List<InputProblem>();
        var walk = new Walk(new LinkBoundary(roots, followSymlinks), skipped, path => DisplayPath(path, directory));
        foreach (var file in walk.Files(directory, IsArticle, int.MaxValue))
        {
            if (walk.FirstVisit(file))
                yield return file;
        }
        foreach (var problem in skipped)
            problems?.Add(problem);
    }

    private static List<string> MatchGlob(Walk walk, string root, string pattern)
    {
        if (!Directory.Exists(root) || pattern.Length == 0)
            return [];
        var exact = Glob.CreateExact(pattern, CaseInsensitiveFileSystem);
        // Without "**" a pattern cannot match deeper than its own folders: the walk stops there.
        var depth = pattern.Contains("**", StringComparison.Ordinal) ? int.MaxValue : pattern.Count(c => c == '/');
        return [.. walk.Files(root, exact.IsMatch, depth)];
    }

    // "docs/2024/**/*.md" → ("docs/2024", "**/*.md"): the leading segments without wildcards are a plain folder.
    private static (string BaseDirectory, string Pattern) SplitGlob(string argument)
    {
        var normalized = Path.DirectorySeparatorChar == '\\' ? argument.Replace('\\', '/') : argument;
        var segments = normalized.Split('/');
        var literal = 0;
        while (literal < segments.Length - 1 && !IsGlob(segments[literal]))
            literal++;
        var baseDirectory = string.Join('/', segments[..literal]);
        if (literal > 0 && baseDirectory.Length == 0)
            baseDirectory = "/";
        return (baseDirectory, string.Join('/', segments[literal..]));
    }

    /// <summary>
    /// One search over folders: the real paths of its roots, the files handed out (by device and inode, or by real path
    /// where there are no inodes) and the problems met. Folders entered are tracked per <see cref="Files"/> call: each
    /// argument searches on its own (<c>'*.md' '*.txt'</c> walk one folder twice), while a file is handed out once.
    /// </summary>
    private sealed class Walk(LinkBoundary boundary, List<InputProblem> problems, Func<string, string> displayPath)
    {
        private readonly HashSet<string> _files = new(PathComparer);

        /// <summary>True the first time a file is seen, by whatever path.</summary>
        public bool FirstVisit(string path) => _files.Add(KeyOf(path) ?? path);

        /// <summary>True when <paramref name="path"/> (a file named explicitly) may be read; reported when not.</summary>
        public bool InBounds(string path)
        {
            if (boundary.FollowSymlinks || SafeFile.KindOf(path, followLinks: false) != FileKind.SymbolicLink)
                return true;
            if (SafeFile.RealPath(path) is not { } real)
            {
                // A link with no real path (a /proc/self/fd/N magic link) is refused, not trusted.
                if (LinkBoundary.UnresolvedPhrase(Path.GetFullPath(path)) is not { } why)
                    return true;
                problems.Add(new InputProblem(displayPath(path), $"{displayPath(path)} {why}"));
                return false;
            }
            if (InRoots(real))
                return true;
            ReportOutside(path, "file");
            return false;
        }

        /// <summary>The files under <paramref name="start"/> whose path relative to it <paramref name="wanted"/> accepts, at most <paramref name="maxDepth"/> folders down.</summary>
        public IEnumerable<string> Files(string start, Func<string, bool> wanted, int maxDepth)
        {
            var folders = new HashSet<string>(PathComparer);
            var pending = new Stack<(string Path, string Relative, int Depth)>();
            pending.Push((start, "", 0));
            while (pending.Count > 0)
            {
                var (folder, relative, depth) = pending.Pop();
                // Entered before: a loop of links, or a second link to one folder.
                if (!folders.Add(KeyOf(folder) ?? folder))
                    continue;
                if (Entries(folder) is not { } entries)
                    continue;
                var subfolders = new List<(string, string, int)>();
                foreach (var entry in entries)
                {
                    var entryRelative = relative.Length == 0 ? entry.Name : $"{relative}/{entry.Name}";
                    var isLink = entry.Attributes.HasFlag(FileAttributes.ReparsePoint);
                    var isFolder = isLink ? SafeFile.KindOf(entry.FullName) == FileKind.Directory : entry is DirectoryInfo;
                    if (isFolder ? SkippedFolders.Contains(entry.Name, PathComparer) || depth >= maxDepth : !wanted(entryRelative))
                        continue;
                    if (isLink)
                    {
                        // A dangling link or a loop of links is no file: nothing to read, nothing to say.
                        if (SafeFile.RealPath(entry.FullName) is not { } real)
                            continue;
                        if (!boundary.FollowSymlinks && !InRoots(real))
                        {
                            ReportOutside(entry.FullName, isFolder ? "folder" : "file");
                            continue;
                        }
                    }
                    if (isFolder)
                        subfolders.Add((entry.FullName, entryRelative, depth + 1));
                    else
                        yield return entry.FullName;
                }
                // Reversed onto the stack, so that folders are walked in name order.
                for (var i = subfolders.Count - 1; i >= 0; i--)
                    pending.Push(subfolders[i]);
            }
        }

        private List<FileSystemInfo>? Entries(string folder)
        {
            try
            {
                var entries = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { IgnoreInaccessible = false, AttributesToSkip = 0 }).ToList();
                entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
                return entries;
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException or System.Security.SecurityException)
            {
                // Not skipped in silence: the articles in it are missing from the run.
                var why = e is UnauthorizedAccessException ? "permission denied" : e.Message;
                problems.Add(new InputProblem(displayPath(folder), $"{displayPath(folder)} is a folder that cannot be read ({why}); the articles in it were not linted."));
                return null;
            }
        }

        private bool InRoots(string realPath) => boundary.Contains(realPath);

        private void ReportOutside(string path, string what) =>
            problems.Add(new InputProblem(displayPath(path), $"{displayPath(path)} {LinkBoundary.OutsidePhrase(what, LinkBoundary.Outside.Roots)}"));

        private static string? KeyOf(string path) =>
            SafeFile.IdentityOf(path) is { } id ? $"{id.Device}:{id.Inode}" : SafeFile.RealPath(path);
    }
}
