using EditLint.Configuration;
using EditLint.Packs;

// usage: EditLint.PackCompiler RULES_DIR OUT_DIR
// Loads the packs in RULES_DIR as a run would, and fails the build on any problem: the engine builds a shipped rule's
// patterns only when the rule first runs, trusting that they were checked here. Then writes
// OUT_DIR/<pack>/<file>.yaml.events for each RULES_DIR/<pack>/<file>.yaml, only when its bytes change, so that an
// unchanged pack leaves the build incremental.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: EditLint.PackCompiler RULES_DIR OUT_DIR");
    return 2;
}
var (rules, output) = (Path.GetFullPath(args[0]), Path.GetFullPath(args[1]));
var yamlFiles = Directory.EnumerateFiles(rules, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
// Named as the assembly names them (rules/<pack>/<file>.yaml), which the loader's checks of file names read.
var loaded = PackLoader.Load(yamlFiles.Select(f => new PackFile("rules/" + Path.GetRelativePath(rules, f).Replace('\\', '/'), File.ReadAllText(f))), linkToRepository: true);
foreach (var problem in loaded.Problems)
{
    // MSBuild's error format, so that the build names the file and line.
    var file = Path.Combine(rules, problem.Path["rules/".Length..]);
    Console.WriteLine($"{file}({problem.Position.DisplayLine},{problem.Position.DisplayColumn}): error EL9003: {problem.Message}");
}
if (loaded.Problems.Count > 0)
    return 1;
var written = new HashSet<string>(StringComparer.Ordinal);
foreach (var yaml in yamlFiles)
{
    var target = Path.Combine(output, Path.GetRelativePath(rules, yaml) + ".events");
    byte[] events;
    try
    {
        events = YamlEvents.Record(File.ReadAllText(yaml));
    }
    catch (NotSupportedException e)
    {
        // A directive the recording does not keep: the engine parses this file at start-up, and builds its checks then.
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
