using BenchmarkDotNet.Attributes;
using EditLint.Readers;
using EditLint.Semantics;
using EditLint.Semantics.Quotes;
using EditLint.Text;

namespace EditLint.Benchmarks;

/// <summary>
/// Quote and attribution extraction (issue 3) must cost time in proportion to the article's length. One long
/// article is built from the bodies of real corpus articles (../shared/corpus, beside the checkout), at 1×, 10× and 30×
/// the number of articles; the mean for 10× should be about ten times the mean for 1×, not a hundred.
/// </summary>
[MemoryDiagnoser]
public class AttributionBenchmarks
{
    private const int BaseArticles = 40;
    private readonly MarkdownReader _reader = new();
    private SourceText _text = null!;

    /// <summary>How many times <see cref="BaseArticles"/> articles the document holds.</summary>
    [Params(1, 10, 30)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = Corpus.LongDocument(BaseArticles * Scale, "title: Long article");
        // The corpus is not uniform (later articles quote more): read the time ratios against the input's own growth.
        Console.WriteLine($"// Scale {Scale}: {_text.Length:N0} characters");
    }

    [Benchmark]
    public int ExtractQuotesAndAttribution()
    {
        var model = new SemanticModel(_reader.Read("long.md", _text));
        return QuoteFacts.Extract(model).Quotes.Count;
    }
}

/// <summary>
/// The same extraction over one paragraph: the bodies of 40 × <see cref="Scale"/> corpus articles joined by spaces.
/// Work done per block shows here as it cannot in <see cref="AttributionBenchmarks"/>, whose blocks stay short
/// however long the document is. Scales stay small: this is where quadratic work would show.
/// </summary>
[MemoryDiagnoser]
public class OneParagraphAttributionBenchmarks
{
    private const int BaseArticles = 40;
    private readonly MarkdownReader _reader = new();
    private SourceText _text = null!;

    /// <summary>How many times <see cref="BaseArticles"/> articles the paragraph holds.</summary>
    [Params(1, 3)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = Corpus.LongDocument(BaseArticles * Scale, "title: Long article", oneParagraph: true);
        Console.WriteLine($"// Scale {Scale}: {_text.Length:N0} characters in one paragraph");
    }

    [Benchmark]
    public int ExtractQuotesAndAttributionFromOneParagraph()
    {
        var model = new SemanticModel(_reader.Read("long.md", _text));
        return QuoteFacts.Extract(model).Quotes.Count;
    }
}

/// <summary>The shared news corpus next to the repository (never copied into it).</summary>
internal static class Corpus
{
    /// <summary>The corpus's article files, in path order.</summary>
    public static IReadOnlyList<string> Files() =>
        [.. Directory.EnumerateFiles(FindCorpus(), "*.md", SearchOption.AllDirectories).Where(f => !f.EndsWith("README.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    /// <summary>The two seed articles, beside the corpus (../shared/seeds).</summary>
    public static IReadOnlyList<string> Seeds() =>
        [.. Directory.EnumerateFiles(Path.Combine(FindCorpus(), "..", "seeds"), "*.txt").Order(StringComparer.Ordinal)];

    /// <summary>
    /// One document made of the bodies of the first <paramref name="articles"/> corpus articles, under
    /// <paramref name="frontMatter"/>; with <paramref name="oneParagraph"/>, every line break becomes a space, so that the
    /// whole body is one paragraph.
    /// </summary>
    public static SourceText LongDocument(int articles, string frontMatter, bool oneParagraph = false)
    {
        var bodies = ArticleBodies().Take(articles).ToList();
        if (bodies.Count < articles)
            throw new InvalidOperationException($"Need {articles} corpus articles, found {bodies.Count}.");
        var body = oneParagraph
            ? string.Join(' ', bodies.Select(b => b.Replace("\r", "", StringComparison.Ordinal).Replace('\n', ' ')))
            : string.Join("\n\n", bodies);
        return new SourceText($"---\n{frontMatter}\n---\n\n" + body);
    }

    public static IEnumerable<string> ArticleBodies()
    {
        foreach (var file in Files())
        {
            var text = File.ReadAllText(file);
            // Drop the front matter: each article contributes its body only.
            if (text.StartsWith("---", StringComparison.Ordinal) && text.IndexOf("\n---", 3, StringComparison.Ordinal) is var end and > 0)
                text = text[(end + 4)..];
            yield return text.Trim();
        }
    }

    private static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "corpus");
            if (File.Exists(Path.Combine(dir.FullName, "EditLint.sln")) && Directory.Exists(candidate))
                return candidate;
        }
        return Environment.GetEnvironmentVariable("EDITLINT_CORPUS") ?? throw new InvalidOperationException("Set EDITLINT_CORPUS to the corpus folder.");
    }
}
