using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

// Which code makes a run compile methods with the JIT: each MethodJittingStarted event of a trace (dotnet-trace with
// the runtime's JIT keyword, whose events carry their stacks) is charged to the first frame of the stack in one of the
// named modules, and the sites are listed by how many methods they made the JIT compile.
//
//   EditLint.JitSites TRACE.nettrace [TOP] [SITE]   (SITE: list the methods charged to sites whose name contains it)
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: EditLint.JitSites TRACE.nettrace [TOP] [SITE]");
    return 2;
}
var top = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40;
var site = args.Length > 2 ? args[2] : null;
string[] modules = ["EditLint", "NRules", "YamlDotNet", "Markdig", "NodaTime", "System.CommandLine", "AngleSharp"];

using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(args[0]));
var bySite = new Dictionary<string, int>(StringComparer.Ordinal);
var total = 0;
foreach (var traceEvent in log.Events)
{
    if (traceEvent is not MethodJittingStartedTraceData jitting)
        continue;
    total++;
    string? first = null, innermost = null;
    for (var frame = traceEvent.CallStack(); frame is not null; frame = frame.Caller)
    {
        var name = $"{frame.CodeAddress.ModuleName}!{frame.CodeAddress.FullMethodName}";
        innermost ??= name;
        if (Array.Exists(modules, m => frame.CodeAddress.ModuleName?.StartsWith(m, StringComparison.Ordinal) == true))
        {
            first = name;
            break;
        }
    }
    var key = first ?? innermost ?? "(no stack)";
    bySite[key] = bySite.GetValueOrDefault(key) + 1;
    if (site is not null && key.Contains(site, StringComparison.Ordinal))
        Console.WriteLine($"  {jitting.MethodNamespace}::{jitting.MethodName}");
}
Console.WriteLine($"{total} methods compiled by the JIT; by the first frame of their stack in {string.Join(", ", modules)}:");
foreach (var (name, count) in bySite.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Take(top))
    Console.WriteLine($"{count,6} {(name.Length > 160 ? name[..160] : name)}");
return 0;
