using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EditLint.Fuzz;

/// <summary>
/// Failures grouped by kind: how many inputs hit each, the first one, and for each new kind a repro folder with the
/// case as generated (case/), the case shrunk (minimal/), and a README saying what failed and how to run it again.
/// </summary>
internal sealed partial class FailureStore(string folder, ulong seed)
{
    private sealed class Group(int number, string kind, long firstIndex, string repro)
    {
        public int Number { get; } = number;
        public string Kind { get; } = kind;
        public long FirstIndex { get; } = firstIndex;
        public string Repro { get; } = repro;
        public int Inputs { get; set; }
        public int Findings { get; set; }
        public SortedSet<string> Rules { get; } = new(StringComparer.Ordinal);
    }

    private readonly Dictionary<string, Group> _groups = new(StringComparer.Ordinal);
    private readonly HashSet<long> _cases = [];

    public int KindCount => _groups.Count;

    public int CaseCount => _cases.Count;

    /// <summary>Records the failures of one kind that one input had.</summary>
    public void Add(long index, FuzzCase fuzzCase, IReadOnlyList<Failure> sameKind, Func<string, (FuzzCase Case, Failure? Failure)>? minimize)
    {
        var failure = sameKind[0];
        _cases.Add(index);
        if (!_groups.TryGetValue(failure.Kind, out var group))
        {
            var number = _groups.Count + 1;
            var repro = Path.Combine(folder, "failures", $"{number:00}-{Slug(failure.Kind)}");
            group = new Group(number, failure.Kind, index, repro);
            _groups.Add(failure.Kind, group);
            Console.WriteLine($"new failure #{number} at case {index}: {failure.Kind}");
            Write(repro, index, fuzzCase, failure, minimize);
        }
        group.Inputs++;
        group.Findings += sameKind.Count;
        group.Rules.UnionWith(sameKind.Select(f => f.Rule).OfType<string>());
    }

    /// <summary>A run that died on a case leaves its marker and workspace: keep them as a repro of a crash.</summary>
    public void RecoverCrash(string marker)
    {
        if (!File.Exists(marker))
            return;
        var crash = Path.Combine(folder, "crashes", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(crash);
        var current = Path.Combine(folder, "current");
        if (Directory.Exists(current))
            Directory.Move(current, Path.Combine(crash, "case"));
        File.Move(marker, Path.Combine(crash, "README.md"));
        Console.WriteLine($"The last run ended during a case (the process died: stack overflow, out of memory or killed); kept in {crash}");
    }

    public string Table()
    {
        if (_groups.Count == 0)
            return "No failures.\n";
        var table = new StringBuilder("| # | Kind | Rules | Inputs | Findings | First case | Repro |\n|---|---|---|---:|---:|---:|---|\n");
        foreach (var g in _groups.Values.OrderByDescending(g => g.Inputs).ThenBy(g => g.Number))
            table.AppendLine(CultureInfo.InvariantCulture, $"| {g.Number} | {g.Kind.Replace("|", "\\|", StringComparison.Ordinal)} | {string.Join(", ", g.Rules)} | {g.Inputs:N0} | {g.Findings:N0} | {g.FirstIndex} | {Path.GetRelativePath(folder, g.Repro)} |");
        return table.ToString();
    }

    private void Write(string repro, long index, FuzzCase fuzzCase, Failure failure, Func<string, (FuzzCase Case, Failure? Failure)>? minimize)
    {
        Directory.CreateDirectory(repro);
        Harness.Lay(fuzzCase, Path.Combine(repro, "case"));
        var readme = new StringBuilder();
        readme.AppendLine(CultureInfo.InvariantCulture, $"# {failure.Kind}");
        readme.AppendLine();
        readme.AppendLine("```");
        readme.AppendLine(failure.Detail);
        readme.AppendLine("```");
        readme.AppendLine();
        readme.AppendLine(CultureInfo.InvariantCulture, $"Seed {seed}, case {index}. Remake it: `dotnet run -c Release --project bench/EditLint.Fuzz -- --corpus CORPUS --seed {seed} --start {index} --count 1`.");
        readme.AppendLine(CultureInfo.InvariantCulture, $"Run it again as it is: `--replay {Path.Combine(repro, "case")}`; with the CLI, from that folder: `{fuzzCase.CommandLine()}`.");
        readme.AppendLine();
        readme.AppendLine("How the fuzzer made it:");
        readme.AppendLine();
        readme.AppendLine("```");
        foreach (var step in fuzzCase.Steps)
            readme.AppendLine(step);
        readme.AppendLine("```");
        // Written before shrinking too: shrinking can take minutes, and the run may be stopped meanwhile.
        File.WriteAllText(Path.Combine(repro, "README.md"), readme.ToString());
        if (minimize is not null)
        {
            var (minimal, minimalFailure) = minimize(failure.Kind);
            var minimalFolder = Path.Combine(repro, "minimal");
            Harness.Lay(minimal, minimalFolder);
            readme.AppendLine();
            readme.AppendLine(CultureInfo.InvariantCulture, $"Minimized (still fails the same way): `--replay {minimalFolder}`{(minimal.Date is { } d ? $" --date {d:yyyy-MM-dd}" : "")}{(minimal.DateFromFileName ? " --date-from-filename" : "")}; CLI: `{minimal.CommandLine()}`.");
            if (minimalFailure is not null)
            {
                readme.AppendLine();
                readme.AppendLine("```");
                readme.AppendLine(minimalFailure.Detail);
                readme.AppendLine("```");
            }
            foreach (var file in minimal.Files)
            {
                readme.AppendLine();
                readme.AppendLine(CultureInfo.InvariantCulture, $"`{file.Path}` ({file.Content.Length} bytes{(file.Content.Length > 2000 ? ", first 2,000 shown" : "")}; `\\uXXXX` and `\\xHH` stand for control characters and bytes that are not UTF-8):");
                readme.AppendLine();
                readme.AppendLine("```");
                readme.AppendLine(Escaped(file.Content.AsSpan(0, Math.Min(2000, file.Content.Length))));
                readme.AppendLine("```");
            }
        }
        File.WriteAllText(Path.Combine(repro, "README.md"), readme.ToString());
    }

    /// <summary>Bytes as readable text: valid UTF-8 as itself (newlines kept), everything else escaped.</summary>
    private static string Escaped(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder();
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var i = 0;
        while (i < bytes.Length)
        {
            var length = bytes[i] < 0x80 ? 1 : bytes[i] >= 0xF0 ? 4 : bytes[i] >= 0xE0 ? 3 : bytes[i] >= 0xC0 ? 2 : 1;
            string? decoded = null;
            if (i + length <= bytes.Length)
            {
                try
                {
                    decoded = decoder.GetString(bytes.Slice(i, length));
                }
                catch (DecoderFallbackException)
                {
                }
            }
            if (decoded is null)
            {
                text.Append(CultureInfo.InvariantCulture, $"\\x{bytes[i]:X2}");
                i++;
                continue;
            }
            foreach (var c in decoded)
                text.Append(c is '\n' ? "\n" : char.IsControl(c) || c is '\uFEFF' or '\u2028' or '\u2029' ? $"\\u{(int)c:X4}" : c.ToString());
            i += length;
        }
        return text.ToString();
    }

    private static string Slug(string kind)
    {
        var slug = NonWord().Replace(kind.ToLowerInvariant(), "-").Trim('-');
        return slug.Length > 80 ? slug[..80] : slug;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonWord();
}
