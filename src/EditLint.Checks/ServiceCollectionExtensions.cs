using EditLint.Checks;
using EditLint.Rules;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Composition of EditLint with its built-in rules.</summary>
public static class EditLintServiceCollectionExtensions
{
    /// <summary>Registers EditLint's readers, engine and every built-in rule and shipped rule pack. Hosts add or replace any of them afterwards.</summary>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "EditLint.Checks is not trimmed: every rule's constructor is kept.")]
    public static IServiceCollection AddEditLint(this IServiceCollection services)
    {
        services.AddEditLintCore();
        foreach (var rule in BuiltInRules.Types)
            services.AddSingleton(typeof(Rule), rule);
        // Pack rules go through the same driver as C# rules.
        foreach (var rule in BuiltInPacks.Rules)
            services.AddSingleton<Rule>(rule);
        return services;
    }
}
