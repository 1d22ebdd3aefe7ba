using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using EditLint.Diagnostics;
using EditLint.Engine;
using EditLint.Text;

namespace EditLint.Cli.Reporters;

/// <summary>
/// EditLint's own JSON report: every file, every finding with its span and 1-based position, summary counts.
/// <c>version</c> is the report schema's version, bumped only on breaking changes. No timings, so reports of
/// the same input compare equal.
/// </summary>
internal sealed partial class JsonReporter : IReporter
{
    public const int SchemaVersion = 1;

    private static readonly ReportJson Json = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Messages are prose with quotes and dashes; \u escapes would make the report unreadable. It is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>
    /// The report model's serialization code, generated when EditLint is built: a native (AOT) build cannot make it by
    /// reflection at run time, and no build then pays for it at start-up. The HTML report embeds the same model.
    /// </summary>
    [JsonSerializable(typeof(JsonReport))]
    internal sealed partial class ReportJson : JsonSerializerContext;

    public string Format => "json";

    // Streamed into the writer, not built as one string first: the report of a 10 MB one-line article (88,000 findings)
    // was a 70 MB string, which a heap of 500 MB could not find room for after the lint.
    public void Write(LintResult result, TextWriter output)
    {
        using (var stream = new TextWriterStream(output))
            JsonSerializer.Serialize(stream, Build(result), Json.JsonReport);
        output.WriteLine();
    }

    /// <summary>A write-only stream that decodes the UTF-8 it is given into a <see cref="TextWriter"/>.</summary>
    internal sealed class TextWriterStream(TextWriter output) : Stream
    {
        private readonly Decoder _decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        private char[] _chars = [];

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var needed = _decoder.GetCharCount(buffer, flush: false);
            if (_chars.Length < needed)
                _chars = new char[Math.Max(needed, 4096)];
            var written = _decoder.GetChars(buffer, _chars, flush: false);
            output.Write(_chars, 0, written);
        }

        public override void Flush() => output.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>The report model; the HTML report embeds the same model.</summary>
    internal static JsonReport Build(LintResult result)
    {
        var sources = result.Files.Where(f => f.Document is not null).GroupBy(f => f.Path).ToDictionary(g => g.Key, g => g.First().Document!.Source, StringComparer.Ordinal);
        return new(
            SchemaVersion,
            ToolInfo.Version,
            [.. result.Files.Select(f => new JsonFile(f.Path, Status(f), f.Diagnostics.Count))],
            // Made as they are written: a run's findings are not copied into a second model (16 copies of the corpus: 277,000).
            result.Diagnostics.Select(d => ToJson(d, sources.GetValueOrDefault(d.Path))),
            new JsonSummary(
                result.Files.Count,
                result.Diagnostics.Count,
                result.Count(Severity.Error),
                result.Count(Severity.Warning),
                result.Count(Severity.Info),
                new SortedDictionary<string, int>(result.CountsById().ToDictionary(c => c.Id, c => c.Count), StringComparer.Ordinal)));
    }

    // A file without a document was either empty (nothing to lint) or could not be read (its EL9002 says why).
    private static string Status(FileResult file) =>
        file.Document is not null ? "linted"
        : file.Diagnostics.Any(d => d.Id == EngineRules.InputUnreadable.Id) ? "unreadable"
        : "empty";

    private static JsonDiagnostic ToJson(Diagnostic d, SourceText? source) => new(
        d.Id,
        d.Severity.ToName(),
        d.Message,
        d.Path,
        new JsonSpan(d.Span.Start, d.Span.Length),
        d.Position.Start.DisplayLine,
        d.Position.Start.DisplayColumn,
        d.Position.End.DisplayLine,
        d.Position.End.DisplayColumn,
        d.Fingerprint,
        [.. d.RelatedLocations.Select(r => ToJson(r.Span, r.Position, r.Message))])
    {
        Properties = d.Properties.Count == 0 ? null : d.Properties,
        Fixes = source is null || d.Fixes.Count == 0 ? null : [.. d.Fixes.Select(f => new JsonFix(
            f.Title,
            f.Safe,
            [.. f.Edits.Select(e => ToJson(e, source.GetPositionSpan(e.Span)))]))],
    };

    private static JsonEdit ToJson(TextEdit edit, LinePositionSpan position) => new(
        new JsonSpan(edit.Span.Start, edit.Span.Length),
        position.Start.DisplayLine,
        position.Start.DisplayColumn,
        position.End.DisplayLine,
        position.End.DisplayColumn,
        edit.NewText);

    private static JsonRelatedLocation ToJson(TextSpan span, LinePositionSpan position, string message) => new(
        message,
        new JsonSpan(span.Start, span.Length),
        position.Start.DisplayLine,
        position.Start.DisplayColumn,
        position.End.DisplayLine,
        position.End.DisplayColumn);

    internal sealed record JsonReport(
        int Version,
        string ToolVersion,
        IReadOnlyList<JsonFile> Files,
        IEnumerable<JsonDiagnostic> Diagnostics,
        JsonSummary Summary);

    internal sealed record JsonFile(string Path, string Status, int Findings);

    internal sealed record JsonSpan(int Start, int Length);

    internal sealed record JsonDiagnostic(
        string Id,
        string Severity,
        string Message,
        string Path,
        JsonSpan Span,
        int StartLine,
        int StartColumn,
        int EndLine,
        int EndColumn,
        string Fingerprint,
        IReadOnlyList<JsonRelatedLocation> RelatedLocations)
    {
        /// <summary>What the rule resolved (a date, the other figure of a pair); left out when there is nothing.</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public IReadOnlyDictionary<string, string>? Properties { get; init; }

        /// <summary>The fixes the finding offers (safe ones are what <c>check --fix</c> applies); left out when there are none.</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public IReadOnlyList<JsonFix>? Fixes { get; init; }
    }

    /// <summary>A fix: its title, whether --fix applies it without --fix-all, and its edits (the span's text becomes NewText).</summary>
    internal sealed record JsonFix(string Title, bool Safe, IReadOnlyList<JsonEdit> Edits);

    internal sealed record JsonEdit(
        JsonSpan Span,
        int StartLine,
        int StartColumn,
        int EndLine,
        int EndColumn,
        string NewText);

    internal sealed record JsonRelatedLocation(
        string Message,
        JsonSpan Span,
        int StartLine,
        int StartColumn,
        int EndLine,
        int EndColumn);

    internal sealed record JsonSummary(
        int Files,
        int Findings,
        int Errors,
        int Warnings,
        int Info,
        SortedDictionary<string, int> ByRule);
}
