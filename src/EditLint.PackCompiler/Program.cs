using EditLint.Configuration;
using YamlDotNet.Core;

// usage: EditLint.PackCompiler RULES_DIR OUT_DIR
// Writes OUT_DIR/<pack>/<file>.yaml.events for each RULES_DIR/<pack>/<file>.yaml, only when its bytes change, so that an
// unchanged pack leaves the build incremental. A file that is not YAML gets no events: the engine parses its text and
// reports the problem where it is, as for any pack.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: EditLint.PackCompiler RULES_DIR OUT_DIR");
    return 2;
}
var (rules, output) = (Path.GetFullPath(args[0]), Path.GetFullPath(args[1]));
var written = new HashSet<string>(StringComparer.Ordinal);
foreach (var yaml in Directory.EnumerateFiles(rules, "*.yaml", SearchOption.AllDirectories))
{
    var target = Path.Combine(output, Path.GetRelativePath(rules, yaml) + ".events");
    byte[] events;
    try
    {
        events = YamlEvents.Record(File.ReadAllText(yaml));
    }
    catch (Exception e) when (e is YamlException or NotSupportedException)
    {
        Console.WriteLine($"{yaml}: warning: not recorded, the engine will parse it at start-up: {e.Message}");
        continue;
    }
    written.Add(target);
    if (File.Exists(target) && File.ReadAllBytes(target).AsSpan().SequenceEqual(events))
        continue;
    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
    File.WriteAllBytes(target, events);
}
// A pack file removed from rules/ takes its events with it.
if (Directory.Exists(output))
{
    foreach (var stale in Directory.EnumerateFiles(output, "*.events", SearchOption.AllDirectories).Where(f => !written.Contains(f)).ToList())
        File.Delete(stale);
}
return 0;
