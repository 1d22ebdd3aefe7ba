using EditLint.Diagnostics;
using EditLint.Configuration;
using EditLint.Documents;
using EditLint.Engine;
using EditLint.Readers;
using EditLint.Rules;
using EditLint.Semantics;
using EditLint.Text;
using Xunit.Sdk;

namespace EditLint.Tests.Testing;

/// <summary>
/// The one helper every rule test uses: the input carries its expected findings as markup
/// (<c>{|EL4002:…|}</c>, or <c>[|…|]</c> for the rule under test) and plain text asserts that there are none.
/// The tester compares exact spans for the IDs of the rules under test; any EL9xxx finding fails the test.
/// </summary>
public sealed class RuleTester
{
    private static readonly DocumentLoader Loader = new([new MarkdownReader(), new PlainTextReader(), new HtmlReader()]);
    private readonly Rule[] _rules;
    private readonly DocumentFormat _format;
    private readonly DocumentSettings _settings;

    private RuleTester(Rule[] rules, DocumentFormat format, DocumentSettings? settings = null)
    {
        _rules = rules;
        _format = format;
        _settings = settings ?? DocumentSettings.Default;
    }

    /// <summary>A tester for one rule, reading Markdown.</summary>
    public static RuleTester For<TRule>() where TRule : Rule, new() => new([new TRule()], DocumentFormat.Markdown);

    /// <summary>A tester for rule instances (pack rules), reading Markdown.</summary>
    public static RuleTester For(params Rule[] rules) => new(rules, DocumentFormat.Markdown);

    /// <summary>The same tester reading another format.</summary>
    public RuleTester WithFormat(DocumentFormat format) => new(_rules, format, _settings);

    /// <summary>The same tester with a configuration (house style, vocabulary, severities).</summary>
    public RuleTester WithSettings(DocumentSettings settings) => new(_rules, _format, settings);

    /// <summary>Runs the rule on the markup's text and asserts the findings are exactly the marked ones.</summary>
    public Task VerifyAsync(string markup)
    {
        Verify(markup);
        return Task.CompletedTask;
    }

    /// <summary>Synchronous form of <see cref="VerifyAsync"/>.</summary>
    public void Verify(string markup)
    {
        var ids = _rules.Select(r => r.Descriptor.Id).ToHashSet();
        var (text, expected) = Markup.Parse(markup, _rules.Length == 1 ? _rules[0].Descriptor.Id : null);
        var diagnostics = Run(text);

        var actual = diagnostics
            .Where(d => ids.Contains(d.Id) || d.Id.StartsWith("EL9", StringComparison.Ordinal))
            .Select(d => new ExpectedFinding(d.Id, d.Span))
            .ToList();
        var missing = expected.Except(actual).ToList();
        var unexpected = actual.Except(expected).ToList();
        if (missing.Count == 0 && unexpected.Count == 0)
            return;

        var messages = string.Join(Environment.NewLine, diagnostics.Select(d => $"  {d.Position.Start} {d.Id}: {d.Message}"));
        throw new XunitException(
            $"Findings differ.{Environment.NewLine}" +
            $"Expected:{Environment.NewLine}{Markup.Render(text, expected)}{Environment.NewLine}" +
            $"Actual:{Environment.NewLine}{Markup.Render(text, actual)}{Environment.NewLine}" +
            $"Messages:{Environment.NewLine}{messages}");
    }

    /// <summary>Runs the rules on <paramref name="text"/> (no markup) and returns every finding, for tests of messages and properties.</summary>
    public IReadOnlyList<Diagnostic> Run(string text)
    {
        var document = Loader.Read("test" + Extension(_format), new SourceText(text), _format);
        // Every kind of fact extracted while no other extraction is under way: first the kinds the rules list in
        // Rule.Reads (the engine extracts those before the rules run), then any the rules ask for without listing it.
        var asked = new List<Type>();
        var engine = new LintEngine(_rules, Loader, FactExtractors.Default.Observed(kind => { lock (asked) asked.Add(kind); }));
        var diagnostics = engine.Run([document], new LintOptions { MaxDegreeOfParallelism = 1, SettingsFor = _ => _settings }).Diagnostics;
        AssertReadsListed(asked);
        return diagnostics;
    }

    // A rule that reads a kind of fact it does not list would have it extracted inside its own time budget, and a run
    // with the rules that list it switched off would not extract it first: every shipped rule lists what it reads.
    private void AssertReadsListed(List<Type> asked)
    {
        if (_rules.Any(r => r.Reads is null))
            return;
        var listed = _rules.SelectMany(r => r.Reads!).ToHashSet();
        var unlisted = asked.Where(k => !listed.Contains(k)).Distinct().Select(k => k.Name).ToList();
        if (unlisted.Count > 0)
            throw new XunitException($"{string.Join(", ", _rules.Select(r => r.Descriptor.Id))} read facts not in Rule.Reads: {string.Join(", ", unlisted)}.");
    }

    private static string Extension(DocumentFormat format) => format switch
    {
        DocumentFormat.Html => ".html",
        DocumentFormat.PlainText => ".txt",
        _ => ".md",
    };
}
