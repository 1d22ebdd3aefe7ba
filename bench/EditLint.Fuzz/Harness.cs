using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using EditLint.Diagnostics;
using EditLint.Engine;
using EditLint.Inputs;
using EditLint.Text;

namespace EditLint.Fuzz;

/// <summary>What one case gave: its failures, how long it took, and its SARIF log (for the multitool sample).</summary>
internal sealed record Outcome(IReadOnlyList<Failure> Failures, TimeSpan Elapsed, long AllocatedBytes, string? Sarif);

/// <summary>
/// Runs one case the way <c>editlint check</c> does, in-process: its files written to a workspace folder, the
/// configuration read (<see cref="ConfiguredEngine"/>), the engine run on one thread, the JSON and SARIF reports
/// written; then checks the result.
/// </summary>
internal sealed partial class Harness
{
    private readonly LintEngine _engine;
    private readonly string _workspace;
    private readonly TimeSpan _timeout;
    private readonly MethodInfo _createReporter;
    private readonly MethodInfo _writeReport;

    public Harness(LintEngine engine, string workspace, TimeSpan timeout)
    {
        _engine = engine;
        _workspace = workspace;
        _timeout = timeout;
        // The reporters are the CLI's internals (it is their only host); reflection reaches them without widening
        // the CLI's API for a bench tool. A rename fails here, at start-up, not silently.
        var cli = Assembly.Load(new AssemblyName("EditLint.Cli"));
        _createReporter = cli.GetType("EditLint.Cli.Reporters.ReporterFactory", throwOnError: true)!.GetMethod("Create", BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException("ReporterFactory.Create(format, workingDirectory) is gone.");
        _writeReport = cli.GetType("EditLint.Cli.Reporters.IReporter", throwOnError: true)!.GetMethod("Write")
            ?? throw new InvalidOperationException("IReporter.Write(result, writer) is gone.");
    }

    public string Workspace => _workspace;

    /// <summary>Writes the case's files into the (emptied) workspace folder.</summary>
    public void Lay(FuzzCase fuzzCase) => Lay(fuzzCase, _workspace);

    public static void Lay(FuzzCase fuzzCase, string folder)
    {
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        foreach (var file in fuzzCase.Files)
        {
            var path = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }
    }

    public Outcome Run(FuzzCase fuzzCase)
    {
        Lay(fuzzCase);
        ThrownExceptions.Clear();
        var failures = new List<Failure>();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var stopwatch = Stopwatch.StartNew();
        string? sarif = null;
        var phase = "configuration";
        try
        {
            using var timeout = new CancellationTokenSource(_timeout);
            var files = fuzzCase.Articles.Select(a => Path.Combine(_workspace, a.Path)).Select(p => (p, InputResolver.DisplayPath(p, _workspace))).ToList();
            var options = new LintOptions { PublicationDate = fuzzCase.Date, DateFromFileName = fuzzCase.DateFromFileName, MaxDegreeOfParallelism = 1 };
            var configured = ConfiguredEngine.Create(_engine, files.Select(f => f.p), p => InputResolver.DisplayPath(p, _workspace), options, LinkBoundary.None);
            phase = "run";
            var result = configured.Engine.Run(files, configured.Options, timeout.Token);
            phase = "checks";
            ReportChecks.CheckFindings(fuzzCase, result, failures);
            phase = "JSON report";
            ReportChecks.CheckJson(Report("json", result), result, failures);
            phase = "SARIF report";
            sarif = Report("sarif", result);
            ReportChecks.CheckSarif(sarif, result, failures);
        }
        catch (OperationCanceledException)
        {
            failures.Add(new Failure($"timeout (over {_timeout.TotalSeconds:0} s)", $"the {phase} took more than {_timeout.TotalSeconds:0} s and was cancelled"));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var inner = e is TargetInvocationException { InnerException: { } thrown } ? thrown : e;
            // Parallel.For wraps what a document threw.
            if (inner is AggregateException aggregate)
                inner = aggregate.Flatten().InnerExceptions[0];
            failures.Add(new Failure($"exception in {phase}: {inner.GetType().Name} at {Where(inner)}", Describe(inner)));
        }
        stopwatch.Stop();
        // The fuzz pack's rules are numbered EL4190-EL4199 at random: one kind whatever the number.
        failures = [.. failures.Select(f => f with { Kind = FuzzPackRule().Replace(f.Kind, "EL419x") })];
        return new Outcome(failures, stopwatch.Elapsed, GC.GetTotalAllocatedBytes() - allocatedBefore, sarif);
    }

    private string Report(string format, LintResult result)
    {
        var reporter = _createReporter.Invoke(null, [format, _workspace])!;
        using var writer = new StringWriter();
        _writeReport.Invoke(reporter, [result, writer]);
        return writer.ToString();
    }

    [GeneratedRegex(@"EL419\d")]
    private static partial Regex FuzzPackRule();

    /// <summary>The innermost EditLint frame of an exception: where our code went wrong, whatever it called.</summary>
    internal static string Where(Exception e)
    {
        var frames = new StackTrace(e, fNeedFileInfo: false).GetFrames();
        var ours = frames.FirstOrDefault(f => f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("EditLint", StringComparison.Ordinal) == true && f.GetMethod()?.DeclaringType?.Namespace != typeof(Harness).Namespace)
            ?? frames.FirstOrDefault();
        return ours?.GetMethod() is { DeclaringType: { } type } method ? $"{type.FullName}.{method.Name}" : "(no frame)";
    }

    internal static string Describe(Exception e)
    {
        var lines = e.ToString().Split('\n');
        return string.Join('\n', lines.Take(25)) + (lines.Length > 25 ? "\n   …" : "");
    }
}

/// <summary>The checks every case passes: no EL9001, every position inside its file, reports that parse and hold together.</summary>
internal static partial class ReportChecks
{
    public static void CheckFindings(FuzzCase fuzzCase, LintResult result, List<Failure> failures)
    {
        var texts = new Dictionary<string, (TextLines Lines, bool Decoded)>(StringComparer.Ordinal);
        foreach (var file in result.Files)
        {
            if (file.Document is { } document)
                texts[file.Path] = (new TextLines(document.Source.Text), true);
        }
        // Files the engine did not read into a document (unreadable articles, configuration, packs): an independent
        // lossy decoding, good enough to bound a line and column.
        foreach (var file in fuzzCase.Files)
            texts.TryAdd(file.Path, (new TextLines(LossyText(file.Content)), false));

        foreach (var d in result.Diagnostics)
        {
            if (d.Id == EngineRules.RuleFailed.Id)
                failures.Add(RuleFailed(d));
            if (!texts.TryGetValue(d.Path, out var text))
            {
                failures.Add(new Failure($"position {d.Id}: finding on a file not in the run", $"'{d.Path}': {d.Message}", d.Id));
                continue;
            }
            CheckLocation(failures, d, text.Lines, text.Decoded, d.Span, d.Position, "finding");
            foreach (var related in d.RelatedLocations)
                CheckLocation(failures, d, text.Lines, text.Decoded, related.Span, related.Position, "related location");
            foreach (var edit in d.Fixes.SelectMany(f => f.Edits))
            {
                if (edit.Span.Start < 0 || edit.Span.Length < 0 || edit.Span.End > text.Lines.Length)
                    failures.Add(new Failure($"position {d.Id}: fix edits outside the text", $"{d.Path}: edit {edit.Span} in a text of {text.Lines.Length} chars: {d.Message}", d.Id));
            }
        }
    }

