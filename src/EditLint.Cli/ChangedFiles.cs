using System.Diagnostics;
using System.Text;

namespace EditLint.Cli;

/// <summary>
/// The files a git working tree has changed since a ref (<c>check --changed-since REF</c>): what <c>git diff</c> names
/// between the ref and the working tree (committed, staged or not; added, copied, modified, renamed or retyped, not
/// deleted), and the untracked files git does not ignore. Paths are made full from the working folder, not from the
/// path git prints for its top level, so that a working folder reached through a symbolic link still matches the
/// paths the inputs were resolved to.
/// </summary>
internal static class ChangedFiles
{
    /// <summary>The full paths changed since <paramref name="gitRef"/>, or why they cannot be known.</summary>
    public static (IReadOnlySet<string>? Files, string? Error) Since(string gitRef, string workingDirectory)
    {
        if (gitRef.Length == 0 || gitRef.StartsWith('-'))
            return (null, $"--changed-since '{gitRef}' is not a git ref");
        var prefix = Git(workingDirectory, "rev-parse", "--show-prefix");
        if (prefix.Error is not null)
            return (null, $"--changed-since needs a git working tree: {prefix.Error}");
        var verified = Git(workingDirectory, "rev-parse", "--verify", "--quiet", "--end-of-options", gitRef + "^{commit}");
        if (verified.Error is not null)
            return (null, $"--changed-since: '{gitRef}' is not a commit in this repository");

        // The top level as the working folder names it: one ".." for each folder of the prefix git reports.
        var top = workingDirectory;
        foreach (var _ in prefix.Output.Trim().Split('/', StringSplitOptions.RemoveEmptyEntries))
            top = Path.GetDirectoryName(top) ?? top;

        var changed = Git(workingDirectory, "diff", "--name-only", "-z", "--no-renames", "--diff-filter=ACMRT", verified.Output.Trim(), "--");
        if (changed.Error is not null)
            return (null, $"--changed-since: {changed.Error}");
        var untracked = Git(workingDirectory, "ls-files", "-z", "--others", "--exclude-standard", "--full-name");
        if (untracked.Error is not null)
            return (null, $"--changed-since: {untracked.Error}");

        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in (changed.Output + untracked.Output).Split('\0', StringSplitOptions.RemoveEmptyEntries))
            files.Add(Path.GetFullPath(path, top));
        return (files, null);
    }

    private static (string Output, string? Error) Git(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        // Paths as they are, not quoted with octal escapes.
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("core.quotepath=off");
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        try
        {
            using var git = Process.Start(start)!;
            var error = git.StandardError.ReadToEndAsync();
            var output = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            return git.ExitCode == 0 ? (output, null) : (output, FirstLine(error.Result) ?? $"git exited with {git.ExitCode}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return ("", $"cannot run git ({e.Message})");
        }
    }

    private static string? FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
}
