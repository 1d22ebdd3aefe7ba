using System.Diagnostics;
using System.Globalization;
using EditLint.Cli;
using EditLint.Tests.Testing;
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
        if (string.IsNullOrEmpty(input))
        {
            input = Path.Combine(_directory, "articles");
            WriteArticles(input);
        }
        var html = Path.Combine(_directory, "report.html");
        var lint = Stopwatch.StartNew();
        var run = CliRunner.Run(_directory, "check", Path.GetFullPath(input, RepoPaths.Root), "--format", "html", "--output", html);
        lint.Stop();
        Assert.True(run.ExitCode is ExitCodes.Success or ExitCodes.Findings, run.Error);

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
        output.WriteLine($"{findings} findings; lint + write {lint.Elapsed.TotalSeconds:0.00} s; report {new FileInfo(html).Length / 1048576.0:0.0} MiB; "
            + string.Join(", ", timings.Select(t => $"{t.Key} {t.Value:0} ms")));

        if (Environment.GetEnvironmentVariable("EDITLINT_REPORT_MEASURE_INPUT") is null)
            Assert.Equal(Files * (Copies - 1 + 1), findings);
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

    // Each file: a headline, then one sentence 21 times (20 EL4002) and no date (1 EL3001).
    private static void WriteArticles(string folder)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < Files; i++)
        {
            var sentence = $"The council of district {i} approved the library budget on Tuesday night.";
            var body = string.Join("\n\n", Enumerable.Repeat(sentence, Copies));
            File.WriteAllText(Path.Combine(folder, $"article-{i:0000}.md"), $"# District {i} approves budget\n\n{body}\n");
        }
    }
}
