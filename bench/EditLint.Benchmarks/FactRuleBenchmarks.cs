using BenchmarkDotNet.Attributes;
using EditLint.Checks;
using EditLint.Documents;
using EditLint.Engine;
using EditLint.Text;

namespace EditLint.Benchmarks;

/// <summary>
/// Issue 17's linear acceptance for the rules on NRules: the fact rules alone (every rule registered with UseFacts)
/// over one document made of 10 corpus articles, and of 100 (10× the facts). Each operation
/// reads the document, extracts the facts those rules read and runs their sessions: a time per operation 10× (not 100×)
/// that of the small one, and allocations likewise, say the cost is linear in the facts.
/// <c>dotnet run -c Release --project bench/EditLint.Benchmarks -- --filter '*FactRule*'</c>
/// </summary>
[Config(typeof(InProcessConfig))]
[MemoryDiagnoser]
public class FactRuleBenchmarks
{
    private static readonly HashSet<string> FactRuleIds = ["EL1001", "EL1003", "EL1005", "EL2001", "EL2002", "EL2003", "EL2004", "EL3003", "EL4001", "EL4002", "EL4003", "EL4004", "EL4005"];

    private LintEngine _engine = null!;
    private SourceText _text = null!;

    /// <summary>How many times the facts of 10 corpus articles.</summary>
    [Params(1, 10)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = new LintEngine(BuiltInRules.Create().Where(r => FactRuleIds.Contains(r.Descriptor.Id)), new DocumentLoader([new Readers.MarkdownReader()]));
        _text = Corpus.LongDocument(10 * Scale, "title: Ten articles\ndate: 2020-03-05");
    }

    [Benchmark]
    public int FactRules() => _engine.Run([_engine.Loader.Read("long.md", _text, DocumentFormat.Markdown)], new LintOptions()).Diagnostics.Count;
}
