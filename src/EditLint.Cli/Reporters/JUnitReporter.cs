using System.Globalization;
using System.Text;
using System.Xml;
using EditLint.Diagnostics;
using EditLint.Engine;

namespace EditLint.Cli.Reporters;

/// <summary>
/// A JUnit XML report (the Ant / Jenkins schema that GitLab, Jenkins, Azure DevOps and test-report actions read): one
/// <c>testsuite</c> per file linted, one <c>testcase</c> per finding, named by its rule and position. A finding at or
/// above the run's threshold is a <c>failure</c> (its type the severity), so the report fails exactly where the exit
/// code does; one below it passes with its message as output. A file with no findings is one passing test case, so
/// the report counts every file; findings with no file (configuration problems) are a suite of their own.
/// </summary>
internal sealed class JUnitReporter(Severity threshold) : IReporter
{
    public string Format => "junit";

    public void Write(LintResult result, TextWriter output)
    {
        // The CLI writes every report as UTF-8; an XmlWriter over a TextWriter would declare the writer's encoding
        // (UTF-16 for a StringWriter), so the declaration is written here.
        output.WriteLine("""<?xml version="1.0" encoding="utf-8"?>""");
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true, CheckCharacters = true };
        using (var xml = XmlWriter.Create(output, settings))
        {
            var byFile = result.Diagnostics.GroupBy(d => d.Path).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var suites = result.Files.Select(f => f.Path).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            // Findings with no file, and files the run reported on that are not among its inputs, still get a suite. (A set:
            // looking each path up in the list made 16 copies of the corpus quadratic, 78,624 paths by 78,624.)
            var inputs = suites.ToHashSet(StringComparer.Ordinal);
            suites.AddRange(byFile.Keys.Where(p => !inputs.Contains(p)).Order(StringComparer.Ordinal));

            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "EditLint");
            xml.WriteAttributeString("tests", Number(suites.Sum(p => Math.Max(1, byFile.GetValueOrDefault(p)?.Count ?? 0))));
            xml.WriteAttributeString("failures", Number(result.Diagnostics.Count(d => d.Severity >= threshold)));
            xml.WriteAttributeString("errors", "0");
            xml.WriteAttributeString("time", Seconds(result.Elapsed));
            foreach (var path in suites)
                WriteSuite(xml, path, byFile.GetValueOrDefault(path) ?? []);
            xml.WriteEndElement();
        }
        output.WriteLine();
    }

    private void WriteSuite(XmlWriter xml, string path, List<Diagnostic> findings)
    {
        var name = path.Length == 0 ? "editlint" : Clean(path.Replace('\\', '/'));
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("tests", Number(Math.Max(1, findings.Count)));
        xml.WriteAttributeString("failures", Number(findings.Count(d => d.Severity >= threshold)));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", "0");
        if (findings.Count == 0)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("classname", name);
            xml.WriteAttributeString("name", "no findings");
            xml.WriteEndElement();
        }
        foreach (var finding in findings)
            WriteCase(xml, name, finding);
        xml.WriteEndElement();
    }

    private void WriteCase(XmlWriter xml, string suite, Diagnostic finding)
    {
        var start = finding.Position.Start;
        var where = finding.Path.Length == 0 ? "" : $" {suite}:{Number(start.DisplayLine)}:{Number(start.DisplayColumn)}";
        var message = Clean(finding.Message);
        var text = $"{finding.Severity.ToName()} {finding.Id} {finding.Descriptor.Title}{where}: {message}";
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", suite);
        xml.WriteAttributeString("name", $"{finding.Id}{(finding.Path.Length == 0 ? "" : $" line {Number(start.DisplayLine)}, column {Number(start.DisplayColumn)}")}");
        if (finding.Path.Length > 0)
        {
            xml.WriteAttributeString("file", suite);
            xml.WriteAttributeString("line", Number(start.DisplayLine));
        }
        if (finding.Severity >= threshold)
        {
            xml.WriteStartElement("failure");
            xml.WriteAttributeString("message", message);
            xml.WriteAttributeString("type", finding.Severity.ToName());
            xml.WriteString(text);
            xml.WriteEndElement();
        }
        else
        {
            xml.WriteElementString("system-out", text);
        }
        xml.WriteEndElement();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);

    // XML 1.0 has no way to write most control characters, even escaped; an article or file name may hold them. They
    // are written as the text "\u001B" so the report stays well formed and still says what was there.
    internal static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar) && !HasSurrogates(text))
            return text;
        var clean = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
                continue;
            }
            if (XmlConvert.IsXmlChar(c))
                clean.Append(c);
            else
                clean.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
        }
        return clean.ToString();
    }

    private static bool HasSurrogates(string text) => text.Any(char.IsSurrogate);
}
