using System.Text.Json;
using EditLint.Cli;
using EditLint.Cli.Reporters;
using EditLint.Diagnostics;
using EditLint.Documents;
using EditLint.Engine;
using EditLint.Readers;
using EditLint.Tests.Testing;
using EditLint.Text;
using Microsoft.Playwright;

namespace EditLint.Tests.Cli;

/// <summary>
/// The HTML report of the seed articles, opened in headless Chromium and used the way a person would:
/// read the counts, click a problem, filter by rule, press F8, follow a deep link.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class HtmlReportBrowserTests(BrowserFixture browser) : IDisposable
{
    private const string Seed = "seeds/002_1c17c126ff08fd48.txt";

    private readonly string _directory = Directory.CreateTempSubdirectory("editlint-html-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Counts_shown_equal_the_findings()
    {
        var (html, json) = SeedReports();
        await using var report = await browser.OpenAsync(html);
        var page = report.Page;
        var summary = json.RootElement.GetProperty("summary");
        var findings = summary.GetProperty("findings").GetInt32();

        Assert.True(findings > 0);
        Assert.Equal(findings.ToString(), await page.GetAttributeAsync("#summary-findings", "data-value"));
        Assert.Equal(summary.GetProperty("files").GetInt32().ToString(), await page.GetAttributeAsync("#summary-files", "data-value"));
        Assert.Equal(summary.GetProperty("warnings").GetInt32().ToString(), await page.GetAttributeAsync("#summary-warnings", "data-value"));
        Assert.Equal(findings.ToString(), await page.GetAttributeAsync("#problems-count", "data-shown"));
        // The list is virtualised: it renders the rows in view, never more rows than findings.
        Assert.InRange(await page.Locator("#problems-list .problem-row").CountAsync(), Math.Min(findings, 5), findings);
        foreach (var rule in summary.GetProperty("byRule").EnumerateObject())
            Assert.Equal($"{rule.Name} ×{rule.Value.GetInt32()}", await page.InnerTextAsync($"#summary-rules [data-rule={rule.Name}]"));

        // The file list's badges add up to the findings of each file.
        foreach (var file in json.RootElement.GetProperty("files").EnumerateArray())
        {
            var row = page.Locator(".file-row", new PageLocatorOptions { HasText = file.GetProperty("path").GetString() });
            var badges = await row.Locator(".badge").AllInnerTextsAsync();
            Assert.Equal(file.GetProperty("findings").GetInt32(), badges.Sum(int.Parse));
        }
        Assert.Empty(report.Errors);
    }

    [Fact]
    public async Task A_long_file_name_is_cut_at_its_end_so_its_folder_and_date_stay_in_view()
    {
        var name = "wire/2024-03-04-" + string.Join('-', Enumerable.Repeat("council-approves-new-library-budget", 6)) + ".md";
        Directory.CreateDirectory(Path.Combine(_directory, "wire"));
        File.WriteAllText(Path.Combine(_directory, name), "# Budget\n\nThe council met.\n");
        var html = Path.Combine(_directory, "report.html");
        CliRunner.Run(_directory, "check", "wire", "--format", "html", "--output", html);
        await using var report = await browser.OpenAsync(html);

        // Where the name's first letter is drawn against its box: a name cut on the left starts outside the box.
        var offset = await report.Page.EvaluateAsync<double>("""
            () => {
              const box = document.querySelector('#files-list .file-row .name');
              const range = document.createRange();
              range.setStart(box.firstChild.firstChild ?? box.firstChild, 0);
              range.setEnd(box.firstChild.firstChild ?? box.firstChild, 1);
              return range.getBoundingClientRect().left - box.getBoundingClientRect().left;
            }
            """);

        Assert.InRange(offset, 0, 2);
        Assert.Equal(name, await report.Page.GetAttributeAsync("#files-list .file-row", "title"));
        Assert.Empty(report.Errors);
    }

    [Fact]
    public async Task Clicking_a_problem_selects_its_exact_span_in_the_article()
    {
        var (html, json) = SeedReports();
        await using var report = await browser.OpenAsync(html);
        var page = report.Page;
        var (index, finding) = Findings(json).First(f => f.Finding.GetProperty("id").GetString() == "EL4002");

        // The list is virtual: only rows in view exist, so the repeated sentence is brought into view by its rule.
        await page.SelectOptionAsync("#problems-rule", "EL4002");
        await page.ClickAsync($"#problems-list .problem-row[data-index='{index}']");

        Assert.Equal(SpanText(finding), await SelectionAsync(page));
        Assert.Equal(Seed, await page.InnerTextAsync("#article-path"));
        Assert.Equal(SpanText(finding), await page.InnerTextAsync("#article .mark.current"));
        Assert.Equal($"#{Seed}:{finding.GetProperty("startLine").GetInt32()}", await page.EvaluateAsync<string>("location.hash"));
        Assert.Contains("selected", await page.GetAttributeAsync($"#problems-list .problem-row[data-index='{index}']", "class"), StringComparison.Ordinal);
        Assert.Empty(report.Errors);
    }

    [Fact]
    public async Task Filtering_by_rule_lists_only_that_rule()
    {
        var (html, json) = SeedReports();
        await using var report = await browser.OpenAsync(html);
        var page = report.Page;
        var expected = Findings(json).Count(f => f.Finding.GetProperty("id").GetString() == "EL5001");

        await page.SelectOptionAsync("#problems-rule", "EL5001");

        var rules = await page.Locator("#problems-list .problem-row .rule").AllInnerTextsAsync();
        Assert.Equal(expected, rules.Count);
        Assert.All(rules, id => Assert.Equal("EL5001", id));
        Assert.Equal(expected.ToString(), await page.GetAttributeAsync("#problems-count", "data-shown"));

        // The summary's rule chips filter too.
        await page.ClickAsync("#summary-rules [data-rule=EL4002]");
        Assert.Equal(["EL4002"], await page.Locator("#problems-list .problem-row .rule").AllInnerTextsAsync());
        Assert.Equal("EL4002", await page.InputValueAsync("#problems-rule"));
    }

    [Fact]
    public async Task Column_headers_sort_the_problems()
    {
        var (html, json) = SeedReports();
        await using var report = await browser.OpenAsync(html);
        var page = report.Page;
        var ids = Findings(json).Select(f => f.Finding.GetProperty("id").GetString()!).ToList();

        // The list renders the rows in view (it is virtualised): they must be the first rows of the sorted order.
        async Task AssertShownAreFirstOf(IEnumerable<string> expected)
        {
            var shown = await page.Locator("#problems-list .problem-row .rule").AllInnerTextsAsync();
            Assert.NotEmpty(shown);
            Assert.Equal(expected.Take(shown.Count), shown);
        }

        await page.ClickAsync("#problems-header [data-sort=rule]");
        await AssertShownAreFirstOf(ids.Order(StringComparer.Ordinal));
        Assert.Equal("ascending", await page.GetAttributeAsync("#problems-header [data-sort=rule]", "aria-sort"));

        await page.ClickAsync("#problems-header [data-sort=rule]");
        await AssertShownAreFirstOf(ids.OrderDescending(StringComparer.Ordinal));

        // Back to file order: path, line, column.
        await page.ClickAsync("#problems-header [data-sort=file]");
        var indices = await page.Locator("#problems-list .problem-row").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.index)");
        Assert.Equal(Enumerable.Range(0, indices.Length).Select(i => i.ToString()), indices);
    }

    [Fact]
    public async Task Severity_and_text_filters_narrow_the_list()
    {
        var (html, _) = SeedReports();
        await using var report = await browser.OpenAsync(html);
        var page = report.Page;

        await page.FillAsync("#problems-search", "newsletter");
        var messages = await page.Locator("#problems-list .problem-row .message").AllInnerTextsAsync();
        Assert.Single(messages);
        Assert.Contains("newsletter prompt", messages[0], StringComparison.Ordinal);

        await page.FillAsync("#problems-search", "");
        var (_, json) = SeedReports();
        var summary = json.RootElement.GetProperty("summary");
        await page.UncheckAsync("[data-severity=warning]");
        Assert.Equal((summary.GetProperty("findings").GetInt32() - summary.GetProperty("warnings").GetInt32()).ToString(), await page.GetAttributeAsync("#problems-count", "data-shown"));
        await page.UncheckAsync("[data-severity=info]");
        await page.UncheckAsync("[data-severity=error]");
        Assert.Equal("0", await page.GetAttributeAsync("#problems-count", "data-shown"));
    }

    [Fact]
    public async Task F8_and_Shift_F8_step_through_the_findings_and_wrap()
    {
        var (html, json) = SeedReports();
        await using var report = await browser.OpenAsync(html);
        var page = report.Page;
        var findings = Findings(json).Select(f => f.Finding).ToList();

        await page.Keyboard.PressAsync("F8");
        Assert.Equal(SpanText(findings[0]), await SelectionAsync(page));
        await page.Keyboard.PressAsync("F8");
        Assert.Equal(SpanText(findings[1]), await SelectionAsync(page));
        Assert.Equal("1", await page.GetAttributeAsync("#problems-list .problem-row.selected", "data-index"));
        await page.Keyboard.PressAsync("Shift+F8");
        Assert.Equal(SpanText(findings[0]), await SelectionAsync(page));
        await page.Keyboard.PressAsync("Shift+F8");
        Assert.Equal((findings.Count - 1).ToString(), await page.GetAttributeAsync("#problems-list .problem-row.selected", "data-index"));
        Assert.Empty(report.Errors);
    }

    [Fact]
    public async Task Arrow_keys_move_through_the_focused_list()
    {
        var (html, json) = SeedReports();
        await using var report = await browser.OpenAsync(html);
        var page = report.Page;

        await page.FocusAsync("#files-list");
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("seeds/000_48f7f3f048a3ef7a.txt", await page.InnerTextAsync("#article-path"));
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(Seed, await page.InnerTextAsync("#article-path"));

        await page.FocusAsync("#problems-list");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("1", await page.GetAttributeAsync("#problems-list .problem-row.selected", "data-index"));
        Assert.Equal(SpanText(Findings(json).ElementAt(1).Finding), await SelectionAsync(page));
    }

    [Fact]
    public async Task A_deep_link_opens_the_file_at_the_line()
    {
        var (html, json) = SeedReports();
        var finding = Findings(json).Select(f => f.Finding).First(f => f.GetProperty("id").GetString() == "EL4002");
        var line = finding.GetProperty("startLine").GetInt32();

        await using (var report = await browser.OpenAsync(html, $"#{Seed}:{line}"))
        {
            Assert.Equal(Seed, await report.Page.InnerTextAsync("#article-path"));
            Assert.Equal(SpanText(finding), await SelectionAsync(report.Page));
        }

        // A line without a finding is highlighted and the file is still opened.
        await using (var report = await browser.OpenAsync(html, $"#{Seed}:3"))
        {
            Assert.Equal(Seed, await report.Page.InnerTextAsync("#article-path"));
            Assert.Equal("3", await report.Page.GetAttributeAsync("#article .line.target", "data-n"));
        }
    }

    [Fact]
    public async Task Hovering_a_squiggle_shows_the_message_rule_and_docs_link()
    {
        var (html, json) = SeedReports();
        await using var report = await browser.OpenAsync(html, $"#{Seed}");
        var page = report.Page;
        var finding = Findings(json).Select(f => f.Finding).First(f => f.GetProperty("id").GetString() == "EL4002");

        await page.HoverAsync($"#article .mark[data-d='{Findings(json).First(f => f.Finding.GetProperty("id").GetString() == "EL4002").Index}']");

        await page.WaitForSelectorAsync("#hover:not([hidden])");
        Assert.Contains(finding.GetProperty("message").GetString()!, await page.InnerTextAsync("#hover"), StringComparison.Ordinal);
        Assert.Equal("https://github.com/editlint/editlint/blob/main/docs/rules/EL4002.md", await page.GetAttributeAsync("#hover a", "href"));
        Assert.Contains("Duplicated sentence", await page.InnerTextAsync("#hover"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Properties_a_rule_attaches_are_shown_on_hover()
    {
        // No built-in rule attaches properties yet; date and figure rules will (the resolved date, the other figure).
        var text = "Council meets next Tuesday.\n";
        var document = new DocumentLoader([new PlainTextReader()]).Read("dated.txt", new SourceText(text), DocumentFormat.PlainText);
        var descriptor = new RuleDescriptor("EL3999", "Relative date", "'{0}' is relative", RuleCategory.Dates, Severity.Info);
        var span = new TextSpan(text.IndexOf("next Tuesday", StringComparison.Ordinal), "next Tuesday".Length);
        var diagnostic = new Diagnostic
        {
            Descriptor = descriptor,
            Severity = Severity.Info,
            Message = "'next Tuesday' is relative",
            Path = "dated.txt",
            Span = span,
            Position = document.Source.GetPositionSpan(span),
            Properties = new Dictionary<string, string> { ["Resolves to"] = "Tuesday 11 March 2025 <b>bold</b>" },
        };
        var html = Path.Combine(_directory, "properties.html");
        using (var writer = new StreamWriter(html))
            new HtmlReporter().Write(new LintResult([new FileResult("dated.txt", document, [diagnostic])], [diagnostic], [descriptor], TimeSpan.Zero), writer);

        await using var report = await browser.OpenAsync(html);
        await report.Page.HoverAsync("#article .mark.info");
        await report.Page.WaitForSelectorAsync("#hover:not([hidden])");

        Assert.Equal(["Resolves to"], await report.Page.Locator("#hover dt").AllInnerTextsAsync());
        Assert.Equal(["Tuesday 11 March 2025 <b>bold</b>"], await report.Page.Locator("#hover dd").AllInnerTextsAsync());
    }

    [Fact]
    public async Task Article_text_paths_and_messages_with_markup_render_as_text()
    {
        var name = "<img src=x onerror=window.__xss=5>.txt";
        File.WriteAllText(Path.Combine(_directory, name), XssArticle);
        var html = Path.Combine(_directory, "report.html");
        var run = CliRunner.Run(_directory, "check", ".", "--format", "html", "--output", html);
        Assert.Equal(ExitCodes.Findings, run.ExitCode);

        await using var report = await browser.OpenAsync(html);
        var page = report.Page;
        // Give anything that slipped through a moment to run.
        await page.HoverAsync("#article .mark");
        await page.ClickAsync("#problems-list .problem-row");
        await page.WaitForTimeoutAsync(200);

        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__xss"));
        Assert.Equal(0, await page.Locator("#article img, #article script, #article b, #problems-list img, #problems-list script, #files-list img").CountAsync());
        Assert.Equal(XssArticle.ReplaceLineEndings("\n").TrimEnd('\n'), await page.EvaluateAsync<string>(
            "Array.from(document.querySelectorAll('#article .line .code')).map(c => c.textContent).join('\\n')"));
        Assert.Equal(name, await page.InnerTextAsync("#article-path"));
        Assert.Contains("<script>window.__xss=3</script>", string.Join("\n", await page.Locator("#problems-list .message").AllInnerTextsAsync()), StringComparison.Ordinal);
        Assert.Empty(report.Errors);
    }

    [Fact]
    public async Task Screenshot_of_the_seed_report()
    {
        var (html, json) = SeedReports();
        var index = Findings(json).First(f => f.Finding.GetProperty("id").GetString() == "EL4002").Index;
        await using var report = await browser.OpenAsync(html);
        await report.Page.SelectOptionAsync("#problems-rule", "EL4002");
        await report.Page.ClickAsync($"#problems-list .problem-row[data-index='{index}']");
        await report.Page.HoverAsync("#article .mark.current");
        await report.Page.WaitForSelectorAsync("#hover:not([hidden])");

        // README shows docs/images/report.png; EDITLINT_UPDATE_SCREENSHOTS=1 refreshes it.
        var target = Environment.GetEnvironmentVariable("EDITLINT_UPDATE_SCREENSHOTS") == "1"
            ? RepoPaths.Path("docs/images/report.png")
            : Path.Combine(_directory, "report.png");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await report.Page.ScreenshotAsync(new PageScreenshotOptions { Path = target });
        Assert.True(new FileInfo(target).Length > 10_000);
    }

    internal const string XssArticle = """
        Council approves library budget <img src=x onerror=window.__xss=1>

        March 4, 2024

        By Jane Okafor

        The council approved the budget for the central library on Tuesday night. </script><script>window.__xss=2</script>

        Councillors said the money would pay for longer opening hours and new books.

        The council approved the budget for the central library on Tuesday night. </script><script>window.__xss=2</script>

        You might also like

        Mayor opens new bridge <script>window.__xss=3</script> over the river

        Read more <img src=x onerror=window.__xss=4>

        The library will reopen in the spring, the council said.
        """;

    private (string Html, JsonDocument Json) SeedReports()
    {
        var html = Path.Combine(_directory, "seeds.html");
        var run = CliRunner.Run(CliRunner.FixturesDirectory, "check", "seeds/*.txt", "--format", "html", "--output", html);
        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        var json = CliRunner.Run(CliRunner.FixturesDirectory, "check", "seeds/*.txt", "--format", "json");
        return (html, JsonDocument.Parse(json.Out));
    }

    private static IEnumerable<(int Index, JsonElement Finding)> Findings(JsonDocument json) =>
        json.RootElement.GetProperty("diagnostics").EnumerateArray().Select((d, i) => (i, d));

    private static string SpanText(JsonElement finding)
    {
        var text = File.ReadAllText(Path.Combine(CliRunner.FixturesDirectory, finding.GetProperty("path").GetString()!));
        var span = finding.GetProperty("span");
        return text.Substring(span.GetProperty("start").GetInt32(), span.GetProperty("length").GetInt32());
    }

    private static Task<string> SelectionAsync(IPage page) => page.EvaluateAsync<string>("window.getSelection().toString()");
}
