using EditLint.Configuration;
using EditLint.Diagnostics;
using EditLint.Documents;
using EditLint.Engine;
using EditLint.Readers;
using EditLint.Rules;
using EditLint.Checks.Consistency;
using EditLint.Semantics;
using EditLint.Text;
using NRules.Fluent.Dsl;
using Rule = EditLint.Rules.Rule;

namespace EditLint.Tests.Engine;

/// <summary>
/// Workspace fact rules (NRules definitions over the facts of every document of a run): in an editor's session a
/// change to one document retracts its facts and inserts the new ones, and only the matches they are part of are
/// computed again; findings come and go with their matches. A definition that fails on one document, in a comparison
/// or in a report loses only what it must.
/// </summary>
public sealed class WorkspaceFactRuleTests : IDisposable
{
    private static readonly DocumentLoader Loader = new([new MarkdownReader()]);
    private readonly string _root = Directory.CreateTempSubdirectory("editlint-workspace-facts-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string PathOf(string name) => Path.Combine(_root, name);

    private WorkspaceSession Session(LintEngine engine, params (string Name, string Text)[] files)
    {
        var session = new WorkspaceSession(engine, new LintOptions { MaxDegreeOfParallelism = 1 });
        foreach (var (name, text) in files)
            session.SetBuffer(PathOf(name), name, text, DocumentFormat.Markdown);
        return session;
    }

    private LintResult LintAll(WorkspaceSession session, params string[] names) => session.Lint([.. names.Select(PathOf)]);

    [Fact]
    public void A_cross_article_finding_appears_and_disappears_as_one_document_changes()
    {
        var engine = new LintEngine([new AbbreviationStyleRule()], Loader);
        var session = Session(engine,
            ("a.md", "# A\n\nThe U.S. economy grew.\n"),
            ("b.md", "# B\n\nThe U.S. team won.\n"),
            ("c.md", "# C\n\nThe U.S. budget passed.\n"));
        string[] all = ["a.md", "b.md", "c.md"];
        Assert.Empty(LintAll(session, all).Diagnostics);

        session.SetBuffer(PathOf("c.md"), "c.md", "# C\n\nThe US budget passed.\n", DocumentFormat.Markdown);
        var finding = Assert.Single(LintAll(session, all).Diagnostics);
        Assert.Equal(("c.md", "EL4003", 3, 5), (finding.Path, finding.Id, finding.Position.Start.DisplayLine, finding.Position.Start.DisplayColumn));
        Assert.True(finding.IsWorkspaceFinding);
        Assert.Equal("'US' here, but 'U.S.' in 2 other articles of this run (a.md:3, b.md:3)", finding.Message);

        session.SetBuffer(PathOf("c.md"), "c.md", "# C\n\nThe U.S. budget passed at last.\n", DocumentFormat.Markdown);
        Assert.Empty(LintAll(session, all).Diagnostics);
    }

    [Fact]
    public void A_name_spelled_another_way_in_one_article_of_the_workspace_comes_and_goes_with_that_article()
    {
        var engine = new LintEngine([new NameSpellingRule()], Loader);
        var session = Session(engine,
            ("a.md", "# A\n\nPresident Volodymyr Zelenskyy spoke. Zelenskyy said talks would go on.\n"),
            ("b.md", "# B\n\nVolodymyr Zelenskyy met Mr Biden.\n"));
        Assert.Empty(LintAll(session, "a.md", "b.md").Diagnostics);

        session.SetBuffer(PathOf("b.md"), "b.md", "# B\n\nVolodymyr Zelensky met Mr Biden.\n", DocumentFormat.Markdown);
        var finding = Assert.Single(LintAll(session, "a.md", "b.md").Diagnostics);
        Assert.Equal(("b.md", "EL4001"), (finding.Path, finding.Id));
        Assert.StartsWith("'Zelensky' is spelled 'Zelenskyy' in 1 other article of this run", finding.Message, StringComparison.Ordinal);

        session.RemoveFile(PathOf("b.md"));
        session.ClearBuffer(PathOf("b.md"));
        Assert.Empty(LintAll(session, "a.md").Diagnostics);
    }

    /// <summary>What the counting rule saw: how often it read a document's facts and compared a group.</summary>
    private sealed class Counts
    {
        public List<string> Read { get; } = [];
        public List<string> Compared { get; } = [];
        public List<int> Bundled { get; } = [];
    }

    /// <summary>The first word of a document, for <see cref="SameOpeningRule"/>.</summary>
    private sealed record Opening(ArticleDocument Document, string Word, TextSpan Span, Counts Counts);

    /// <summary>The openings of some documents with one word, as one fact (<see cref="SameOpeningRule"/> bundling).</summary>
    private sealed record Openings(string Word, Opening[] Items);

    // EL0930: documents that open with the same word, each reported; counts its reads and comparisons. Bundled, it inserts
    // one fact per word for each bundle of documents (and fails to bundle one whose word is failBundling).
    private sealed class SameOpeningRule(Counts counts, string? failOn = null, bool bundled = false, string? failBundling = null) : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new("EL0930", "Same opening", "'{0}' opens {1} articles", RuleCategory.Engine, Severity.Info);

        public override void Initialize(RuleSetup setup) =>
            setup.UseWorkspaceFacts(bundled ? new BundledDefinition(counts, failOn, failBundling) : new Definition(counts, failOn));

        private sealed class BundledDefinition(Counts counts, string? failOn, string? failBundling) : WorkspaceFactRule
        {
            private readonly Definition _each = new(counts, failOn);

            public override IEnumerable<object> Facts(SemanticModel model) => _each.Facts(model);

            public override bool BundlesFacts => true;

            public override IEnumerable<object> Bundle(IReadOnlyList<object> facts)
            {
                counts.Bundled.Add(facts.Count);
                if (facts.Cast<Opening>().Any(o => o.Word == failBundling))
                    throw new InvalidOperationException($"{failBundling} cannot be bundled");
                return facts.Cast<Opening>().GroupBy(o => o.Word).Select(g => new Openings(g.Key, [.. g]));
            }

            public override void Define()
            {
                IGrouping<string, Openings> openings = null!;
                When()
                    .Query(() => openings, q => q.Match<Openings>().GroupBy(o => o.Word).Where(g => g.Sum(o => o.Items.Length) > 1));
                Then()
                    .Yield(_ => new WorkspaceFindings(Compare(openings.Key, openings.SelectMany(o => o.Items))));
            }
        }

        private sealed class Definition(Counts counts, string? failOn) : WorkspaceFactRule
        {
            public override IEnumerable<object> Facts(SemanticModel model)
            {
                counts.Read.Add(model.Document.Path);
                if (model.Document.Path == failOn)
                    throw new InvalidOperationException($"{failOn} is odd");
                var first = model.Tokens.First(t => t.Kind == TokenKind.Word);
                return [new Opening(model.Document, first.Text, first.Span, counts)];
            }

            public override void Define()
            {
                IGrouping<string, Opening> openings = null!;
                When()
                    .Query(() => openings, q => q.Match<Opening>().GroupBy(o => o.Word).Where(g => g.Count() > 1));
                Then()
                    .Yield(_ => new WorkspaceFindings(Compare(openings.Key, openings)));
            }
        }

        private static IEnumerable<WorkspaceFinding> Compare(string word, IEnumerable<Opening> group)
        {
            var openings = group.ToList();
            openings[0].Counts.Compared.Add(word);
            if (word.StartsWith("Broken", StringComparison.Ordinal))
                throw new InvalidOperationException("the comparison is broken");
            // "Outside" reports past the end of its document: a report the engine cannot place.
            return openings.Select(o => new WorkspaceFinding(o.Document, o.Word == "Outside" && o.Document.Path == "b.md" ? new TextSpan(0, 10_000) : o.Span, [], o.Word, openings.Count));
        }
    }

