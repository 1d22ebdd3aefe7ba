using EditLint.Cli;
using EditLint.Tests.Testing;
using Xunit.Abstractions;

namespace EditLint.Tests.Robustness;

/// <summary>
/// What the fuzz run (bench/EditLint.Fuzz) found in configuration reading, YAML positions and file positions, each as
/// the fuzzer's minimal repro run through the built CLI under the issue's bound: a clear finding naming the file and a
/// position inside it, the other files' findings kept, within 10 s and 500 MB.
/// </summary>
public sealed class FuzzFindingsTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(10);
    private const long MemoryLimit = 500L << 20;

    // A sentence said twice is EL4002 wherever it is: proof that a document's body was linted.
    private const string Body = "# Council meets\n\nThe council met on the budget today. The council met on the budget today.\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("editlint-fuzzfix-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private BoundedRun Check(params string[] args)
    {
        var run = BoundedProcess.Cli(_directory, TimeLimit, MemoryLimit, ["check", .. args]);
        output.WriteLine(run.ToString());
        Assert.InRange(run.Elapsed, TimeSpan.Zero, TimeLimit);
        Assert.InRange(run.PeakResidentBytes, 0, MemoryLimit);
        return run;
    }

    private void Write(string name, string text) => WriteBytes(name, System.Text.Encoding.UTF8.GetBytes(text));

    private void WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_directory, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    private static bool Linted(BoundedRun run, string file) =>
        run.Out.Split('\n').Any(l => l.StartsWith(file + ":3:", StringComparison.Ordinal) && l.Contains("EL4002"));

    [Fact]
    public void Override_glob_with_an_unclosed_brace_is_EL9003_at_the_glob_and_the_run_goes_on()
    {
        // Fuzz seed 13, case 2121: one flipped bit made a brace that never closes, and Regex threw out of the whole run.
        Write(".editlint.yaml", "overrides:\n- files: [\"{\"]\n  rules:\n    EL4002: error\n");
        Write("article.md", Body);

        var run = Check("article.md");

        Assert.Contains(".editlint.yaml:2:11: error EL9003: .editlint.yaml:2:11: invalid glob '{': the '{' at column 1 is never closed", run.Out);
        Assert.True(Linted(run, "article.md"), run.Out);
    }

    [Fact]
    public void Override_glob_with_a_reversed_range_is_EL9003_at_the_glob()
    {
        Write(".editlint.yaml", "overrides:\n- files: \"[z-a].md\"\n  rules:\n    EL4002: error\n");
        Write("article.md", Body);

        var run = Check("article.md");

        Assert.Contains(".editlint.yaml:2:10: error EL9003: .editlint.yaml:2:10: invalid glob '[z-a].md'", run.Out);
        Assert.True(Linted(run, "article.md"), run.Out);
    }

    [Fact]
    public void Editorconfig_section_with_an_unclosed_brace_is_EL9003_at_its_line()
    {
        Write(".editorconfig", "root = true\r[{]\reditlint_diagnostic.EL4002.severity = none\r");
        Write("article.md", Body);

        var run = Check("article.md");

        Assert.Contains(".editorconfig:2:1: error EL9003: .editorconfig:2:1: invalid glob '{'", run.Out);
        Assert.True(Linted(run, "article.md"), run.Out);
    }

    [Fact]
    public void Command_line_glob_with_an_unclosed_brace_is_a_usage_error_naming_it()
    {
        Write("article.md", Body);

        var run = Check("{*.md", "article.md");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("'{*.md': invalid glob '{*.md': the '{' at column 1 is never closed", run.Error);
        Assert.DoesNotContain("internal error", run.Error);
    }

    [Fact]
    public void Override_glob_of_168_KB_is_EL9003_without_compiling_it()
    {
        // The fuzzer's 168 KB glob (a sentence pasted 3,000 times) took 6-19 s and allocated 10.7 GB compiling and matching it.
        var glob = "opinio" + string.Concat(Enumerable.Repeat("The court said on Tuesday that 1,000 people were hurt. ", 3_000));
        Write(".editlint.yaml", "overrides:\n- files: \"" + glob + "\"\n  rules:\n    EL4002: error\n");
        Write("article.md", Body);

        var run = Check("article.md");

        Assert.Contains($".editlint.yaml:2:10: error EL9003: .editlint.yaml:2:10: the glob is {glob.Length:N0} characters long; globs may be at most 1,000", run.Out);
        Assert.True(Linted(run, "article.md"), run.Out);
    }

    [Fact]
    public void Override_glob_with_many_stars_matches_a_long_file_name_in_linear_time()
    {
        // A backtracking matcher tries every way to split the name among the stars: exponential, and past Regex's
        // timeout an exception. The file name does not match (no 'b'), which is the slow case.
        var glob = string.Concat(Enumerable.Repeat("*a", 30)) + "*b.md";
        Write(".editlint.yaml", "overrides:\n- files: \"" + glob + "\"\n  rules:\n    EL4002: error\n");
        var name = new string('a', 200) + ".md";
        Write(name, Body);

        var run = Check(name);

        Assert.DoesNotContain("EL9001", run.Out);
        Assert.DoesNotContain("EL9003", run.Out);
        Assert.Contains(run.Out.Split('\n'), l => l.StartsWith(name + ":3:", StringComparison.Ordinal) && l.Contains("warning EL4002"));
    }

    [Fact]
    public void Configuration_the_YAML_library_throws_on_is_EL9003_and_the_run_goes_on()
    {
        // Fuzz seed 13, case 7963: YamlDotNet threw ArgumentException ("current event is of an unsupported type").
        Write(".editlint.yaml", " : f");
        Write("article.md", Body);

        var run = Check("article.md");

        Assert.Matches(@"\.editlint\.yaml:1:[1-5]: error EL9003: \.editlint\.yaml:1:[1-5]: invalid YAML", run.Out);
        Assert.True(Linted(run, "article.md"), run.Out);
    }

    [Fact]
    public void Pack_rule_the_YAML_library_throws_on_is_EL9003_and_the_other_rules_load()
    {
        Write(".editlint.yaml", "pack-folders: [styles]\n");
        Write("styles/house/pack.yaml", "pack: house\nprefix: EL\ndescription: House style.\n");
        Write("styles/house/EL4190.odd.yaml", " : f");
        Write("styles/house/EL4191.fine.yaml", "id: EL4191\ntitle: Rule EL4191\nmessage: \"'{0}'\"\ncheck: existence\ntokens: [council]\n");
        Write("article.md", Body);

        var run = Check("article.md");

        Assert.Matches(@"EL4190\.odd\.yaml:1:[1-5]: error EL9003: .*invalid YAML", run.Out);
        Assert.Contains(run.Out.Split('\n'), l => l.StartsWith("article.md:3:", StringComparison.Ordinal) && l.Contains("EL4191"));
    }

    [Fact]
    public void Front_matter_the_YAML_library_throws_on_is_EL9002_at_its_line_and_the_body_is_still_linted()
    {
        Write("odd.md", "---\n : f\n---\n\n" + Body);
        Write("fine.md", Body);

        var run = Check("odd.md", "fine.md");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        Assert.Matches(@"odd\.md:2:[1-5]: error EL9002: Front matter is not valid YAML \(line 2, column [1-5]\)", run.Out);
        Assert.Contains(run.Out.Split('\n'), l => l.StartsWith("odd.md:7:", StringComparison.Ordinal) && l.Contains("EL4002"));
        Assert.True(Linted(run, "fine.md"), run.Out);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'\r', 0xBF }, "2:1")] // fuzz seed 13, case 54: reported at 1:2
    [InlineData(new byte[] { (byte)'\r', (byte)'\n', 0xFF }, "2:1")]
    [InlineData(new byte[] { (byte)'a', (byte)'\r', (byte)'b', (byte)'\r', (byte)'\r', (byte)'c', 0xC3 }, "4:2")]
    [InlineData(new byte[] { (byte)'a', (byte)'\r', (byte)'b', 0 }, "2:2")]
    public void Undecodable_byte_after_CR_line_breaks_is_EL9002_at_the_line_SourceText_counts(byte[] bytes, string position)
    {
        WriteBytes("bad.txt", bytes);
        Write("fine.md", Body);

        var run = Check("bad.txt", "fine.md");

        Assert.Contains($"bad.txt:{position}: error EL9002:", run.Out);
        Assert.True(Linted(run, "fine.md"), run.Out);
    }

    [Fact]
    public void NUL_character_in_UTF16_after_CR_line_breaks_is_EL9002_at_the_line_SourceText_counts()
    {
        WriteBytes("wide.txt", [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("a\rbc\r\nd\0")]);

        var run = Check("wide.txt");

        Assert.Contains("wide.txt:3:2: error EL9002:", run.Out);
    }

    [Theory]
    [InlineData("{", "1:2")] // fuzz seed 14, case 764: reported on line 2 of a 1-line file
    [InlineData("\r\n{", "2:2")]
    [InlineData("rules:\r  EL4002: bogus\r", "2:3")] // CR-only breaks, as SourceText counts them
    [InlineData("# a\u2028# b\nrules:\n  EL4002: bogus\n", "3:3")] // YamlDotNet counts U+2028 as a line break; SourceText does not
    [InlineData("# a\u0085# b\nrules:\n  EL4002: bogus\n", "3:3")]
    [InlineData("# a\u2029# b\rrules: {EL4002: bogus}", "2:9")]
    public void Configuration_problem_position_is_inside_the_file_as_SourceText_counts_lines(string yaml, string position)
    {
        Write(".editlint.yaml", yaml);
        Write("article.md", Body);

        var run = Check("article.md");

        Assert.Contains($".editlint.yaml:{position}: error EL9003: .editlint.yaml:{position}:", run.Out);
    }

    [Fact]
    public void Front_matter_after_a_U2028_is_reported_at_the_line_SourceText_counts()
    {
        Write("odd.md", "---\n# a\u2028# b\npublished: nonsense\n---\n\n" + Body);

        var run = Check("odd.md");

        Assert.Contains("odd.md:3:12: error EL9002: Front matter 'published: nonsense' is not a date", run.Out);
    }
}
