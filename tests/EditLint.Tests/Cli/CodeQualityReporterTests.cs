using System.Text.Json;
using EditLint.Cli;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Cli;

/// <summary><c>check --format codequality</c>: GitLab's code quality report.</summary>
public sealed class CodeQualityReporterTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("editlint-codequality-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Each_finding_in_a_file_is_an_issue_with_its_rule_severity_location_and_a_unique_fingerprint()
    {
        File.WriteAllText(Path.Combine(_directory, "good.md"), CheckCommandTests.ArticleWithDuplicate);
        // Undated and unheadlined: EL3001 and EL5003 at its start; "US" and "U.S." both: EL4003 (info).
        File.WriteAllText(Path.Combine(_directory, "bare.md"), "The U.S. team won. The US coach said so. The US fans cheered.\n");

        var run = CliRunner.Run(_directory, "check", ".", "--format", "codequality");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        var issues = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        Assert.Contains(issues, i => i.GetProperty("check_name").GetString() == "EL4002" && i.GetProperty("severity").GetString() == "major"
            && i.GetProperty("location").GetProperty("path").GetString() == "good.md"
            && i.GetProperty("location").GetProperty("positions").GetProperty("begin").GetProperty("line").GetInt32() == 13
            && i.GetProperty("description").GetString()!.StartsWith("EL4002: This sentence already appears on line 9", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.GetProperty("check_name").GetString() == "EL4003" && i.GetProperty("severity").GetString() == "info");
        var fingerprints = issues.Select(i => i.GetProperty("fingerprint").GetString()).ToList();
        Assert.Equal(fingerprints.Count, fingerprints.Distinct().Count());
        Assert.All(issues, i => Assert.NotEqual("", i.GetProperty("location").GetProperty("path").GetString()));
    }
}
