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
    public static IReadOnlyList<Type> Types { get; } =
    [
        .. typeof(BuiltInRules).Assembly.GetExportedTypes()
            .Where(t => t.IsPublic && !t.IsAbstract && t.IsSubclassOf(typeof(Rule)) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal),
    ];

    /// <summary>A new instance of every built-in rule.</summary>
    public static IReadOnlyList<Rule> Create() => [.. Types.Select(t => (Rule)Activator.CreateInstance(t)!)];
}