    [Fact]
    public void A_change_reads_only_the_changed_document_and_compares_only_the_groups_it_leaves_or_joins()
    {
        var counts = new Counts();
        var engine = new LintEngine([new SameOpeningRule(counts)], Loader);
        var session = Session(engine, ("a.md", "Alpha one.\n"), ("b.md", "Alpha two.\n"), ("c.md", "Beta three.\n"), ("d.md", "Beta four.\n"));
        string[] all = ["a.md", "b.md", "c.md", "d.md"];

        Assert.Equal(["a.md", "b.md", "c.md", "d.md"], LintAll(session, all).Diagnostics.Select(d => d.Path));
        Assert.Equal(["a.md", "b.md", "c.md", "d.md"], counts.Read.Order(StringComparer.Ordinal));
        Assert.Equal(["Alpha", "Beta"], counts.Compared.Order(StringComparer.Ordinal));
        counts.Read.Clear();
        counts.Compared.Clear();

        // c leaves the Beta group (which goes away with its findings) and joins Alpha; nothing else is read.
        session.SetBuffer(PathOf("c.md"), "c.md", "Alpha three.\n", DocumentFormat.Markdown);
        var result = LintAll(session, all);
        Assert.Equal(["a.md", "b.md", "c.md"], result.Diagnostics.Select(d => d.Path));
        Assert.All(result.Diagnostics, d => Assert.Equal("'Alpha' opens 3 articles", d.Message));
        Assert.Equal(["c.md"], counts.Read);
        Assert.Equal(["Alpha"], counts.Compared);
        counts.Read.Clear();
        counts.Compared.Clear();

        // A lint with no change reads and compares nothing, and still has every finding.
        Assert.Equal(3, LintAll(session, all).Diagnostics.Count);
        Assert.Empty(counts.Read);
        Assert.Empty(counts.Compared);
    }

