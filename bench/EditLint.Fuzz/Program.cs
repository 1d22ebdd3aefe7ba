using System.Diagnostics;
using System.Globalization;
using System.Text;
using EditLint.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace EditLint.Fuzz;

/// <summary>
/// <c>dotnet run -c Release --project bench/EditLint.Fuzz -- --corpus ../shared/corpus --count 100000 --seed N</c>:
/// lints mutated corpus articles, configurations and packs in-process, one at a time, and reports failures by kind
/// with a minimized repro of each. See README.md.
/// </summary>
internal static class Program
{
    private const string Usage = """
        Usage: EditLint.Fuzz --corpus FOLDER [options]
          --corpus FOLDER      articles to mutate (*.md, read at run time; never committed)
          --count N            inputs to run (default 1000)
          --seed N             seed (default: random; printed, so a run can be repeated)
          --start I            first case index (default 0): --start I --count 1 remakes case I of a seed
          --out FOLDER         where repros, the summary and the workspace go (default: <temp>/editlint-fuzz)
          --rules FOLDER       shipped packs to mutate (default: the repository's rules/)
          --multitool PATH     SARIF Multitool (default: <repo>/.tools/…/Sarif.Multitool, then /work/main/.tools/…)
          --validate-every N   run the multitool on every Nth case's SARIF (default 1000; 0: never)
          --timeout S          cancel one input after S seconds (default 60)
          --slow S             report an input that takes over S seconds (default 10, the issue's bound)
          --max-depth N        deepest nesting generated (default 2000; deeper can overflow the stack and end the run)
          --minimize-runs N    runs spent shrinking each new kind of failure (default 400; 0: no minimizing)
          --minimize-seconds S time spent shrinking each new kind of failure, at most (default 120)
          --replay FOLDER      lint one folder laid out like a repro's case/ or minimal/ folder, print its failures
        """;

