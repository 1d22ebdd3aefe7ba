using EditLint.Caching;
using EditLint.Checks;
using EditLint.Configuration;
using EditLint.Diagnostics;
using EditLint.Documents;
using EditLint.Engine;
using EditLint.Inputs;
using EditLint.Readers;
using EditLint.Rules;
using EditLint.Semantics;
using Microsoft.Extensions.DependencyInjection;
using NRules.Fluent.Dsl;
using Rule = EditLint.Rules.Rule;

namespace EditLint.Tests.Engine;

/// <summary>
/// What a stored document result is keyed by, what is never stored, and how a shard is chosen
/// (<see cref="DocumentStore"/>, <see cref="StoreKeys"/>, <see cref="Shard"/>).
/// </summary>
public sealed class DocumentStoreTests : IDisposable
{
    private static readonly DocumentLoader Loader = new([new MarkdownReader()]);
    private readonly string _root = Directory.CreateTempSubdirectory("editlint-store-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private List<(string Path, string DisplayPath)> Files(params (string Name, string Text)[] files)
    {
        foreach (var (name, text) in files)
            File.WriteAllText(Path.Combine(_root, name), text);
        return [.. files.Select(f => (Path.Combine(_root, f.Name), f.Name))];
    }

    private DocumentStore Store() => new(Path.Combine(_root, "store"));

    [Fact]
    public void Every_setting_of_a_document_s_configuration_changes_its_key()
    {
        var variants = new List<DocumentSettings>
        {
            DocumentSettings.Default,
            new() { Severities = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase) { ["EL4002"] = Severity.Error } },
            new() { Packs = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase) { ["ap"] = false } },
            new() { Style = new HouseStyle { Abbreviations = AbbreviationStyle.Dotted } },
            new() { Style = new HouseStyle { Honorifics = HonorificStyle.Never } },
            new() { Style = new HouseStyle { NumberWordsUpTo = 10 } },
            new() { Style = new HouseStyle { Percent = PercentStyle.Sign } },
            new() { DateFromFileName = true },
            new() { NumericDates = NumericDateOrder.DayFirst },
            new() { Vocabulary = new Vocabulary { Accepted = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Zelenskyy" } } },
            new() { Vocabulary = new Vocabulary { Rejected = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase) { ["Kiev"] = "Kyiv" } } },
        };

        Assert.Equal(variants.Count, variants.Select(StoreKeys.StampOf).Distinct(StringComparer.Ordinal).Count());
        // A setting added to the configuration must be added to the stamp (and a variant here): until it is, this fails.
        Assert.Equal(6, typeof(DocumentSettings).GetProperties().Count(p => p.GetMethod!.IsPublic && !p.GetMethod.IsStatic));
        Assert.Equal(4, typeof(HouseStyle).GetProperties().Count(p => p.GetMethod!.IsPublic && !p.GetMethod.IsStatic));
        Assert.Equal(2, typeof(Vocabulary).GetProperties().Count(p => p.GetMethod!.IsPublic && !p.GetMethod.IsStatic));
    }

    [Fact]
    public void The_stamp_of_a_configuration_does_not_depend_on_the_order_its_terms_were_read_in()
    {
        static DocumentSettings With(params string[] accepted) =>
            new() { Vocabulary = new Vocabulary { Accepted = new HashSet<string>(accepted, StringComparer.OrdinalIgnoreCase) } };

        Assert.Equal(StoreKeys.StampOf(With("Kyiv", "Zelenskyy", "Kharkiv")), StoreKeys.StampOf(With("Kharkiv", "Kyiv", "Zelenskyy")));
        Assert.NotEqual(StoreKeys.StampOf(With("Kyiv", "Zelenskyy")), StoreKeys.StampOf(With("Kyiv", "Zelensky")));
    }

