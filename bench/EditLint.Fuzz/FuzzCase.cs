namespace EditLint.Fuzz;

/// <summary>What a file of a fuzz case is: what the fuzzer lints, or what configures the run.</summary>
internal enum FileRole
{
    Article,
    Config,
    PackManifest,
    PackRule,
}

/// <summary>One file of a fuzz case, relative to the case's workspace folder ('/' separated).</summary>
internal sealed record FuzzFile(string Path, byte[] Content, FileRole Role);

/// <summary>
/// One input of the fuzz run: the files of a small content repo (one or two articles, perhaps a
/// <c>.editlint.yaml</c> and a rule pack), the run's options, and what was done to make it (for the repro).
/// </summary>
internal sealed record FuzzCase(IReadOnlyList<FuzzFile> Files, DateOnly? Date, bool DateFromFileName, IReadOnlyList<string> Steps)
{
    public IEnumerable<FuzzFile> Articles => Files.Where(f => f.Role == FileRole.Article);

    public FuzzCase WithFile(int index, byte[] content) =>
        this with { Files = [.. Files.Select((f, i) => i == index ? f with { Content = content } : f)] };

    public FuzzCase WithoutFile(int index) => this with { Files = [.. Files.Where((_, i) => i != index)] };

    /// <summary>The command line that runs this case with the CLI, from its workspace folder.</summary>
    public string CommandLine()
    {
        List<string> args = ["editlint", "check", .. Articles.Select(a => a.Path), "--format", "sarif"];
        if (Date is { } date)
            args.AddRange(["--date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]);
        if (DateFromFileName)
            args.Add("--date-from-filename");
        return string.Join(' ', args.Select(a => a.Any(char.IsWhiteSpace) ? $"'{a}'" : a));
    }
}
