using System.Text.Json;
using EditLint.Cli;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Cli;

/// <summary><c>check --changed-since REF</c> in a git repository the test makes.</summary>
public sealed class ChangedSinceTests : IDisposable
{
    private readonly string _repo = Directory.CreateTempSubdirectory("editlint-changed-since-").FullName;

    public ChangedSinceTests()
    {
        Git("init", "-q", "-b", "main");
        // Undated and without a byline: each article has findings of its own (EL3001 …) whether or not it changed.
        Write("news/a.md", "# Economy grows\n\nThe U.S. economy grew in the spring.\n");
        Write("news/b.md", "# Team wins\n\nThe U.S. team won the final.\n");
        Write("news/old.md", "# Old story\n\nThe U.S. budget passed.\n");
        Git("add", ".");
        Git("commit", "-q", "-m", "first");
        Git("tag", "base");
    }

    public void Dispose() => Directory.Delete(_repo, recursive: true);

    private void Write(string name, string text)
    {
        var path = Path.Combine(_repo, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private string Git(params string[] arguments) => GitCommand.Run(_repo, arguments);

    private static List<(string Path, string Id)> Findings(CliRun run) =>
        [.. JsonDocument.Parse(run.Out).RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("path").GetString()!, d.GetProperty("id").GetString()!))];

    [Fact]
    public void Only_files_changed_since_the_ref_are_reported_while_rules_comparing_articles_see_every_file()
    {
        Write("news/b.md", "# Team wins\n\nThe U.S. team won the final on penalties.\n");   // committed below
        Git("commit", "-q", "-am", "second");
        Write("news/new.md", "# Budget\n\nThe US budget passed.\n");                          // untracked
        Write("news/a.md", "# Economy grows\n\nThe U.S. economy grew in the spring, again.\n"); // unstaged
        File.Delete(Path.Combine(_repo, "news", "old.md"));                                      // deleted: nothing to lint

        var run = CliRunner.Run(_repo, "check", "news", "--changed-since", "base", "--format", "json");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        var findings = Findings(run);
        Assert.Equal(["news/a.md", "news/b.md", "news/new.md"], findings.Select(f => f.Path).Distinct().Order(StringComparer.Ordinal));
        // "US" in new.md against "U.S." in a.md and b.md: a workspace finding that needs the other articles.
        Assert.Contains(("news/new.md", "EL4003"), findings);
    }

    [Fact]
    public void An_unchanged_file_is_read_for_the_comparison_but_not_reported_on()
    {
        Write("news/new.md", "# Budget\n\nThe US budget passed.\n");
        var all = Findings(CliRunner.Run(_repo, "check", "news", "--format", "json"));

        var run = CliRunner.Run(_repo, "check", "news", "--changed-since", "HEAD", "--format", "json");

        var findings = Findings(run);
        Assert.All(findings, f => Assert.Equal("news/new.md", f.Path));
        Assert.Equal(all.Where(f => f.Path == "news/new.md").Order(), findings.Order());
        Assert.Contains(("news/new.md", "EL4003"), findings);
        Assert.StartsWith("1 file, ", CliRunner.Run(_repo, "check", "news", "--changed-since", "HEAD").Out.Split('\n')[^2], StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_changed_is_a_clean_run()
    {
        var run = CliRunner.Run(_repo, "check", "news", "--changed-since", "base");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("0 files, no findings", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-ref", "'no-such-ref' is not a commit in this repository")]
    [InlineData("--output=/tmp/x", "is not a git ref")]
    public void A_ref_git_does_not_know_is_a_usage_error(string gitRef, string message)
    {
        var run = CliRunner.Run(_repo, "check", "news", $"--changed-since={gitRef}");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_a_git_working_tree_it_says_so()
    {
        var outside = Directory.CreateTempSubdirectory("editlint-not-git-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "a.md"), "# A\n\nText.\n");
            var run = CliRunner.Run(outside, "check", ".", "--changed-since", "HEAD");

            Assert.Equal(ExitCodes.Error, run.ExitCode);
            Assert.Contains("--changed-since needs a git working tree", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }
}