    [Fact]
    public void The_key_changes_with_the_text_the_name_and_the_run()
    {
        var document = Loader.Read("a.md", new EditLint.Text.SourceText("# A\n\nThe vote was close.\n"), DocumentFormat.Markdown);
        var key = StoreKeys.Of("run", document, DocumentSettings.Default);

        Assert.Equal(key, StoreKeys.Of("run", Loader.Read("a.md", new EditLint.Text.SourceText("# A\n\nThe vote was close.\n"), DocumentFormat.Markdown), DocumentSettings.Default));
        Assert.NotEqual(key, StoreKeys.Of("run", Loader.Read("a.md", new EditLint.Text.SourceText("# A\n\nThe vote was closer.\n"), DocumentFormat.Markdown), DocumentSettings.Default));
        Assert.NotEqual(key, StoreKeys.Of("run", Loader.Read("b.md", new EditLint.Text.SourceText("# A\n\nThe vote was close.\n"), DocumentFormat.Markdown), DocumentSettings.Default));
        Assert.NotEqual(key, StoreKeys.Of("other run", document, DocumentSettings.Default));
    }

    [Fact]
    public void A_stored_result_that_compares_a_date_with_today_is_used_on_the_days_it_holds_on()
    {
        using var provider = new ServiceCollection().AddEditLint().BuildServiceProvider();
        var engine = provider.GetRequiredService<LintEngine>();
        // Published in the past (no finding today or later), undated (the clock is not asked), published in the future
        // (EL3005 names today's date, so its finding holds for today only).
        var files = Files(("past.md", "---\ndate: 2025-03-04\n---\n# A\n\nThe vote was close on Monday.\n"), ("undated.md", "# B\n\nThe U.S. budget passed.\n"),
            ("future.md", "---\ndate: 2026-06-01\n---\n# C\n\nThe vote will be close.\n"));
        LintOptions On(string day, DocumentStore store) => new() { Store = store, Clock = new FixedClock(DateTimeOffset.Parse(day, System.Globalization.CultureInfo.InvariantCulture)) };

        var first = engine.Run(files, On("2026-01-01T12:00:00Z", Store()));
        var sameDay = Store();
        engine.Run(files, On("2026-01-01T23:00:00Z", sameDay));
        var nextDay = Store();
        var next = engine.Run(files, On("2026-01-02T01:00:00Z", nextDay));
        var dayBefore = Store();
        engine.Run(files, On("2025-12-31T12:00:00Z", dayBefore));

        Assert.Contains(first.Diagnostics, d => d.Path == "future.md" && d.Message.Contains("today is January 1, 2026", StringComparison.Ordinal));
        Assert.Equal(3, sameDay.Hits);
        Assert.Equal(["future.md"], nextDay.Missed);
        Assert.Contains(next.Diagnostics, d => d.Path == "future.md" && d.Message.Contains("today is January 2, 2026", StringComparison.Ordinal));
        // A clock set back is not a later day: only what holds on every day (the undated article) is used.
        Assert.Equal(["future.md", "past.md"], dayBefore.Missed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_document_a_rule_failed_on_is_not_stored_so_that_the_next_run_tries_again()
    {
        var engine = new LintEngine([new ThrowsOnRule("boom"), new SharedWordRule(storable: true)], Loader);
        var files = Files(("a.md", "# A\n\nAll is well.\n"), ("b.md", "# B\n\nboom went the rule.\n"));
        var store = Store();

        var result = engine.Run(files, new LintOptions { Store = store });

        Assert.Contains(result.Diagnostics, d => d.Id == "EL9001" && d.Path == "b.md");
        Assert.Equal(1, store.Written);
        var again = Store();
        engine.Run(files, new LintOptions { Store = again });
        Assert.Equal(["b.md"], again.Missed);
    }

    [Fact]
    public void Nothing_is_stored_when_a_comparison_across_articles_cannot_store_its_facts()
    {
        var engine = new LintEngine([new SharedWordRule(storable: false)], Loader);
        var files = Files(("a.md", "# A\n\nAll is well.\n"), ("b.md", "# B\n\nAll is calm.\n"));
        var store = Store();

        var result = engine.Run(files, new LintOptions { Store = store });

        Assert.Equal(0, store.Written);
        Assert.Equal(["a.md", "b.md"], store.Missed.Order(StringComparer.Ordinal));
        // The comparison itself still ran.
        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "EL0911"));
    }

