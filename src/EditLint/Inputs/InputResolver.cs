using System.Text;
using EditLint.Configuration;
using EditLint.Documents;
using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace EditLint.Inputs;

/// <summary>The files a run lints, each with the path on disk and the name reports use; and what could not be found.</summary>
public sealed record ResolvedInputs(IReadOnlyList<(string Path, string DisplayPath)> Files, IReadOnlyList<string> Errors);

/// <summary>
/// Turns paths into files, for every host: folders are searched recursively for article formats, globs are
/// matched relative to the working folder, and a file named explicitly is linted whatever its extension.
/// The CLI resolves its arguments with it; the language server resolves its workspace folders.
/// </summary>
public static class InputResolver
{
    // Build output, VCS internals and dependencies hold copies or tooling, never drafts.
    private static readonly string[] SkippedFolders = ["bin", "obj", ".git", "node_modules"];

    private static readonly bool CaseInsensitiveFileSystem = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS();

    private static StringComparer PathComparer => CaseInsensitiveFileSystem ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>Resolves files, folders and globs (<paramref name="arguments"/>) relative to <paramref name="workingDirectory"/>; sorted by display path.</summary>
    public static ResolvedInputs Resolve(IEnumerable<string> arguments, string workingDirectory)
    {
        var seen = new HashSet<string>(PathComparer);
        var files = new List<(string Path, string DisplayPath)>();
        var errors = new List<string>();

        void Add(string fullPath)
        {
            if (seen.Add(fullPath))
                files.Add((fullPath, DisplayPath(fullPath, workingDirectory)));
        }

        foreach (var argument in arguments)
        {
            var fullPath = Path.GetFullPath(argument, workingDirectory);
            // An existing file or folder wins, so names that contain "[" still work literally.
            if (File.Exists(fullPath))
                Add(fullPath);
            else if (Directory.Exists(fullPath))
                foreach (var file in EnumerateArticles(fullPath))
                    Add(file);
            else if (IsGlob(argument))
            {
                var matches = MatchGlob(argument, workingDirectory);
                if (matches.Count == 0)
                    errors.Add($"no files match '{argument}'.");
                foreach (var file in matches)
                    Add(file);
            }
            else
                errors.Add($"'{argument}' does not exist.");
        }

        files.Sort((a, b) => string.CompareOrdinal(a.DisplayPath, b.DisplayPath));
        return new ResolvedInputs(files, errors);
    }

    /// <summary>The name reports use: relative to the working folder, with forward slashes.</summary>
    public static string DisplayPath(string fullPath, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, fullPath);
        return Path.DirectorySeparatorChar == '\\' ? relative.Replace('\\', '/') : relative;
    }

    /// <summary>
    /// True when a folder search from <paramref name="root"/> would find <paramref name="fullPath"/>: an article
    /// extension, inside the root, and under no skipped folder (bin, obj, .git, node_modules). Editors use it for
    /// files that appear or change after the search.
    /// </summary>
    public static bool IsArticleIn(string root, string fullPath)
    {
        if (!DocumentFormats.Extensions.Contains(Path.GetExtension(fullPath), StringComparer.OrdinalIgnoreCase))
            return false;
        var relative = Path.GetRelativePath(root, fullPath);
        if (relative == "." || Path.IsPathRooted(relative) || relative.StartsWith("..", StringComparison.Ordinal))
            return false;
        var folders = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)[..^1];
        return !folders.Any(f => SkippedFolders.Contains(f, PathComparer));
    }

    private static bool IsGlob(string argument) => argument.AsSpan().IndexOfAny("*?[") >= 0;

    /// <summary>The article files under <paramref name="directory"/>, recursively, as <see cref="Resolve"/> finds them in a folder (unsorted).</summary>
    public static IEnumerable<string> EnumerateArticles(string directory)
    {
        var pending = new Stack<string>();
        pending.Push(directory);
        var fileOptions = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0 };
        // Symbolic links to folders are not followed: they can form cycles.
        var folderOptions = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var file in Directory.EnumerateFiles(current, "*", fileOptions))
            {
                if (DocumentFormats.Extensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
                    yield return file;
            }
            foreach (var folder in Directory.EnumerateDirectories(current, "*", folderOptions))
            {
                if (!SkippedFolders.Contains(Path.GetFileName(folder), PathComparer))
                    pending.Push(folder);
            }
        }
    }

    private static List<string> MatchGlob(string argument, string workingDirectory)
    {
        var (baseDirectory, pattern) = SplitGlob(argument);
        var root = Path.GetFullPath(baseDirectory.Length == 0 ? "." : baseDirectory, workingDirectory);
        if (!Directory.Exists(root) || pattern.Length == 0)
            return [];

        // FileSystemGlobbing knows only * and **: it matches a superset ("?" and "[…]" widened to "*"),
        // then a regular expression of the full pattern keeps the exact matches.
        var comparison = CaseInsensitiveFileSystem ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var matcher = new Matcher(comparison);
        matcher.AddInclude(Widen(pattern));
        foreach (var folder in SkippedFolders)
            matcher.AddExclude($"**/{folder}/**");
        var exact = Glob.CreateExact(pattern, CaseInsensitiveFileSystem);

        return [.. matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(root))).Files
            .Where(match => exact.IsMatch(match.Path))
            .Select(match => Path.GetFullPath(match.Path, root))];
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

    private static string Widen(string pattern)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '?')
                builder.Append('*');
            else if (pattern[i] == '[' && Glob.ClassEnd(pattern, i) is var end and > 0)
            {
                builder.Append('*');
                i = end;
            }
            else
                builder.Append(pattern[i]);
        }
        return builder.ToString();
    }
}
