using EditLint.Configuration;
using EditLint.Packs;

namespace EditLint.Tests.Testing;

/// <summary>
/// A one-rule pack loaded as a shipped pack is, from YAML parsing events recorded beforehand (what the build does for
/// rules/): its rule EL4190 has an existence check with an unclosed group, which only building the check finds.
/// </summary>
internal static class RecordedPack
{
    public const string Manifest = "pack: recorded\nprefix: EL\ndescription: Recorded\n";
    public const string BrokenRule = "id: EL4190\ntitle: Recorded\ncheck: existence\nmessage: x\ntokens: ['(unclosed']\n";

    /// <summary>The pack, its rule's events recorded from <paramref name="recordedFrom"/> (by default its own text).</summary>
    public static PackLoadResult Load(string? recordedFrom = null) => PackLoader.Load([
        new PackFile("rules/recorded/pack.yaml", Manifest) { Events = YamlEvents.Record(Manifest) },
        new PackFile("rules/recorded/EL4190.recorded.yaml", BrokenRule) { Events = YamlEvents.Record(recordedFrom ?? BrokenRule) },
    ]);
}
