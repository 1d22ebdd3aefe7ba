using EditLint.Engine;
using EditLint.Readers;
using EditLint.Semantics;

namespace EditLint.Checks;

/// <summary>
/// The engine <c>AddEditLint()</c> composes, built without a container from the same lists (<see cref="BuiltInReaders"/>,
/// <see cref="FactExtractors.Default"/>, <see cref="BuiltInRules"/>, <see cref="BuiltInPacks"/>). A host that starts for
/// one run, the CLI, starts faster with it; a host that lets others add or replace parts composes with <c>AddEditLint()</c>.
/// </summary>
public static class BuiltInEngine
{
    /// <summary>A new engine with every built-in rule and shipped rule pack.</summary>
    public static LintEngine Create() => new(
        [.. BuiltInRules.Create(), .. BuiltInPacks.Rules],
        new DocumentLoader(BuiltInReaders.Text(), BuiltInReaders.Binary()),
        FactExtractors.Default);
}