    [Fact]
    public void A_file_the_store_has_is_never_read_into_blocks_and_its_reader_s_problems_come_from_the_store()
    {
        using var provider = new ServiceCollection().AddEditLint().BuildServiceProvider();
        var engine = provider.GetRequiredService<LintEngine>();
        // Malformed front matter: the reader's problem (EL9002) is found only by reading the document.
        var files = Files(("a.md", "---\ntitle: [unclosed\n---\n# A\n\nThe U.S. vote was close.\n"), ("b.md", "# B\n\nThe US budget passed.\n"));
        var plain = engine.Run(files, new LintOptions());

        var first = engine.Run(files, new LintOptions { Store = Store() });
        var second = engine.Run(files, new LintOptions { Store = Store() });

        Assert.Contains(plain.Diagnostics, d => d.Id == "EL9002" && d.Path == "a.md");
        Assert.Equal(Describe(plain), Describe(first));
        Assert.Equal(Describe(plain), Describe(second));
        Assert.All(first.Files, f => Assert.False(f.Document!.IsDeferred));
        Assert.All(second.Files, f => Assert.True(f.Document!.IsDeferred, $"{f.Path} was read"));
    }

    [Fact]
    public void A_reader_that_fails_on_a_file_the_store_lacks_costs_that_file_only()
    {
        var engine = new LintEngine([new SharedWordRule(storable: true)], new DocumentLoader([new FailingReader()]));
        var files = Files(("a.md", "# A\n\nAll is well.\n"), ("b.md", "# B\n\nAll is calm.\n"));

        var result = engine.Run(files, new LintOptions { Store = Store() });

        Assert.Equal(["EL9002", "EL9002"], result.Diagnostics.Select(d => d.Id));
        Assert.All(result.Diagnostics, d => Assert.Contains("could not be read as Markdown: InvalidOperationException: the reader failed", d.Message, StringComparison.Ordinal));
    }

    private static List<string> Describe(LintResult result) =>
        [.. result.Diagnostics.Select(d => $"{d.Path}:{d.Position.Start.Line}:{d.Position.Start.Character} {d.Id} {d.Severity} {d.Message} {d.Fingerprint}")];

    private sealed class FailingReader : IDocumentReader
    {
        public DocumentFormat Format => DocumentFormat.Markdown;

        public ArticleDocument Read(string path, EditLint.Text.SourceText text) => throw new InvalidOperationException("the reader failed");
    }

