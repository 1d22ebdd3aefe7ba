using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using EditLint.Cli;
using EditLint.Cli.Reporters;
using EditLint.Diagnostics;
using EditLint.Engine;
using EditLint.Tests.Testing;
using EditLint.Text;

namespace EditLint.Tests.Cli;

/// <summary><c>check --format junit</c>: a JUnit XML report, valid against the schema CI servers read.</summary>
public sealed class JUnitReporterTests : IDisposable
{
    private const string CleanArticle = """
        ---
        title: Library opens on Sundays
        date: 2024-03-04
        author: Jane Okafor
        ---

        # Library opens on Sundays

        The central library will open on Sundays from April, the council said.
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("editlint-junit-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static XDocument Validated(string xml)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(null, Path.Combine(CliRunner.FixturesDirectory, "junit", "junit.xsd"));
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity}: {e.Message} (line {e.Exception?.LineNumber})");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        var document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        Assert.Empty(errors);
        return document;
    }

    [Fact]
    public void Each_file_is_a_suite_and_each_finding_a_case_that_fails_at_or_above_the_threshold()
    {
        File.WriteAllText(Path.Combine(_directory, "dup.md"), CheckCommandTests.ArticleWithDuplicate);
        File.WriteAllText(Path.Combine(_directory, "clean.md"), CleanArticle);
        // "US" and "U.S." both: EL4003, an info finding, below the default threshold.
        File.WriteAllText(Path.Combine(_directory, "styles.md"), CleanArticle.Replace("The central library", "The U.S. library and the US council", StringComparison.Ordinal));

        var run = CliRunner.Run(_directory, "check", ".", "--format", "junit");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        Assert.StartsWith("""<?xml version="1.0" encoding="utf-8"?>""", run.Out, StringComparison.Ordinal);
        var root = Validated(run.Out).Root!;
        var suites = root.Elements("testsuite").ToDictionary(s => (string)s.Attribute("name")!);
        Assert.Equal(["clean.md", "dup.md", "styles.md"], suites.Keys.Order(StringComparer.Ordinal));

        var clean = Assert.Single(suites["clean.md"].Elements("testcase"));
        Assert.Equal("no findings", (string?)clean.Attribute("name"));
        Assert.Empty(clean.Elements());

        var duplicate = Assert.Single(suites["dup.md"].Elements("testcase"), c => ((string)c.Attribute("name")!).StartsWith("EL4002", StringComparison.Ordinal));
        Assert.Equal("EL4002 line 13, column 1", (string?)duplicate.Attribute("name"));
        Assert.Equal("13", (string?)duplicate.Attribute("line"));
        var failure = Assert.Single(duplicate.Elements("failure"));
        Assert.Equal("warning", (string?)failure.Attribute("type"));
        Assert.StartsWith("This sentence already appears on line 9", (string?)failure.Attribute("message"), StringComparison.Ordinal);

        var info = Assert.Single(suites["styles.md"].Elements("testcase"), c => ((string)c.Attribute("name")!).StartsWith("EL4003", StringComparison.Ordinal));
        Assert.Empty(info.Elements("failure"));
        Assert.StartsWith("info EL4003", info.Element("system-out")!.Value, StringComparison.Ordinal);

        // The counts add up, so a CI server's totals match the run's exit code.
        var failures = root.Descendants("failure").Count();
        Assert.Equal(failures, (int)root.Attribute("failures")!);
        Assert.Equal(root.Descendants("testcase").Count(), (int)root.Attribute("tests")!);
        Assert.All(suites.Values, s => Assert.Equal(s.Elements("testcase").Count(e => e.Element("failure") is not null), (int)s.Attribute("failures")!));
    }

    [Fact]
    public void A_lower_threshold_fails_the_info_findings_too()
    {
        File.WriteAllText(Path.Combine(_directory, "styles.md"), CleanArticle.Replace("The central library", "The U.S. library and the US council", StringComparison.Ordinal));

        var run = CliRunner.Run(_directory, "check", ".", "--format", "junit", "--severity-threshold", "info");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        var info = Assert.Single(Validated(run.Out).Descendants("testcase"), c => ((string)c.Attribute("name")!).StartsWith("EL4003", StringComparison.Ordinal));
        Assert.Equal("info", (string?)Assert.Single(info.Elements("failure")).Attribute("type"));
    }

    [Fact]
    public void Control_characters_from_an_article_or_a_file_name_keep_the_report_well_formed()
    {
        var descriptor = new RuleDescriptor("EL4001", "Name spelled inconsistently", "{0}", RuleCategory.Consistency, Severity.Warning);
        var finding = new Diagnostic
        {
            Descriptor = descriptor,
            Severity = Severity.Warning,
            Message = "'Kow\u0001laski' ]]> <b>&amp; 😀 is spelled 'Kowalski' elsewhere",
            Path = "news/a\u001b.md",
            Span = new TextSpan(0, 1),
            Position = new(new(2, 4), new(2, 12)),
        };
        var result = new LintResult([new FileResult("news/a\u001b.md", null, [finding])], [finding], [descriptor], TimeSpan.FromSeconds(1.5));
        using var output = new StringWriter();

        new JUnitReporter(Severity.Warning).Write(result, output);

        var failure = Validated(output.ToString()).Descendants("failure").Single();
        Assert.Equal("'Kow\\u0001laski' ]]> <b>&amp; 😀 is spelled 'Kowalski' elsewhere", (string?)failure.Attribute("message"));
        Assert.Equal("news/a\\u001B.md", (string?)failure.Parent!.Attribute("classname"));
    }
}