    [Fact]
    public void A_definition_that_bundles_its_facts_makes_the_findings_of_one_that_does_not_from_a_few_facts()
    {
        // 600 documents, opening with one of 7 words: bundles of 256, 256 and 88 documents.
        string[] words = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta"];
        var documents = Enumerable.Range(0, 600).Select(i => Doc($"{i:000}.md", $"{words[i * i % 7]} {i}.\n")).ToList();
        var options = new LintOptions { MaxDegreeOfParallelism = 1 };
        var counts = new Counts();

        var each = new LintEngine([new SameOpeningRule(new Counts())], Loader).Run(documents, options);
        var bundled = new LintEngine([new SameOpeningRule(counts, bundled: true)], Loader).Run(documents, options);

        Assert.Equal(600, each.Diagnostics.Count);
        Assert.Equal(each.Diagnostics.Select(d => (d.Path, d.Id, d.Message, d.Span)), bundled.Diagnostics.Select(d => (d.Path, d.Id, d.Message, d.Span)));
        Assert.Equal([WorkspaceFactSession.BundleSize, WorkspaceFactSession.BundleSize, 600 - 2 * WorkspaceFactSession.BundleSize], counts.Bundled);
        Assert.Equal(words.Distinct().Count(w => documents.Any(d => d.Source.Text.StartsWith(w, StringComparison.Ordinal))), counts.Compared.Count);
    }

    [Fact]
    public void In_an_editor_session_a_bundled_definition_bundles_again_only_the_bundle_of_a_document_that_changes_comes_or_goes()
    {
        var counts = new Counts();
        var engine = new LintEngine([new SameOpeningRule(counts, bundled: true)], Loader);
        var session = Session(engine, ("a.md", "Alpha one.\n"), ("b.md", "Alpha two.\n"), ("c.md", "Beta three.\n"), ("d.md", "Beta four.\n"));
        string[] all = ["a.md", "b.md", "c.md", "d.md"];
        Assert.Equal(["a.md", "b.md", "c.md", "d.md"], LintAll(session, all).Diagnostics.Select(d => d.Path));
        Assert.Equal([4], counts.Bundled);
        counts.Read.Clear();
        counts.Bundled.Clear();

        // c changes: only c is read, its bundle is made again, and c's new facts join Alpha's group and leave Beta's.
        session.SetBuffer(PathOf("c.md"), "c.md", "Alpha three.\n", DocumentFormat.Markdown);
        var result = LintAll(session, all);
        Assert.Equal(["a.md", "b.md", "c.md"], result.Diagnostics.Select(d => d.Path));
        Assert.All(result.Diagnostics, d => Assert.Equal("'Alpha' opens 3 articles", d.Message));
        Assert.Equal(["c.md"], counts.Read);
        Assert.Equal([4], counts.Bundled);
        counts.Read.Clear();
        counts.Bundled.Clear();

        // Nothing changed: nothing is read or bundled, and every finding is still there.
        Assert.Equal(3, LintAll(session, all).Diagnostics.Count);
        Assert.Empty(counts.Read);
        Assert.Empty(counts.Bundled);

        // a goes and e comes: the bundle loses a and takes e.
        session.ClearBuffer(PathOf("a.md"));
        session.SetBuffer(PathOf("e.md"), "e.md", "Delta five.\n", DocumentFormat.Markdown);
        result = LintAll(session, "b.md", "c.md", "d.md", "e.md");
        Assert.Equal([("b.md", "'Alpha' opens 2 articles"), ("c.md", "'Alpha' opens 2 articles")], result.Diagnostics.Select(d => (d.Path, d.Message)));
        Assert.Equal(["e.md"], counts.Read);
        Assert.Equal([4], counts.Bundled);
    }

