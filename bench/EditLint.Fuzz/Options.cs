using System.Globalization;

namespace EditLint.Fuzz;

/// <summary>The fuzzer's command line (see Program's usage text).</summary>
internal sealed record Options
{
    public string? Corpus { get; init; }
    public long Count { get; init; } = 1000;
    public ulong Seed { get; init; } = (ulong)Random.Shared.NextInt64(1, int.MaxValue);
    public long Start { get; init; }
    public string Out { get; init; } = Path.Combine(Path.GetTempPath(), "editlint-fuzz");
    public string Rules { get; init; } = Path.Combine(RepoRoot ?? ".", "rules");
    public string? Multitool { get; init; } = DefaultMultitool();
    public long ValidateEvery { get; init; } = 1000;
    public double TimeoutSeconds { get; init; } = 60;
    public double SlowSeconds { get; init; } = 10;
    public int MaxDepth { get; init; } = 2000;
    public int MinimizeRuns { get; init; } = 400;
    public double MinimizeSeconds { get; init; } = 120;
    public string? Replay { get; init; }
    public DateOnly? Date { get; init; }
    public bool DateFromFileName { get; init; }

    public static Options Parse(string[] args)
    {
        var options = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            long Number() => long.TryParse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : throw new ArgumentException($"{args[i - 1]} needs a whole number.");
            options = args[i] switch
            {
                "--corpus" => options with { Corpus = Path.GetFullPath(Value()) },
                "--count" => options with { Count = Number() },
                "--seed" => options with { Seed = (ulong)Number() },
                "--start" => options with { Start = Number() },
                "--out" => options with { Out = Path.GetFullPath(Value()) },
                "--rules" => options with { Rules = Path.GetFullPath(Value()) },
                "--multitool" => options with { Multitool = Path.GetFullPath(Value()) },
                "--validate-every" => options with { ValidateEvery = Number() },
                "--timeout" => options with { TimeoutSeconds = Number() },
                "--slow" => options with { SlowSeconds = Number() },
                "--max-depth" => options with { MaxDepth = (int)Math.Max(1, Number()) },
                "--minimize-runs" => options with { MinimizeRuns = (int)Number() },
                "--minimize-seconds" => options with { MinimizeSeconds = Number() },
                "--replay" => options with { Replay = Path.GetFullPath(Value()) },
                "--date" => options with { Date = DateOnly.ParseExact(Value(), "yyyy-MM-dd", CultureInfo.InvariantCulture) },
                "--date-from-filename" => options with { DateFromFileName = true },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }
        return options;
    }

    private static string? RepoRoot { get; } = FindRoot();

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EditLint.sln")))
                return dir.FullName;
        }
        return null;
    }

    // Where tests/EditLint.Tests/Testing/SarifMultitool.cs installs it; a worktree may only have it in the main checkout.
    private static string? DefaultMultitool() =>
        new[] { RepoRoot, "/work/main" }.Where(r => r is not null)
            .Select(r => Path.Combine(r!, ".tools", "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool"))
            .FirstOrDefault(File.Exists);
}
