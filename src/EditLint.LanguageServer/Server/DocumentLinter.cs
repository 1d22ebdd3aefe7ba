using EditLint.Documents;
using EditLint.Engine;
using EditLint.LanguageServer.Protocol;
using EditLint.Text;
using Diagnostic = EditLint.Diagnostics.Diagnostic;
using Severity = EditLint.Diagnostics.Severity;

namespace EditLint.LanguageServer.Server;

/// <summary>Lints an editor buffer with the same engine the CLI uses, and turns findings into LSP diagnostics.</summary>
internal sealed class DocumentLinter(LintEngine engine)
{
    // One document at a time: an editor buffer is small, and the other core is the editor's.
    private static readonly LintOptions Options = new() { MaxDegreeOfParallelism = 1 };

    private readonly LintEngine _engine = engine;

    public LintEngine Engine => _engine;

    public LintSnapshot Lint(string uri, string languageId, int version, string text, CancellationToken cancellationToken)
    {
        var source = new SourceText(text);
        if (text.Length == 0)
            return new LintSnapshot(version, source, []);
        var path = DisplayPath(uri);
        var document = _engine.Loader.Read(path, source, FormatOf(path, languageId));
        var result = _engine.Run([document], Options, cancellationToken);
        return new LintSnapshot(version, source, result.Diagnostics, document);
    }

    public static IReadOnlyList<LspDiagnostic> ToLsp(string uri, LintSnapshot lint, PositionEncoding encoding) =>
        [.. lint.Diagnostics.Select(d => ToLsp(uri, lint.Text, d, encoding))];

    public static LspDiagnostic ToLsp(string uri, SourceText text, Diagnostic d, PositionEncoding encoding) => new(
        PositionMapper.ToRange(text, Clamp(d.Span, text), encoding),
        d.Severity switch
        {
            Severity.Error => DiagnosticSeverity.Error,
            Severity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Information,
        },
        d.Id,
        new CodeDescription(d.Descriptor.HelpUri),
        "editlint",
        d.Message,
        d.RelatedLocations.Count == 0
            ? null
            : [.. d.RelatedLocations.Select(r => new DiagnosticRelatedInformation(new Location(uri, PositionMapper.ToRange(text, Clamp(r.Span, text), encoding)), r.Message))]);

    /// <summary>A file: URI's local path (so reports and messages name the file); any other URI as it is.</summary>
    public static string DisplayPath(string uri) =>
        System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : uri;

    /// <summary>The format by extension, else by the editor's language ID; Markdown when neither says.</summary>
    public static DocumentFormat FormatOf(string path, string languageId) =>
        DocumentFormats.FromPath(path) ?? languageId switch
        {
            "html" => DocumentFormat.Html,
            "plaintext" or "text" => DocumentFormat.PlainText,
            _ => DocumentFormat.Markdown,
        };

    private static TextSpan Clamp(TextSpan span, SourceText text)
    {
        var start = Math.Clamp(span.Start, 0, text.Length);
        return TextSpan.FromBounds(start, Math.Clamp(span.End, start, text.Length));
    }
}
