using System.Text.Json;
using System.Text.Json.Serialization;
using EditLint.Diagnostics;

namespace EditLint.Engine;

/// <summary>One accepted finding: the file (relative to the baseline file), the rule and the finding's fingerprint.</summary>
public sealed record BaselineEntry(string Path, string Id, string Fingerprint, string Message);

/// <summary>
/// Findings accepted as they are, so that a large archive can adopt EditLint and see only new problems. Entries match
/// by file and <see cref="Diagnostic.Fingerprint"/>, which hashes the rule and the flagged text rather than the line:
/// edits elsewhere in a file do not bring accepted findings back. Engine findings (EL9xxx) are never baselined.
/// </summary>
public sealed partial class Baseline
{
    private const string Tool = "editlint";

    private Baseline(IReadOnlyList<BaselineEntry> entries) => Entries = entries;

    /// <summary>The accepted findings.</summary>
    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>A baseline of every finding of <paramref name="result"/>; <paramref name="toBaselinePath"/> maps a report path to the stored one.</summary>
    public static Baseline FromResult(LintResult result, Func<string, string> toBaselinePath) =>
        new([.. result.Diagnostics
            .Where(d => !d.Id.StartsWith("EL9", StringComparison.Ordinal))
            .Select(d => new BaselineEntry(toBaselinePath(d.Path), d.Id, d.Fingerprint, d.Message))]);

    /// <summary>True when <paramref name="text"/> looks like a file this class wrote (so it may be replaced).</summary>
    public static bool IsBaseline(string text)
    {
        try
        {
            return JsonSerializer.Deserialize(text, Json.Document)?.Tool == Tool;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Reads a baseline; null with <paramref name="error"/> set when the text is not one.</summary>
    public static Baseline? Read(string text, out string? error)
    {
        try
        {
            var document = JsonSerializer.Deserialize(text, Json.Document);
            if (document is not { Tool: Tool, Findings: { } findings })
            {
                error = "not an EditLint baseline (write one with 'editlint baseline')";
                return null;
            }
            // JSON allows null where a finding should be, and a finding without its fields; both are errors, not a crash later.
            var broken = findings.FindIndex(f => f is null || f.Path is null || f.Id is null || f.Fingerprint is null);
            if (broken >= 0)
            {
                error = $"not a valid EditLint baseline: finding {broken + 1} has no path, id or fingerprint (write one with 'editlint baseline')";
                return null;
            }
            error = null;
            return new Baseline([.. findings.Select(f => f.Message is null ? f with { Message = "" } : f)]);
        }
        catch (JsonException e)
        {
            error = $"not valid JSON at line {(e.LineNumber ?? 0) + 1}, column {(e.BytePositionInLine ?? 0) + 1}: {e.Message}";
            return null;
        }
    }

    /// <summary>Writes the baseline as indented JSON, entries in report order.</summary>
    public void Write(TextWriter output)
    {
        output.Write(JsonSerializer.Serialize(new Document(Tool, 1, [.. Entries]), Json.Document));
        output.WriteLine();
    }

    /// <summary>
    /// The result without the findings this baseline accepts, plus an EL9004 for each entry of a linted file that
    /// matched nothing (the problem was fixed; the entry can go).
    /// </summary>
    public LintResult Apply(LintResult result, Func<string, string> toBaselinePath)
    {
        var remaining = Entries.GroupBy(e => (e.Path, e.Fingerprint)).ToDictionary(g => g.Key, g => g.Count());
        bool Accepted(Diagnostic d)
        {
            var key = (toBaselinePath(d.Path), d.Fingerprint);
            if (!remaining.TryGetValue(key, out var count) || count == 0)
                return false;
            remaining[key] = count - 1;
            return true;
        }

        var files = result.Files.Select(f =>
        {
            var kept = f.Diagnostics.Where(d => !Accepted(d)).ToList();
            var stored = toBaselinePath(f.Path);
            foreach (var stale in Entries.Where(e => e.Path == stored && remaining.GetValueOrDefault((e.Path, e.Fingerprint)) > 0).DistinctBy(e => e.Fingerprint))
            {
                remaining[(stale.Path, stale.Fingerprint)] = 0;
                kept.Add(new Diagnostic
                {
                    Descriptor = EngineRules.UnusedSuppression,
                    Severity = EngineRules.UnusedSuppression.DefaultSeverity,
                    Message = EngineRules.UnusedSuppression.FormatMessage($"The baseline accepts a {stale.Id} finding here that no longer occurs ('{stale.Message}'); regenerate the baseline with 'editlint baseline'"),
                    Path = f.Path,
                    Span = default,
                    Position = default,
                });
            }
            return f with { Diagnostics = [.. kept.OrderBy(d => d, DiagnosticOrder.Instance)] };
        }).ToList();
        var linted = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        // Findings outside the linted files (configuration errors) are never baselined.
        var others = result.Diagnostics.Where(d => !linted.Contains(d.Path));
        return result with { Files = files, Diagnostics = [.. files.SelectMany(f => f.Diagnostics).Concat(others).OrderBy(d => d, DiagnosticOrder.Instance)] };
    }

    private static readonly BaselineJson Json = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    // The file's serialization code, generated when EditLint is built (a native build cannot make it by reflection).
    [System.Text.Json.Serialization.JsonSerializable(typeof(Document))]
    private sealed partial class BaselineJson : System.Text.Json.Serialization.JsonSerializerContext;

    private sealed record Document(string Tool, int Version, List<BaselineEntry> Findings);
}
