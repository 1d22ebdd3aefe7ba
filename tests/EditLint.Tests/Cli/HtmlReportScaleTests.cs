using System.Diagnostics;
using System.Globalization;
using EditLint.Cli;
using EditLint.Cli.Reporters;
using EditLint.Diagnostics;
using EditLint.Documents;
using EditLint.Engine;
using EditLint.Tests.Testing;
using EditLint.Text;
using Xunit.Abstractions;

namespace EditLint.Tests.Cli;

/// <summary>
/// A report of 1,000 files and 20,000+ findings stays usable: the lists are virtualised, so the DOM holds a
/// screenful of rows, and the end of the problems list is reachable. Timings are printed, not asserted.
/// Set EDITLINT_REPORT_MEASURE_INPUT to a folder (for example ../shared/corpus) to measure a real run instead.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class HtmlReportScaleTests(BrowserFixture browser, ITestOutputHelper output) : IDisposable
{
    private const int Files = 1_000;
    private const int Copies = 21;

    private readonly string _directory = Directory.CreateTempSubdirectory("editlint-html-scale-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_thousand_files_and_twenty_thousand_findings_stay_virtualised()
    {
        var input = Environment.GetEnvironmentVariable("EDITLINT_REPORT_MEASURE_INPUT");
        var html = Path.Combine(_directory, "report.html");
        var lint = Stopwatch.StartNew();
        if (string.IsNullOrEmpty(input))
        {
            // The page is under test here, not the engine: the findings are made up, so the test's cost and
            // outcome do not depend on how busy the machine's cores are.
            using var writer = new StreamWriter(html);
            new HtmlReporter().Write(SyntheticResult(), writer);
        }
        else
        {
            var run = CliRunner.Run(_directory, "check", Path.GetFullPath(input, RepoPaths.Root), "--format", "html", "--output", html);
            Assert.True(run.ExitCode is ExitCodes.Success or ExitCodes.Findings, run.Error);
        }
        lint.Stop();

        await using var report = await browser.OpenAsync(html);
        var page = report.Page;
        await page.WaitForFunctionAsync("performance.getEntriesByName('editlint-painted').length > 0");
        var timings = await page.EvaluateAsync<Dictionary<string, double>>("""
            () => {
              const at = name => (performance.getEntriesByName(name)[0] || { startTime: -1 }).startTime;
              const nav = performance.getEntriesByType('navigation')[0];
              return { firstPaint: at('first-paint'), firstContentfulPaint: at('first-contentful-paint'),
                       domContentLoaded: nav.domContentLoadedEventEnd, responseEnd: nav.responseEnd, scriptStart: at('editlint-start'), dataParsed: at('editlint-parsed'), ready: at('editlint-ready'), painted: at('editlint-painted') };
            }
            """);
        var findings = int.Parse(await page.GetAttributeAsync("#summary-findings", "data-value") ?? "0", CultureInfo.InvariantCulture);
        output.WriteLine($"{findings} findings; report built in {lint.Elapsed.TotalSeconds:0.00} s; report {new FileInfo(html).Length / 1048576.0:0.0} MiB; "
            + string.Join(", ", timings.Select(t => $"{t.Key} {t.Value:0} ms")));

        if (Environment.GetEnvironmentVariable("EDITLINT_REPORT_MEASURE_INPUT") is null)
            Assert.Equal(Files * Copies, findings);
        Assert.InRange(await page.Locator("#problems-list .problem-row").CountAsync(), 1, 100);
        Assert.InRange(await page.Locator("#files-list .file-row").CountAsync(), 1, 100);

        // Smoothness: scroll the problems panel for 120 frames, by a wheel notch and by a screenful per frame, and time the frames.
        foreach (var (what, step) in new[] { ("a wheel notch (66 px)", "66"), ("a screenful", "list.clientHeight") })
        {
            var frames = await page.EvaluateAsync<double[]>($$"""
                () => new Promise(done => {
                  const list = document.getElementById('problems-list');
                  list.scrollTop = 0;
                  const times = [];
                  let last = performance.now(), n = 0;
                  function frame(now) {
                    times.push(now - last); last = now;
                    list.scrollTop += {{step}};
                    if (++n < 120) requestAnimationFrame(frame); else done(times.slice(1));
                  }
                  requestAnimationFrame(frame);
                })
                """);
            var sorted = frames.Order().ToArray();
            output.WriteLine($"problems panel, 120 frames scrolling {what} each: median frame {sorted[sorted.Length / 2]:0.0} ms, "
                + $"95th percentile {sorted[(int)(sorted.Length * 0.95)]:0.0} ms, worst {sorted[^1]:0.0} ms");
        }

        // Scrolling to the end renders the last rows, and only those.
        var scroll = Stopwatch.StartNew();
        for (var step = 1; step <= 20; step++)
        {
            await page.EvalOnSelectorAsync("#problems-list", $"(e, f) => e.scrollTop = e.scrollHeight * f", step / 20.0);
            await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        }
        output.WriteLine($"20 scroll steps through the problems panel: {scroll.ElapsedMilliseconds} ms");
        Assert.Equal((findings - 1).ToString(CultureInfo.InvariantCulture),
            await page.Locator("#problems-list .problem-row").Last.GetAttributeAsync("data-index"));
        Assert.InRange(await page.Locator("#problems-list .problem-row").CountAsync(), 1, 100);
        Assert.Empty(report.Errors);
    }

    // Each file: a headline and one sentence 21 times; 20 repeats flagged, and a caret for a missing date.
    private static LintResult SyntheticResult()
    {
        var repeat = new RuleDescriptor("EL4002", "Duplicated sentence", "This sentence already appears on line {0}; delete one of them", RuleCategory.Consistency, Severity.Warning);
        var missingDate = new RuleDescriptor("EL3001", "Missing publication date", "The article has no publication date", RuleCategory.Dates, Severity.Info);
        var files = new List<FileResult>();
        for (var i = 0; i < Files; i++)
        {
            var sentence = $"The council of district {i} approved the library budget on Tuesday night.";
            var text = new SourceText($"# District {i} approves budget\n\n" + string.Join("\n\n", Enumerable.Repeat(sentence, Copies)) + "\n");
            var path = $"articles/article-{i:0000}.md";
            var document = new ArticleDocument(path, DocumentFormat.Markdown, text, new ArticleMetadata(), []);
            var diagnostics = new List<Diagnostic> { Finding(missingDate, path, text, new TextSpan(0, 0), missingDate.MessageFormat) };
            var first = text.Text.IndexOf(sentence, StringComparison.Ordinal);
            for (var at = text.Text.IndexOf(sentence, first + 1, StringComparison.Ordinal); at >= 0; at = text.Text.IndexOf(sentence, at + 1, StringComparison.Ordinal))
                diagnostics.Add(Finding(repeat, path, text, new TextSpan(at, sentence.Length), repeat.FormatMessage(3)));
            files.Add(new FileResult(path, document, diagnostics));
        }
        return new LintResult(files, [.. files.SelectMany(f => f.Diagnostics)], [missingDate, repeat], TimeSpan.FromSeconds(1));
    }

    private static Diagnostic Finding(RuleDescriptor descriptor, string path, SourceText text, TextSpan span, string message) => new()
    {
        Descriptor = descriptor,
        Severity = descriptor.DefaultSeverity,
        Message = message,
        Path = path,
        Span = span,
        Position = text.GetPositionSpan(span),
    };
}
