using EditLint.Engine;

namespace EditLint.Cli.Reporters;

/// <summary>Writes a run's findings in one format.</summary>
internal interface IReporter
{
    /// <summary>The name <c>--format</c> selects it by.</summary>
    string Format { get; }

    /// <summary>Writes the whole report for <paramref name="result"/>.</summary>
    void Write(LintResult result, TextWriter output);
}
