using EditLint.Cli;

namespace EditLint.Tests.Testing;

/// <summary>What one in-process run of the CLI gave.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error);

/// <summary>Runs <c>editlint</c> in-process, with a working folder of the test's choosing.</summary>
internal static class CliRunner
{
    public static CliRun Run(string workingDirectory, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = Program.Run(args, stdout, stderr, workingDirectory);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The copy of Fixtures/ in the test output folder.</summary>
    public static string FixturesDirectory => Path.Combine(AppContext.BaseDirectory, "Fixtures");
}
