using System.Text.RegularExpressions;
using EditLint.Cli;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Cli;

/// <summary>
/// What <c>check</c> draws on a terminal (colours, source lines with carets, grouped by file; a progress bar) and what
/// it writes when piped or told not to (plain lines); <c>--quiet</c> and <c>--verbose</c>.
/// </summary>
public sealed partial class TerminalOutputTests : IDisposable
{
    private static readonly Terminal OnTerminal = new(Out: true, Error: true, NoColor: false, Width: 100);

    private readonly string _directory = Directory.CreateTempSubdirectory("editlint-terminal-").FullName;

    public TerminalOutputTests() => File.WriteAllText(Path.Combine(_directory, "a.md"), CheckCommandTests.ArticleWithDuplicate);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private CliRun Run(Terminal terminal, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = Program.Run(args, stdout, stderr, _directory, terminal);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    [GeneratedRegex("\u001b\\[[0-9;]*m")]
    private static partial Regex Ansi();

    [Fact]
    public void On_a_terminal_findings_are_grouped_by_file_in_colour_with_the_line_and_a_caret_under_the_span()
    {
        var run = Run(OnTerminal, "check", ".");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        Assert.Contains("\u001b[33m\u001b[1mwarning", run.Out, StringComparison.Ordinal);
        var lines = Ansi().Replace(run.Out, "").Split('\n');
        Assert.Equal(1, lines.Count(l => l == "a.md"));
        var finding = Array.FindIndex(lines, l => l.Contains("EL4002", StringComparison.Ordinal));
        Assert.StartsWith("  13:1    warning This sentence already appears on line 9", lines[finding], StringComparison.Ordinal);
        var (source, caret) = (lines[finding + 1], lines[finding + 2]);
        Assert.StartsWith("  13 │ ", source, StringComparison.Ordinal);
        // The caret starts under the span's first letter and runs to its end (the repeated sentence is the whole line).
        var sentence = source["  13 │ ".Length..];
        Assert.Equal("  " + new string(' ', 2) + " │ " + new string('^', sentence.Length), caret);
        Assert.Matches(@"^1 file, \d+ findings? ", lines.Last(l => l.Length > 0));
    }

    [Theory]
    [InlineData(false, true)]   // NO_COLOR or TERM=dumb
    [InlineData(true, false)]   // --no-color
    public void Without_colour_the_terminal_gets_the_plain_lines_a_pipe_gets(bool noColorOption, bool noColorEnvironment)
    {
        var piped = Run(Terminal.None, "check", ".");

        var run = noColorOption
            ? Run(OnTerminal, "check", ".", "--no-color")
            : Run(OnTerminal with { NoColor = noColorEnvironment }, "check", ".");

        Assert.DoesNotContain("\u001b", run.Out, StringComparison.Ordinal);
        Assert.Equal(Lines(piped.Out), Lines(run.Out));
        Assert.Contains("a.md:13:1: warning EL4002: This sentence already appears on line 9", run.Out, StringComparison.Ordinal);
    }

    // Every line but the summary's trailing time.
    private static string[] Lines(string output) => [.. output.Split('\n').Select(l => Regex.Replace(l, @" — [0-9.]+ s$", ""))];

    [Fact]
    public void A_long_paragraph_is_cut_to_the_width_around_the_span()
    {
        var words = string.Join(' ', Enumerable.Repeat("The council met again on Tuesday to talk about the budget.", 8));
        File.WriteAllText(Path.Combine(_directory, "a.md"), CheckCommandTests.ArticleWithDuplicate.Replace("Councillors said the money", words + " Councillors said the money", StringComparison.Ordinal));

        var run = Run(OnTerminal with { Width = 60 }, "check", "a.md");

        var lines = Ansi().Replace(run.Out, "").Split('\n');
        var excerpts = lines.Where(l => l.Contains(" │ ", StringComparison.Ordinal) && l.Contains("council", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(excerpts);
        Assert.All(excerpts, l => Assert.InRange(l.Length, 1, 59));
        Assert.Contains(excerpts, l => l.Contains('…', StringComparison.Ordinal));
    }

    [Fact]
    public void Quiet_prints_only_findings_at_or_above_the_threshold_and_no_summary()
    {
        // "US" and "U.S.": an info finding, below the default threshold.
        File.WriteAllText(Path.Combine(_directory, "b.md"), CheckCommandTests.ArticleWithDuplicate.Replace("The city council", "The U.S. envoy and the US council", StringComparison.Ordinal));

        var run = Run(Terminal.None, "check", ".", "--quiet");

        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Matches(@"^[ab]\.md:\d+:\d+: (warning|error) EL", l));
        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Verbose_says_where_the_time_went()
    {
        var run = Run(Terminal.None, "check", ".", "--verbose");

        Assert.Contains("editlint: 1 files in ", run.Error, StringComparison.Ordinal);
        Assert.Matches(@"\n  \(facts\) +[0-9.]+ ms +[0-9.]+%", run.Error);
        Assert.Matches(@"\n  EL4002 +[0-9.]+ ms", run.Error);
        // The kinds of shared fact are listed under "(facts)", indented, and not counted again in the shares.
        Assert.Matches(@"\n  \(facts\) +[0-9.]+ ms +[0-9.]+%\n(    [A-Za-z]+ +[0-9.]+ ms +[0-9.]+%\n)*    Quote +[0-9.]+ ms", run.Error);
        var shares = Regex.Matches(run.Error, @"\n  \S.*? ([0-9.]+)%").Sum(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(shares, 98, 102); // each share rounded to 0.1%
        // What the garbage collector cost the process: how often each generation was collected, and the pauses.
        Assert.Matches(@"\neditlint: garbage collections: [0-9]+ young, [0-9]+ middle, [0-9]+ full; paused [0-9.]+ ms; heap [0-9.]+ MB at the end\n", run.Error);
    }

    [Theory]
    [InlineData(true, false)]   // editlint check … 2>log
    [InlineData(false, true)]   // editlint check … | tail
    public void Piped_output_never_gets_a_progress_bar(bool outIsTerminal, bool errorIsTerminal)
    {
        Assert.False((OnTerminal with { Out = outIsTerminal, Error = errorIsTerminal }).Progress);
        var run = Run(OnTerminal with { Out = outIsTerminal, Error = errorIsTerminal }, "check", ".");

        Assert.DoesNotContain("\r", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("█", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5, 10, 3, "[██████████████████░░░░░░░░░░░░░░░░░░] 5/10 files · 3 findings")]
    [InlineData(2000, 2000, 12345, "[██████████] 2,000 files · 12,345 findings · comparing articles…")]
    public void The_progress_bar_shows_files_done_and_findings_so_far(int done, int total, int findings, string expected)
    {
        Assert.Equal(expected, ProgressLine.Render(done, total, findings, 63));
    }

    [Fact]
    public void A_short_run_draws_no_progress_bar()
    {
        using var error = new StringWriter();
        using (var progress = new ProgressLine(error, 10, 80))
            progress.Linted(1);

        Assert.Equal("", error.ToString());
    }
}
