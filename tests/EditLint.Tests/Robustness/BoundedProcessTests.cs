using EditLint.Tests.Testing;

namespace EditLint.Tests.Robustness;

/// <summary>The harness the hostile-input tests rely on: it must report output, time and memory, and enforce the heap limit.</summary>
public sealed class BoundedProcessTests
{
    [Fact]
    public void Runs_the_built_cli_and_reads_its_peak_memory()
    {
        var run = BoundedProcess.Cli(Path.GetTempPath(), TimeSpan.FromSeconds(60), 500L << 20, "rules");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("EL1001", run.Out);
        Assert.InRange(run.PeakResidentBytes, 1L << 20, 500L << 20);
    }
}
