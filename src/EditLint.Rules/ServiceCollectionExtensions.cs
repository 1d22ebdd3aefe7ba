using EditLint.Rules;

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