    [Fact]
    public void A_document_read_from_its_file_lets_its_blocks_and_metadata_go_once_linted_and_reads_them_again_when_asked()
    {
        using var provider = new ServiceCollection().AddEditLint().BuildServiceProvider();
        var engine = provider.GetRequiredService<LintEngine>();
        const string Text = "---\ndate: 2025-03-04\nauthor: Ann Lee\n---\n# A\n\nThe vote was close.\n\n- One item\n\n> A quoted line.\n";
        var files = Files(("a.md", Text), ("b.md", "# B\n\nThe U.S. budget passed.\n"));
        var given = Loader.Read("c.md", new EditLint.Text.SourceText(Text), DocumentFormat.Markdown);

        var fromFiles = engine.Run(files, new LintOptions());
        engine.Run([given], new LintOptions());

        var document = fromFiles.Files.Single(f => f.Path == "a.md").Document!;
        Assert.False(document.HoldsBlocks);
        Assert.False(document.HoldsMetadata);
        Assert.Equal(given.Blocks.Select(b => (b.Kind, b.Span, b.Text)), document.Blocks.Select(b => (b.Kind, b.Span, b.Text)));
        Assert.Equal("Ann Lee", document.Metadata.Byline?.Value);
        Assert.Equal((given.Metadata.Title?.Value, given.Metadata.Published?.Value), (document.Metadata.Title?.Value, document.Metadata.Published?.Value));
        // A document the caller gave is the caller's: it keeps its blocks.
        Assert.True(given.HoldsBlocks);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_document_read_from_its_file_keeps_its_text_packed_once_linted_and_its_findings_are_those_of_the_text_held(bool spilled)
    {
        using var provider = new ServiceCollection().AddEditLint().BuildServiceProvider();
        var engine = provider.GetRequiredService<LintEngine>();
        // Findings with fixes and flagged text (fingerprints), positions past a non-ASCII line, an inline suppression.
        const string Text = "# A\n\nThe vote — “close” — was on Monday, 3 March 2025.\n\nSome  said “it will pass.”\n\n<!-- editlint-disable-next-line EL1001 -->\n“Nobody knows.”\n";
        var files = Files(("a.md", Text), ("b.md", "# B\n\nThe U.S. budget passed.\n"));
        var given = Loader.Read("a.md", new EditLint.Text.SourceText(Text), DocumentFormat.Markdown);

        // A run over many files keeps the packed texts in a scratch file rather than in memory (here: from one file on).
        var fromFiles = engine.Run(files, new LintOptions { SpillFrom = spilled ? 1 : int.MaxValue });
        var held = engine.Run([given, Loader.Read("b.md", new EditLint.Text.SourceText("# B\n\nThe U.S. budget passed.\n"), DocumentFormat.Markdown)], new LintOptions());

        Assert.All(fromFiles.Files, f => Assert.True(f.Document!.Source.IsPacked));
        Assert.All(fromFiles.Files, f => Assert.Equal(spilled, f.Document!.Source.IsSpilled));
        var packed = fromFiles.Files.Single(f => f.Path == "a.md").Document!.Source;
        packed.ForgetUnpacked();
        Assert.Equal(Text, packed.Text);
        Assert.NotEmpty(held.Diagnostics);
        Assert.Equal(Describe(held), Describe(fromFiles));
        // A document the caller gave is the caller's: its text is left as given.
        Assert.False(given.Source.IsPacked);
    }

    [Fact]
    public void A_run_of_one_file_keeps_its_text_as_read_for_its_report_which_comes_next()
    {
        using var provider = new ServiceCollection().AddEditLint().BuildServiceProvider();
        var engine = provider.GetRequiredService<LintEngine>();
        const string Text = "# A\n\nSome said “it will pass.”\n";

        var alone = engine.Run(Files(("a.md", Text)), new LintOptions());
        var two = engine.Run(Files(("a.md", Text), ("b.md", "# B\n\nAll is well.\n")), new LintOptions());

        var document = alone.Files.Single().Document!;
        Assert.False(document.Source.IsPacked);
        Assert.False(document.Source.LineStartsArePacked);
        Assert.All(two.Files, f => Assert.True(f.Document!.Source.IsPacked));
        Assert.NotEmpty(alone.Diagnostics);
        Assert.Equal(Describe(alone), Describe(two).Where(d => d.StartsWith("a.md:", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_run_that_keeps_its_reports_in_its_scratch_file_makes_the_same_findings_as_one_that_holds_them()
    {
        using var provider = new ServiceCollection().AddEditLint().BuildServiceProvider();
        var engine = provider.GetRequiredService<LintEngine>();
        // Findings with fixes, related places and properties, one comparing the two articles, an inline suppression.
        var files = Files(
            ("a.md", "# A\n\nThe vote — “close” — was on Monday, 3 March 2025.\n\nSome  said “it will pass.”\n\n<!-- editlint-disable-next-line EL1001 -->\n“Nobody knows.”\n\nThe U.S. budget passed in order to fund the plan. The council met on Friday. The council met on Friday. Margaret Thompson agreed.\n"),
            ("b.md", "# B\n\nThe US budget passed, said Ann Lee. Margaret Thomson disagreed.\n\nThe new ferry carries about 500 passengers at once, and 1,500 in total, Ann Lee said.\n"));

        var held = engine.Run(files, new LintOptions { SpillFrom = int.MaxValue });
        var spilled = engine.Run(files, new LintOptions { SpillFrom = 1, HoldReportsUpTo = 0 });

        Assert.Contains(held.Diagnostics, d => d.Fixes.Count > 0);
        Assert.Contains(held.Diagnostics, d => d.RelatedLocations.Count > 0);
        Assert.Contains(held.Diagnostics, d => d.Properties.Count > 0);
        Assert.Contains(held.Diagnostics, d => d.IsWorkspaceFinding);
        Assert.Equal(DescribeWhole(held), DescribeWhole(spilled));
        // Each file's packed text, its reports and the bytes of its names for EL4001's comparison (its packed occurrences
        // and the places of its lower-case words) went to the scratch file.
        var scratch = spilled.Files.Select(f => f.Document!.Source.Scratch).Distinct().Single();
        Assert.Equal(2 + 2 + 2 * 2, scratch!.Entries);

        // Its findings are made each time they are read, and are the same each time: in the whole list (by index too),
        // in each file's, and in the counts, which were taken when they were first made.
        Assert.IsType<DeferredRunDiagnostics>(spilled.Diagnostics);
        Assert.Equal(DescribeWhole(held), DescribeWhole(spilled));
        Assert.Equal(DescribeWhole(held), DescribeWhole(spilled with { Diagnostics = [.. Enumerable.Range(0, spilled.Diagnostics.Count).Select(i => spilled.Diagnostics[i])] }));
        Assert.Equal(held.Files.Select(f => (f.Path, DescribeWhole(held with { Diagnostics = f.Diagnostics }).Count)), spilled.Files.Select(f => (f.Path, f.Diagnostics.Count)));
        Assert.Equal(held.Files.Select(f => DescribeWhole(held with { Diagnostics = f.Diagnostics })), spilled.Files.Select(f => DescribeWhole(spilled with { Diagnostics = f.Diagnostics })));
        Assert.Equal(held.CountsById(), spilled.CountsById());
        Assert.Equal([.. Enum.GetValues<Severity>().Select(held.Count)], Enum.GetValues<Severity>().Select(spilled.Count));
    }

    [Theory]
    [InlineData(1_000, false)]
    [InlineData(1, true)]
    public void A_run_over_many_files_holds_its_reports_up_to_its_limit_and_makes_the_same_findings_either_way(int limit, bool overflows)
    {
        using var provider = new ServiceCollection().AddEditLint().BuildServiceProvider();
        var engine = provider.GetRequiredService<LintEngine>();
        var files = Files(
            ("a.md", "# A\n\nSome  said “it will pass.”\n\nThe U.S. budget passed in order to fund the plan. The council met on Friday. The council met on Friday.\n"),
            ("b.md", "# B\n\nThe US budget passed, said Ann Lee.\n\nThe new ferry carries about 500 passengers at once, and 1,500 in total, Ann Lee said.\n"));

        var inMemory = engine.Run(files, new LintOptions { SpillFrom = int.MaxValue });
        var run = engine.Run(files, new LintOptions { SpillFrom = 1, HoldReportsUpTo = limit });

        Assert.True(inMemory.Diagnostics.Count > 2);
        Assert.Equal(DescribeWhole(inMemory), DescribeWhole(run));
        Assert.Equal(inMemory.CountsById(), run.CountsById());
        // The texts go to the scratch file either way; the reports only past the limit, and then the findings are made
        // again whenever they are read. Within it, they are made once.
        var scratch = run.Files.Select(f => f.Document!.Source.Scratch).Distinct().Single()!;
        Assert.Equal(overflows, scratch.Entries > 2 + 2 * 2);
        Assert.Equal(overflows, run.Diagnostics is DeferredRunDiagnostics);
    }

    [Fact]
    public void A_run_that_keeps_its_comparisons_facts_in_its_scratch_file_compares_the_articles_as_one_that_holds_them()
    {
        using var provider = new ServiceCollection().AddEditLint().BuildServiceProvider();
        var engine = provider.GetRequiredService<LintEngine>();
        // A name spelled one way in two articles and another way in a third: EL4001 across articles.
        var files = Files(
            ("a.md", "# A\n\nPresident Volodymyr Zelenskyy spoke. Zelenskyy said talks would go on.\n"),
            ("b.md", "# B\n\nVolodymyr Zelenskyy met the envoy in Kyiv.\n"),
            ("c.md", "# C\n\nVolodymyr Zelensky met Mr Biden.\n"));

        var held = engine.Run(files, new LintOptions { SpillFrom = int.MaxValue });
        var spilled = engine.Run(files, new LintOptions { SpillFrom = 1 });

        Assert.Contains(held.Diagnostics, d => d is { Id: "EL4001", IsWorkspaceFinding: true, Path: "c.md" });
        Assert.Equal(DescribeWhole(held), DescribeWhole(spilled));
    }

    private static List<string> DescribeWhole(LintResult result) =>
        [.. result.Diagnostics.Select(d => string.Join(" | ", d.Path, d.Span, d.Position, d.Id, d.Severity, d.Message, d.Fingerprint, d.IsWorkspaceFinding,
            string.Join("; ", d.RelatedLocations.Select(r => $"{r.Span} {r.Position} {r.Message}")),
            string.Join("; ", d.Fixes.Select(f => $"{f.Title} {f.Safe} {string.Join(",", f.Edits.Select(e => $"{e.Span}={e.NewText}"))}")),
            string.Join("; ", d.Properties.Select(p => $"{p.Key}={p.Value}"))))];

    [Fact]
    public void The_findings_of_a_run_share_one_string_for_each_message()
    {
        using var provider = new ServiceCollection().AddEditLint().BuildServiceProvider();
        var engine = provider.GetRequiredService<LintEngine>();
        // Two articles with no author, no date and the same unattributed quotation: the same three messages each.
        var files = Files(("a.md", "# A\n\nThe plan was “historic”.\n"), ("b.md", "# B\n\nThe plan was “historic”.\n"));

        var result = engine.Run(files, new LintOptions());

        var byMessage = result.Diagnostics.GroupBy(d => d.Message).Where(g => g.Count() == 2).ToList();
        Assert.True(byMessage.Count >= 2);
        Assert.All(byMessage, g => Assert.Same(g.First().Message, g.Last().Message));
    }

    [Fact]
    public void A_shard_is_chosen_by_the_file_s_name_alone_the_same_way_in_every_process()
    {
        var names = Enumerable.Range(0, 200).Select(i => $"news/{i:000}.md").ToList();

        // Each file in exactly one of the parts, and the parts roughly even.
        var parts = names.Select(n => Shard.PartOf(n, 4)).ToList();
        Assert.All(names, n => Assert.Single(Enumerable.Range(1, 4), k => new Shard(k, 4).Contains(n)));
        Assert.All(Enumerable.Range(1, 4), k => Assert.InRange(parts.Count(p => p == k), 30, 70));
        // FNV-1a of the UTF-8 name (computed outside .NET): string.GetHashCode would differ from one process to the next.
        Assert.Equal(1, Shard.PartOf("news/a.md", 3));
        Assert.Equal(2, Shard.PartOf("news/a.md", 8));
        Assert.Equal(5, Shard.PartOf("bbc-news/tech-001.md", 8));
        Assert.Equal(Shard.PartOf("news/a.md", 8), Shard.PartOf("news\\a.md", 8));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }

    // A document rule that throws on documents containing a word.
    private sealed class ThrowsOnRule(string word) : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new("EL0910", "Throws", "never", RuleCategory.Engine, Severity.Info);

        public override void Initialize(RuleSetup setup) => setup.OnDocumentEnd(context =>
        {
            if (context.Document.Source.Text.Contains(word, StringComparison.Ordinal))
                throw new InvalidOperationException("the rule failed");
        });
    }

    // A comparison across articles: each document's first word after the headline, reported where two documents share it.
    private sealed class SharedWordRule(bool storable) : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new("EL0911", "Shared word", "Shared with {0}", RuleCategory.Engine, Severity.Info);

        public override void Initialize(RuleSetup setup) => setup.UseWorkspaceFacts(new Definition(storable));

        private sealed record Word(ArticleDocument Document, string Text);

        private sealed class Definition(bool storable) : WorkspaceFactRule
        {
            public override IEnumerable<object> Facts(SemanticModel model) =>
                model.Tokens.Where(t => t.Kind == TokenKind.Word).Skip(1).Take(1).Select(t => new Word(model.Document, t.Text));

            public override bool CanStoreFacts => storable;

            public override void WriteFact(object fact, System.Text.Json.Utf8JsonWriter writer) => writer.WriteStringValue(((Word)fact).Text);

            public override object ReadFact(System.Text.Json.JsonElement json, ArticleDocument document, DocumentSettings settings) => new Word(document, json.GetString()!);

            public override void Define()
            {
                IGrouping<string, Word> shared = null!;
                When().Query(() => shared, q => q.Match<Word>().GroupBy(w => w.Text).Where(g => g.Count() > 1));
                Then().Yield(_ => new WorkspaceFindings(Compare(shared)));
            }

            private static IEnumerable<WorkspaceFinding> Compare(IEnumerable<Word> shared) =>
                shared.Select(w => new WorkspaceFinding(w.Document, new EditLint.Text.TextSpan(0, 1), [], w.Text));
        }
    }
}
