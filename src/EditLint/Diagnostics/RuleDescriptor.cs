using System.Globalization;

namespace EditLint.Diagnostics;

/// <summary>
/// The identity of a rule: a stable ID, a title, a message format (composite format with {0}, {1}…),
/// a category, a default severity and a help page.
/// </summary>
public sealed record RuleDescriptor(
    string Id,
    string Title,
    string MessageFormat,
    RuleCategory Category,
    Severity DefaultSeverity,
    string Description = "")
{
    /// <summary>Where the published docs live; help links are this plus "ID.md".</summary>
    public const string DocsBaseUri = "https://github.com/editlint/editlint/blob/main/docs/rules/";

    /// <summary>Link to docs/rules/ID.md, or the page a rule pack names.</summary>
    public string HelpUri => HelpLink ?? DocsBaseUri + Id + ".md";

    /// <summary>A help page other than docs/rules/ID.md (pack rules link to their YAML file or their own page).</summary>
    public string? HelpLink { get; init; }

    /// <summary>The rule pack the rule comes from, or null for C# rules.</summary>
    public string? Pack { get; init; }

    /// <summary>The message with its arguments filled in.</summary>
    public string FormatMessage(params object?[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
}
