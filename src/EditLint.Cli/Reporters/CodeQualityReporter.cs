using System.Text.Encodings.Web;
using System.Text.Json;
using EditLint.Diagnostics;
using EditLint.Engine;

namespace EditLint.Cli.Reporters;

/// <summary>
/// GitLab's code quality report (a JSON array that a merge request shows beside the diff): for each finding its
/// description, check name (the rule ID), a fingerprint unique in the report, a severity (error: critical, warning:
/// major, info: info) and its location (path and 1-based line and column). Findings with no file are left out: GitLab
/// places every issue in a file.
/// </summary>
internal sealed class CodeQualityReporter : IReporter
{
    public string Format => "codequality";

    public void Write(LintResult result, TextWriter output)
    {
        using (var stream = new JsonReporter.TextWriterStream(output))
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var diagnostic in result.Diagnostics.Where(d => d.Path.Length > 0))
                Write(json, diagnostic, Unique(used, $"{diagnostic.Id}:{diagnostic.Path}:{diagnostic.Fingerprint}"));
            json.WriteEndArray();
        }
        output.WriteLine();
    }

    private static void Write(Utf8JsonWriter json, Diagnostic diagnostic, string fingerprint)
    {
        var start = diagnostic.Position.Start;
        json.WriteStartObject();
        json.WriteString("description", $"{diagnostic.Id}: {diagnostic.Message}");
        json.WriteString("check_name", diagnostic.Id);
        json.WriteString("fingerprint", fingerprint);
        json.WriteString("severity", diagnostic.Severity switch
        {
            Severity.Error => "critical",
            Severity.Warning => "major",
            _ => "info",
        });
        json.WriteStartObject("location");
        json.WriteString("path", diagnostic.Path.Replace('\\', '/'));
        json.WriteStartObject("positions");
        json.WriteStartObject("begin");
        json.WriteNumber("line", start.DisplayLine);
        json.WriteNumber("column", start.DisplayColumn);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    // A finding's fingerprint names its rule, file and flagged text; two alike findings in one file get #2, #3 …
    private static string Unique(HashSet<string> used, string fingerprint)
    {
        var candidate = fingerprint;
        for (var n = 2; !used.Add(candidate); n++)
            candidate = $"{fingerprint}#{n}";
        return candidate;
    }
}
