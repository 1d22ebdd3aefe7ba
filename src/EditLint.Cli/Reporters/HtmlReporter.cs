using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using EditLint.Diagnostics;
using EditLint.Engine;

namespace EditLint.Cli.Reporters;

/// <summary>
/// One self-contained HTML page that reads like an IDE: file list, the article with squiggles, a problems panel.
/// The data is the JSON report's model plus each file's text, embedded as a JSON script block; the page's own
/// script and style (Reporters/Html) are inlined and pinned by hash in a Content-Security-Policy, so the file
/// opens offline and nothing from an article can run.
/// </summary>
internal sealed partial class HtmlReporter : IReporter
{
    // Escapes <, >, &, ' and " as \u sequences, so no article text can close the data block; other characters stay readable.
    private static readonly HtmlJson Json = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });

    // The page's data's serialization code, generated when EditLint is built (a native build cannot make it by reflection).
    [System.Text.Json.Serialization.JsonSerializable(typeof(HtmlPayload))]
    private sealed partial class HtmlJson : System.Text.Json.Serialization.JsonSerializerContext;

    private static readonly Lazy<(string Template, string Style, string Script)> Assets = new(LoadAssets);

    public string Format => "html";

    public void Write(LintResult result, TextWriter output)
    {
        var payload = new HtmlPayload(
            JsonReporter.Build(result),
            [.. result.Rules.DistinctBy(r => r.Id).Select(r => new HtmlRule(r.Id, r.Title, r.Description, r.Category.ToString(), r.DefaultSeverity.ToName(), r.HelpUri))],
            [.. result.Files.Select(f => f.Document?.Source.Text)],
            Math.Round(result.Elapsed.TotalSeconds, 3));
        var json = Embeddable(JsonSerializer.Serialize(payload, Json.HtmlPayload));

        var (template, style, script) = Assets.Value;
        var title = $"EditLint report: {result.Diagnostics.Count.ToString(CultureInfo.InvariantCulture)} findings in {result.Files.Count.ToString(CultureInfo.InvariantCulture)} files";
        // Placeholders are replaced in one pass, so text inside the data can never be mistaken for one.
        var page = Placeholder().Replace(template, match => match.Groups[1].Value switch
        {
            "SCRIPT_HASH" => CspHash(script),
            "STYLE_HASH" => CspHash(style),
            "VERSION" => System.Net.WebUtility.HtmlEncode(ToolInfo.Version),
            "TITLE" => title,
            "STYLE" => style,
            "SCRIPT" => script,
            "DATA" => json,
            _ => match.Value,
        });
        output.Write(page);
    }

    // The serializer already escapes '<'; this keeps the guarantee if the encoder ever changes.
    internal static string Embeddable(string json) => json.Replace("<", "\\u003c", StringComparison.Ordinal);

    internal static string CspHash(string content) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    private static (string, string, string) LoadAssets() => (Read("report.html"), Read("report.css"), Read("report.js"));

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("EditLint.Cli.Reporters.Html." + name)
            ?? throw new InvalidOperationException($"The HTML report asset {name} is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        // Line endings are fixed so the CSP hash does not depend on how git checked the asset out.
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{\{([A-Z_]+)\}\}")]
    private static partial System.Text.RegularExpressions.Regex Placeholder();

    private sealed record HtmlPayload(JsonReporter.JsonReport Report, IReadOnlyList<HtmlRule> Rules, IReadOnlyList<string?> Sources, double ElapsedSeconds);

    private sealed record HtmlRule(string Id, string Title, string Description, string Category, string DefaultSeverity, string HelpUri);
}
