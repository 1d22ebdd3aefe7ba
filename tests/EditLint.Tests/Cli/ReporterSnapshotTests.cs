using System.Text.RegularExpressions;
using EditLint.Cli;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Cli;

/// <summary>
/// The three report formats on the seed articles, as accepted snapshots. Rule changes on main change these
/// findings; re-accept the snapshots then (EDITLINT_ACCEPT_SNAPSHOTS=1), after reading the diff.
/// </summary>
public sealed partial class ReporterSnapshotTests
{
    [Fact]
    public void Text_report_of_the_seeds() => Snapshot.Verify(Scrub(Check("text")));

    [Fact]
    public void Json_report_of_the_seeds() => Snapshot.Verify(Scrub(Check("json")));

    [Fact]
    public void Sarif_report_of_the_seeds() => Snapshot.Verify(Scrub(Check("sarif")));

    private static string Check(string format)
    {
        var run = CliRunner.Run(CliRunner.FixturesDirectory, "check", "seeds/*.txt", "--format", format);
        Assert.True(run.ExitCode is ExitCodes.Success or ExitCodes.Findings, run.Error);
        Assert.Equal("", run.Error);
        return run.Out;
    }

    // Timing, the build's version and the checkout's location are the only parts that vary between runs.
    private static string Scrub(string report)
    {
        var srcRoot = new Uri(Path.GetFullPath(CliRunner.FixturesDirectory) + Path.DirectorySeparatorChar).AbsoluteUri;
        report = report.Replace(srcRoot, "file:///{SRCROOT}/").Replace(ToolInfo.Version, "{version}");
        return Elapsed().Replace(report, " — {elapsed} s");
    }

    [GeneratedRegex(@" — \d+\.\d+ s(?=\r?$)", RegexOptions.Multiline)]
    private static partial Regex Elapsed();
}
