using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using EditLint.Diagnostics;
using EditLint.Documents;
using EditLint.Engine;
using EditLint.Text;

namespace EditLint.Cli.Reporters;

/// <summary>
/// SARIF 2.1.0, as GitHub code scanning and Visual Studio's SARIF viewer read it: one run, every rule's metadata
/// in <c>tool.driver.rules</c>, paths relative to <c>%SRCROOT%</c> (the working folder), 1-based regions in
/// UTF-16 code units plus character offsets, and EditLint's fingerprints as partial fingerprints.
/// </summary>
internal sealed partial class SarifReporter(string workingDirectory) : IReporter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string SourceRoot = "%SRCROOT%";
    public const string FingerprintKey = "editlintFingerprint/v1";
    private const string AnalysisTarget = "analysisTarget";

    private static readonly SarifJson Json = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    // The log's serialization code, generated when EditLint is built (a native build cannot make it by reflection).
    [JsonSerializable(typeof(SarifLog))]
    private sealed partial class SarifJson : JsonSerializerContext;

    private readonly string _workingDirectory = Path.GetFullPath(workingDirectory);

    public string Format => "sarif";

    public void Write(LintResult result, TextWriter output)
    {
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var descriptor in result.Rules)
            ruleIndex.TryAdd(descriptor.Id, ruleIndex.Count);

        // Every file, findings or not: the record of what was analysed, indexed in the order the files first come.
        var artifactIndex = new Dictionary<string, int>(result.Files.Count, StringComparer.Ordinal);
        foreach (var file in result.Files)
            artifactIndex.TryAdd(file.Path, artifactIndex.Count);
        // Made as they are written, as the results are: 16 copies of the corpus have 78,624 artifacts, which made first
        // were held through all the results (about 25 MB).
        IEnumerable<SarifArtifact> Artifacts()
        {
            var next = 0;
            foreach (var file in result.Files)
            {
                if (artifactIndex[file.Path] != next)
                    continue;
                next++;
                yield return new SarifArtifact(ArtifactLocation(file.Path, index: null), [AnalysisTarget], MimeType(file.Document?.Format));
            }
        }
        // Offsets (and fixes) mean something only where the file was decoded; an unreadable file has a position but no
        // text, and a .docx's lines and columns count in the text read from it, which is not the file's content.
        var sources = result.Files.Where(f => f.Document is { } d && !DocumentFormats.IsBinary(d.Format))
            .GroupBy(f => f.Path).ToDictionary(g => g.Key, g => g.First().Document!.Source, StringComparer.Ordinal);

        var log = new SarifLog(SchemaUri, "2.1.0",
        [
            new SarifRun(
                new SarifTool(new SarifDriver(
                    ToolInfo.Name,
                    ToolInfo.Version,
                    ToolInfo.InformationUri,
                    [.. result.Rules.DistinctBy(r => r.Id).Select(ToRule)])),
                [new SarifInvocation(ExecutionSuccessful: true)],
                new Dictionary<string, SarifArtifactLocation>(StringComparer.Ordinal)
                {
                    [SourceRoot] = new SarifArtifactLocation(DirectoryUri(_workingDirectory), null, null),
                },
                Artifacts(),
                result.Diagnostics.Select(d => ToResult(d, ruleIndex, artifactIndex, sources.GetValueOrDefault(d.Path))),
                "utf16CodeUnits"),
        ]);
        // Streamed into the writer, as the JSON report is: 16 copies of the corpus make a 378 MB log, which as one string
        // took the run from 0.9 to 2.5 GB. Each result is made as it is written: the 277,312 results of 16 copies, made
        // first, held 200 MB more than the JSON report's run.
        using (var stream = new JsonReporter.TextWriterStream(output))
            JsonSerializer.Serialize(stream, log, Json.SarifLog);
        output.WriteLine();
    }

    private static string? MimeType(DocumentFormat? format) => format switch
    {
        DocumentFormat.Markdown => "text/markdown",
        DocumentFormat.PlainText => "text/plain",
        DocumentFormat.Html => "text/html",
        DocumentFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => null,
    };

    internal static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "note",
        _ => "none",
    };

    /// <summary>"Input could not be read" → "InputCouldNotBeRead": SARIF's <c>name</c> is an identifier-like form of the title.</summary>
    internal static string PascalCase(string title)
    {
        var builder = new StringBuilder(title.Length);
        var startOfWord = true;
        foreach (var c in title)
        {
            if (!char.IsLetterOrDigit(c))
            {
                startOfWord = true;
                continue;
            }
            builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }
        return builder.ToString();
    }

    private static SarifRule ToRule(RuleDescriptor descriptor) => new(
        descriptor.Id,
        PascalCase(descriptor.Title),
        new SarifText(descriptor.Title),
        descriptor.Description.Length > 0 ? new SarifText(descriptor.Description) : null,
        descriptor.HelpUri,
        new SarifConfiguration(Level(descriptor.DefaultSeverity)),
        new SarifRuleProperties(descriptor.Category.ToString(), [descriptor.Category.ToString().ToLowerInvariant()]));

    private SarifResult ToResult(Diagnostic d, Dictionary<string, int> ruleIndex, Dictionary<string, int> artifactIndex, SourceText? source)
    {
        var decoded = source is not null;
        var index = artifactIndex.TryGetValue(d.Path, out var i) ? i : (int?)null;
        // A finding about the whole run with no file to point at has no location at all.
        SarifLocation[]? locations = d.Path.Length == 0
            ? null
            : [new SarifLocation(null, new SarifPhysicalLocation(ArtifactLocation(d.Path, index), Region(d.Span, d.Position, decoded)), null)];
        SarifLocation[]? related = d.Path.Length == 0 || d.RelatedLocations.Count == 0
            ? null
            : [.. d.RelatedLocations.Select((r, n) => new SarifLocation(
                n + 1,
                new SarifPhysicalLocation(ArtifactLocation(d.Path, index), Region(r.Span, r.Position, decoded)),
                new SarifText(r.Message)))];
        return new SarifResult(
            d.Id,
            ruleIndex.TryGetValue(d.Id, out var rule) ? rule : null,
            Level(d.Severity),
            new SarifText(d.Message),
            locations,
            related,
            d.Fingerprint.Length > 0 ? new Dictionary<string, string>(StringComparer.Ordinal) { [FingerprintKey] = d.Fingerprint } : null)
        {
            Fixes = source is null || d.Fixes.Count == 0 ? null : [.. d.Fixes.Select(f => ToFix(f, ArtifactLocation(d.Path, index), source))],
        };
    }

    // A fix as SARIF's artifact changes: each edit replaces a region (empty for an insertion) with new text; whether
    // --fix applies it on its own is a property.
    private static SarifFix ToFix(Fix fix, SarifArtifactLocation location, SourceText source) => new(
        new SarifText(fix.Title),
        [new SarifArtifactChange(location, [.. fix.Edits.Select(e => new SarifReplacement(Region(e.Span, source.GetPositionSpan(e.Span), decoded: true), new SarifContent(e.NewText)))])],
        new SarifFixProperties(fix.Safe));

    private static SarifRegion Region(TextSpan span, LinePositionSpan position, bool decoded) => new(
        position.Start.DisplayLine,
        position.Start.DisplayColumn,
        position.End.DisplayLine,
        position.End.DisplayColumn,
        decoded ? span.Start : null,
        decoded ? span.Length : null);

    private SarifArtifactLocation ArtifactLocation(string displayPath, int? index)
    {
        var fullPath = Path.GetFullPath(displayPath, _workingDirectory);
        var relative = Path.GetRelativePath(_workingDirectory, fullPath);
        // Outside the working folder there is no relative reference under %SRCROOT%: use an absolute file URI.
        if (Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return new SarifArtifactLocation(new Uri(fullPath).AbsoluteUri, null, index);
        var segments = relative.Split(Path.DirectorySeparatorChar == '\\' ? ['\\', '/'] : ['/']);
        return new SarifArtifactLocation(string.Join('/', segments.Select(Uri.EscapeDataString)), SourceRoot, index);
    }

    private static string DirectoryUri(string directory)
    {
        var uri = new Uri(directory).AbsoluteUri;
        return uri.EndsWith('/') ? uri : uri + "/";
    }

    private sealed record SarifLog(
        [property: JsonPropertyName("$schema")] string Schema,
        string Version,
        IReadOnlyList<SarifRun> Runs);

    private sealed record SarifRun(
        SarifTool Tool,
        IReadOnlyList<SarifInvocation> Invocations,
        IReadOnlyDictionary<string, SarifArtifactLocation> OriginalUriBaseIds,
        IEnumerable<SarifArtifact> Artifacts,
        IEnumerable<SarifResult> Results,
        string ColumnKind);

    private sealed record SarifTool(SarifDriver Driver);

    private sealed record SarifDriver(string Name, string Version, string InformationUri, IReadOnlyList<SarifRule> Rules);

    private sealed record SarifRule(
        string Id,
        string Name,
        SarifText ShortDescription,
        SarifText? FullDescription,
        string HelpUri,
        SarifConfiguration DefaultConfiguration,
        SarifRuleProperties Properties);

    private sealed record SarifConfiguration(string Level);

    private sealed record SarifRuleProperties(string Category, IReadOnlyList<string> Tags);

    private sealed record SarifInvocation(bool ExecutionSuccessful);

    private sealed record SarifArtifact(SarifArtifactLocation Location, IReadOnlyList<string> Roles, string? MimeType);

    private sealed record SarifArtifactLocation(string Uri, string? UriBaseId, int? Index);

    private sealed record SarifResult(
        string RuleId,
        int? RuleIndex,
        string Level,
        SarifText Message,
        IReadOnlyList<SarifLocation>? Locations,
        IReadOnlyList<SarifLocation>? RelatedLocations,
        IReadOnlyDictionary<string, string>? PartialFingerprints)
    {
        public IReadOnlyList<SarifFix>? Fixes { get; init; }
    }

    private sealed record SarifFix(SarifText Description, IReadOnlyList<SarifArtifactChange> ArtifactChanges, SarifFixProperties Properties);

    private sealed record SarifFixProperties(bool Safe);

    private sealed record SarifArtifactChange(SarifArtifactLocation ArtifactLocation, IReadOnlyList<SarifReplacement> Replacements);

    private sealed record SarifReplacement(SarifRegion DeletedRegion, SarifContent InsertedContent);

    private sealed record SarifContent(string Text);

    private sealed record SarifLocation(int? Id, SarifPhysicalLocation PhysicalLocation, SarifText? Message);

    private sealed record SarifPhysicalLocation(SarifArtifactLocation ArtifactLocation, SarifRegion Region);

    private sealed record SarifRegion(int StartLine, int StartColumn, int EndLine, int EndColumn, int? CharOffset, int? CharLength);

    private sealed record SarifText(string Text);
}
