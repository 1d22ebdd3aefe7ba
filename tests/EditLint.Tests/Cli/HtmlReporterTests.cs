using System.Text.Json;
using System.Text.RegularExpressions;
using EditLint.Cli;
using EditLint.Cli.Reporters;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Cli;

/// <summary>The HTML report as a file: self-contained, its data inert, its script and style pinned by the page's CSP.</summary>
public sealed partial class HtmlReporterTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("editlint-html-file-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void The_page_loads_nothing_from_outside()
    {
        var html = Report(("article.txt", HtmlReportBrowserTests.XssArticle));

        Assert.DoesNotMatch(@"<(script|img|iframe|link)\b[^>]*\b(src|href)\s*=", html);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
        Assert.Equal(2, ScriptTag().Count(html));
    }

    [Fact]
    public void Article_text_cannot_close_the_data_block()
    {
        var html = Report(("article.txt", HtmlReportBrowserTests.XssArticle));

        var data = DataBlock().Match(html);
        Assert.True(data.Success);
        Assert.DoesNotContain("<", data.Groups[1].Value, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(data.Groups[1].Value);
        Assert.Equal(HtmlReportBrowserTests.XssArticle, json.RootElement.GetProperty("sources")[0].GetString());
        Assert.Equal(4, json.RootElement.GetProperty("report").GetProperty("summary").GetProperty("findings").GetInt32());
    }

    [Fact]
    public void The_content_security_policy_admits_exactly_the_page_own_script_and_style()
    {
        var html = Report(("article.txt", "Headline\n\nMarch 4, 2024\n\nA short article about the budget.\n"));

        var script = Regex.Match(html, @"<script>(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        var style = Regex.Match(html, @"<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains($"script-src '{HtmlReporter.CspHash(script)}'", html, StringComparison.Ordinal);
        Assert.Contains($"style-src '{HtmlReporter.CspHash(style)}'", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
    }

    private string Report(params (string Name, string Text)[] files)
    {
        foreach (var (name, text) in files)
            File.WriteAllText(Path.Combine(_directory, name), text);
        var output = Path.Combine(_directory, "report.html");
        var run = CliRunner.Run(_directory, "check", ".", "--format", "html", "--output", output);
        Assert.True(run.ExitCode is ExitCodes.Success or ExitCodes.Findings, run.Error);
        return File.ReadAllText(output);
    }

    [GeneratedRegex(@"<script\b")]
    private static partial Regex ScriptTag();

    [GeneratedRegex(@"<script type=""application/json"" id=""editlint-data"">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataBlock();
}