    [Fact]
    public void A_change_in_a_workspace_of_two_bundles_bundles_again_the_changed_documents_bundle_alone()
    {
        var counts = new Counts();
        var engine = new LintEngine([new SameOpeningRule(counts, bundled: true)], Loader);
        var names = Enumerable.Range(0, 300).Select(i => $"{i:000}.md").ToArray();
        var session = Session(engine, [.. names.Select(n => (n, "Alpha.\n"))]);
        Assert.Equal(300, LintAll(session, names).Diagnostics.Count);
        Assert.Equal([WorkspaceFactSession.BundleSize, 300 - WorkspaceFactSession.BundleSize], counts.Bundled);
        counts.Bundled.Clear();

        session.SetBuffer(PathOf("299.md"), "299.md", "Beta.\n", DocumentFormat.Markdown);
        Assert.Equal(299, LintAll(session, names).Diagnostics.Count);
        Assert.Equal([300 - WorkspaceFactSession.BundleSize], counts.Bundled);
        counts.Bundled.Clear();

        session.SetBuffer(PathOf("000.md"), "000.md", "Beta.\n", DocumentFormat.Markdown);
        var result = LintAll(session, names);
        Assert.Equal(300, result.Diagnostics.Count);
        Assert.Equal(["'Beta' opens 2 articles"], result.Diagnostics.Where(d => d.Path is "000.md" or "299.md").Select(d => d.Message).Distinct());
        Assert.Equal([WorkspaceFactSession.BundleSize], counts.Bundled);
    }

    [Fact]
    public void A_bundle_that_cannot_be_made_loses_its_documents_comparisons_says_so_and_fails_again_on_the_next_lint()
    {
        var engine = new LintEngine([new SameOpeningRule(new Counts(), bundled: true, failBundling: "Beta")], Loader);
        var result = engine.Run([Doc("a.md", "Alpha one.\n"), Doc("b.md", "Alpha two.\n"), Doc("c.md", "Beta three.\n")], new LintOptions { MaxDegreeOfParallelism = 1 });

        var failure = Assert.Single(result.Diagnostics);
        Assert.Equal("EL9001", failure.Id);
        Assert.Contains("Beta cannot be bundled", failure.Message, StringComparison.Ordinal);
        Assert.Contains("no one document is to blame", failure.Message, StringComparison.Ordinal);

        var session = Session(engine, ("a.md", "Alpha one.\n"), ("b.md", "Beta two.\n"));
        for (var lint = 0; lint < 2; lint++)
            Assert.Single(LintAll(session, "a.md", "b.md").Diagnostics, d => d.Id == "EL9001");
    }

