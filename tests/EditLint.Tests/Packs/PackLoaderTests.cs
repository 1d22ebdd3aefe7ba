using System.Diagnostics;
using System.Text.RegularExpressions;
using EditLint.Checks;
using EditLint.Documents;
using EditLint.Engine;
using EditLint.Packs;
using EditLint.Readers;
using EditLint.Text;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Packs;

public sealed class PackLoaderTests
{
    private const string Manifest = "pack: house\nprefix: EL\ndescription: Test pack.\n";

    private static PackLoadResult Load(params (string Name, string Text)[] rules) =>
        PackLoader.Load([new PackFile("styles/house/pack.yaml", Manifest), .. rules.Select(r => new PackFile("styles/house/" + r.Name, r.Text))]);

    [Fact]
    public void MalformedYaml_IsEL9003_WithFileLineAndColumn_AndTheOtherRulesLoad()
    {
        var result = Load(
            ("EL4190.broken.yaml", "id: EL4190\ntitle: Broken\ncheck: existence\ntokens: [one, two\nmessage: x\n"),
            ("EL4191.fine.yaml", "id: EL4191\ntitle: Fine\ncheck: existence\nmessage: \"'{0}'\"\ntokens: [fine]\n"));
        var problem = Assert.Single(result.Problems);
        Assert.Equal("styles/house/EL4190.broken.yaml", problem.Path);
        Assert.Equal(4, problem.Position.DisplayLine); // the line of the unclosed list
        Assert.StartsWith("invalid YAML", problem.Message, StringComparison.Ordinal);
        var diagnostic = problem.ToDiagnostic();
        Assert.Equal("EL9003", diagnostic.Id);
        Assert.Contains("styles/house/EL4190.broken.yaml:4:13:", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(["EL4191"], result.Rules.Select(r => r.Descriptor.Id));
    }

    [Fact]
    public void BadIndentation_IsReportedWhereTheParserStops()
    {
        var problem = Assert.Single(Load(("EL4190.indent.yaml", "id: EL4190\ntitle: Indent\n  check: existence\n")).Problems);
        Assert.Equal(new LinePosition(2, 7), problem.Position);
    }

    [Theory]
    [InlineData("[paragraph, heading]", PackScope.Paragraph | PackScope.Heading)]
    [InlineData("[Sentence, QUOTE, title]", PackScope.Sentence | PackScope.Quote | PackScope.Title)]
    [InlineData("body", PackScope.Body)]
    public void Scope_NamesItsUnitsInAnyCase(string scope, PackScope expected)
    {
        var rule = Assert.Single(Load(("EL4190.scoped.yaml", $"id: EL4190\ntitle: Scoped\ncheck: existence\nmessage: x\ntokens: [one]\nscope: {scope}\n")).Rules);
        Assert.Equal(expected, rule.Scope);
    }

    // Recorded events mark a shipped pack, loaded in full when EditLint was built: its patterns are built on first use,
    // and one that cannot be built fails its rule where it runs (EL9001) rather than the load.
    [Fact]
    public void RecordedRule_BuildsItsPatternsWhenFirstAsked()
    {
        var loaded = RecordedPack.Load();

        Assert.Empty(loaded.Problems);
        var recorded = Assert.Single(loaded.Rules);
        Assert.False(recorded.IsPrepared);
        var failure = Assert.Throws<InvalidOperationException>(recorded.Prepare);
        Assert.Contains("invalid pattern '(unclosed'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("EL4190.recorded.yaml: 5:", failure.Message, StringComparison.Ordinal);

        // The same text read from disk (no events), or with events recorded from another text, is checked when it loads.
        Assert.Contains(Load(("EL4190.recorded.yaml", RecordedPack.BrokenRule)).Problems, p => p.Message.Contains("invalid pattern", StringComparison.Ordinal));
        var stale = RecordedPack.Load(recordedFrom: RecordedPack.BrokenRule.Replace("(unclosed", "closed", StringComparison.Ordinal));
        Assert.Contains(stale.Problems, p => p.Message.Contains("invalid pattern '(unclosed'", StringComparison.Ordinal));
        Assert.Empty(stale.Rules);
    }

    [Fact]
    public void UnknownKey_IsReportedAtTheKey_WithTheNearestValidOne()
    {
        var result = Load(("EL4190.typo.yaml", "id: EL4190\ntitle: Typo\ncheck: existence\nmessage: x\ntoknes: [one]\n"));
        Assert.Contains(result.Problems, p => p.Position == new LinePosition(4, 0) && p.Message.Contains("did you mean 'tokens'", StringComparison.Ordinal));
        Assert.Empty(result.Rules);
    }

    [Theory]
    [InlineData("check: exists\n", 3, "unknown check 'exists'")]
    [InlineData("check: existence\ntokens: ['(unclosed']\n", 4, "invalid pattern")]
    [InlineData("check: existence\ntokens: ['{lexicon:no-such-list}']\n", 4, "unknown lexicon '{lexicon:no-such-list}'")]
    [InlineData("check: existence\ntokens: [x]\nseverity: loud\n", 5, "unknown severity")]
    [InlineData("check: existence\ntokens: [x]\nscope: page\n", 5, "unknown scope 'page'")]
    [InlineData("check: metric\nformula: words / sentnces\ncondition: '> 3'\n", 4, "unknown count 'sentnces'")]
    [InlineData("check: metric\nformula: words\ncondition: more than 3\n", 5, "invalid condition")]
    [InlineData("check: occurrence\ntoken: x\n", 1, "needs 'max' or 'min'")]
    [InlineData("check: substitution\nswap:\n  '(?x) colour  # British': color\n", 5, "end a free-spacing comment")]
    [InlineData("check: existence\ntokens: ['(?x) colour  # British']\n", 4, "end a free-spacing comment")]
    [InlineData("check: existence\nnonword: true\ntokens: ['(?x) colour  # British']\n", 5, "end a free-spacing comment")]
    [InlineData("check: existence\nnonword: true\ntokens: ['(unclosed']\n", 5, "invalid pattern '(unclosed'")]
    [InlineData("check: existence\ntokens: ['foo)|(?:bar']\n", 4, "invalid pattern 'foo)|(?:bar'")]
    [InlineData("check: substitution\nswap:\n  'a)(?:b': c\n", 5, "invalid pattern 'a)(?:b'")]
    [InlineData("check: repetition\nphrase: 0\n", 4, "'phrase' must be a whole number of tokens from 1 to 8")]
    [InlineData("check: repetition\nphrase: 2.5\n", 4, "'phrase' must be a whole number of tokens from 1 to 8")]
    [InlineData("check: metric\nformula: \"2 * ((((words))))) \"\ncondition: '> 3'\n", 4, "unexpected ')")]
    [InlineData("check: metric\nformula: words\ncondition: '> 3'\nlink: docs/EL4190.md\n", 6, "'link' must be an absolute http or https URL")]
    [InlineData("check: metric\nformula: words\ncondition: '> 3'\nlink: 'javascript:alert(1)'\n", 6, "'link' must be an absolute http or https URL")]
    public void InvalidRule_IsReportedAtItsLine(string body, int line, string message)
    {
        var result = Load(("EL4190.bad.yaml", "id: EL4190\ntitle: Bad\nmessage: x\n".Replace("message: x\n", "", StringComparison.Ordinal) + body + "message: x\n"));
        Assert.Contains(result.Problems, p => p.Position.DisplayLine == line && p.Message.Contains(message, StringComparison.Ordinal));
        Assert.Empty(result.Rules);
    }

    [Theory]
    [InlineData("EL4190.x.yaml", "id: EL1001\n", "outside the rule-pack range")]
    [InlineData("EL4191.x.yaml", "id: EL4190\n", "must be named EL4190.<slug>.yaml")]
    [InlineData("EL4190.x.yaml", "id: XY4190\n", "prefix 'EL'")]
    public void RuleIds_AreChecked(string file, string id, string message)
    {
        var result = Load((file, id + "title: T\ncheck: existence\ntokens: [x]\nmessage: m\n"));
        Assert.Contains(result.Problems, p => p.Position.DisplayLine == 1 && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void RuleFilesWithoutPackYaml_AreReported()
    {
        var result = PackLoader.Load([new PackFile("styles/loose/EL4190.x.yaml", "id: EL4190\n")]);
        Assert.Contains("no pack.yaml", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValeStylePercentS_BecomesAnArgument()
    {
        var rule = Assert.Single(Load(("EL4190.v.yaml", "id: EL4190\ntitle: V\ncheck: existence\nmessage: \"Avoid '%s'\"\ntokens: [very]\n")).Rules);
        Assert.Equal("Avoid '{0}'", rule.Descriptor.MessageFormat);
        Assert.Equal("house", rule.Descriptor.Pack);
    }

    [Fact]
    public void CatastrophicPattern_EndsWithEL9001NamingTheRule_WithinASecond_AndTheRunCompletes()
    {
        var rule = Assert.Single(Load(("EL4199.catastrophic.yaml",
            "id: EL4199\ntitle: Catastrophic\ncheck: existence\nnonword: true\nmessage: x\ntokens: ['(a+)+$']\n")).Rules);
        var loader = new DocumentLoader([new MarkdownReader(), new PlainTextReader(), new HtmlReader()]);
        var evil = loader.Read("evil.md", new SourceText(new string('a', 40_000) + "!\n"), DocumentFormat.Markdown);
        var fine = loader.Read("fine.md", new SourceText("# Fine\n\nNothing here.\n"), DocumentFormat.Markdown);

        var stopwatch = Stopwatch.StartNew();
        var result = new LintEngine([rule], loader).Run([evil, fine], new LintOptions { MaxDegreeOfParallelism = 1 });
        stopwatch.Stop();

        var failure = Assert.Single(result.Diagnostics, d => d.Id == "EL9001");
        Assert.Equal("evil.md", failure.Path);
        Assert.Contains("EL4199", failure.Message, StringComparison.Ordinal);
        Assert.Contains("timed out", failure.Message.Replace("took longer than", "timed out", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(2, result.Files.Count);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), $"took {stopwatch.Elapsed}");
    }

    [Theory]
    [InlineData(100, null)]
    [InlineData(101, "brackets and signs nest more than 100 deep at character 101")]
    public void FormulaDepth_IsLimitedTo100(int depth, string? error)
    {
        var brackets = Formula.TryParse(new string('(', depth) + "words" + new string(')', depth), new HashSet<string> { "words" }, out var bracketError);
        var signs = Formula.TryParse(new string('-', depth) + "words", new HashSet<string> { "words" }, out var signError);
        Assert.Equal(error, bracketError);
        Assert.Equal(error, signError);
        if (error is null)
        {
            Assert.Equal(7, brackets!.Evaluate(new Dictionary<string, double> { ["words"] = 7 }));
            Assert.Equal(depth % 2 == 0 ? 7 : -7, signs!.Evaluate(new Dictionary<string, double> { ["words"] = 7 }));
        }
    }

    [Theory]
    [InlineData("0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59", 0.39 * (100 / 5.0) + 11.8 * (150 / 100.0) - 15.59)]
    [InlineData("words - sentences - 1", 94)]
    [InlineData("words / sentences / 2", 10)]
    [InlineData("-words * -2 + -(sentences)", 195)]
    public void Formula_KeepsPrecedenceAndLeftAssociativity(string text, double expected)
    {
        var formula = Formula.TryParse(text, new HashSet<string> { "words", "sentences", "syllables" }, out var error);
        Assert.Null(error);
        Assert.Equal(expected, formula!.Evaluate(new Dictionary<string, double> { ["words"] = 100, ["sentences"] = 5, ["syllables"] = 150 }), 9);
        // Bound to places in another order, it reads each count from its own place.
        Assert.Equal(expected, formula.BoundTo(["syllables", "characters", "words", "sentences"]).Evaluate([150, 7, 100, 5]), 9);
    }

    [Fact]
    public void Formula_BoundWithoutAPlaceForACount_IsRefused() =>
        Assert.Throws<ArgumentException>(() => Formula.TryParse("words / sentences", new HashSet<string> { "words", "sentences" }, out _)!.BoundTo(["words"]));

    [Fact]
    public void PatternBudget_IsSharedByAllMatchesOfOneRuleOnOneDocument()
    {
        var budget = PatternBudget.ForDocument(500_000);
        Assert.Equal(TimeSpan.FromSeconds(1.5), budget.Allowed);
        var word = new Regex("a", RegexOptions.None, PackPattern.MatchTimeout);
        Assert.Equal(3, budget.Matches(word, "a a a").Count());

        Thread.Sleep(budget.Allowed + TimeSpan.FromMilliseconds(100));

        var spent = Assert.Throws<RegexMatchTimeoutException>(() => budget.Matches(word, "a a a").Count());
        Assert.Equal(budget.Allowed, spent.MatchTimeout);
        Assert.Equal("a", spent.Pattern);
        Assert.Throws<RegexMatchTimeoutException>(() => budget.IsMatch(word, "a"));
        Assert.True(PatternBudget.None.IsMatch(word, "a"));
    }

    [Fact]
    public void RuleWithoutLink_LinksToItsYamlFileByAnAbsoluteUri_AndALinkIsKept()
    {
        var result = PackLoader.Load([
            new PackFile("styles/house/pack.yaml", Manifest),
            new PackFile("styles/house/EL4190.a.yaml", "id: EL4190\ntitle: A\ncheck: existence\nmessage: m\ntokens: [a]\n") { FullPath = "/repo/styles/house/EL4190.a.yaml" },
            new PackFile("styles/house/EL4191.b.yaml", "id: EL4191\ntitle: B\ncheck: existence\nmessage: m\ntokens: [b]\nlink: https://example.com/style#b\n"),
        ]);
        Assert.Empty(result.Problems);
        Assert.Equal(["file:///repo/styles/house/EL4190.a.yaml", "https://example.com/style#b"], result.Rules.Select(r => r.Descriptor.HelpUri));
    }

    [Theory]
    [InlineData("NATO(?:['’]s)?", "NATO's Secretary-General spoke.", 1)]
    [InlineData("NATO(?:['’]s)?", "The UN Secretary-General spoke.", 0)]
    [InlineData("\\w+ing$", "He was saying that it rained.", 1)]
    [InlineData("(?<![(])NATO", "Officials from NATO that day.", 1)]
    public void A_sequence_finds_what_matching_word_by_word_finds(string first, string text, int findings)
    {
        var rule = Assert.Single(Load(("EL4198.sequence.yaml",
            $"id: EL4198\ntitle: Sequence\ncheck: sequence\nscope: sentence\nmessage: \"'{{0}}'\"\ntokens:\n  - pattern: \"{first.Replace("\\", "\\\\", StringComparison.Ordinal)}\"\n  - pattern: \"(?:Secretary-General|that)\"\n")).Rules);
        var loader = new DocumentLoader([new MarkdownReader()]);
        var document = loader.Read("a.md", new SourceText($"---\ndate: 2025-02-26\n---\n\n{text}\n"), DocumentFormat.Markdown);
        var result = new LintEngine([rule], loader).Run([document], new LintOptions { MaxDegreeOfParallelism = 1 });
        Assert.Equal(findings, result.Diagnostics.Count(d => d.Id == "EL4198"));
    }
}
