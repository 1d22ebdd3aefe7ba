using EditLint.Diagnostics;
using EditLint.Text;

namespace EditLint.Configuration;

/// <summary>
/// The EditLint part of one <c>.editorconfig</c>: <c>editlint_diagnostic.ELxxxx.severity = none</c> in sections whose glob
/// matches the file, as Roslyn reads <c>dotnet_diagnostic.*.severity</c>. Other keys are for other tools and ignored.
/// </summary>
internal sealed class EditorConfigFile
{
    private const string Prefix = "editlint_diagnostic.";

    public required string Directory { get; init; }
    public bool IsRoot { get; private set; }
    public List<(Glob Glob, List<(string Id, Located<Severity> Severity)> Entries)> Sections { get; } = [];

    public static EditorConfigFile Parse(string fullPath, string displayPath, string text, List<ConfigProblem> problems)
    {
        var file = new EditorConfigFile { Directory = Path.GetDirectoryName(fullPath)! };
        List<(string, Located<Severity>)>? current = null;
        // Lines as SourceText counts them (LF, CRLF and CR), so positions agree with every other finding's.
        var source = new SourceText(text);
        for (var i = 0; i < source.LineCount; i++)
        {
            var raw = source.ToString(source.GetLineSpan(i));
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
                continue;
            if (line[0] == '[' && line.EndsWith(']'))
            {
                current = [];
                if (Glob.TryCreate(line[1..^1], out var glob, out var problem))
                    file.Sections.Add((glob, current));
                else
                    problems.Add(new ConfigProblem(displayPath, new LinePosition(i, raw.IndexOf('[', StringComparison.Ordinal)), problem));
                continue;
            }
            var eq = line.IndexOf('=');
            if (eq < 0)
                continue;
            var key = line[..eq].Trim().ToLowerInvariant();
            var value = line[(eq + 1)..].Trim();
            if (current is null)
            {
                if (key == "root")
                    file.IsRoot = value.Equals("true", StringComparison.OrdinalIgnoreCase);
                continue;
            }
            if (!key.StartsWith(Prefix, StringComparison.Ordinal) || !key.EndsWith(".severity", StringComparison.Ordinal))
                continue;
            var id = key[Prefix.Length..^".severity".Length].ToUpperInvariant();
            var position = new LinePosition(i, raw.IndexOf('=', StringComparison.Ordinal) + 1);
            if (Severities.TryParse(value, out var severity))
                current.Add((id, new Located<Severity>(severity, displayPath, position)));
            else
                problems.Add(new ConfigProblem(displayPath, position, $"unknown severity '{value}' for {id}; expected error, warning, suggestion, silent or none"));
        }
        return file;
    }
}
