using System.Diagnostics;

namespace EditLint.Tests.Testing;

/// <summary>What a bounded run of a built EditLint program gave: its output, how long it took and its peak memory.</summary>
internal sealed record BoundedRun(int ExitCode, string Out, string Error, TimeSpan Elapsed, long PeakResidentBytes)
{
    public override string ToString() =>
        $"exit {ExitCode} in {Elapsed.TotalSeconds:0.00} s, peak {PeakResidentBytes / 1048576.0:0} MB\nstdout: {Out}\nstderr: {Error}";
}

/// <summary>
/// Runs the built <c>editlint</c> (or <c>editlint-ls</c>) as its own process under a time limit and a managed-heap
/// limit, so a hostile-input test proves "within N seconds and M megabytes" without risking the test host: past the
/// heap limit the child fails with an out-of-memory error instead of taking the machine, and past the time limit it
/// is killed and the test fails.
/// </summary>
internal static class BoundedProcess
{
    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "EditLint.Cli.dll");

    public static string LanguageServerDll => Path.Combine(AppContext.BaseDirectory, "EditLint.LanguageServer.dll");

    /// <summary>Runs <c>editlint</c> with <paramref name="args"/> in <paramref name="workingDirectory"/>.</summary>
    public static BoundedRun Cli(string workingDirectory, TimeSpan timeout, long maxHeapBytes, params string[] args) =>
        Run(CliDll, args, workingDirectory, timeout, maxHeapBytes, standardInput: null);

    /// <summary>
    /// Runs <paramref name="dll"/> under <c>dotnet</c>; <paramref name="standardInput"/> is written first, and closed at
    /// once or, with <paramref name="closeInputWhen"/>, once the output so far satisfies it (a language server exits when
    /// its client closes the pipe, so a test that waits for an answer keeps it open until the answer is there).
    /// </summary>
    public static BoundedRun Run(string dll, IEnumerable<string> args, string workingDirectory, TimeSpan timeout, long maxHeapBytes, byte[]? standardInput, Func<string, bool>? closeInputWhen = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + maxHeapBytes.ToString("X");
        start.Environment["NO_COLOR"] = "1";

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var output = new System.Text.StringBuilder();
        var stdout = Task.Run(async () =>
        {
            var buffer = new char[8192];
            int read;
            while ((read = await process.StandardOutput.ReadAsync(buffer)) > 0)
            {
                lock (output)
                    output.Append(buffer, 0, read);
            }
            lock (output)
                return output.ToString();
        });
        var stderr = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
            process.StandardInput.BaseStream.Write(standardInput);
        process.StandardInput.BaseStream.Flush();
        var inputOpen = closeInputWhen is not null;
        if (!inputOpen)
            process.StandardInput.Close();

        long peak = 0;
        while (!process.WaitForExit(50))
        {
            if (inputOpen)
            {
                string sofar;
                lock (output)
                    sofar = output.ToString();
                if (closeInputWhen!(sofar))
                {
                    process.StandardInput.Close();
                    inputOpen = false;
                }
            }
            peak = Math.Max(peak, PeakResident(process.Id));
            if (stopwatch.Elapsed > timeout)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                throw new TimeoutException($"{Path.GetFileName(dll)} {string.Join(' ', args)} did not finish within {timeout.TotalSeconds:0} s (peak {peak / 1048576} MB).");
            }
        }
        process.WaitForExit();
        stopwatch.Stop();
        return new BoundedRun(process.ExitCode, stdout.Result, stderr.Result, stopwatch.Elapsed, peak);
    }

    // The kernel's high-water mark of resident memory (VmHWM), read while the process runs; 0 where /proc is absent.
    private static long PeakResident(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim()) * 1024;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            // The process ended between the check and the read.
        }
        return 0;
    }
}
