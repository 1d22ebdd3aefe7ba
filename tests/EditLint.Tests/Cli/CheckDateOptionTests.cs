using EditLint.Cli;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Cli;

/// <summary><c>check --date</c> and <c>--date-from-filename</c> date drafts that have no date of their own.</summary>
public sealed class CheckDateOptionTests : IDisposable
{
    private const string Draft = "# Harbour reopens\n\nThe harbour reopened on Tuesday.\n";
    private readonly string _directory = Directory.CreateTempSubdirectory("editlint-dates-").FullName;

    public CheckDateOptionTests() => File.WriteAllText(Path.Combine(_directory, "2025-08-19-harbour.md"), Draft);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static bool Has(CliRun run, string id) => run.Out.Contains($" {id}:", StringComparison.Ordinal);

    [Fact]
    public void UndatedDraft_GetsEL3001AndEL3002()
    {
        var run = CliRunner.Run(_directory, "check", ".");
        Assert.True(Has(run, "EL3001") && Has(run, "EL3002"), run.Out);
    }

    [Fact]
    public void DateOption_DatesTheDraft()
    {
        var run = CliRunner.Run(_directory, "check", ".", "--date", "2025-08-19");
        Assert.False(Has(run, "EL3001") || Has(run, "EL3002"), run.Out);
    }

    [Fact]
    public void FileNameDate_IsUsedOnlyWhenAsked()
    {
        var run = CliRunner.Run(_directory, "check", ".", "--date-from-filename");
        Assert.False(Has(run, "EL3001") || Has(run, "EL3002"), run.Out);
    }

    [Fact]
    public void MalformedDate_IsAUsageError()
    {
        var run = CliRunner.Run(_directory, "check", ".", "--date", "19/08/2025");
        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("YYYY-MM-DD", run.Error, StringComparison.Ordinal);
    }
}
