using System.Text.Json;
using EditLint.Cli;
using EditLint.Tests.Testing;
using Xunit.Abstractions;

namespace EditLint.Tests.Cli;

/// <summary>Our SARIF must pass Microsoft's SARIF Multitool validator (schema and SARIF guidance rules) without errors.</summary>
public sealed class SarifValidationTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("editlint-sarif-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Sarif_of_the_seeds_validates_without_errors()
    {
        var sarif = Path.Combine(_directory, "seeds.sarif");
        var run = CliRunner.Run(CliRunner.FixturesDirectory, "check", "seeds/*.txt", "--format", "sarif", "--output", sarif);
        Assert.True(run.ExitCode is ExitCodes.Success or ExitCodes.Findings, run.Error);

        AssertValid(sarif);
    }

    [Fact]
    public void Sarif_with_unreadable_inputs_and_related_locations_validates_without_errors()
    {
        // EL9002 on files that were never decoded (no offsets), EL4002 with a related location, a path that needs escaping.
        var articles = Directory.CreateDirectory(Path.Combine(_directory, "articles")).FullName;
        File.WriteAllBytes(Path.Combine(articles, "scan.txt"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]);
        File.WriteAllBytes(Path.Combine(articles, "latin1.md"), [.. "Caf"u8, 0xE9, .. "\n"u8]);
        Directory.CreateDirectory(Path.Combine(articles, "sub dir"));
        File.WriteAllText(Path.Combine(articles, "sub dir", "ré sumé.md"), CheckCommandTests.ArticleWithDuplicate);
        var sarif = Path.Combine(_directory, "inputs.sarif");

        var run = CliRunner.Run(articles, "check", ".", "--format", "sarif", "--output", sarif);

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        var text = File.ReadAllText(sarif);
        Assert.Contains("\"uri\": \"sub%20dir/r%C3%A9%20sum%C3%A9.md\"", text);
        Assert.Contains("\"relatedLocations\"", text);
        AssertValid(sarif);
    }

    [Fact]
    public void Sarif_with_pack_rules_with_and_without_link_validates_without_errors()
    {
        // A pack rule without 'link' once had its relative YAML path as helpUri (SARIF1005: must be absolute).
        var repo = Directory.CreateDirectory(Path.Combine(_directory, "repo")).FullName;
        Directory.CreateDirectory(Path.Combine(repo, "styles", "house"));
        File.WriteAllText(Path.Combine(repo, ".editlint.yaml"), "pack-folders: [styles]\n");
        File.WriteAllText(Path.Combine(repo, "styles", "house", "pack.yaml"), "pack: house\nprefix: EL\ndescription: House style.\n");
        File.WriteAllText(Path.Combine(repo, "styles", "house", "EL4190.council.yaml"), "id: EL4190\ntitle: Council\ncheck: existence\nmessage: \"'{0}'\"\ntokens: [council]\n");
        File.WriteAllText(Path.Combine(repo, "styles", "house", "EL4191.budget.yaml"), "id: EL4191\ntitle: Budget\ncheck: existence\nmessage: \"'{0}'\"\ntokens: [budget]\nlink: https://example.com/style#budget\n");
        File.WriteAllText(Path.Combine(repo, "article.md"), "# Council\n\nThe council met on the budget.\n");
        var sarif = Path.Combine(_directory, "packs.sarif");

        var run = CliRunner.Run(repo, "check", "article.md", "--format", "sarif", "--output", sarif);

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        var text = File.ReadAllText(sarif);
        Assert.Contains("\"helpUri\": \"" + new Uri(Path.Combine(repo, "styles", "house", "EL4190.council.yaml")).AbsoluteUri + "\"", text);
        Assert.Contains("\"helpUri\": \"https://example.com/style#budget\"", text);
        AssertValid(sarif);
    }

    [Fact]
    public void The_check_fails_on_a_log_that_breaks_the_schema()
    {
        // Guards the guard: a validator run whose errors went unnoticed would pass everything.
        var sarif = Path.Combine(_directory, "broken.sarif");
        File.WriteAllText(sarif, """
            {
              "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
              "version": "2.1.0",
              "runs": [ { "tool": { "driver": { "name": "EditLint", "unexpected": true } }, "results": [] } ]
            }
            """);

        var (errors, _) = Validate(sarif);

        Assert.NotEmpty(errors);
    }

    private void AssertValid(string sarif)
    {
        var (errors, result) = Validate(sarif);
        Assert.True(errors.Count == 0, $"SARIF Multitool found {errors.Count} error(s) in {sarif}:\n{string.Join('\n', errors)}");
        Assert.True(result.ExitCode == 0, $"SARIF Multitool exited {result.ExitCode}:\n{result.Out}\n{result.Error}");
    }

    // Error-level findings of the multitool on sarif; warnings and notes go to the test output.
    private (List<string> Errors, ProcessOutput Result) Validate(string sarif)
    {
        var tool = SarifMultitool.Locate();
        var validation = Path.Combine(_directory, Path.GetFileNameWithoutExtension(sarif) + ".validation.sarif");
        var result = ExternalProcess.Run(tool, ["validate", sarif, "--output", validation, "--log", "ForceOverwrite"], TimeSpan.FromMinutes(5));
        output.WriteLine(result.Out);
        Assert.True(File.Exists(validation), $"The multitool wrote no report (exit {result.ExitCode}):\n{result.Out}\n{result.Error}");

        using var log = JsonDocument.Parse(File.ReadAllText(validation));
        var errors = new List<string>();
        foreach (var run in log.RootElement.GetProperty("runs").EnumerateArray())
        {
            var rules = run.TryGetProperty("tool", out var toolElement) && toolElement.TryGetProperty("driver", out var driver) ? Array(driver, "rules") : [];
            foreach (var finding in Array(run, "results"))
            {
                var rule = finding.TryGetProperty("ruleIndex", out var index) && index.GetInt32() < rules.Length ? rules[index.GetInt32()] : (JsonElement?)null;
                var level = LevelOf(finding, rule);
                var line = $"{level} {finding.GetProperty("ruleId").GetString()}: {MessageOf(finding, rule)}";
                if (level == "error")
                    errors.Add(line);
                else
                    output.WriteLine(line);
            }
            foreach (var invocation in Array(run, "invocations"))
            {
                if (invocation.TryGetProperty("executionSuccessful", out var success) && success.ValueKind == JsonValueKind.False)
                    errors.Add("the multitool reports that its run failed");
                foreach (var notification in Array(invocation, "toolExecutionNotifications").Concat(Array(invocation, "toolConfigurationNotifications")))
                {
                    if (LevelOf(notification, null) == "error")
                        errors.Add($"tool error: {MessageOf(notification, null)}");
                }
            }
        }

        // The multitool exits 0 even when it reports errors: its log is the verdict.
        return (errors, result);
    }

    private static JsonElement[] Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? [.. array.EnumerateArray()] : [];

    // SARIF §3.27.10: a result without "level" takes its rule's default level, else "warning".
    private static string LevelOf(JsonElement finding, JsonElement? rule)
    {
        if (finding.TryGetProperty("level", out var level))
            return level.GetString() ?? "warning";
        if (rule is { } r && r.TryGetProperty("defaultConfiguration", out var configuration) && configuration.TryGetProperty("level", out var ruleLevel))
            return ruleLevel.GetString() ?? "warning";
        return "warning";
    }

    // The multitool writes messages as a message-string id plus arguments.
    private static string MessageOf(JsonElement element, JsonElement? rule)
    {
        if (!element.TryGetProperty("message", out var message))
            return "";
        if (message.TryGetProperty("text", out var text))
            return text.GetString() ?? "";
        var arguments = Array(message, "arguments").Select(a => a.GetString() ?? "").ToArray();
        if (message.TryGetProperty("id", out var id) && rule is { } r && r.TryGetProperty("messageStrings", out var strings)
            && strings.TryGetProperty(id.GetString() ?? "", out var template) && template.TryGetProperty("text", out var format))
        {
            var result = format.GetString() ?? "";
            for (var i = 0; i < arguments.Length; i++)
                result = result.Replace($"{{{i}}}", arguments[i]);
            return result;
        }
        return string.Join(", ", arguments);
    }
}
