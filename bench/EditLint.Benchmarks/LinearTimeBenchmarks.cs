using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using EditLint.Documents;
using EditLint.Engine;
using EditLint.Text;
using Microsoft.Extensions.DependencyInjection;

namespace EditLint.Benchmarks;

/// <summary>
/// Issue 13's linear acceptance: one sentence of 16,000 words and HTML of 100,000 nested elements take at most 4× the
/// time of a quarter of their size. Each operation reads the text and runs every built-in rule on it, as one file of
/// <c>editlint check</c>. The inputs are those of tests/EditLint.Tests/Robustness/LinearTimeTests.cs.
/// <c>dotnet run -c Release --project bench/EditLint.Benchmarks -- --filter '*LinearTime*'</c>
/// </summary>
[Config(typeof(LinearTimeConfig))]
[MemoryDiagnoser]
public class LinearTimeBenchmarks : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddEditLint().BuildServiceProvider();
    private LintEngine _engine = null!;
    private SourceText _sentence = null!;
    private SourceText _html = null!;

    /// <summary>The size: words of the sentence, nested elements of the page (a quarter and the whole).</summary>
    [Params(1, 4)]
    public int Quarters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = _services.GetRequiredService<LintEngine>();
        _sentence = new SourceText("---\ntitle: Long sentence\ndate: 2020-03-05\n---\n\n" + OneSentence(4_000 * Quarters) + "\n");
        _html = new SourceText(NestedDivs(25_000 * Quarters));
    }

    [Benchmark]
    public int OneSentence() => Lint("long.md", _sentence, DocumentFormat.Markdown);

    [Benchmark]
    public int NestedHtml() => Lint("deep.html", _html, DocumentFormat.Html);

    private int Lint(string path, SourceText text, DocumentFormat format) =>
        _engine.Run([_engine.Loader.Read(path, text, format)], new LintOptions()).Diagnostics.Count;

    public void Dispose()
    {
        _services.Dispose();
        GC.SuppressFinalize(this);
    }

    // One of each fact the rules read, joined by commas into one sentence.
    private static readonly string[] Words =
        ("officials said \"we will act soon\", a source said, critics say the company paid $5 million (£4 million) on Tuesday, "
        + "March 3, and 40 percent of 300 soldiers at a time, according to sources, a spokesman for the ministry told Reuters, "
        + "while John Smith said he").Split(' ');

    private static string OneSentence(int words)
    {
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
            text.Append(i > 0 ? " " : "").Append(Words[i % Words.Length]);
        text[0] = char.ToUpperInvariant(text[0]);
        return text.Append('.').ToString();
    }

    private static string NestedDivs(int depth) =>
        "<html><head><title>T</title></head><body>" + string.Concat(Enumerable.Repeat("<div>", depth))
        + "<p>Officials said it.</p>" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>\n";
}

/// <summary>In process, few iterations: one operation takes seconds, and the ratio is what is read.</summary>
public sealed class LinearTimeConfig : ManualConfig
{
    public LinearTimeConfig() =>
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(1).WithIterationCount(5).WithLaunchCount(1));
}
