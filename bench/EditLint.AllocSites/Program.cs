using System.Globalization;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

// What a run allocates, by type and by the code that allocates it. The runtime samples its allocations (an
// AllocationTick event about every 100 KB of each thread's allocations, with the type of the object that crossed the
// mark and the amount since the last one), so the figures are estimates, good to a few per cent for a large run. The
// types are listed by the bytes charged to them, and for TYPE (a type's full name as listed, or * for all) its sites:
// each event is charged to the first DEPTH frames of its stack that are not the framework's allocation helpers
// (string.Concat, List<T>'s growth, …): the code that asked for the object.
//
//   EditLint.AllocSites TRACE.nettrace [TOP] [TYPE] [DEPTH]   (an empty TYPE: the types only)
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: EditLint.AllocSites TRACE.nettrace [TOP] [TYPE] [DEPTH]");
    return 2;
}
var top = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30;
var type = args.Length > 2 && args[2].Length > 0 ? args[2] : null;
var depth = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 2;
// Frames that say how something was allocated, not who wanted it.
string[] helpers =
[
    "System.String.", "System.Number", "System.Text.", "System.Globalization.", "System.SpanHelpers", "System.Runtime.",
    "System.ReadOnlySpan", "System.Span", "System.Array.", "System.Collections.Generic.", "System.Linq.", "System.Buffers.",
];

using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(args[0]));
var byType = new Dictionary<string, (int Events, long Bytes)>(StringComparer.Ordinal);
var bySite = new Dictionary<string, long>(StringComparer.Ordinal);
long total = 0;
foreach (var traceEvent in log.Events)
{
    if (traceEvent is not GCAllocationTickTraceData tick)
        continue;
    var name = tick.TypeName ?? "?";
    var bytes = tick.AllocationAmount64;
    total += bytes;
    var (events, sum) = byType.GetValueOrDefault(name);
    byType[name] = (events + 1, sum + bytes);
    if (type is null || (type != "*" && type != name))
        continue;
    var frames = new List<string>(depth);
    for (var frame = traceEvent.CallStack(); frame is not null && frames.Count < depth; frame = frame.Caller)
    {
        var method = frame.CodeAddress.FullMethodName;
        if (string.IsNullOrEmpty(method) || (frames.Count == 0 && Array.Exists(helpers, h => method.StartsWith(h, StringComparison.Ordinal))))
            continue;
        frames.Add(method.Length > 120 ? method[..120] : method);
    }
    var site = frames.Count == 0 ? "(no stack)" : string.Join("  <-  ", frames);
    bySite[site] = bySite.GetValueOrDefault(site) + bytes;
}
Console.WriteLine($"{total / 1e6:F0} MB allocated (sampled); by type:");
foreach (var (name, (events, bytes)) in byType.OrderByDescending(t => t.Value.Bytes).Take(top))
    Console.WriteLine($"{bytes / 1e6,9:F1} MB {events,7}  {name}");
if (type is not null)
{
    Console.WriteLine($"{(type == "*" ? "every type" : type)}, by site:");
    foreach (var (site, bytes) in bySite.OrderByDescending(s => s.Value).Take(top))
        Console.WriteLine($"{bytes / 1e6,9:F1} MB  {site}");
}
return 0;
