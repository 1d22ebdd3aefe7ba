namespace EditLint.Tests.Testing;

/// <summary>
/// Microsoft's SARIF Multitool, self-contained from npm, kept in &lt;repo&gt;/.tools (git-ignored) and installed on
/// first use so a clean checkout needs no setup step.
/// </summary>
internal static class SarifMultitool
{
    // Pinned: a newer validator may add rules, and that should be a deliberate upgrade, not a red build.
    private const string Package = "@microsoft/sarif-multitool-linux";
    private const string Version = "5.7.0";

    private static readonly SemaphoreSlim InProcessLock = new(1, 1);

    private static string ToolsDirectory => Path.Combine(RepoPaths.Root, ".tools");

    public static string Executable => Path.Combine(ToolsDirectory, "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");

    /// <summary>The path of the multitool, installing it first when missing.</summary>
    public static string Locate()
    {
        if (!OperatingSystem.IsLinux())
            throw new PlatformNotSupportedException($"The SARIF validation test uses {Package}, which runs on Linux only.");
        if (File.Exists(Executable))
            return EnsureExecutable();

        InProcessLock.Wait();
        try
        {
            Directory.CreateDirectory(ToolsDirectory);
            // Another test run (another process) may be installing at the same time.
            using var _ = AcquireFileLock(Path.Combine(ToolsDirectory, ".install.lock"), TimeSpan.FromMinutes(10));
            if (!File.Exists(Executable))
            {
                var npm = ExternalProcess.Run("npm", ["install", "--prefix", ToolsDirectory, "--no-audit", "--no-fund", $"{Package}@{Version}"],
                    TimeSpan.FromMinutes(10), ToolsDirectory);
                if (npm.ExitCode != 0 || !File.Exists(Executable))
                    throw new InvalidOperationException($"npm install {Package}@{Version} failed (exit {npm.ExitCode}):\n{npm.Out}\n{npm.Error}");
            }
            return EnsureExecutable();
        }
        finally
        {
            InProcessLock.Release();
        }
    }

    // The package's postinstall would chmod it, but install scripts are blocked here.
    private static string EnsureExecutable()
    {
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(Executable);
            if ((mode & UnixFileMode.UserExecute) == 0)
                File.SetUnixFileMode(Executable, mode | UnixFileMode.UserExecute);
        }
        return Executable;
    }

    private static FileStream AcquireFileLock(string path, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(500);
            }
        }
    }
}
