using EditLint.Checks;
using EditLint.Configuration;
using EditLint.Diagnostics;
using EditLint.Documents;
using EditLint.Engine;
using EditLint.Readers;
using EditLint.Rules;
using EditLint.Semantics;
using EditLint.Text;
using Microsoft.Extensions.DependencyInjection;
using NRules.Fluent.Dsl;
using Rule = EditLint.Rules.Rule;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Engine;

public sealed class LintEngineTests
{
    private static readonly DocumentLoader Loader = new([new MarkdownReader(), new PlainTextReader(), new HtmlReader()]);

    private static ArticleDocument Doc(string path, string markdown) => Loader.Read(path, new SourceText(markdown), DocumentFormat.Markdown);

    private sealed class ThrowingRule : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new("EL0901", "Throws", "never", RuleCategory.Engine, Severity.Warning);
        public override void Initialize(RuleSetup setup) => setup.OnBlock(_ => throw new InvalidOperationException("boom"));
    }

    // Remembers each document's model as the document stage reaches it, and how many of the models before it were still
    // alive then (after a full collection): a run over many files must not keep the models of the documents it is done with.
    private sealed class ModelWatchRule : Rule
    {
        public List<WeakReference<SemanticModel>> Models { get; } = [];
        public List<int> EarlierAlive { get; } = [];
        public override RuleDescriptor Descriptor { get; } = new("EL0909", "Model watch", "never", RuleCategory.Engine, Severity.Info);
        public override void Initialize(RuleSetup setup) => setup.OnDocumentEnd(c =>
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            EarlierAlive.Add(Models.Count(m => m.TryGetTarget(out _)));
            Models.Add(new WeakReference<SemanticModel>(c.Model));
        });
    }

    private sealed class EveryBlockRule : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new("EL0902", "Every block", "Block {0}", RuleCategory.Engine, Severity.Info);
        public override void Initialize(RuleSetup setup) => setup.OnBlock(c => c.Report(c.Block.Span, c.Block.Index));
    }

    // A fact rule: words that occur in a heading and also in some paragraph, but never in a list item, grouped by
    // their lower-case text (NRules' GroupBy) and reported on each paragraph occurrence.
    private sealed class JoinRule : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new("EL0903", "Join", "'{0}' also in a paragraph", RuleCategory.Engine, Severity.Info);

        public override void Initialize(RuleSetup setup) => setup.UseFacts(new HeadingWordsInParagraphs());

        private sealed class HeadingWordsInParagraphs : FactRule
        {
            public override IEnumerable<object> Facts(SemanticModel model) => model.Tokens.Cast<object>();

            public override void Define()
            {
                DocumentContext context = null!;
                IGrouping<string, Token> word = null!;
                When()
                    .Match(() => context)
                    .Query(() => word, q => q.Match<Token>(t => t.Kind == TokenKind.Word).GroupBy(t => Key(t))
                        .Where(g => g.Any(t => t.Block.Kind == BlockKind.Heading) && !g.Any(t => t.Block.Kind == BlockKind.ListItem)));
                Then()
                    .Do(_ => Report(context, word));
            }
        }

        private static void Report(DocumentContext context, IGrouping<string, Token> word)
        {
            var heading = word.First(t => t.Block.Kind == BlockKind.Heading);
            foreach (var token in word.Where(t => t.Block.Kind == BlockKind.Paragraph))
                context.Report(token.Span, heading.Text);
        }

        private static string Key(Token token) => token.Text.ToLowerInvariant();
    }

    // A fact rule whose action throws: the document loses this rule's findings, and EL9001 names the action's own exception.
    private sealed class ThrowingFactRule : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new("EL0905", "Throws in a fact rule", "never", RuleCategory.Engine, Severity.Warning);

        public override void Initialize(RuleSetup setup) => setup.UseFacts(new EverySentence());

        private sealed class EverySentence : FactRule
        {
            public override IEnumerable<object> Facts(SemanticModel model) => model.Sentences;

            public override void Define()
            {
                Sentence sentence = null!;
                When().Match(() => sentence);
                Then().Do(_ => Fail(sentence));
            }
        }

        private static void Fail(Sentence sentence) => throw new InvalidOperationException("no sentence " + sentence.Text.Length);
    }

    // A cross-article rule: headlines shared by more than one document.
    private sealed class SharedHeadlineRule : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new("EL0904", "Shared headline", "Headline also used by {0}", RuleCategory.Engine, Severity.Info);

        public override void Initialize(RuleSetup setup) => setup.UseWorkspaceFacts(new Definition());

        private sealed record Headline(ArticleDocument Document, string Title, TextSpan Span);

        private sealed class Definition : WorkspaceFactRule
        {
            public override IEnumerable<object> Facts(SemanticModel model) =>
                model.Document.Metadata.Title is { } title ? [new Headline(model.Document, title.Value, title.Span!.Value)] : [];

            public override void Define()
            {
                IGrouping<string, Headline> shared = null!;
                When()
                    .Query(() => shared, q => q.Match<Headline>().GroupBy(h => h.Title).Where(g => g.Count() > 1));
                Then()
                    .Yield(_ => new WorkspaceFindings(Compare(shared)));
            }
        }

        private static IEnumerable<WorkspaceFinding> Compare(IEnumerable<Headline> shared) =>
            shared.Select(h => new WorkspaceFinding(h.Document, h.Span, [], Others(shared, h)));

        private static string Others(IEnumerable<Headline> shared, Headline headline) =>
            string.Join(", ", shared.Where(o => o != headline).Select(o => o.Document.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WorkspaceRule_SeesEveryDocument_AndReportsWorkspaceFindings()
    {
        var engine = new LintEngine([new SharedHeadlineRule()], Loader);
        var result = engine.Run([Doc("a.md", "# Storm\n\nText.\n"), Doc("b.md", "# Storm\n\nMore.\n"), Doc("c.md", "# Calm\n")], new LintOptions());
        Assert.Equal([("a.md", "Headline also used by b.md"), ("b.md", "Headline also used by a.md")], result.Diagnostics.Select(d => (d.Path, d.Message)));
        Assert.All(result.Diagnostics, d => Assert.True(d.IsWorkspaceFinding));
    }

    [Fact]
    public void ARuleThatThrows_GivesEL9001_AndOtherRulesFindingsAreKept()
    {
        var engine = new LintEngine([new ThrowingRule(), new EveryBlockRule()], Loader);
        var result = engine.Run([Doc("a.md", "One.\n\nTwo.\n")], new LintOptions());
        var failure = Assert.Single(result.Diagnostics, d => d.Id == "EL9001");
        Assert.Contains("EL0901", failure.Message, StringComparison.Ordinal);
        Assert.Contains("boom", failure.Message, StringComparison.Ordinal);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "EL0902"));
    }

    // The engine walks a document's blocks and sentences for every block and sentence action; a document a caller built
    // with its blocks in a list of its own kind (not an array, not a List) is walked as one that a reader built.
    [Fact]
    public void Block_and_sentence_actions_see_every_block_and_sentence_whatever_list_holds_them()
    {
        var read = Doc("a.md", "# Storm\n\nOne. Two.\n\nThree.\n");
        var own = new ArticleDocument("a.md", read.Format, read.Source, read.Metadata, read.Blocks.ToList().AsReadOnly());
        var engine = new LintEngine([new EveryBlockRule(), new EverySentenceRule()], Loader);

        var fromReader = engine.Run([read], new LintOptions());
        var fromCaller = engine.Run([own], new LintOptions());

        Assert.Equal(["Block 0", "Block 1", "Block 2"], fromReader.Diagnostics.Where(d => d.Id == "EL0902").Select(d => d.Message));
        Assert.Equal(["Storm", "One.", "Two.", "Three."], fromReader.Diagnostics.Where(d => d.Id == "EL0922").Select(d => read.Source.ToString(d.Span)));
        Assert.Equal(fromReader.Diagnostics.Select(d => (d.Id, d.Span)), fromCaller.Diagnostics.Select(d => (d.Id, d.Span)));
    }

    private sealed class EverySentenceRule : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new("EL0922", "Every sentence", "Sentence", RuleCategory.Engine, Severity.Info);
        public override void Initialize(RuleSetup setup) => setup.OnSentence(c => c.Report(c.Sentence.Span));
    }

    [Fact]
    public void FactRule_ThatThrows_IsReportedWithItsOwnException_AndOtherRulesRun()
    {
        var engine = new LintEngine([new ThrowingFactRule(), new EveryBlockRule()], Loader);
        var result = engine.Run([Doc("a.md", "One.\n\nTwo.\n")], new LintOptions());
        var failure = Assert.Single(result.Diagnostics, d => d.Id == "EL9001");
        Assert.Contains("EL0905", failure.Message, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException: no sentence", failure.Message, StringComparison.Ordinal);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "EL0902"));
    }

    [Fact]
    public void FactRule_GroupsFactsByKey_AndReportsThroughTheDocumentContext()
    {
        var engine = new LintEngine([new JoinRule()], Loader);
        var document = Doc("a.md", "# Harbour storm repairs\n\nThe harbour reopened after the storm.\n\n- storm\n\nRepairs continue at the harbour.\n");
        var result = engine.Run([document], new LintOptions());
        // "storm" is in a list item, so its group is left out; "repairs" and "harbour" are reported on each paragraph occurrence.
        Assert.Equal(
            ["'Harbour' also in a paragraph", "'repairs' also in a paragraph", "'Harbour' also in a paragraph"],
            result.Diagnostics.Select(d => d.Message));
        Assert.Equal(["harbour", "Repairs", "harbour"], result.Diagnostics.Select(d => document.Source.ToString(d.Span)));
    }

    [Fact]
    public void Output_IsSortedByPathLineColumnAndId_WhateverTheParallelism()
    {
        var documents = Enumerable.Range(0, 40).Select(i => Doc($"doc{i:00}.md", "Alpha.\n\nBeta.\n\nGamma.\n")).Reverse().ToList();
        var engine = new LintEngine([new EveryBlockRule()], Loader);
        var parallel = engine.Run(documents, new LintOptions { MaxDegreeOfParallelism = 4 });
        var serial = engine.Run(documents, new LintOptions { MaxDegreeOfParallelism = 1 });
        Assert.Equal(serial.Diagnostics.Select(d => (d.Path, d.Position.Start, d.Fingerprint)), parallel.Diagnostics.Select(d => (d.Path, d.Position.Start, d.Fingerprint)));
        Assert.Equal("doc00.md", parallel.Diagnostics[0].Path);
        Assert.Equal(parallel.Diagnostics.OrderBy(d => d, DiagnosticOrder.Instance), parallel.Diagnostics);
    }

    [Fact]
    public void SeverityOverride_None_TurnsARuleOff_AndOtherValuesChangeTheSeverity()
    {
        var engine = new LintEngine([new EveryBlockRule()], Loader);
        var off = engine.Run([Doc("a.md", "One.\n")], new LintOptions { SeverityOverrides = new Dictionary<string, Severity> { ["EL0902"] = Severity.None } });
        Assert.Empty(off.Diagnostics);
        var error = engine.Run([Doc("a.md", "One.\n")], new LintOptions { SeverityOverrides = new Dictionary<string, Severity> { ["EL0902"] = Severity.Error } });
        Assert.Equal(Severity.Error, Assert.Single(error.Diagnostics).Severity);
    }

    // Grades its finding on a block that says "explained" as info, the others at its default (warning).
    private sealed class GradingRule : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new("EL0905", "Grades", "Block", RuleCategory.Engine, Severity.Warning);

        public override void Initialize(RuleSetup setup) => setup.OnBlock(c =>
        {
            if (c.Block.Text.Contains("explained", StringComparison.Ordinal))
                c.ReportAs(Severity.Info, c.Block.Span);
            else
                c.Report(c.Block.Span);
        });
    }

    public static TheoryData<string, Severity, Severity> Gradings => new()
    {
        // Configured severity (none: nothing set), the graded finding's severity, the other finding's.
        { "", Severity.Info, Severity.Warning },
        // Set explicitly to the default: every finding of the rule is a warning, the graded one too.
        { "warning", Severity.Warning, Severity.Warning },
        { "error", Severity.Error, Severity.Error },
        { "info", Severity.Info, Severity.Info },
    };

    [Theory]
    [MemberData(nameof(Gradings))]
    public void A_rules_own_grading_of_a_finding_yields_to_any_severity_the_configuration_sets_even_its_default(string configured, Severity graded, Severity plain)
    {
        var settings = configured == "" ? DocumentSettings.Default
            : DocumentSettings.Default with { Severities = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase) { ["EL0905"] = Enum.Parse<Severity>(configured, ignoreCase: true) } };
        var engine = new LintEngine([new GradingRule()], Loader);
        var result = engine.Run([Doc("a.md", "Plain.\n\nAll explained.\n")], new LintOptions { SettingsFor = _ => settings });

        Assert.Equal([plain, graded], result.Diagnostics.Select(d => d.Severity));
    }

    // Reports where the model's publication date came from.
    private sealed class DatedByRule : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new("EL0906", "Dated by", "{0}", RuleCategory.Engine, Severity.Info);

        public override void Initialize(RuleSetup setup) =>
            setup.OnDocumentEnd(c => c.Report(new TextSpan(0, 0), c.Model.PublicationDate is { } d ? $"{d.Value:yyyy-MM-dd} from {d.Origin}" : "undated"));
    }

    [Fact]
    public void The_publication_date_is_resolved_once_into_the_model_and_the_document_keeps_what_its_text_says()
    {
        var engine = new LintEngine([new DatedByRule()], Loader);
        var undated = Doc("a.md", "# A\n\nThe minister spoke on Monday.\n");
        var dated = Doc("b.md", "---\ndate: 2024-05-01\n---\n\nThe minister spoke on Monday.\n");
        var result = engine.Run([undated, dated], new LintOptions { PublicationDate = new DateOnly(2025, 3, 5) });

        Assert.Equal(["2025-03-05 from --date option", "2024-05-01 from front matter"], result.Diagnostics.Select(d => d.Message));
        Assert.Null(undated.Metadata.Published);
        Assert.Equal("front matter", dated.Metadata.Published!.Origin);
    }

    private sealed class BrokenSetupRule : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new("EL0907", "Broken setup", "Never", RuleCategory.Engine, Severity.Info);

        public override void Initialize(RuleSetup setup) => throw new InvalidOperationException("no setup");
    }

    [Fact]
    public void A_rule_whose_setup_throws_is_EL9001_on_each_document_and_the_other_rules_run()
    {
        var engine = new LintEngine([new BrokenSetupRule(), new EveryBlockRule()], Loader);
        var result = engine.Run([Doc("a.md", "One.\n"), Doc("b.md", "Two.\n")], new LintOptions());

        Assert.Equal([("a.md", "EL0902"), ("a.md", "EL9001"), ("b.md", "EL0902"), ("b.md", "EL9001")], result.Diagnostics.Select(d => (d.Path, d.Id)));
        Assert.All(result.Diagnostics.Where(d => d.Id == "EL9001"), d =>
            Assert.StartsWith("Rule EL0907 failed on this document and was skipped: InvalidOperationException: no setup", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Fingerprints_SurviveEditsElsewhereInTheFile()
    {
        var engine = new LintEngine([new EveryBlockRule()], Loader);
        var before = engine.Run([Doc("a.md", "Alpha.\n\nBeta.\n")], new LintOptions()).Diagnostics;
        var after = engine.Run([Doc("a.md", "A new first paragraph.\n\nAlpha.\n\nBeta.\n")], new LintOptions()).Diagnostics;
        Assert.NotEqual(before[0].Position, after[1].Position);
        // The message names the block index, which moved; the fingerprint hashes the flagged text, which did not.
        Assert.Equal(before.Select(d => d.Fingerprint), after.Skip(1).Select(d => d.Fingerprint));
    }

    [Fact]
    public void AddEditLint_ComposesTheEngineWithEveryBuiltInRuleAndShippedPackRule()
    {
        using var provider = new ServiceCollection().AddEditLint().BuildServiceProvider();
        var engine = provider.GetRequiredService<LintEngine>();
        Assert.Equal(EditLint.Checks.BuiltInRules.Types.Count + EditLint.Checks.BuiltInPacks.Rules.Count + EngineRules.All.Count, engine.Descriptors.Count);
    }

    [Fact]
    public void BuiltInEngine_ComposesWhatAddEditLintComposes()
    {
        using var provider = new ServiceCollection().AddEditLint().BuildServiceProvider();
        var composed = provider.GetRequiredService<LintEngine>();
        var direct = BuiltInEngine.Create();
        Assert.Equal(composed.Descriptors.Select(d => d.Id), direct.Descriptors.Select(d => d.Id));
        Assert.Equal(composed.Loader.ReaderTypes.Select(t => t.FullName), direct.Loader.ReaderTypes.Select(t => t.FullName));
        Assert.Contains(typeof(DocxReader), direct.Loader.ReaderTypes);
    }

    [Fact]
    public void A_run_over_several_files_lets_each_model_go_once_its_document_is_done_and_still_compares_the_articles()
    {
        var watch = new ModelWatchRule();
        var engine = new LintEngine([watch, new EditLint.Checks.Consistency.AbbreviationStyleRule()], Loader);
        ArticleDocument[] documents =
        [
            Doc("a.md", "# A\n\nThe U.S. economy grew.\n"),
            Doc("b.md", "# B\n\nThe U.S. team won.\n"),
            Doc("c.md", "# C\n\nThe US budget passed.\n"),
        ];

        var result = engine.Run(documents, new LintOptions { MaxDegreeOfParallelism = 1 });

        // One worker takes the documents in order: when the third is linted, neither earlier model is kept.
        Assert.Equal([0, 0, 0], watch.EarlierAlive);
        var finding = Assert.Single(result.Diagnostics, d => d.Id == "EL4003");
        Assert.Equal(("c.md", "'US' here, but 'U.S.' in 2 other articles of this run (a.md:3, b.md:3)"), (finding.Path, finding.Message));
    }

    private const string DatedArticle = "---\ndate: 2025-03-14\n---\n\n# Council approves homes\n\nThe council voted on Tuesday, March 12, to build 300 homes, three years after the plan was drafted.\n\n“It is historic,” said Mayor Alan Price.\n";

    // Which kinds of fact a run extracts, named, with the rules reading dates or figures switched off by the run or by
    // the document's configuration.
    private static HashSet<string> Extracted(Func<Rule, bool> off, bool byDocument)
    {
        var rules = BuiltInRules.Create();
        var asked = new HashSet<string>();
        void Add(string kind)
        {
            lock (asked)
                asked.Add(kind);
        }
        // The kinds asked for outside another's extraction, and the dates and figures however they are asked for (the
        // figures read the dates).
        var extractors = FactExtractors.Default.Observed(kind => Add(kind.Name))
            .With(m => { Add("TemporalExpression"); return EditLint.Semantics.Dates.TemporalExtractor.Extract(m); })
            .With(m => { Add("Figure"); return EditLint.Semantics.Figures.FigureExtractor.Extract(m); });
        var engine = new LintEngine(rules, Loader, extractors);
        var severities = rules.Where(off).ToDictionary(r => r.Descriptor.Id, _ => Severity.None);
        var options = byDocument
            ? new LintOptions { SettingsFor = _ => DocumentSettings.Default with { Severities = severities } }
            : new LintOptions { SeverityOverrides = severities };
        var result = engine.Run([Doc("a.md", DatedArticle)], options);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "EL9001");
        return asked;
    }

    private static bool ReadsDatesOrFigures(Rule rule) =>
        rule.Reads!.Any(k => k == typeof(EditLint.Semantics.Dates.TemporalExpression) || k == typeof(EditLint.Semantics.Figures.Figure) || k == typeof(EditLint.Semantics.Figures.HeadlineFigures));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_facts_only_rules_that_are_off_read_are_not_extracted(bool byDocument)
    {
        Assert.Contains("TemporalExpression", Extracted(_ => false, byDocument));
        Assert.Contains("Figure", Extracted(_ => false, byDocument));

        var extracted = Extracted(ReadsDatesOrFigures, byDocument);

        Assert.DoesNotContain("TemporalExpression", extracted);
        Assert.DoesNotContain("Figure", extracted);
        Assert.DoesNotContain("HeadlineFigures", extracted);
        Assert.Contains("Quote", extracted);
    }

    // A shipped pack's patterns are built when its rule first runs (or in the background for the rules a run has on):
    // a pack switched off compiles none of them.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_shipped_pack_that_is_off_builds_none_of_its_patterns(bool byDocument)
    {
        var packs = EditLint.Packs.PackLoader.LoadEmbedded(typeof(BuiltInPacks).Assembly);
        Assert.Empty(packs.Problems);
        Assert.All(packs.Rules, r => Assert.False(r.IsPrepared, r.Descriptor.Id));
        var engine = new LintEngine(packs.Rules, Loader);
        var severities = packs.Rules.Where(r => r.Descriptor.Pack == "newsroom").ToDictionary(r => r.Descriptor.Id, _ => Severity.None);
        var options = byDocument
            ? new LintOptions { SettingsFor = _ => DocumentSettings.Default with { Severities = severities } }
            : new LintOptions { SeverityOverrides = severities };

        var result = engine.Run([Doc("a.md", DatedArticle)], options);

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "EL9001");
        Assert.All(packs.Rules.Where(r => r.Descriptor.Pack == "newsroom"), r => Assert.False(r.IsPrepared, r.Descriptor.Id));
        Assert.All(packs.Rules.Where(r => r.Descriptor.Pack != "newsroom"), r => Assert.True(r.IsPrepared, r.Descriptor.Id));
    }

    // The patterns of the pack rules a run has on are built in the background too, a rule's own run aside: a one-line
    // article has no heading, so EL4106 (headline case) reads no unit of it, and only the background builds its check.
    [Fact]
    public async Task The_shipped_pack_rules_on_are_prepared_in_the_background()
    {
        var packs = EditLint.Packs.PackLoader.LoadEmbedded(typeof(BuiltInPacks).Assembly);
        var engine = new LintEngine(packs.Rules, Loader);

        engine.Run([Doc("a.md", "One line of prose.\n")], new LintOptions());

        Assert.NotNull(engine.PreparingPacks);
        await engine.PreparingPacks.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.All(packs.Rules, r => Assert.True(r.IsPrepared, r.Descriptor.Id));
    }

    // A shipped rule's check that cannot be built (its events were recorded, so the load trusted the build's check)
    // fails that rule where it runs, EL9001 naming the problem, and the other rules run.
    [Fact]
    public void A_recorded_pack_rule_whose_check_cannot_be_built_is_EL9001()
    {
        var loaded = RecordedPack.Load();
        var engine = new LintEngine([.. loaded.Rules, .. BuiltInRules.Create()], Loader);

        var result = engine.Run([Doc("a.md", DatedArticle)], new LintOptions());

        var failure = Assert.Single(result.Diagnostics, d => d.Id == "EL9001");
        Assert.Contains("EL4190", failure.Message, StringComparison.Ordinal);
        Assert.Contains("invalid pattern '(unclosed'", failure.Message, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Id == "EL3003");
    }

    [Fact]
    public void Every_shipped_rule_lists_the_facts_it_reads()
    {
        Assert.Empty(BuiltInRules.Create().Concat(BuiltInPacks.Rules).Where(r => r.Reads is null).Select(r => r.Descriptor.Id));
    }

    // Reads facts it does not list: it still gets them, extracted when it asks.
    private sealed class UnlistedReaderRule : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new("EL0911", "Unlisted", "{0} figures", RuleCategory.Engine, Severity.Info);
        public override IReadOnlyCollection<Type> Reads { get; } = [];
        public override void Initialize(RuleSetup setup) => setup.OnDocumentEnd(c => c.Report(default, c.Model.Figures.Count));
    }

    [Fact]
    public void A_rule_that_reads_facts_it_does_not_list_still_gets_them()
    {
        var asked = new List<string>();
        var engine = new LintEngine([new UnlistedReaderRule()], Loader, FactExtractors.Default.Observed(kind => asked.Add(kind.Name)));

        var result = engine.Run([Doc("a.md", DatedArticle)], new LintOptions { MaxDegreeOfParallelism = 1 });

        Assert.Equal("1 figures", Assert.Single(result.Diagnostics).Message);
        Assert.Equal(["Figure"], asked);
    }

    // A rule that does not say what it reads (a third party's) has every kind extracted before it runs.
    [Fact]
    public void A_rule_that_does_not_list_its_facts_has_every_kind_extracted()
    {
        var asked = new List<string>();
        var engine = new LintEngine([new EveryBlockRule()], Loader, FactExtractors.Default.Observed(kind => asked.Add(kind.Name)));

        engine.Run([Doc("a.md", DatedArticle)], new LintOptions { MaxDegreeOfParallelism = 1 });

        Assert.Contains("TemporalExpression", asked);
        Assert.Contains("Figure", asked);
        Assert.Contains("NameMention", asked);
    }

    // A fact rule whose definition type no other test uses: whether its session factory was ever asked for tells
    // whether the run compiled it.
    private sealed class CompiledOnlyWhenOnRule : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new("EL0912", "Compiled only when on", "never", RuleCategory.Engine, Severity.Info);
        public override IReadOnlyCollection<Type> Reads { get; } = [];
        public override void Initialize(RuleSetup setup) => setup.UseFacts(new Definition());

        public sealed class Definition : EachFact<Block>
        {
            public override IEnumerable<object> Facts(SemanticModel model) => model.Document.Blocks;

            protected override void Act(DocumentContext context, Block fact)
            {
            }
        }
    }

    [Fact]
    public void A_fact_rule_that_is_off_is_not_compiled()
    {
        var engine = new LintEngine([new CompiledOnlyWhenOnRule(), new EveryBlockRule()], Loader);

        engine.Run([Doc("a.md", "One.\n")], new LintOptions { SettingsFor = _ => DocumentSettings.Default with { Severities = new Dictionary<string, Severity> { ["EL0912"] = Severity.None } } });
        Assert.False(FactRuleSessions.IsRegistered(typeof(CompiledOnlyWhenOnRule.Definition)));

        engine.Run([Doc("a.md", "One.\n")], new LintOptions());
        Assert.True(FactRuleSessions.IsRegistered(typeof(CompiledOnlyWhenOnRule.Definition)));
    }

    // Waits, on its document's end, for the other rule sharing its barrier: on one thread, the first would wait alone.
    private sealed class MeetingRule(string id, Barrier barrier) : Rule
    {
        public bool Met { get; private set; }
        public override RuleDescriptor Descriptor { get; } = new(id, "Meeting", "never", RuleCategory.Engine, Severity.Info);
        public override void Initialize(RuleSetup setup) => setup.OnDocumentEnd(_ => Met = barrier.SignalAndWait(TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public void A_run_s_only_document_has_its_rules_run_on_more_than_one_thread()
    {
        using var barrier = new Barrier(2);
        MeetingRule[] rules = [new("EL0915", barrier), new("EL0916", barrier)];

        new LintEngine(rules, Loader).Run([Doc("a.md", "One paragraph.\n")], new LintOptions { MaxDegreeOfParallelism = 2 });

        Assert.All(rules, r => Assert.True(r.Met));
    }

    // A rule's exception on a pool thread (the run's cancellation, in practice) is rethrown as it was thrown, not wrapped:
    // this thread waits, holding its own index, until a helper has taken one, which throws.
    [Fact]
    public void Shared_work_rethrows_a_helper_s_exception_as_it_was_thrown()
    {
        var caller = Environment.CurrentManagedThreadId;
        using var helperTook = new ManualResetEventSlim();
        var thrown = Assert.Throws<InvalidOperationException>(() => LintEngine.ShareOut(2, 10, _ =>
        {
            if (Environment.CurrentManagedThreadId == caller)
            {
                Assert.True(helperTook.Wait(TimeSpan.FromSeconds(20)));
                return;
            }
            helperTook.Set();
            throw new InvalidOperationException("on a helper");
        }));
        Assert.Equal("on a helper", thrown.Message);
    }

    // A rule that only registers a fact rule.
    private sealed class UsesFacts(string id, FactRule definition) : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new(id, "Uses facts", "never", RuleCategory.Engine, Severity.Info);
        public override void Initialize(RuleSetup setup) => setup.UseFacts(definition);
    }

    // Definitions used by one test each: a session factory, once compiled, is the process's, one per type (the tag makes
    // each test's its own). The sentences are there; the facts of NoFacts never are, and a rule that can match only its
    // facts opens no session without them.
    private sealed class Sentences<TTag> : EachFact<Sentence>
    {
        public override IEnumerable<object> Facts(SemanticModel model) => model.Sentences;
        protected override void Act(DocumentContext context, Sentence fact) { }
    }

    private sealed class NoFacts<TTag> : EachFact<Sentence>
    {
        public override IEnumerable<object> Facts(SemanticModel model) => [];
        protected override void Act(DocumentContext context, Sentence fact) { }
    }

    private sealed class OneDocument;

    private sealed class TwoDocuments;

    [Fact]
    public async Task A_run_of_one_document_compiles_no_fact_rule_its_document_does_not_need()
    {
        var engine = new LintEngine([new UsesFacts("EL0917", new Sentences<OneDocument>()), new UsesFacts("EL0919", new NoFacts<OneDocument>())], Loader);

        engine.Run([Doc("a.md", "One sentence. Another.\n")], new LintOptions { MaxDegreeOfParallelism = 2 });
        Assert.NotNull(engine.PreparingFactRules);
        await engine.PreparingFactRules.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True(FactRuleSessions.IsCompiled(typeof(Sentences<OneDocument>)));
        Assert.False(FactRuleSessions.IsCompiled(typeof(NoFacts<OneDocument>)));
    }

    [Fact]
    public async Task A_run_of_several_documents_compiles_every_fact_rule_in_the_background()
    {
        var engine = new LintEngine([new UsesFacts("EL0920", new Sentences<TwoDocuments>()), new UsesFacts("EL0921", new NoFacts<TwoDocuments>())], Loader);

        engine.Run([Doc("a.md", "One sentence.\n"), Doc("b.md", "Another.\n")], new LintOptions { MaxDegreeOfParallelism = 2 });
        Assert.NotNull(engine.PreparingFactRules);
        await engine.PreparingFactRules.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True(FactRuleSessions.IsCompiled(typeof(NoFacts<TwoDocuments>)));
    }
}
