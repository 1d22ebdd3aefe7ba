using System.Buffers;
using System.Globalization;
using System.Text.Json;
using EditLint.Configuration;
using EditLint.Diagnostics;
using EditLint.Documents;
using EditLint.Rules;
using EditLint.Text;

namespace EditLint.Caching;

/// <summary>
/// One document's stored result, as JSON: the reports its rules made (as rules made them, before severities,
/// suppressions and fingerprints, which the run applies as it does to fresh ones) and the facts each comparison across
/// articles read from it, by the definition's name (<see cref="NameOf"/>), and what its reader could not make sense of.
/// </summary>
internal static class StoredDocument
{
    /// <summary>How a definition is named in an entry: its rule's ID and its place among the rule's definitions.</summary>
    public static string NameOf(RuleSetup setup, int index) => $"{setup.Rule.Descriptor.Id}#{index}";

    public static byte[] Write(string displayPath, IReadOnlyList<Report> reports, IEnumerable<(string Name, WorkspaceFactRule Definition, IReadOnlyList<object> Facts)> facts,
        IReadOnlyList<ReaderProblem> problems, Engine.DayRange days)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("path", displayPath);
            // The days the findings hold on, where they depend on today's date (a rule comparing dates with it).
            writer.WriteStartArray("days");
            WriteDay(writer, days.From);
            WriteDay(writer, days.Until);
            writer.WriteEndArray();
            writer.WritePropertyName("reports");
            WriteReports(writer, reports);
            writer.WriteStartObject("facts");
            foreach (var (name, definition, items) in facts)
            {
                writer.WriteStartArray(name);
                foreach (var fact in items)
                    definition.WriteFact(fact, writer);
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
            // What the reader could not make sense of: a stored document is not read again, so its problems are kept here.
            WriteRelated(writer, "problems", [.. problems.Select(p => (p.Span, p.Message))]);
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// The entry read back for <paramref name="document"/>, or null when it cannot be used: not JSON of this layout, a
    /// rule or a definition the run does not have, or a span outside the document.
    /// </summary>
    public static (List<Report> Reports, Dictionary<WorkspaceFactRule, IReadOnlyList<object>> Facts, List<ReaderProblem> Problems)? Read(byte[] entry, ArticleDocument document, DocumentSettings settings,
        IReadOnlyDictionary<string, RuleDescriptor> descriptors, IReadOnlyDictionary<string, WorkspaceFactRule> definitions, DateOnly today)
    {
        try
        {
            using var json = JsonDocument.Parse(entry, new JsonDocumentOptions { MaxDepth = 16 });
            var root = json.RootElement;
            if (StoredValues.Text(root.GetProperty("path")) != document.Path)
                return null;
            var days = root.GetProperty("days");
            if (!new Engine.DayRange(ReadDay(days[0]), ReadDay(days[1])).Contains(today))
                return null;
            var reports = new List<Report>();
            foreach (var item in root.GetProperty("reports").EnumerateArray())
            {
                if (!descriptors.TryGetValue(StoredValues.Text(item.GetProperty("id")), out var descriptor))
                    return null;
                var report = ReadReport(item, descriptor, document);
                Engine.RuleBudget.Validate(report);
                reports.Add(report);
            }
            var facts = new Dictionary<WorkspaceFactRule, IReadOnlyList<object>>(ReferenceEqualityComparer.Instance);
            var stored = root.GetProperty("facts");
            foreach (var (name, definition) in definitions)
            {
                if (!stored.TryGetProperty(name, out var items))
                    return null;
                facts[definition] = items.EnumerateArray().Select(f => definition.ReadFact(f, document, settings)).ToArray();
            }
            var problems = ReadRelated(root.GetProperty("problems")).Select(p => new ReaderProblem(p.Span, p.Message)).ToList();
            if (problems.Any(p => p.Span.Start < 0 || p.Span.Length < 0 || (long)p.Span.Start + p.Span.Length > document.Source.Length))
                return null;
            return (reports, facts, problems);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever an entry holds (damaged, forged, written by a definition that reads it back wrongly) costs its
            // document a new analysis, never the run.
            return null;
        }
    }

    /// <summary>
    /// Reports alone, as an entry holds them (a run's scratch file keeps a document's reports so until its findings are
    /// made); <see cref="ReadReports"/> reads them back.
    /// </summary>
    public static byte[] WriteReports(IReadOnlyList<Report> reports)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
            WriteReports(writer, reports);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The reports <see cref="WriteReports(IReadOnlyList{Report})"/> wrote, about <paramref name="document"/>.</summary>
    public static List<Report> ReadReports(byte[] bytes, ArticleDocument document, IReadOnlyDictionary<string, RuleDescriptor> descriptors)
    {
        using var json = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 16 });
        return [.. json.RootElement.EnumerateArray().Select(item => ReadReport(item, descriptors[StoredValues.Text(item.GetProperty("id"))], document))];
    }

    private static void WriteReports(Utf8JsonWriter writer, IReadOnlyList<Report> reports)
    {
        writer.WriteStartArray();
        foreach (var report in reports)
            WriteReport(writer, report);
        writer.WriteEndArray();
    }

    private static void WriteReport(Utf8JsonWriter writer, Report report)
    {
        writer.WriteStartObject();
        writer.WriteString("id", report.Descriptor.Id);
        WriteSpan(writer, "span", report.Span);
        writer.WriteString("message", report.Message);
        WriteRelated(writer, "related", report.Related);
        if (report.IsWorkspaceFinding)
            writer.WriteBoolean("workspace", true);
        if (report.Severity is { } severity)
            writer.WriteString("severity", severity.ToName());
        var details = report.Details;
        if (!ReferenceEquals(details, ReportDetails.None))
        {
            writer.WriteStartObject("details");
            WriteRelated(writer, "related", details.Related);
            writer.WriteStartArray("fixes");
            foreach (var fix in details.Fixes)
            {
                writer.WriteStartObject();
                writer.WriteString("title", fix.Title);
                writer.WriteBoolean("safe", fix.Safe);
                writer.WriteStartArray("edits");
                foreach (var edit in fix.Edits)
                {
                    writer.WriteStartArray();
                    writer.WriteNumberValue(edit.Span.Start);
                    writer.WriteNumberValue(edit.Span.Length);
                    writer.WriteStringValue(edit.NewText);
                    writer.WriteEndArray();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            // An array of pairs: the properties' order is the order they are shown in.
            writer.WriteStartArray("properties");
            foreach (var (label, text) in details.Properties)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(label);
                writer.WriteStringValue(text);
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static Report ReadReport(JsonElement item, RuleDescriptor descriptor, ArticleDocument document)
    {
        Severity? severity = null;
        if (item.TryGetProperty("severity", out var severityName))
        {
            if (!Severities.TryParse(severityName.GetString(), out var parsed))
                throw new FormatException("not a severity");
            severity = parsed;
        }
        var details = ReportDetails.None;
        if (item.TryGetProperty("details", out var stored))
        {
            // A map keeps the order pairs were added in: the order they are shown in.
            var properties = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in stored.GetProperty("properties").EnumerateArray())
                properties.Add(StoredValues.Text(pair[0]), StoredValues.Text(pair[1]));
            details = new ReportDetails
            {
                Related = ReadRelated(stored.GetProperty("related")),
                Fixes = [.. stored.GetProperty("fixes").EnumerateArray().Select(f => new Fix(StoredValues.Text(f.GetProperty("title")),
                    [.. f.GetProperty("edits").EnumerateArray().Select(e => new TextEdit(new TextSpan(e[0].GetInt32(), e[1].GetInt32()), StoredValues.Text(e[2])))])
                {
                    Safe = f.GetProperty("safe").GetBoolean(),
                })],
                Properties = properties.Count == 0 ? ReportDetails.NoProperties : properties,
            };
        }
        return new Report(descriptor, document, ReadSpan(item.GetProperty("span")), StoredValues.Text(item.GetProperty("message")), ReadRelated(item.GetProperty("related")),
            item.TryGetProperty("workspace", out var workspace) && workspace.GetBoolean())
        {
            Severity = severity,
            Details = details,
        };
    }

    private static void WriteRelated(Utf8JsonWriter writer, string name, IReadOnlyList<(TextSpan Span, string Message)> related)
    {
        writer.WriteStartArray(name);
        foreach (var (span, message) in related)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(span.Start);
            writer.WriteNumberValue(span.Length);
            writer.WriteStringValue(message);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
    }

    private static List<(TextSpan Span, string Message)> ReadRelated(JsonElement related) =>
        [.. related.EnumerateArray().Select(r => (new TextSpan(r[0].GetInt32(), r[1].GetInt32()), StoredValues.Text(r[2])))];

    private static void WriteDay(Utf8JsonWriter writer, DateOnly? day)
    {
        if (day is { } d)
            writer.WriteStringValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else
            writer.WriteNullValue();
    }

    private static DateOnly? ReadDay(JsonElement day) =>
        day.ValueKind == JsonValueKind.Null ? null : DateOnly.ParseExact(StoredValues.Text(day), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteSpan(Utf8JsonWriter writer, string name, TextSpan span)
    {
        writer.WriteStartArray(name);
        writer.WriteNumberValue(span.Start);
        writer.WriteNumberValue(span.Length);
        writer.WriteEndArray();
    }

    private static TextSpan ReadSpan(JsonElement span) => new(span[0].GetInt32(), span[1].GetInt32());
}

/// <summary>
/// Reading back what an entry holds, for the engine and for a <see cref="WorkspaceFactRule.ReadFact"/>: a value of the wrong
/// kind or a span outside the document is a <see cref="FormatException"/>, and the entry a miss.
/// </summary>
public static class StoredValues
{
    /// <summary>A string an entry must hold; anything else (null, a number) makes the entry unusable.</summary>
    public static string Text(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new FormatException($"a stored {value.ValueKind} where text should be");

    /// <summary>A span of <paramref name="document"/> an entry holds; one outside it makes the entry unusable.</summary>
    public static TextSpan SpanIn(ArticleDocument document, int start, int length) =>
        start >= 0 && length >= 0 && (long)start + length <= document.Source.Length
            ? new TextSpan(start, length)
            : throw new FormatException($"a stored span at {start}+{length}, outside the document (0 to {document.Source.Length})");

}
