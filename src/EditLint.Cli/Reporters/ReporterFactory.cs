using EditLint.Diagnostics;

namespace EditLint.Cli.Reporters;

/// <summary>The report formats <c>check --format</c> accepts.</summary>
internal static class ReporterFactory
{
    public static string[] Formats { get; } = ["text", "json", "sarif", "html", "github", "codequality", "junit"];

    /// <summary>
    /// The reporter for <paramref name="format"/>; SARIF resolves relative paths against <paramref name="workingDirectory"/>,
    /// and JUnit fails the findings at or above <paramref name="threshold"/>.
    /// </summary>
    public static IReporter Create(string format, string workingDirectory, Severity threshold = Severity.Warning) => format switch
    {
        "text" => new TextReporter(),
        "json" => new JsonReporter(),
        "sarif" => new SarifReporter(workingDirectory),
        "html" => new HtmlReporter(),
        "github" => new GitHubReporter(),
        "codequality" => new CodeQualityReporter(),
        "junit" => new JUnitReporter(threshold),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };
}
