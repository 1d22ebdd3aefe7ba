using EditLint.Rules;
namespace EditLint.Checks.Data;

/// <summary>Reads the lexicons embedded from Data/: one entry per line, tab-separated fields, '#' starts a comment.</summary>
internal static class Lexicon
{
    public static IReadOnlyList<string[]> Read(string name)
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream("data/" + name)
            ?? throw new InvalidOperationException($"Lexicon data/{name} is not embedded.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            var text = line.Trim();
            if (text.Length > 0 && text[0] != '#')
                rows.Add(text.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        return rows;
    }
}
