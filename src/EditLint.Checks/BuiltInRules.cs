using EditLint.Rules;
namespace EditLint.Checks;

/// <summary>The built-in rules: every concrete <see cref="Rule"/> of this assembly, found by reflection rather than listed by hand.</summary>
public static class BuiltInRules
{
    /// <summary>Every built-in rule type, one per ID, by name (the engine orders rules by ID).</summary>
    /// <remarks>
    /// From the exported types: a rule is a public top-level class, and the assembly's other types (closures, iterators,
    /// nested helpers, several hundred) need not be loaded to find it (about 2 ms of a one-file run's start-up).
    /// </remarks>
    public static IReadOnlyList<Type> Types { get; } = Find();

    // A native (AOT) build trims only the framework: this assembly's types and their constructors are all there.
    private const string KeptWhole = "EditLint.Checks is not trimmed: every rule type and its constructor are kept.";

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = KeptWhole)]
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2070", Justification = KeptWhole)]
    private static List<Type> Find() =>
    [
        .. typeof(BuiltInRules).Assembly.GetExportedTypes()
            .Where(t => t.IsPublic && !t.IsAbstract && t.IsSubclassOf(typeof(Rule)) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal),
    ];

    /// <summary>A new instance of every built-in rule.</summary>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2067", Justification = KeptWhole)]
    public static IReadOnlyList<Rule> Create() => [.. Types.Select(t => (Rule)Activator.CreateInstance(t)!)];
}
