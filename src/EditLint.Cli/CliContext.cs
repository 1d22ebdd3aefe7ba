using EditLint.Engine;

namespace EditLint.Cli;

/// <summary>What commands need from their host: where to write, where relative paths start, and the engine.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, string WorkingDirectory, Func<LintEngine> Engine);
