using System.Text.Json;
using EditLint.Cli;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Cli;

/// <summary><c>editlint check</c>, <c>rules</c> and <c>explain</c> run in-process on a temporary folder.</summary>
public sealed class CheckCommandTests : IDisposable
{
    // Dated, headlined and bylined, with one duplicated sentence: the only finding is EL4002, proof the file was linted.
    internal const string ArticleWithDuplicate = """
        ---
        title: Council approves new library budget
        date: 2024-03-04
        author: Jane Okafor
        ---

        # Council approves new library budget

        The city council voted on Tuesday to approve a new budget for the central library.

        Councillors said the money would pay for longer opening hours and new books.

        The city council voted on Tuesday to approve a new budget for the central library.

        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("editlint-cli-").FullName;

    public CheckCommandTests()
    {
        File.WriteAllText(Path.Combine(_directory, "good.md"), ArticleWithDuplicate);
        File.WriteAllBytes(Path.Combine(_directory, "photo.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        File.WriteAllBytes(Path.Combine(_directory, "latin1.md"), [.. "Caf"u8, 0xE9, .. " au lait\n"u8]);
        File.WriteAllBytes(Path.Combine(_directory, "empty.md"), []);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Unreadable_files_are_EL9002_errors_and_the_rest_is_still_linted()
    {
        var run = CliRunner.Run(_directory, "check", ".", "--format", "json");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        Assert.Equal("", run.Error);
        using var report = JsonDocument.Parse(run.Out);
        var diagnostics = report.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (Id: d.GetProperty("id").GetString(), Path: d.GetProperty("path").GetString(), Message: d.GetProperty("message").GetString()!))
            .ToList();

        var unreadable = diagnostics.Where(d => d.Id == "EL9002").OrderBy(d => d.Path, StringComparer.Ordinal).ToList();
        Assert.Collection(unreadable,
            d => Assert.Equal(("latin1.md", true), (d.Path, d.Message.Contains("latin1.md", StringComparison.Ordinal))),
            d => Assert.Equal(("photo.txt", true), (d.Path, d.Message.Contains("photo.txt", StringComparison.Ordinal))));
        Assert.DoesNotContain(diagnostics, d => d.Path == "empty.md");
        Assert.Contains(diagnostics, d => d.Path == "good.md" && d.Id == "EL4002");

        var files = report.RootElement.GetProperty("files").EnumerateArray()
            .Select(f => $"{f.GetProperty("path").GetString()} {f.GetProperty("status").GetString()}")
            .ToList();
        Assert.Equal(["empty.md empty", "good.md linted", "latin1.md unreadable", "photo.txt unreadable"], files);
    }

    [Fact]
    public void Text_report_is_compiler_style_with_a_summary()
    {
        var run = CliRunner.Run(_directory, "check", "good.md", "latin1.md");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        var lines = run.Out.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal("good.md:13:1: warning EL4002: This sentence already appears on line 9; delete one of them", lines[0]);
        Assert.StartsWith("latin1.md:1:4: error EL9002: latin1.md is not valid UTF-8", lines[1], StringComparison.Ordinal);
        Assert.Matches(@"^2 files, 2 findings \(1 error, 1 warning, 0 info\) — EL4002 ×1, EL9002 ×1 — \d+\.\d\d s$", lines[2]);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public void An_explicit_file_of_any_extension_is_read_as_plain_text()
    {
        File.WriteAllText(Path.Combine(_directory, "draft.rtf"), "Plain words in a file with an unusual name.\n");

        var folder = CliRunner.Run(_directory, "check", ".", "--format", "json");
        var named = CliRunner.Run(_directory, "check", "draft.rtf", "--format", "json");

        Assert.DoesNotContain("draft.rtf", folder.Out, StringComparison.Ordinal);
        Assert.Contains("\"path\": \"draft.rtf\"", named.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Globs_match_relative_to_the_working_folder_and_skip_build_folders()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "drafts", "bin"));
        File.WriteAllText(Path.Combine(_directory, "drafts", "a1.md"), ArticleWithDuplicate);
        File.WriteAllText(Path.Combine(_directory, "drafts", "b2.md"), ArticleWithDuplicate);
        File.WriteAllText(Path.Combine(_directory, "drafts", "bin", "a3.md"), ArticleWithDuplicate);

        var run = CliRunner.Run(_directory, "check", "**/[a]?.md", "--format", "json");

        using var report = JsonDocument.Parse(run.Out);
        var files = report.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).ToList();
        Assert.Equal(["drafts/a1.md"], files);
    }

    [Fact]
    public void A_glob_that_matches_nothing_is_an_error()
    {
        var run = CliRunner.Run(_directory, "check", "nothing/*.md");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("nothing/*.md", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_is_exit_code_2_with_a_message()
    {
        var run = CliRunner.Run(_directory, "check", "good.md", "missing.md");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("missing.md", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("check", "--no-such-option", ".")]
    [InlineData("check", ".", "--format", "xml")]
    [InlineData("check", ".", "--severity-threshold", "fatal")]
    [InlineData("lint", ".")]
    [InlineData]
    public void Usage_errors_are_exit_code_2(params string[] args)
    {
        var run = CliRunner.Run(_directory, args);

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.NotEqual("", run.Error);
    }

    [Theory]
    [InlineData("error", ExitCodes.Success)]
    [InlineData("warning", ExitCodes.Findings)]
    [InlineData("info", ExitCodes.Findings)]
    public void The_severity_threshold_decides_the_exit_code(string threshold, int expected)
    {
        var run = CliRunner.Run(_directory, "check", "good.md", "--severity-threshold", threshold);

        Assert.Equal(expected, run.ExitCode);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Output_writes_the_report_to_a_file_and_nothing_to_stdout(string format)
    {
        var run = CliRunner.Run(_directory, "check", "good.md", "--format", format, "--output", "reports/editlint.out");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        Assert.Equal("", run.Out);
        var written = File.ReadAllText(Path.Combine(_directory, "reports", "editlint.out"));
        Assert.Contains("EL4002", written, StringComparison.Ordinal);
        // The temporary file was renamed, not left behind.
        Assert.Equal(["editlint.out"], Directory.GetFiles(Path.Combine(_directory, "reports")).Select(Path.GetFileName));
    }

    [Fact]
    public void Output_replaces_an_existing_report()
    {
        var report = Path.Combine(_directory, "report.json");
        File.WriteAllText(report, "old");

        CliRunner.Run(_directory, "check", "good.md", "--format", "json", "--output", report);

        using var json = JsonDocument.Parse(File.ReadAllText(report));
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("findings").GetInt32());
    }

    [Fact]
    public void Rules_lists_every_rule_with_the_engine_rules()
    {
        var run = CliRunner.Run(_directory, "rules");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"(?m)^EL4002\s+warning\s+Consistency\s+Duplicated sentence$", run.Out);
        Assert.Matches(@"(?m)^EL9002\s+error\s+Engine\s+Input could not be read$", run.Out);
    }

    [Fact]
    public void Explain_describes_a_rule()
    {
        var run = CliRunner.Run(_directory, "explain", "EL4002");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("EL4002: Duplicated sentence", run.Out, StringComparison.Ordinal);
        Assert.Contains("Consistency", run.Out, StringComparison.Ordinal);
        Assert.Contains("https://github.com/editlint/editlint/blob/main/docs/rules/EL4002.md", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("EL2005", null)]                                   // "{0}": nothing to show before a finding exists
    [InlineData("EL4002", "This sentence already appears on line …; delete one of them")]
    public void Explain_shows_a_message_only_when_it_has_words_of_its_own(string id, string? message)
    {
        var run = CliRunner.Run(_directory, "explain", id);

        var line = run.Out.Split('\n').SingleOrDefault(l => l.StartsWith("Message:", StringComparison.Ordinal));
        Assert.Equal(message, line?["Message:".Length..].Trim());
    }

    [Theory]
    [InlineData("chekc", "Did you mean 'editlint check'?")]
    [InlineData("explian", "Did you mean 'editlint explain'?")]
    [InlineData("frobnicate", null)]
    public void A_mistyped_command_gets_the_nearest_one(string typed, string? suggestion)
    {
        var run = CliRunner.Run(_directory, typed, ".");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        if (suggestion is null)
            Assert.DoesNotContain("Did you mean", run.Error, StringComparison.Ordinal);
        else
            Assert.Contains(suggestion, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_of_an_unknown_rule_is_exit_code_2()
    {
        var run = CliRunner.Run(_directory, "explain", "EL0000");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("EL0000", run.Error, StringComparison.Ordinal);
    }
}
