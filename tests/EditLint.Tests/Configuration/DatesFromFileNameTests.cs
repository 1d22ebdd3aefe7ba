using EditLint.Tests.Testing;

namespace EditLint.Tests.Configuration;

// Issue 5: "the config can say that drafts in a folder are dated by their file name".
public sealed class DatesFromFileNameTests
{
    [Fact]
    public void FolderConfig_DatesDraftsByFileName_OnlyInThatFolder()
    {
        var root = Directory.CreateTempSubdirectory("editlint-dates-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "drafts"));
            Directory.CreateDirectory(Path.Combine(root, "other"));
            File.WriteAllText(Path.Combine(root, "drafts", ".editlint.yaml"), "dates:\n  from-filename: true\n");
            const string Draft = "# Harbour reopens\n\nThe harbour reopened on Tuesday after a week of repairs.\n";
            File.WriteAllText(Path.Combine(root, "drafts", "2025-08-19-harbour.md"), Draft);
            File.WriteAllText(Path.Combine(root, "other", "2025-08-19-harbour.md"), Draft);

            var run = CliRunner.Run(root, "check", ".", "--severity-threshold", "error");

            var lines = run.Out.Split('\n');
            Assert.DoesNotContain(lines, l => l.StartsWith("drafts/", StringComparison.Ordinal) && (l.Contains("EL3001", StringComparison.Ordinal) || l.Contains("EL3002", StringComparison.Ordinal)));
            Assert.Contains(lines, l => l.StartsWith("other/", StringComparison.Ordinal) && l.Contains("EL3001", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("other/", StringComparison.Ordinal) && l.Contains("EL3002", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("day-first", false)]
    [InlineData("month-first", true)]
    [InlineData(null, false)]
    public void NumericDateOrder_DecidesHowAWeekdayIsChecked(string? order, bool mismatch)
    {
        // 04/03/2025 is Tuesday 4 March day-first, but Thursday 3 April month-first; unset, it is not read at all.
        var root = Directory.CreateTempSubdirectory("editlint-dates-").FullName;
        try
        {
            if (order is not null)
                File.WriteAllText(Path.Combine(root, ".editlint.yaml"), $"dates:\n  numeric: {order}\n");
            File.WriteAllText(Path.Combine(root, "a.md"), "---\ntitle: Harbour\ndate: 2025-03-05\n---\n\nThe harbour reopened on Tuesday, 04/03/2025, after repairs.\n");
            var run = CliRunner.Run(root, "check", ".");
            Assert.Equal(mismatch, run.Out.Contains("EL3003", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void DatesSectionThatIsNotAMapping_IsAConfigurationError()
    {
        var root = Directory.CreateTempSubdirectory("editlint-dates-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, ".editlint.yaml"), "dates: yes\n");
            File.WriteAllText(Path.Combine(root, "a.md"), "# Title\n\nText.\n");
            var run = CliRunner.Run(root, "check", ".");
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("EL9003", run.Out, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
