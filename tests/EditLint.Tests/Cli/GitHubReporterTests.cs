using EditLint.Cli;
using EditLint.Cli.Reporters;
using EditLint.Diagnostics;
using EditLint.Tests.Testing;
using EditLint.Text;

namespace EditLint.Tests.Cli;

/// <summary><c>check --format github</c>: workflow commands the Actions runner turns into annotations.</summary>
public sealed class GitHubReporterTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("editlint-github-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static Diagnostic Finding(Severity severity, string path, string message, LinePositionSpan position) => new()
    {
        Descriptor = new RuleDescriptor("EL4001", "Name spelled inconsistently", "{0}", RuleCategory.Consistency, Severity.Warning),
        Severity = severity,
        Message = message,
        Path = path,
        Span = new TextSpan(0, 1),
        Position = position,
    };

    [Theory]
    [InlineData(Severity.Error, "error")]
    [InlineData(Severity.Warning, "warning")]
    [InlineData(Severity.Info, "notice")]
    public void A_finding_is_one_workflow_command_with_its_file_span_and_rule(Severity severity, string command)
    {
        var line = GitHubReporter.Line(Finding(severity, "news/a.md", "'Kowlaski' is spelled 'Kowalski' elsewhere", new(new(2, 4), new(2, 12))));

        Assert.Equal($"::{command} file=news/a.md,line=3,col=5,endLine=3,endColumn=13,title=EL4001 Name spelled inconsistently::'Kowlaski' is spelled 'Kowalski' elsewhere", line);
    }

    [Fact]
    public void Text_from_the_article_cannot_end_the_command_or_start_another()
    {
        var line = GitHubReporter.Line(Finding(Severity.Warning, "a,b:c.md", "100% sure\n::error file=x::injected\r\u001b[31m", new(new(0, 0), new(0, 1))));

        Assert.Equal("::warning file=a%2Cb%3Ac.md,line=1,col=1,endLine=1,endColumn=2,title=EL4001 Name spelled inconsistently::100%25 sure%0A::error file=x::injected%0D\\x1B[31m", line);
        Assert.DoesNotContain('\n', line);
    }

    [Fact]
    public void A_finding_with_no_file_has_no_file_property()
    {
        Assert.Equal("::notice title=EL4001 Name spelled inconsistently::No file", GitHubReporter.Line(Finding(Severity.Info, "", "No file", default)));
    }

    [Fact]
    public void Check_with_format_github_writes_one_command_per_finding_then_the_summary()
    {
        File.WriteAllText(Path.Combine(_directory, "good.md"), CheckCommandTests.ArticleWithDuplicate);

        var run = CliRunner.Run(_directory, "check", "good.md", "--format", "github");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        var lines = run.Out.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.StartsWith("::warning file=good.md,line=13,col=1,endLine=13,endColumn=", lines[0], StringComparison.Ordinal);
        Assert.Contains(",title=EL4002 Duplicated sentence::This sentence already appears on line 9", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("1 file, 1 finding", lines[^1], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
    }
}
