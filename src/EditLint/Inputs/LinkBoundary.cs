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
    private readonly IReadOnlyList<string> _roots;
    private readonly IReadOnlyList<string> _realRoots;

    /// <summary>A boundary at <paramref name="roots"/> (full paths); <paramref name="followSymlinks"/> lifts it.</summary>
    public LinkBoundary(IEnumerable<string> roots, bool followSymlinks)
    {
        _roots = [.. roots.Select(r => Path.GetFullPath(r))];
        _realRoots = [.. _roots.Select(SafeFile.RealPath).OfType<string>()];
        FollowSymlinks = followSymlinks;
    }

    /// <summary>No boundary: everything may be read (library callers that resolve no roots).</summary>
    public static LinkBoundary None { get; } = new([], followSymlinks: true);

    /// <summary>True when links out of the roots are followed on purpose.</summary>
    public bool FollowSymlinks { get; }

    /// <summary>True when <paramref name="realPath"/> (links resolved) is inside a root.</summary>
    public bool Contains(string realPath) => _realRoots.Any(root => SafeFile.IsInside(realPath, root));

    /// <summary>
    /// Null when <paramref name="path"/> may be read; otherwise why not, as a phrase that follows the file's name
    /// ("is a symbolic link … outside the folders being linted …").
    /// </summary>
    public string? Refusal(string path, string what = "file")
    {
        if (FollowSymlinks)
            return null;
        if (!IsWithin(path))
            return null;
        var full = Path.GetFullPath(path);
        // A dangling link or a loop is no file: the reader reports it as missing.
        if (SafeFile.RealPath(full) is not { } real || Contains(real))
            return null;
        return $"is a symbolic link to a {what} outside the folders being linted; it was not read. Pass --follow-symlinks to follow links out of them.";
    }

    /// <summary>True when <paramref name="path"/> lies inside a root by where it is, links not resolved (the repo's own files).</summary>
    public bool IsWithin(string path)
    {
        var full = Path.GetFullPath(path);
        return _roots.Any(root => SafeFile.IsInside(full, root)) || Contains(full);
    }

    /// <summary>
    /// Null when a folder that a file inside the roots names (a configuration's <c>pack-folders:</c>) may be read;
    /// otherwise why not. A repo's configuration must not point the run at folders outside the repo either.
    /// </summary>
    public string? RefusalOfNamedFolder(string folder)
    {
        if (FollowSymlinks || SafeFile.RealPath(folder) is not { } real || Contains(real))
            return null;
        return "is outside the folders being linted; it was not read. Pass --follow-symlinks to read packs outside them.";
    }
}
