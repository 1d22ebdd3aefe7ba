using System.Collections.Frozen;
using System.Reflection;

namespace EditLint.Semantics.Lexicons;

/// <summary>
/// Word lists the extractors use, kept as data files beside this class (embedded in the assembly), so the
/// vocabulary of attribution can be reviewed and extended without reading code. One entry per line; '#' starts a comment.
/// </summary>
public static class Lexicon
{
    /// <summary>Verbs that attribute words to a speaker.</summary>
    public static FrozenSet<string> SpeechVerbs { get; } = Load("speech-verbs.txt");

    /// <summary>Heads of noun phrases that can speak (roles, bodies, groups).</summary>
    public static FrozenSet<string> SpeakerNouns { get; } = Load("speaker-nouns.txt");

    /// <summary>Speaker heads that leave a source unnamed.</summary>
    public static FrozenSet<string> UnnamedSources { get; } = Load("unnamed-sources.txt");

    /// <summary>Phrases right before a quotation that make it a term or scare quote.</summary>
    public static IReadOnlyList<string> TermCues { get; } = [.. Load("term-cues.txt").OrderByDescending(c => c.Length)];

    /// <summary>Words right before a quotation that make it a title of a work.</summary>
    public static FrozenSet<string> TitleCues { get; } = Load("title-cues.txt");

    /// <summary>Nouns right after a quotation that make it a modifier naming a kind of thing ("“In my day” arguments").</summary>
    public static FrozenSet<string> MentionHeads { get; } = Load("mention-heads.txt");

    /// <summary>Prizes, awards and laws whose own wording a sentence can quote.</summary>
    public static FrozenSet<string> WordingNouns { get; } = Load("wording-nouns.txt");

    /// <summary>Verbs before "as" that report what someone said of a thing ("lauded as").</summary>
    public static FrozenSet<string> EvaluativeVerbs { get; } = Load("evaluative-verbs.txt");

    /// <summary>Verbs that credit words to a document or body when one is their subject ("the report found").</summary>
    public static FrozenSet<string> SourceVerbs { get; } = Load("source-verbs.txt");

    /// <summary>Speech verbs that report a clause, so that the next sentence can go on reporting it.</summary>
    public static FrozenSet<string> ReportingVerbs { get; } = Load("reporting-verbs.txt");

    /// <summary>Documents and bodies that can be the subject of a source verb.</summary>
    public static FrozenSet<string> DocumentNouns { get; } = Load("document-nouns.txt");

    /// <summary>Courtesy and job titles that come before a name.</summary>
    public static FrozenSet<string> PersonTitles { get; } = Load("person-titles.txt", StringComparer.Ordinal);

    private static FrozenSet<string> Load(string name, StringComparer? comparer = null)
    {
        var assembly = typeof(Lexicon).Assembly;
        using var stream = assembly.GetManifestResourceStream("EditLint.Lexicons." + name)
            ?? throw new InvalidOperationException($"Lexicon {name} is not embedded.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Trim();
            if (entry.Length > 0 && !entry.StartsWith('#'))
                words.Add(entry);
        }
        return words.ToFrozenSet(comparer ?? StringComparer.OrdinalIgnoreCase);
    }
}