    public static int Main(string[] args)
    {
        Options options;
        try
        {
            options = Options.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var broken = SelfCheck.Run();
        if (broken.Count > 0)
        {
            Console.Error.WriteLine("The fuzzer's own checks are broken; a run would prove nothing:");
            foreach (var problem in broken)
                Console.Error.WriteLine("  not true: " + problem);
            return 3;
        }
        Directory.CreateDirectory(options.Out);
        ThrownExceptions.Start();
        using var services = new ServiceCollection().AddEditLint().BuildServiceProvider();
        var harness = new Harness(services.GetRequiredService<LintEngine>(), Path.Combine(options.Out, "current"), TimeSpan.FromSeconds(options.TimeoutSeconds));

        if (options.Replay is { } replay)
            return Replay(harness, replay, options);
        if (options.Corpus is null)
        {
            Console.Error.WriteLine("--corpus FOLDER is required.");
            Console.Error.WriteLine(Usage);
            return 2;
        }
        return Fuzz(harness, options);
    }

    private static int Fuzz(Harness harness, Options options)
    {
        var corpus = Directory.EnumerateFiles(options.Corpus!, "*.md", SearchOption.AllDirectories)
            .Where(p => !Path.GetFileName(p).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Select(p => Path.GetRelativePath(options.Corpus!, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(p => new CorpusArticle(p, File.ReadAllBytes(Path.Combine(options.Corpus!, p))))
            .ToList();
        if (corpus.Count == 0)
        {
            Console.Error.WriteLine($"No *.md articles under {options.Corpus}.");
            return 2;
        }
        var rules = Directory.EnumerateFiles(options.Rules, "EL*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(p => new RuleTemplate(Path.GetRelativePath(options.Rules, p).Replace('\\', '/'), File.ReadAllText(p))).ToList();
        if (rules.Count == 0)
        {
            Console.Error.WriteLine($"No pack rules (EL*.yaml) under {options.Rules}.");
            return 2;
        }
        var generators = new Generators(FuzzData.Load(), corpus, rules, options.MaxDepth);
        var store = new FailureStore(options.Out, options.Seed);
        var minimizer = new Minimizer(harness, options.MinimizeRuns, TimeSpan.FromSeconds(options.MinimizeSeconds));
        var marker = Path.Combine(options.Out, "current.txt");
        store.RecoverCrash(marker);

        Console.WriteLine($"EditLint fuzz: seed {options.Seed}, cases {options.Start}..{options.Start + options.Count - 1}, {corpus.Count} articles, {rules.Count} pack rules; output in {options.Out}");
        var multitool = options.ValidateEvery > 0 ? options.Multitool : null;
        if (options.ValidateEvery > 0 && multitool is null)
            Console.WriteLine("SARIF Multitool not found: only the structural SARIF check runs (install it with ./test.sh or pass --multitool).");

        var stopwatch = Stopwatch.StartNew();
        var lintTime = TimeSpan.Zero;
        var lastProgress = TimeSpan.Zero;
        var validated = 0;
        (long Index, TimeSpan Elapsed) slowest = (-1, TimeSpan.Zero);
        (long Index, long Bytes) hungriest = (-1, 0);
        for (var index = options.Start; index < options.Start + options.Count; index++)
        {
            var fuzzCase = generators.Generate(options.Seed, index);
            // If the process dies on this case (a stack overflow cannot be caught), the next run finds it here.
            File.WriteAllText(marker, $"seed {options.Seed} case {index}\n{string.Join('\n', fuzzCase.Steps)}\n");
            var outcome = harness.Run(fuzzCase);
            lintTime += outcome.Elapsed;
            var failures = outcome.Failures.ToList();
            if (outcome.Elapsed.TotalSeconds > options.SlowSeconds)
                failures.Add(new Failure($"slow (over {options.SlowSeconds} s)", $"{outcome.Elapsed.TotalSeconds:0.0} s, {outcome.AllocatedBytes / 1e6:0} MB allocated"));
            if (multitool is not null && outcome.Sarif is not null && (index - options.Start) % options.ValidateEvery == 0)
            {
                failures.AddRange(Multitool.Validate(multitool, outcome.Sarif, Path.Combine(options.Out, "multitool")));
                validated++;
            }
            if (outcome.Elapsed > slowest.Elapsed)
                slowest = (index, outcome.Elapsed);
            if (outcome.AllocatedBytes > hungriest.Bytes)
                hungriest = (index, outcome.AllocatedBytes);
            foreach (var sameKind in failures.GroupBy(f => f.Kind))
            {
                // Shrinking needs the failure to come back quickly; a slow or timed-out input is kept as it is.
                var kind = sameKind.Key;
                var shrinkable = options.MinimizeRuns > 0 && !kind.StartsWith("slow", StringComparison.Ordinal)
                    && !kind.StartsWith("timeout", StringComparison.Ordinal) && !kind.StartsWith("SARIF Multitool", StringComparison.Ordinal);
                store.Add(index, fuzzCase, [.. sameKind], shrinkable ? kind =>
                {
                    var minimal = minimizer.Minimize(fuzzCase, kind);
                    return (minimal, harness.Run(minimal).Failures.FirstOrDefault(f => f.Kind == kind));
                } : null);
            }
            if (stopwatch.Elapsed - lastProgress > TimeSpan.FromSeconds(15))
            {
                lastProgress = stopwatch.Elapsed;
                var done = index - options.Start + 1;
                Console.WriteLine($"[{done:N0}/{options.Count:N0}] {done / stopwatch.Elapsed.TotalSeconds:0.0} inputs/s, {store.CaseCount:N0} failing inputs, {store.KindCount} kinds");
            }
        }
        File.Delete(marker);
        stopwatch.Stop();

        using var process = Process.GetCurrentProcess();
        var summary = new StringBuilder();
        summary.AppendLine(CultureInfo.InvariantCulture, $"# EditLint fuzz run: seed {options.Seed}, cases {options.Start}..{options.Start + options.Count - 1}");
        summary.AppendLine();
        summary.AppendLine(CultureInfo.InvariantCulture, $"- inputs: {options.Count:N0} in {stopwatch.Elapsed.TotalSeconds:0} s ({options.Count / stopwatch.Elapsed.TotalSeconds:0.0} inputs/s overall; {options.Count / lintTime.TotalSeconds:0.0} inputs/s linting and checking, without minimizing)");
        summary.AppendLine(CultureInfo.InvariantCulture, $"- corpus: {corpus.Count:N0} articles from {options.Corpus}; pack rules: {rules.Count}");
        summary.AppendLine(CultureInfo.InvariantCulture, $"- slowest input: case {slowest.Index}, {slowest.Elapsed.TotalMilliseconds:0} ms; most allocating: case {hungriest.Index}, {hungriest.Bytes / 1e6:0} MB allocated");
        summary.AppendLine(CultureInfo.InvariantCulture, $"- peak working set of the fuzz process: {process.PeakWorkingSet64 / 1e6:0} MB");
        summary.AppendLine(CultureInfo.InvariantCulture, $"- SARIF Multitool: {(multitool is null ? "not run" : $"{validated} logs validated")}");
        summary.AppendLine(CultureInfo.InvariantCulture, $"- failing inputs: {store.CaseCount:N0}; kinds of failure: {store.KindCount}");
        summary.AppendLine();
        summary.Append(store.Table());
        File.WriteAllText(Path.Combine(options.Out, "summary.md"), summary.ToString());
        Console.WriteLine();
        Console.Write(summary);
        Console.WriteLine();
        Console.WriteLine($"Summary and repros: {options.Out}");
        return store.KindCount == 0 ? 0 : 1;
    }

    private static int Replay(Harness harness, string folder, Options options)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(p =>
        {
            var relative = Path.GetRelativePath(folder, p).Replace('\\', '/');
            var role = relative == ".editlint.yaml" ? FileRole.Config
                : relative.StartsWith("styles/", StringComparison.Ordinal) ? (Path.GetFileName(relative) == "pack.yaml" ? FileRole.PackManifest : FileRole.PackRule)
                : FileRole.Article;
            return new FuzzFile(relative, File.ReadAllBytes(p), role);
        }).ToList();
        var outcome = harness.Run(new FuzzCase(files, options.Date, options.DateFromFileName, []));
        if (outcome.Elapsed.TotalSeconds > options.SlowSeconds)
            outcome = outcome with { Failures = [.. outcome.Failures, new Failure($"slow (over {options.SlowSeconds} s)", $"{outcome.Elapsed.TotalSeconds:0.0} s, {outcome.AllocatedBytes / 1e6:0} MB allocated")] };
        foreach (var failure in outcome.Failures)
            Console.WriteLine($"{failure.Kind}\n    {failure.Detail.Replace("\n", "\n    ", StringComparison.Ordinal)}");
        Console.WriteLine($"{outcome.Failures.Count} failure(s), {outcome.Elapsed.TotalMilliseconds:0} ms");
        return outcome.Failures.Count == 0 ? 0 : 1;
    }
}
