using System.Diagnostics;
using System.Text.Json;

namespace EditLint.Fuzz;

/// <summary>
/// Microsoft's SARIF Multitool (schema and SARIF guidance rules) on a sample of the cases' logs; it takes seconds
/// per log, so every case gets the structural check of <see cref="ReportChecks.CheckSarif"/> and only a sample this.
/// Same verdict as tests/EditLint.Tests/Cli/SarifValidationTests.cs: error-level results and failed runs count.
/// </summary>
internal static class Multitool
{
    public static List<Failure> Validate(string executable, string sarif, string folder)
    {
        Directory.CreateDirectory(folder);
        var log = Path.Combine(folder, "sample.sarif");
        var validation = Path.Combine(folder, "sample.validation.sarif");
        File.WriteAllText(log, sarif);
        File.Delete(validation);
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "validate", log, "--output", validation, "--log", "ForceOverwrite" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            return [new Failure("SARIF Multitool did not finish", log)];
        }
        if (!File.Exists(validation))
            return [new Failure("SARIF Multitool wrote no report", $"exit {process.ExitCode}: {output.Result}\n{error.Result}")];

        var failures = new List<Failure>();
        using var document = JsonDocument.Parse(File.ReadAllText(validation));
        foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
        {
            var rules = run.TryGetProperty("tool", out var tool) && tool.TryGetProperty("driver", out var driver) && driver.TryGetProperty("rules", out var r) ? r.EnumerateArray().ToArray() : [];
            foreach (var result in run.TryGetProperty("results", out var results) ? results.EnumerateArray() : default)
            {
                var rule = result.TryGetProperty("ruleIndex", out var index) && index.GetInt32() < rules.Length ? rules[index.GetInt32()] : (JsonElement?)null;
                if (LevelOf(result, rule) != "error")
                    continue;
                var id = result.TryGetProperty("ruleId", out var ruleId) ? ruleId.GetString() : "?";
                failures.Add(new Failure($"SARIF Multitool {id}", $"{MessageOf(result, rule)} ({log})"));
            }
            foreach (var invocation in run.TryGetProperty("invocations", out var invocations) ? invocations.EnumerateArray() : default)
            {
                if (invocation.TryGetProperty("executionSuccessful", out var success) && success.ValueKind == JsonValueKind.False)
                    failures.Add(new Failure("SARIF Multitool run failed", $"{output.Result} ({log})"));
            }
        }
        return failures;
    }

    // The multitool writes most messages as a template id of the rule plus arguments.
    private static string MessageOf(JsonElement result, JsonElement? rule)
    {
        if (!result.TryGetProperty("message", out var message))
            return "";
        if (message.TryGetProperty("text", out var text))
            return text.GetString() ?? "";
        var id = message.TryGetProperty("id", out var messageId) ? messageId.GetString() ?? "" : "";
        var arguments = message.TryGetProperty("arguments", out var args) ? args.EnumerateArray().Select(a => a.ToString()).ToArray() : [];
        if (rule is { } r && r.TryGetProperty("messageStrings", out var strings) && strings.TryGetProperty(id, out var template) && template.TryGetProperty("text", out var templateText))
        {
            var formatted = templateText.GetString() ?? id;
            for (var i = 0; i < arguments.Length; i++)
                formatted = formatted.Replace("{" + i + "}", arguments[i], StringComparison.Ordinal);
            return formatted;
        }
        return $"{id} {string.Join(", ", arguments)}";
    }

    private static string LevelOf(JsonElement result, JsonElement? rule)
    {
        if (result.TryGetProperty("level", out var level))
            return level.GetString() ?? "warning";
        if (rule is { } r && r.TryGetProperty("defaultConfiguration", out var configuration) && configuration.TryGetProperty("level", out var ruleLevel))
            return ruleLevel.GetString() ?? "warning";
        return "warning";
    }
}
