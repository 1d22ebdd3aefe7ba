using System.Diagnostics;

namespace EditLint.Tests.Testing;

/// <summary>Runs git in a repository a test makes, as a test user, with no signing; a failure fails the test.</summary>
internal static class GitCommand
{
    public static string Run(string repository, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = repository, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-c", "user.name=EditLint tests", "-c", "user.email=tests@example.invalid", "-c", "commit.gpgsign=false", .. arguments])
            start.ArgumentList.Add(argument);
        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        var error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error}");
        return output;
    }
}
