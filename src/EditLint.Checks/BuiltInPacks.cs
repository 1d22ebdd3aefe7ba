using EditLint.Rules;
using EditLint.Packs;

namespace EditLint.Checks;

/// <summary>The rule packs EditLint ships (rules/ in the repository, embedded in this assembly).</summary>
public static class BuiltInPacks
{
    private static readonly Lazy<PackLoadResult> Loaded = new(() =>
    {
        // The shipped rules' patterns were compiled when EditLint was built: their rules run that code, not the regex
        // interpreter (a native build has nothing else: it cannot compile a pattern at run time).
        PackPattern.UsePrecompiled(ShippedPatterns.Find);
        return PackLoader.LoadEmbedded(typeof(BuiltInPacks).Assembly);
    });

    /// <summary>The shipped packs and any problem loading them (a test keeps that list empty).</summary>
    public static PackLoadResult Load() => Loaded.Value;

    /// <summary>The shipped packs' rules.</summary>
    public static IReadOnlyList<PackRule> Rules => Loaded.Value.Rules;
}
