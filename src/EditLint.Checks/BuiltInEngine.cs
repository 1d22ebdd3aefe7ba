using EditLint.Engine;
using EditLint.Readers;
using EditLint.Semantics;

namespace EditLint.Checks;

/// <summary>
/// The engine <c>AddEditLint()</c> composes, built without a container: the same readers, fact extractors, built-in
/// rules and shipped packs (keep the two in step). A host that starts for one run, the CLI, starts faster with it; a
/// host that lets others add or replace parts composes with <c>AddEditLint()</c>.
/// </summary>
public static class BuiltInEngine
{
    /// <summary>A new engine with every built-in rule and shipped rule pack.</summary>
    public static LintEngine Create() => new(
        [.. BuiltInRules.Create(), .. BuiltInPacks.Rules],
        new DocumentLoader([new MarkdownReader(), new PlainTextReader(), new HtmlReader()], [new DocxReader()]),
        FactExtractors.Default);
}
