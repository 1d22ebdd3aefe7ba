namespace EditLint.Inputs;

/// <summary>
/// The folders a run may read below: the roots it lints (their real paths). A file or folder that lies inside a root
/// but whose real path leaves every root — a configuration file, pack or article that a content repo links to
/// <c>~/.aws/credentials</c> — is out of bounds unless links are followed on purpose (<c>--follow-symlinks</c>).
/// Files outside every root by location (a <c>.editlint.yaml</c> in the user's home above the repo) are the user's own
/// setup, not the repo's, and stay readable.
/// </summary>
public sealed class LinkBoundary
{
    private readonly string[] _roots;
    private readonly string[] _realRoots;

    /// <summary>A boundary at <paramref name="roots"/> (full paths); <paramref name="followSymlinks"/> lifts it.</summary>
    public LinkBoundary(IEnumerable<string> roots, bool followSymlinks)
    {
        _roots = [.. roots.Select(r => Path.GetFullPath(r))];
        _realRoots = [.. _roots.Select(SafeFile.RealPath).OfType<string>()];
        FollowSymlinks = followSymlinks;
    }

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    // Inside one of the roots. A path inside a root starts with it (both are full paths, normalized): the other roots are
    // passed over with that test alone, as every file is checked against every root (a list of files from a thousand
    // folders has a thousand roots, and the exact test makes strings).
    private static bool InsideAny(string path, string[] roots)
    {
        foreach (var root in roots)
        {
            if (path.StartsWith(Path.TrimEndingDirectorySeparator(root), PathComparison) && SafeFile.IsInside(path, root))
                return true;
        }
        return false;
    }

    /// <summary>No boundary: everything may be read (library callers that resolve no roots).</summary>
    public static LinkBoundary None { get; } = new([], followSymlinks: true);

    /// <summary>True when links out of the roots are followed on purpose.</summary>
    public bool FollowSymlinks { get; }

    /// <summary>True when <paramref name="realPath"/> (links resolved) is inside a root.</summary>
    public bool Contains(string realPath) => InsideAny(realPath, _realRoots);

    /// <summary>
    /// Null when <paramref name="path"/> (a configuration file or pack file) may be read; otherwise why not, as a phrase
    /// that follows the file's name ("is a symbolic link … outside …"). Inside the roots by where it is, its real path
    /// must stay inside them; outside them (a <c>.editlint.yaml</c> above the linted folder, the user's own
    /// <c>~/.editlint.yaml</c>) its real path must stay inside the real path of the folder it is in, or inside a root:
    /// <c>~/.editlint.yaml</c> → <c>~/dotfiles/…</c> is read, <c>repo/.editlint.yaml</c> → <c>../outside/…</c> is not.
    /// </summary>
    public string? Refusal(string path, string what = "file")
    {
        if (FollowSymlinks)
            return null;
        var full = Path.GetFullPath(path);
        if (SafeFile.RealPath(full) is not { } real)
            return UnresolvedPhrase(full);
        if (Allows(full, real))
            return null;
        return OutsidePhrase(what, IsWithin(full) ? Outside.Roots : Outside.OwnFolder);
    }

    /// <summary>
    /// True when the file at <paramref name="path"/> may be read from <paramref name="realPath"/> (as resolved before
    /// opening, or as the open descriptor says after): the rule of <see cref="Refusal"/>.
    /// </summary>
    public bool Allows(string path, string realPath)
    {
        if (FollowSymlinks || Contains(realPath))
            return true;
        var full = Path.GetFullPath(path);
        if (IsWithin(full))
            return false;
        return Path.GetDirectoryName(full) is { } parent && SafeFile.RealPath(parent) is { } folder && SafeFile.IsInside(realPath, folder);
    }

    /// <summary>
    /// Null unless <paramref name="fullPath"/> is a link whose real path cannot be determined (a loop, or a magic link such
    /// as <c>/proc/self/fd/0</c> whose target is no path yet opens something): then why it is not read. Nothing there at
    /// all is for the reader to report as missing.
    /// </summary>
    public static string? UnresolvedPhrase(string fullPath) =>
        SafeFile.KindOf(fullPath, followLinks: false) == FileKind.SymbolicLink
            ? "is a symbolic link whose target cannot be resolved to a path; it was not read."
            : null;

    /// <summary>What a link leaves.</summary>
    public enum Outside
    {
        /// <summary>The folders being linted (or the workspace folders).</summary>
        Roots,
        /// <summary>The folder the file is in.</summary>
        OwnFolder,
        /// <summary>The working folder (a folder named on the command line, or an output's folder).</summary>
        WorkingFolder,
    }

    /// <summary>
    /// The one wording of "a link out of bounds, not read", as a phrase that follows the name of what was refused;
    /// <paramref name="what"/> is "file" or "folder".
    /// </summary>
    public static string OutsidePhrase(string what, Outside outside) => outside switch
    {
        Outside.OwnFolder => $"is a symbolic link to a {what} outside the folder it is in; it was not read. Pass --follow-symlinks to follow links out of it.",
        Outside.WorkingFolder => $"leads through a symbolic link to a {what} outside the working folder; it was not read. Pass --follow-symlinks to follow links out of it.",
        _ => $"is a symbolic link to a {what} outside the folders being linted; it was not read. Pass --follow-symlinks to follow links out of them.",
    };

    /// <summary>True when <paramref name="path"/> lies inside a root by where it is, links not resolved (the repo's own files).</summary>
    public bool IsWithin(string path)
    {
        var full = Path.GetFullPath(path);
        return InsideAny(full, _roots) || Contains(full);
    }

    /// <summary>
    /// Null when a folder that a configuration file in <paramref name="declaringFolder"/> names (its
    /// <c>pack-folders:</c>) may be read; otherwise why not. The folder's real path must be inside the real path of the
    /// declaring file's folder (its tree: a repo's <c>styles/</c>, the user's <c>~/.editlint.yaml</c> naming
    /// <c>~/styles</c>) or inside a root: a configuration must not point the run at packs elsewhere on the machine.
    /// </summary>
    public string? RefusalOfNamedFolder(string folder, string declaringFolder)
    {
        if (FollowSymlinks || SafeFile.RealPath(folder) is not { } real || Contains(real))
            return null;
        if (SafeFile.RealPath(declaringFolder) is { } declaring && SafeFile.IsInside(real, declaring))
            return null;
        return "is outside the folders being linted and the folder of the configuration that names it; it was not read. Pass --follow-symlinks to read packs outside them.";
    }
}
