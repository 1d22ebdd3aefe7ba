using EditLint.Diagnostics;
using EditLint.Text;

namespace EditLint.Rules;

/// <summary>
/// What a finding can carry besides its span and message: places it refers to, fixes an editor can apply,
/// and properties shown beside the message. Properties are the extension point for facts a rule resolved
/// (the date a relative date means, the other figure of a pair that disagrees): the HTML report and the
/// language server's hover show every property without knowing the rule.
/// </summary>
public sealed record ReportDetails
{
    internal static readonly IReadOnlyDictionary<string, string> NoProperties = new Dictionary<string, string>();

    /// <summary>No related places, fixes or properties.</summary>
    public static ReportDetails None { get; } = new();

    /// <summary>Other places in the same document the message refers to.</summary>
    public IReadOnlyList<(TextSpan Span, string Message)> Related { get; init; } = [];

    /// <summary>Changes that resolve the finding.</summary>
    public IReadOnlyList<Fix> Fixes { get; init; } = [];

    /// <summary>Label → text, in the order they should be shown.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = NoProperties;
}
