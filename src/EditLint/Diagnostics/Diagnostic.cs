using EditLint.Text;

namespace EditLint.Diagnostics;

/// <summary>Another place a finding refers to, for example the first occurrence of a duplicated sentence.</summary>
public sealed record RelatedLocation(TextSpan Span, LinePositionSpan Position, string Message);

/// <summary>
/// One finding: which rule, how serious, what to do, and exactly where (absolute span plus line and
/// column in the file the user opened).
/// </summary>
public sealed record Diagnostic
{
    /// <summary>The rule that reported it.</summary>
    public required RuleDescriptor Descriptor { get; init; }

    /// <summary>Rule ID.</summary>
    public string Id => Descriptor.Id;

    /// <summary>Effective severity.</summary>
    public required Severity Severity { get; init; }

    /// <summary>The message, arguments filled in.</summary>
    public required string Message { get; init; }

    /// <summary>The file, as the user named it.</summary>
    public required string Path { get; init; }

    /// <summary>Absolute span in the file's text.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>Zero-based line/column span (UTF-16 columns).</summary>
    public required LinePositionSpan Position { get; init; }

    /// <summary>
    /// A hash of the rule, the flagged text and its occurrence number among identical findings in the file:
    /// stable when the file is edited elsewhere (SARIF partialFingerprints, baselines).
    /// </summary>
    public string Fingerprint { get; init; } = "";

    /// <summary>Other places the message refers to.</summary>
    public IReadOnlyList<RelatedLocation> RelatedLocations { get; init; } = [];

    /// <summary>True for findings about the whole run (workspace rules) rather than one article alone.</summary>
    public bool IsWorkspaceFinding { get; init; }

    /// <summary>Changes that resolve the finding (editors offer them as code actions); most findings have none.</summary>
    public IReadOnlyList<Fix> Fixes { get; init; } = [];

    /// <summary>
    /// Facts the rule attaches for people to see beside the message, as label → text (for example
    /// "Resolves to" → "Tuesday 4 March 2024"). Hosts show them on hover (HTML report, language server).
    /// </summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = Rules.ReportDetails.NoProperties;
}


/// <summary>Something a reader could not make sense of, at a position in the file.</summary>
public sealed record ReaderProblem(TextSpan Span, string Message);
