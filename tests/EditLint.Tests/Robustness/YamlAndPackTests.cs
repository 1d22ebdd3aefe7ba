using System.Text;
using EditLint.Cli;
using EditLint.Tests.Testing;
using Xunit.Abstractions;

namespace EditLint.Tests.Robustness;

/// <summary>
/// Hostile YAML (front matter, .editlint.yaml, rule packs), pack formulas and pack patterns, each run through the built
/// CLI under the issue's bound: a clear finding naming the file and position, the other files' findings kept, within
/// 10 s and 500 MB.
/// </summary>
public sealed class YamlAndPackTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(10);
    private const long MemoryLimit = 500L << 20;

    // A sentence said twice is EL4002 wherever it is: proof that a document's body was linted.
    private const string Body = "# Council meets\n\nThe council met on the budget today. The council met on the budget today.\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("editlint-yaml-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    // Nine anchors, each a list of nine aliases of the one before: 9^9 (387 million) strings in 342 bytes.
    private static string AliasBomb(string indent = "")
    {
        var yaml = new StringBuilder($"{indent}a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 1; level < 9; level++)
        {
            var name = (char)('a' + level);
            var previous = (char)(name - 1);
            yaml.Append($"{indent}{name}: &{name} [{string.Join(',', Enumerable.Repeat("*" + previous, 9))}]\n");
        }
        return yaml.ToString();
    }

    private static string Nested(int depth) => "x: " + new string('[', depth) + new string(']', depth) + "\n";

    private BoundedRun Check(params string[] args)
    {
        var run = BoundedProcess.Cli(_directory, TimeLimit, MemoryLimit, ["check", .. args]);
        output.WriteLine(run.ToString());
        Assert.InRange(run.Elapsed, TimeSpan.Zero, TimeLimit);
        Assert.InRange(run.PeakResidentBytes, 0, MemoryLimit);
        return run;
    }

    private void Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void Front_matter_alias_bomb_is_EL9002_at_the_alias_and_the_body_is_still_linted()
    {
        // The bomb sits under keys EditLint does not use. Its aliases stand for 90, 819, 7,380 and 66,429 nodes on lines 4-7;
        // the first alias on line 8 (column 8) adds 66,430 more and crosses the limit.
        Write("bomb.md", "---\ntitle: Council meets\n" + AliasBomb() + "---\n\n" + Body);
        Write("fine.md", Body);

        var run = Check("bomb.md", "fine.md");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        Assert.Contains("bomb.md:8:8: error EL9002: Front matter is not read (line 8, column 8): YAML aliases stand for more than 100,000 nodes in all", run.Out);
        Assert.Contains(run.Out.Split('\n'), l => l.StartsWith("bomb.md:16:38:", StringComparison.Ordinal) && l.Contains("EL4002"));
        Assert.Contains(run.Out.Split('\n'), l => l.StartsWith("fine.md:3:", StringComparison.Ordinal) && l.Contains("EL4002"));
    }

    [Fact]
    public void Front_matter_nested_20000_deep_is_EL9002_at_the_100th_bracket_and_the_body_is_still_linted()
    {
        Write("deep.md", "---\ntitle: Council meets\n" + Nested(20_000) + "---\n\n" + Body);
        Write("fine.md", Body);

        var run = Check("deep.md", "fine.md");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        // The top-level mapping is level 1, so the 100th bracket (column 3 + 100) is level 101.
        Assert.Contains("deep.md:3:103: error EL9002: Front matter is not read (line 3, column 103): YAML nested more than 100 levels deep", run.Out);
        Assert.Contains(run.Out.Split('\n'), l => l.StartsWith("deep.md:8:38:", StringComparison.Ordinal) && l.Contains("EL4002"));
        Assert.Contains(run.Out.Split('\n'), l => l.StartsWith("fine.md:3:", StringComparison.Ordinal) && l.Contains("EL4002"));
    }

    [Fact]
    public void Front_matter_alias_inside_its_own_anchor_is_EL9002_and_the_body_is_still_linted()
    {
        // 30 bytes: a list that contains itself, which reading the title walked until the stack overflowed.
        Write("cycle.md", "---\ntitle: &a [Council, *a]\n---\n\n" + Body);
        Write("fine.md", Body);

        var run = Check("cycle.md", "fine.md");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        Assert.Contains("cycle.md:2:21: error EL9002: Front matter is not read (line 2, column 21): the alias *a is inside the node it names (a cycle); the body is still checked.", run.Out);
        Assert.Contains(run.Out.Split('\n'), l => l.StartsWith("cycle.md:7:38:", StringComparison.Ordinal) && l.Contains("EL4002"));
        Assert.Contains(run.Out.Split('\n'), l => l.StartsWith("fine.md:3:38:", StringComparison.Ordinal) && l.Contains("EL4002"));
    }

    [Fact]
    public void Configuration_nested_50000_deep_is_EL9003_and_the_articles_are_still_linted()
    {
        Write(".editlint.yaml", "severity:\n  EL4002: error\n" + Nested(50_000));
        Write("article.md", Body);

        var run = Check("article.md");

        Assert.Contains(".editlint.yaml:3:103: error EL9003: .editlint.yaml:3:103: YAML nested more than 100 levels deep; the file is ignored", run.Out);
        // The file is ignored as a whole, so EL4002 keeps its default severity.
        Assert.Contains(run.Out.Split('\n'), l => l.StartsWith("article.md:3:", StringComparison.Ordinal) && l.Contains("warning EL4002"));
    }

    [Fact]
    public void Configuration_alias_bomb_is_EL9003_at_the_alias()
    {
        Write(".editlint.yaml", "vocabulary:\n  accept: [Council]\nlol:\n" + AliasBomb("  "));
        Write("article.md", Body);

        var run = Check("article.md");

        Assert.Contains(".editlint.yaml:9:10: error EL9003: .editlint.yaml:9:10: YAML aliases stand for more than 100,000 nodes in all", run.Out);
        Assert.Contains(run.Out.Split('\n'), l => l.StartsWith("article.md:3:", StringComparison.Ordinal) && l.Contains("EL4002"));
    }

    private const string Manifest = "pack: house\nprefix: EL\ndescription: House style.\n";

    private static string Rule(string id, string body) => $"id: {id}\ntitle: Rule {id}\nmessage: \"'{{0}}'\"\n{body}";

    [Fact]
    public void Pack_rule_nested_50000_deep_is_EL9003_and_the_other_rules_load()
    {
        Write(".editlint.yaml", "pack-folders: [styles]\n");
        Write("styles/house/pack.yaml", Manifest);
        Write("styles/house/EL4190.deep.yaml", Rule("EL4190", "check: existence\ntokens: [budget]\n") + Nested(50_000));
        Write("styles/house/EL4191.fine.yaml", Rule("EL4191", "check: existence\ntokens: [council]\n"));
        Write("article.md", Body);

        var run = Check("article.md");

        Assert.Contains("styles/house/EL4190.deep.yaml:6:103: error EL9003: styles/house/EL4190.deep.yaml:6:103: YAML nested more than 100 levels deep; the file is ignored", run.Out);
        Assert.Contains(run.Out.Split('\n'), l => l.StartsWith("article.md:3:5:", StringComparison.Ordinal) && l.Contains("EL4191"));
        Assert.DoesNotContain("EL4190 'budget'", run.Out);
    }

    [Theory]
    [InlineData("deep brackets", "formula: \"{0}words{1}\"", 12_000)]
    [InlineData("deep signs", "formula: \"{2}words\"", 12_000)]
    public void Pack_formula_nested_12000_deep_is_EL9003_at_the_formula(string what, string formula, int depth)
    {
        output.WriteLine(what);
        Write(".editlint.yaml", "pack-folders: [styles]\n");
        Write("styles/house/pack.yaml", Manifest);
        var text = string.Format(formula, new string('(', depth), new string(')', depth), new string('-', depth));
        Write("styles/house/EL4190.deep.yaml", Rule("EL4190", "check: metric\ncondition: '> 1'\n" + text + "\n"));
        Write("styles/house/EL4191.fine.yaml", Rule("EL4191", "check: existence\ntokens: [council]\n"));
        Write("article.md", Body);

        var run = Check("article.md");

        Assert.Contains("styles/house/EL4190.deep.yaml:6:10: error EL9003: styles/house/EL4190.deep.yaml:6:10: invalid formula: brackets and signs nest more than 100 deep at character 101", run.Out);
        Assert.Contains(run.Out.Split('\n'), l => l.StartsWith("article.md:3:5:", StringComparison.Ordinal) && l.Contains("EL4191"));
    }

    [Fact]
    public void Pack_formula_of_a_million_terms_is_evaluated_without_deep_calls()
    {
        // Not nested at all, yet a formula compiled to nested closures called itself once per term: stack overflow (4 MB).
        Write(".editlint.yaml", "pack-folders: [styles]\n");
        Write("styles/house/pack.yaml", Manifest);
        Write("styles/house/EL4190.long.yaml", Rule("EL4190", "check: metric\ncondition: '> 1'\nscope: paragraph\nformula: \"" + string.Join(" + ", Enumerable.Repeat("0", 1_000_000)) + " + words\"\n"));
        Write("article.md", Body);

        var run = Check("article.md");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        // 0 + 0 + … + words: the paragraph's 14 words.
        Assert.Contains("article.md:3:1: warning EL4190: '14'", run.Out);
    }

    [Fact]
    public void Catastrophic_pack_regex_over_a_long_run_of_as_is_EL9001_naming_rule_and_pattern()
    {
        Write(".editlint.yaml", "pack-folders: [styles]\n");
        Write("styles/house/pack.yaml", Manifest);
        Write("styles/house/EL4190.evil.yaml", Rule("EL4190", "check: existence\nnonword: true\ntokens: ['(a+)+$']\n"));
        Write("styles/house/EL4191.fine.yaml", Rule("EL4191", "check: existence\ntokens: [council]\n"));
        Write("evil.md", Body + "\n" + new string('a', 50_000) + "!\n");
        Write("fine.md", Body);

        var run = Check("evil.md", "fine.md");

        Assert.Matches(@"evil\.md:1:1: warning EL9001: Rule EL4190 failed on this document and was skipped: .*EL4190 \(styles/house/EL4190\.evil\.yaml\).*'\(\?:\(a\+\)\+\$\)'", run.Out);
        Assert.Contains(run.Out.Split('\n'), l => l.StartsWith("evil.md:3:5:", StringComparison.Ordinal) && l.Contains("EL4191"));
        Assert.Contains(run.Out.Split('\n'), l => l.StartsWith("fine.md:3:5:", StringComparison.Ordinal) && l.Contains("EL4191"));
        Assert.DoesNotContain(run.Out.Split('\n'), l => l.StartsWith("fine.md", StringComparison.Ordinal) && l.Contains("EL9001"));
    }

    // A substitution rule scans for all its swaps at once first; when that scan times out, the swap at fault is still
    // the one the finding names.
    [Fact]
    public void Catastrophic_swap_of_a_substitution_rule_is_EL9001_naming_its_own_pattern()
    {
        Write(".editlint.yaml", "pack-folders: [styles]\n");
        Write("styles/house/pack.yaml", Manifest);
        Write("styles/house/EL4190.evil.yaml", Rule("EL4190", "check: substitution\nnonword: true\nscope: paragraph\nswap:\n  'council': County\n  '(a+)+$': b\n"));
        Write("evil.md", Body + "\n" + new string('a', 50_000) + "!\n");
        Write("fine.md", Body);

        var run = Check("evil.md", "fine.md");

        Assert.Matches(@"evil\.md:1:1: warning EL9001: Rule EL4190 failed on this document and was skipped: .*EL4190 \(styles/house/EL4190\.evil\.yaml\).*'\(a\+\)\+\$'", run.Out);
        Assert.Contains(run.Out.Split('\n'), l => l.StartsWith("fine.md:3:5:", StringComparison.Ordinal) && l.Contains("EL4190"));
    }

    [Fact]
    public void Slow_pack_regex_over_300_paragraphs_runs_out_of_its_budget_with_EL9001()
    {
        // Each paragraph costs the pattern about 100 ms on 2 shared cores, well under its 500 ms match timeout, so only a
        // budget for the whole document stops it: without one the document took 30 s and reported nothing.
        Write(".editlint.yaml", "pack-folders: [styles]\n");
        Write("styles/house/pack.yaml", Manifest);
        Write("styles/house/EL4190.slow.yaml", Rule("EL4190", "check: existence\nnonword: true\nscope: paragraph\ntokens: ['(a|aa)+$']\n"));
        Write("styles/house/EL4191.fine.yaml", Rule("EL4191", "check: existence\ntokens: [council]\n"));
        Write("slow.md", Body + string.Concat(Enumerable.Repeat("\n" + new string('a', 23) + "!\n", 300)));
        Write("fine.md", Body);

        var run = Check("slow.md", "fine.md");

        // Normally the document's budget stops it; on a loaded machine one match can pass its own 500 ms limit first.
        // Either way the rule ends in EL9001 naming the pattern, within the bound, and the other findings stay.
        Assert.Matches(@"slow\.md:1:1: warning EL9001: Rule EL4190 failed on this document and was skipped: .*(ran past their budget of 1\d\d\d ms on this document and were stopped at|took longer than 500 ms and was stopped: ).*\(a\|aa\)\+\$", run.Out);
        Assert.Contains(run.Out.Split('\n'), l => l.StartsWith("slow.md:3:5:", StringComparison.Ordinal) && l.Contains("EL4191"));
        Assert.Contains(run.Out.Split('\n'), l => l.StartsWith("fine.md:3:5:", StringComparison.Ordinal) && l.Contains("EL4191"));
    }

    [Fact]
    public void Language_server_starts_in_a_workspace_of_deep_YAML_and_lints_an_alias_bomb()
    {
        // The server read the workspace's .editlint.yaml in 'initialize' and died of its stack overflow.
        Write(".editlint.yaml", "severity:\n" + Nested(50_000));
        Write("deep.md", "---\ntitle: Council meets\n" + Nested(20_000) + "---\n\n" + Body);
        var root = new Uri(_directory + "/").AbsoluteUri;
        var article = new Uri(Path.Combine(_directory, "bomb.md")).AbsoluteUri;
        var text = System.Text.Json.JsonSerializer.Serialize("---\ntitle: Council meets\n" + AliasBomb() + "---\n\n" + Body);
        var input = string.Concat(new[]
        {
            """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":"ROOT","capabilities":{}}}""".Replace("ROOT", root, StringComparison.Ordinal),
            """{"jsonrpc":"2.0","method":"initialized","params":{}}""",
            """{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"ARTICLE","languageId":"markdown","version":1,"text":TEXT}}}""".Replace("ARTICLE", article, StringComparison.Ordinal).Replace("TEXT", text, StringComparison.Ordinal),
            """{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"ARTICLE"},"position":{"line":15,"character":40}}}""".Replace("ARTICLE", article, StringComparison.Ordinal),
        }.Select(m => Encoding.UTF8.GetString(LanguageServer.LspTestClient.Frame(Encoding.UTF8.GetBytes(m)))));

        // The server reads the workspace in the background after 'initialized': the client stays until it has said what
        // is wrong with the configuration and answered the hover, then leaves (the server must follow).
        var run = BoundedProcess.Run(BoundedProcess.LanguageServerDll, ["--stdio"], _directory, TimeLimit, MemoryLimit, Encoding.UTF8.GetBytes(input),
            closeInputWhen: sofar => sofar.Contains("editlint-ls: .editlint.yaml:", StringComparison.Ordinal) && sofar.Contains("\"id\":2,", StringComparison.Ordinal));
        output.WriteLine(run.ToString());

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.InRange(run.Elapsed, TimeSpan.Zero, TimeLimit);
        Assert.InRange(run.PeakResidentBytes, 0, MemoryLimit);
        Assert.Contains("\"id\":1,\"result\":{\"capabilities\"", run.Out, StringComparison.Ordinal);
        Assert.Contains("\"message\":\"editlint-ls: .editlint.yaml:2:103: YAML nested more than 100 levels deep; the file is ignored\"", run.Out, StringComparison.Ordinal);
        // The hover on the repeated sentence after the alias bomb: the document was linted.
        Assert.Contains("\"id\":2,\"result\":{\"contents\":{\"kind\":\"markdown\",\"value\":\"**EL4002**", run.Out, StringComparison.Ordinal);
    }
}
