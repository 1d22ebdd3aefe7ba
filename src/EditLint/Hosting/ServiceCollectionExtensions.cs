using EditLint.Engine;
using EditLint.Readers;
using EditLint.Semantics;

// Extension methods for composition live in the DI namespace, as Microsoft's own do.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Composition of EditLint's stages.</summary>
public static class EditLintCoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the readers, the fact extractors, the loader and the engine, but no rules: hosts that want the
    /// built-in rules call <c>AddEditLint()</c> from EditLint.Rules; engine tests add their own rules.
    /// </summary>
    public static IServiceCollection AddEditLintCore(this IServiceCollection services)
    {
        foreach (var reader in BuiltInReaders.Text())
            services.AddSingleton(reader);
        foreach (var reader in BuiltInReaders.Binary())
            services.AddSingleton(reader);
        services.AddSingleton(FactExtractors.Default);
        services.AddSingleton<DocumentLoader>();
        services.AddSingleton<LintEngine>();
        return services;
    }
}
