using EditLint.Documents;
using EditLint.Engine;
using EditLint.Readers;
using EditLint.Checks.Consistency;
using EditLint.Semantics;

namespace EditLint.Tests.Engine;

/// <summary>The workspace an editor keeps: disk files, buffers over them, facts of unchanged files kept between lints.</summary>
public sealed class WorkspaceSessionTests : IDisposable
{
    private const string Zelenskiy = "# Talks\n\nPresident Volodymyr Zelenskiy met envoys in Kyiv.\n";
    private const string Zelenskyy = "# Visit\n\nPresident Volodymyr Zelenskyy flew to Paris on Monday.\n";

    private readonly string _root = Directory.CreateTempSubdirectory("editlint-session-").FullName;
    private readonly DocumentLoader _loader = new([new MarkdownReader(), new PlainTextReader(), new HtmlReader()]);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Linting_one_file_gives_the_workspace_findings_a_full_run_gives_it()
    {
        var a = Write("a.md", Zelenskiy);
        var b = Write("b.md", Zelenskyy);
        var c = Write("c.md", "# Zelenskyy\n\nVolodymyr Zelenskyy spoke.\n");
        var engine = new LintEngine([new NameSpellingRule()], _loader);
        var session = Session(engine, a, b, c);

        var one = session.Lint([a]);

        var full = engine.Run([(a, "a.md"), (b, "b.md"), (c, "c.md")], new LintOptions());
        Assert.Equal(full.Diagnostics.Where(d => d.Path == "a.md").Select(d => (d.Message, d.Span)), one.Diagnostics.Select(d => (d.Message, d.Span)));
        Assert.Equal("a.md", Assert.Single(one.Files).Path);
        Assert.True(Assert.Single(one.Diagnostics).IsWorkspaceFinding);
    }

    [Fact]
    public void A_buffer_stands_in_for_the_file_on_disk_until_it_is_cleared()
    {
        var a = Write("a.md", Zelenskiy);
        var b = Write("b.md", Zelenskyy);
        var session = Session(new LintEngine([new NameSpellingRule()], _loader), a, b);
        Assert.Single(session.Lint([a]).Diagnostics);

        session.SetBuffer(b, "b.md", Zelenskyy.Replace("Zelenskyy", "Zelenskiy", StringComparison.Ordinal), DocumentFormat.Markdown);
        Assert.Empty(session.Lint([a]).Diagnostics);

        session.ClearBuffer(b);
        Assert.Single(session.Lint([a]).Diagnostics);
    }

    [Fact]
    public void A_file_changed_on_disk_is_read_again_and_a_removed_one_leaves()
    {
        var a = Write("a.md", Zelenskiy);
        var b = Write("b.md", Zelenskyy);
        var session = Session(new LintEngine([new NameSpellingRule()], _loader), a, b);
        Assert.Single(session.Lint([a]).Diagnostics);

        File.WriteAllText(b, Zelenskiy);
        Assert.Single(session.Lint([a]).Diagnostics);
        session.SetFile(b, "b.md");
        Assert.Empty(session.Lint([a]).Diagnostics);

        File.WriteAllText(b, Zelenskyy);
        session.SetFile(b, "b.md");
        Assert.Single(session.Lint([a]).Diagnostics);
        session.RemoveFile(b);
        Assert.Empty(session.Lint([a]).Diagnostics);
        Assert.Equal(1, session.Count);
    }

    [Fact]
    public void Editing_one_buffer_computes_no_fact_of_the_other_files_again()
    {
        var tokenized = new List<string>();
        var facts = FactExtractors.Default.With<Token>(m =>
        {
            lock (tokenized)
                tokenized.Add(m.Document.Path);
            return Tokenizer.TokenizeDocument(m.Document);
        });
        var a = Write("a.md", Zelenskiy);
        var paths = Enumerable.Range(0, 5).Select(i => Write($"other{i}.md", Zelenskyy)).ToList();
        var session = Session(new LintEngine([new NameSpellingRule(), new AbbreviationStyleRule()], _loader, facts), [a, .. paths]);
        session.SetBuffer(a, "a.md", Zelenskiy, DocumentFormat.Markdown);
        Assert.Single(session.Lint([a]).Diagnostics);
        Assert.Equal(6, tokenized.Count);

        tokenized.Clear();
        session.SetBuffer(a, "a.md", Zelenskiy + "The U.S. said no.\n", DocumentFormat.Markdown);
        Assert.Single(session.Lint([a]).Diagnostics);
        Assert.Equal(["a.md"], tokenized);

        // Nothing changed: nothing is computed again.
        tokenized.Clear();
        Assert.Single(session.Lint([a]).Diagnostics);
        Assert.Empty(tokenized);
    }

    [Fact]
    public void An_unreadable_file_costs_only_itself()
    {
        var a = Write("a.md", Zelenskiy);
        var b = Write("b.md", Zelenskyy);
        var binary = Path.Combine(_root, "c.md");
        File.WriteAllBytes(binary, [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]);
        var session = Session(new LintEngine([new NameSpellingRule()], _loader), a, b, binary);

        Assert.Single(session.Lint([a]).Diagnostics);
        Assert.Equal("EL9002", Assert.Single(session.Lint([binary]).Diagnostics).Id);
    }

    private static WorkspaceSession Session(LintEngine engine, params string[] files)
    {
        var session = new WorkspaceSession(engine, new LintOptions { MaxDegreeOfParallelism = 1 });
        foreach (var file in files)
            session.SetFile(file, Path.GetFileName(file));
        return session;
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_root, name);
        File.WriteAllText(path, text);
        return path;
    }
}