    private static void CheckLocation(List<Failure> failures, Diagnostic d, TextLines lines, bool decoded, TextSpan span, LinePositionSpan position, string what)
    {
        var where = $"{d.Path} {what} {span} at {position}: {d.Id} {d.Message}";
        if (span.Start < 0 || span.Length < 0 || span.End > lines.Length)
        {
            failures.Add(new Failure($"position {d.Id}: span outside the text", $"{where} (text of {lines.Length} chars)", d.Id));
            return;
        }
        foreach (var (point, name) in new[] { (position.Start, "start"), (position.End, "end") })
        {
            if (point.Line < 0 || point.Line >= lines.Count)
            {
                failures.Add(new Failure($"position {d.Id}: line outside the file", $"{where}: {name} line {point.Line + 1} in a file of {lines.Count} lines", d.Id));
                break;
            }
            if (point.Character < 0 || point.Character > lines.ContentLength(point.Line))
            {
                failures.Add(new Failure($"position {d.Id}: column past the end of its line", $"{where}: {name} column {point.Character + 1}; line {point.Line + 1} has {lines.ContentLength(point.Line)} chars", d.Id));
                break;
            }
        }
        if (position.End < position.Start)
            failures.Add(new Failure($"position {d.Id}: ends before it starts", where, d.Id));
        // Where the engine decoded the text itself, line and column must be exactly where the span is.
        if (decoded && (lines.PositionOf(span.Start) != (position.Start.Line, position.Start.Character) || lines.PositionOf(span.End) != (position.End.Line, position.End.Character)))
        {
            var (sl, sc) = lines.PositionOf(span.Start);
            var (el, ec) = lines.PositionOf(span.End);
            failures.Add(new Failure($"position {d.Id}: line/column disagree with the span", $"{where} (the span is at {sl + 1}:{sc + 1}-{el + 1}:{ec + 1})", d.Id));
        }
    }

    /// <summary>
    /// EL9001 grouped by exception type and the EditLint code that threw it (one date bug fails several rules: one
    /// kind, each rule named); the message itself varies by input.
    /// </summary>
    private static Failure RuleFailed(Diagnostic d)
    {
        var match = RuleFailedMessage().Match(d.Message);
        if (!match.Success)
            return new Failure("EL9001: " + d.Message, $"{d.Path}: {d.Message}");
        var (rule, type, where) = (match.Groups["rule"].Value, match.Groups["type"].Value, match.Groups["where"].Value);
        var thrown = ThrownExceptions.Find(type, d.Message);
        return new Failure($"EL9001: {type} at {thrown?.Where ?? where}",
            $"{d.Path}:{d.Position.Start}: {d.Message}" + (thrown is { } t ? $"\nthrown at:\n{t.Stack}" : ""), rule);
    }

    [GeneratedRegex(@"^Rule (?<rule>\S+) failed.*?: (?<type>\w+): .* in (?<where>[\w.<>`]+)$", RegexOptions.Singleline)]
    private static partial Regex RuleFailedMessage();

    // Decoded as EditLint decodes configuration and pack files (SafeFile.ReadText): UTF-8, or the encoding a byte-order
    // mark names (a UTF-16 pack is one line of UTF-16 text, not of UTF-8 garbage), invalid bytes replaced.
    internal static string LossyText(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
