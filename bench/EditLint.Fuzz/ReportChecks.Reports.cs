using System.Text.Json;
using EditLint.Engine;

namespace EditLint.Fuzz;

internal static partial class ReportChecks
{
    /// <summary>The JSON report parses and says what the run found: one entry per finding, at the same positions.</summary>
    public static void CheckJson(string json, LintResult result, List<Failure> failures)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            failures.Add(new Failure("JSON report does not parse", e.Message));
            return;
        }
        using (document)
        {
            var root = document.RootElement;
            if (!root.TryGetProperty("diagnostics", out var diagnostics) || diagnostics.ValueKind != JsonValueKind.Array
                || !root.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array)
            {
                failures.Add(new Failure("JSON report lacks files or diagnostics", json[..Math.Min(json.Length, 300)]));
                return;
            }
            if (files.GetArrayLength() != result.Files.Count || diagnostics.GetArrayLength() != result.Diagnostics.Count)
            {
                failures.Add(new Failure("JSON report disagrees with the run", $"{files.GetArrayLength()} files and {diagnostics.GetArrayLength()} findings; the run had {result.Files.Count} and {result.Diagnostics.Count}"));
                return;
            }
            var i = 0;
            foreach (var entry in diagnostics.EnumerateArray())
            {
                var d = result.Diagnostics[i++];
                var expected = (d.Position.Start.DisplayLine, d.Position.Start.DisplayColumn, d.Position.End.DisplayLine, d.Position.End.DisplayColumn);
                var actual = (Int(entry, "startLine"), Int(entry, "startColumn"), Int(entry, "endLine"), Int(entry, "endColumn"));
                if (actual != expected || Text(entry, "id") != d.Id || Text(entry, "path") != d.Path)
                    failures.Add(new Failure($"JSON report disagrees with the run ({d.Id})", $"entry {i - 1}: {entry.GetRawText()[..Math.Min(300, entry.GetRawText().Length)]}; the finding: {d.Path}:{d.Position} {d.Id}"));
            }
        }
    }

    private static readonly HashSet<string> Levels = ["none", "note", "warning", "error"];

    /// <summary>
    /// The SARIF log is structurally valid, checked here for every case (the multitool runs on a sample): version,
    /// one run, rules with absolute help URIs, results whose rule, artifact and regions exist and are in order.
    /// </summary>
    public static void CheckSarif(string sarif, LintResult result, List<Failure> failures)
    {
        void Fail(string what, string detail, string? rule = null) => failures.Add(new Failure("SARIF " + what, detail, rule));
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(sarif);
        }
        catch (JsonException e)
        {
            Fail("log does not parse", e.Message);
            return;
        }
        using (document)
        {
            var root = document.RootElement;
            if (Text(root, "version") != "2.1.0" || !root.TryGetProperty("runs", out var runs) || runs.ValueKind != JsonValueKind.Array || runs.GetArrayLength() != 1)
            {
                Fail("log is not one SARIF 2.1.0 run", sarif[..Math.Min(sarif.Length, 300)]);
                return;
            }
            var run = runs[0];
            if (!run.TryGetProperty("tool", out var tool) || !tool.TryGetProperty("driver", out var driver) || string.IsNullOrEmpty(Text(driver, "name")))
            {
                Fail("run has no tool.driver.name", "");
                return;
            }
            var rules = Array(driver, "rules");
            foreach (var rule in rules)
            {
                if (string.IsNullOrEmpty(Text(rule, "id")))
                    Fail("rule without id", rule.GetRawText());
                if (Text(rule, "helpUri") is { } help && !Uri.TryCreate(help, UriKind.Absolute, out _))
                    failures.Add(new Failure("SARIF rule helpUri is not absolute", help, Text(rule, "id")));
            }
            var artifacts = Array(run, "artifacts");
            var results = Array(run, "results");
            if (results.Length != result.Diagnostics.Count)
                Fail("results disagree with the run", $"{results.Length} results; the run had {result.Diagnostics.Count} findings");
            foreach (var item in results)
            {
                var id = Text(item, "ruleId");
                var where = $"{id}: {item.GetRawText()[..Math.Min(400, item.GetRawText().Length)]}";
                if (string.IsNullOrEmpty(id))
                    Fail("result without ruleId", where);
                if (item.TryGetProperty("ruleIndex", out var index) && (index.GetInt32() < 0 || index.GetInt32() >= rules.Length || Text(rules[index.GetInt32()], "id") != id))
                    Fail("ruleIndex names another rule", where, id);
                if (Text(item, "level") is { } level && !Levels.Contains(level))
                    Fail("unknown level", where, id);
                if (!item.TryGetProperty("message", out var message) || string.IsNullOrEmpty(Text(message, "text")))
                    Fail("result without message text", where, id);
                foreach (var location in Array(item, "locations").Concat(Array(item, "relatedLocations")))
                {
                    if (!location.TryGetProperty("physicalLocation", out var physical))
                        continue;
                    if (physical.TryGetProperty("artifactLocation", out var artifact) && artifact.TryGetProperty("index", out var artifactIndex)
                        && (artifactIndex.GetInt32() < 0 || artifactIndex.GetInt32() >= artifacts.Length))
                        Fail("artifact index out of range", where, id);
                    if (!physical.TryGetProperty("region", out var region))
                        continue;
                    var (startLine, startColumn) = (Int(region, "startLine"), Int(region, "startColumn"));
                    var (endLine, endColumn) = (Int(region, "endLine"), Int(region, "endColumn"));
                    if (startLine is < 1 || startColumn is < 1 || endLine is < 1 || endColumn is < 1)
                        Fail("region line or column below 1", where, id);
                    else if (endLine < startLine || (endLine == startLine && endColumn is { } ec && startColumn is { } sc && ec < sc))
                        Fail("region ends before it starts", where, id);
                }
            }
        }
    }

    private static JsonElement[] Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? [.. array.EnumerateArray()] : [];

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
}
