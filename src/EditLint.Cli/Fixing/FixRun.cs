using EditLint.Diagnostics;
using EditLint.Documents;
using EditLint.Engine;
using EditLint.Inputs;

namespace EditLint.Cli.Fixing;

/// <summary>A file the fixes changed: where it is, its text before and after, how it is stored, how many findings were fixed.</summary>
internal sealed record FixedFile(string Path, string DisplayPath, TextFile Original, string Text, int Fixes);

/// <summary>What <c>check --fix</c> did: the findings left after the fixes, the files changed, and the files it would not touch and why.</summary>
internal sealed record FixOutcome(LintResult Result, IReadOnlyList<FixedFile> Files, IReadOnlyList<string> NotFixed);

/// <summary>
/// <c>check --fix</c>: lints, applies the allowed fixes to the texts in memory, lints the fixed texts again (with every
/// other file as it is, so rules comparing articles see the fixes), and repeats until no fix is left or
/// <see cref="MaxPasses"/> is reached. Nothing is written here: the caller writes the fixed files, or prints their
/// diff. The outcome's findings are those of the fixed texts, so a second run finds nothing more to fix.
/// </summary>
internal static class FixRun
{
    /// <summary>Passes at most: a fix that brings back the finding it fixed must not loop forever.</summary>
    public const int MaxPasses = 10;

    public static FixOutcome Execute(LintEngine engine, LintOptions options, ResolvedInputs inputs, bool unsafeToo)
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var session = new WorkspaceSession(engine, options);
        foreach (var (path, display) in inputs.Files)
            session.SetFile(path, display);
        var wanted = inputs.Files.Where(f => options.ReportOn?.Invoke(f.Path) ?? true).ToList();
        var byDisplay = wanted.ToDictionary(f => f.DisplayPath, f => f.Path, StringComparer.Ordinal);
        var result = session.Lint([.. wanted.Select(f => f.Path)]);

        var originals = new Dictionary<string, TextFile>(StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var notFixed = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var changed = false;
            foreach (var file in result.Files)
            {
                if (!byDisplay.TryGetValue(file.Path, out var path) || file.Document is not { } document || notFixed.ContainsKey(file.Path))
                    continue;
                var plan = FixPlan.For(file.Diagnostics, document.Source.Length, unsafeToo);
                if (plan.Count == 0)
                    continue;
                if (!originals.ContainsKey(path))
                {
                    if (WhyNot(path, file, document) is { } reason)
                    {
                        notFixed[file.Path] = reason;
                        continue;
                    }
                    originals[path] = TextFile.Decode(File.ReadAllBytes(path))!;
                }
                // Read once: a text the run kept packed is unpacked on each read.
                var original = document.Source.Text;
                var text = plan.Apply(original);
                if (text == original)
                    continue;
                texts[path] = text;
                counts[path] = counts.GetValueOrDefault(path) + plan.Count;
                session.SetBuffer(path, file.Path, text, DocumentFormats.FromPath(path) ?? DocumentFormat.PlainText);
                changed = true;
            }
            if (!changed)
                break;
            result = session.Lint([.. wanted.Select(f => f.Path)]);
        }

        var files = texts.Where(t => t.Value != originals[t.Key].Text)
            .Select(t => new FixedFile(t.Key, wanted.First(w => w.Path == t.Key).DisplayPath, originals[t.Key], t.Value, counts[t.Key]))
            .OrderBy(f => f.DisplayPath, StringComparer.Ordinal)
            .ToList();
        return new FixOutcome(result with { Elapsed = stopwatch.Elapsed }, files, [.. notFixed.Select(n => $"{n.Key}: {n.Value}")]);
    }

    // A file is fixed only when what was linted is exactly what is on disk: read without problems, as text, and not
    // changed since. Extracted text (a Word file) has no place in the file to write a fix to.
    private static string? WhyNot(string path, FileResult file, ArticleDocument document)
    {
        if (file.Diagnostics.Any(d => d.Id == EngineRules.InputUnreadable.Id) || document.ReaderProblems.Count > 0)
            return "not fixed: it could not be read without problems";
        if (DocumentFormats.IsBinary(document.Format))
            return "not fixed: its text is read out of a Word file, which EditLint does not write";
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"not fixed: {e.Message}";
        }
        if (TextFile.Decode(bytes) is not { } text)
            return "not fixed: it is not a text file";
        return text.Text == document.Source.Text ? null : "not fixed: it changed while it was linted, or its text is extracted, not written in it";
    }
}
