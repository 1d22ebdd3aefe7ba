using EditLint.Configuration;
using EditLint.Diagnostics;
using EditLint.Rules;

namespace EditLint.Engine;

/// <summary>
/// The one place a finding's severity is decided, first answer wins: the run's overrides (<see cref="LintOptions.SeverityOverrides"/>); the rule's
/// severity set explicitly in the document's configuration (even when it names the default: <c>EL2001: warning</c>
/// keeps every EL2001 finding a warning); a pack the configuration switches off (none); the rule's own grading of this
/// finding (EL2001 reports a difference its qualifiers may explain as info); the rule's default.
/// </summary>
internal static class SeverityPolicy
{
    /// <summary>The severity of <paramref name="descriptor"/>'s findings in a document with <paramref name="settings"/>, a finding graded <paramref name="graded"/> by its rule.</summary>
    public static Severity Of(RuleDescriptor descriptor, LintOptions options, DocumentSettings settings, Severity? graded = null)
    {
        if (options.SeverityOverrides.TryGetValue(descriptor.Id, out var severity))
            return severity;
        if (settings.Severities.TryGetValue(descriptor.Id, out severity))
            return severity;
        var configured = settings.SeverityOf(descriptor);
        return configured == Severity.None ? Severity.None : graded ?? configured;
    }

    /// <summary>True when no document of the run can have <paramref name="descriptor"/>'s findings: the run turns it off.</summary>
    public static bool OffForTheRun(RuleDescriptor descriptor, LintOptions options) =>
        options.SeverityOverrides.TryGetValue(descriptor.Id, out var severity) && severity == Severity.None;

    /// <summary>A configuration problem's severity: the run's override of its ID, else its own.</summary>
    public static Severity OfConfigurationProblem(Diagnostic problem, LintOptions options) =>
        options.SeverityOverrides.GetValueOrDefault(problem.Id, problem.Severity);
}
