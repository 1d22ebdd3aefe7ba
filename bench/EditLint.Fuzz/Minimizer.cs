namespace EditLint.Fuzz;

/// <summary>
/// Shrinks a failing case while it still fails the same way (same <see cref="Failure.Kind"/>): drops run options
/// and files, then cuts each file down by lines and then by bytes (delta debugging). Bounded by a number of runs
/// and by time: an input that fails by timing out a regex takes seconds a run.
/// </summary>
internal sealed class Minimizer(Harness harness, int maxRuns, TimeSpan maxTime)
{
    private int _runs;
    private System.Diagnostics.Stopwatch _clock = new();

    private bool Spent => _runs >= maxRuns || _clock.Elapsed > maxTime;

    public FuzzCase Minimize(FuzzCase fuzzCase, string kind)
    {
        _runs = 0;
        _clock = System.Diagnostics.Stopwatch.StartNew();
        bool Fails(FuzzCase candidate)
        {
            _runs++;
            return harness.Run(candidate).Failures.Any(f => f.Kind == kind);
        }

        if (fuzzCase.Date is not null && Fails(fuzzCase with { Date = null }))
            fuzzCase = fuzzCase with { Date = null };
        if (fuzzCase.DateFromFileName && Fails(fuzzCase with { DateFromFileName = false }))
            fuzzCase = fuzzCase with { DateFromFileName = false };
        for (var i = fuzzCase.Files.Count - 1; i >= 0 && !Spent; i--)
        {
            var candidate = fuzzCase.WithoutFile(i);
            if (candidate.Articles.Any() && Fails(candidate))
                fuzzCase = candidate;
        }
        for (var i = 0; i < fuzzCase.Files.Count; i++)
        {
            var index = i;
            var current = fuzzCase;
            var content = Shrink(fuzzCase.Files[i].Content, bytes => Fails(current.WithFile(index, bytes)), byLines: true);
            content = Shrink(content, bytes => Fails(current.WithFile(index, bytes)), byLines: false);
            fuzzCase = fuzzCase.WithFile(i, content);
        }
        return fuzzCase;
    }

    private byte[] Shrink(byte[] content, Func<byte[], bool> fails, bool byLines)
    {
        var units = byLines ? SplitLines(content) : [.. content.Select(b => new[] { b })];
        var chunk = Math.Max(1, units.Count / 2);
        while (chunk >= 1 && units.Count > 0 && !Spent)
        {
            var progress = false;
            for (var start = 0; start < units.Count && !Spent;)
            {
                var candidate = units.Take(start).Concat(units.Skip(start + chunk)).ToList();
                if (fails(Join(candidate)))
                {
                    units = candidate;
                    progress = true;
                }
                else
                {
                    start += chunk;
                }
            }
            if (!progress)
                chunk /= 2;
            else
                chunk = Math.Min(chunk, Math.Max(1, units.Count / 2));
        }
        return Join(units);
    }

    private static List<byte[]> SplitLines(byte[] content)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] == '\n')
            {
                lines.Add(content[start..(i + 1)]);
                start = i + 1;
            }
        }
        if (start < content.Length)
            lines.Add(content[start..]);
        return lines;
    }

    private static byte[] Join(List<byte[]> units) => [.. units.SelectMany(u => u)];
}
