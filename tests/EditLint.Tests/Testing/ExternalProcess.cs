using System.Diagnostics;

namespace EditLint.Tests.Testing;

/// <summary>What an external program gave.</summary>
internal sealed record ProcessOutput(int ExitCode, string Out, string Error);

/// <summary>Runs an external program to completion, reading both streams so neither pipe fills and blocks it.</summary>
internal static class ExternalProcess
{
    public static ProcessOutput Run(string fileName, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
            startInfo.ArgumentList.Add(argument);

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout}.");
        }
        process.WaitForExit();
        return new ProcessOutput(process.ExitCode, stdout.Result, stderr.Result);
    }
}
