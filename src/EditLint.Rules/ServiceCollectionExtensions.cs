using EditLint.Rules;
using EditLint.Rules.Consistency;
using EditLint.Rules.Dates;
using EditLint.Rules.Structure;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Composition of EditLint with its built-in rules.</summary>
public static class EditLintServiceCollectionExtensions
{
    /// <summary>Registers EditLint's readers, engine and every built-in rule. Hosts add or replace any of them afterwards.</summary>
    public static IServiceCollection AddEditLint(this IServiceCollection services)
    {
        services.AddEditLintCore();
        foreach (var rule in BuiltInRules.Types)
            services.AddSingleton(typeof(Rule), rule);
        return services;
    }
}

/// <summary>The built-in rules.</summary>
public static class BuiltInRules
{
    /// <summary>Every built-in rule type, one per ID.</summary>
    public static IReadOnlyList<Type> Types { get; } =
    [
        typeof(MissingDateRule),
        typeof(DuplicatedSentenceRule),
        typeof(PageResidueRule),
        typeof(MissingHeadlineRule),
    ];

    /// <summary>A new instance of every built-in rule.</summary>
    public static IReadOnlyList<Rule> Create() => [.. Types.Select(t => (Rule)Activator.CreateInstance(t)!)];
}