    [Fact]
    public void Two_documents_given_under_one_path_are_both_compared()
    {
        var engine = new LintEngine([new SameOpeningRule(new Counts())], Loader);
        var result = engine.Run([Doc("a.md", "Alpha one.\n"), Doc("a.md", "Alpha two.\n")], new LintOptions { MaxDegreeOfParallelism = 1 });

        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "EL0930"));
    }

    [Fact]
    public void A_definition_that_fails_on_one_document_loses_that_documents_facts_only()
    {
        var engine = new LintEngine([new SameOpeningRule(new Counts(), failOn: "b.md")], Loader);
        var result = engine.Run([Doc("a.md", "Alpha one.\n"), Doc("b.md", "Alpha two.\n"), Doc("c.md", "Alpha three.\n")], new LintOptions { MaxDegreeOfParallelism = 1 });

        Assert.Equal([("a.md", "EL0930"), ("b.md", "EL9001"), ("c.md", "EL0930")], result.Diagnostics.Select(d => (d.Path, d.Id)));
        Assert.Equal("'Alpha' opens 2 articles", result.Diagnostics[0].Message);
        Assert.StartsWith("Rule EL0930 failed on this document and was skipped: InvalidOperationException: b.md is odd", result.Diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comparison_that_fails_loses_its_own_findings_and_blames_no_document_in_particular()
    {
        var engine = new LintEngine([new SameOpeningRule(new Counts())], Loader);
        var result = engine.Run([Doc("a.md", "Alpha one.\n"), Doc("b.md", "Alpha two.\n"), Doc("c.md", "Broken three.\n"), Doc("d.md", "Broken four.\n")],
            new LintOptions { MaxDegreeOfParallelism = 1 });

        Assert.Equal([("a.md", "EL0930"), ("a.md", "EL9001"), ("b.md", "EL0930")], result.Diagnostics.Select(d => (d.Path, d.Id)));
        var failure = result.Diagnostics.Single(d => d.Id == "EL9001");
        Assert.Contains("the comparison is broken", failure.Message, StringComparison.Ordinal);
        Assert.Contains("no one document is to blame", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Comparisons_after_a_failed_one_still_make_their_findings()
    {
        var engine = new LintEngine([new SameOpeningRule(new Counts())], Loader);
        string[] words = ["Alpha", "Broken", "Beta", "Brokenly", "Gamma", "Delta"];
        var documents = words.SelectMany((w, i) => new[] { Doc($"{i}a.md", $"{w} one.\n"), Doc($"{i}b.md", $"{w} two.\n") }).ToList();
        var result = engine.Run(documents, new LintOptions { MaxDegreeOfParallelism = 1 });

        // Every group that does not fail is reported, whatever order the session fires the groups in.
        Assert.Equal(["Alpha", "Beta", "Gamma", "Delta"], result.Diagnostics.Where(d => d.Id == "EL0930").Select(d => d.Message.Split('\'')[1]).Distinct().Order(Comparer<string>.Create((a, b) => Array.IndexOf(words, a).CompareTo(Array.IndexOf(words, b)))));
        Assert.Equal(8, result.Diagnostics.Count(d => d.Id == "EL0930"));
        Assert.Single(result.Diagnostics, d => d.Id == "EL9001");
    }

    [Fact]
    public void In_an_editor_session_a_failed_comparison_is_reported_again_on_the_next_lint_not_forgotten()
    {
        var engine = new LintEngine([new SameOpeningRule(new Counts())], Loader);
        var session = Session(engine, ("a.md", "Broken one.\n"), ("b.md", "Broken two.\n"), ("c.md", "Alpha.\n"));

        for (var lint = 0; lint < 2; lint++)
            Assert.Equal([("a.md", "EL9001")], LintAll(session, "a.md", "b.md", "c.md").Diagnostics.Select(d => (d.Path, d.Id)));
    }

    [Fact]
    public void A_report_the_engine_cannot_place_is_blamed_on_its_document_and_the_others_are_kept()
    {
        var engine = new LintEngine([new SameOpeningRule(new Counts())], Loader);
        var result = engine.Run([Doc("a.md", "Outside one.\n"), Doc("b.md", "Outside two.\n"), Doc("c.md", "Outside three.\n")], new LintOptions { MaxDegreeOfParallelism = 1 });

        Assert.Equal([("a.md", "EL0930"), ("b.md", "EL9001"), ("c.md", "EL0930")], result.Diagnostics.Select(d => (d.Path, d.Id)));
        Assert.Contains("outside the document", result.Diagnostics[1].Message, StringComparison.Ordinal);
    }

    private static ArticleDocument Doc(string path, string markdown) => Loader.Read(path, new SourceText(markdown), DocumentFormat.Markdown);
}
