using EditLint.Semantics.Lexicons;

namespace EditLint.Semantics.Figures;

/// <summary>Folds the nouns figures count to one form, so "soldiers", "soldier" and "troops" compare equal.</summary>
public static class CountedWords
{
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.OrdinalIgnoreCase)
    {
        ["people"] = "person", ["men"] = "man", ["women"] = "woman", ["children"] = "child", ["lives"] = "life",
        ["wives"] = "wife", ["knives"] = "knife", ["leaves"] = "leaf", ["halves"] = "half", ["feet"] = "foot",
        ["teeth"] = "tooth", ["mice"] = "mouse", ["geese"] = "goose", ["police"] = "police", ["staff"] = "staff",
        ["personnel"] = "personnel", ["sheep"] = "sheep", ["cattle"] = "cattle", ["fish"] = "fish", ["data"] = "data",
        ["criteria"] = "criterion", ["media"] = "media", ["series"] = "series", ["species"] = "species",
    };

    // Verbs that commonly follow a count and are not nouns ("five died", "20 remain").
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "died", "die", "dies", "remain", "remains", "say", "says", "said", "went", "go", "goes", "came", "come", "comes",
        "took", "take", "takes", "made", "make", "makes", "got", "get", "gets", "fled", "flee", "left", "leave", "stay",
        "stayed", "saw", "see", "sees", "told", "tell", "tells", "live", "work", "face", "faces", "need", "needs", "want",
        "wants", "hold", "holds", "held", "run", "runs", "ran", "own", "owns", "include", "includes", "become", "became",
    };

    /// <summary>True for a plural noun form ("soldiers", "people", "states"), which ends a figure's noun phrase.</summary>
    public static bool IsPlural(string word) =>
        (Irregular.TryGetValue(word, out var singular) && !singular.Equals(word, StringComparison.OrdinalIgnoreCase))
        || (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
            && !word.EndsWith("is", StringComparison.Ordinal) && !word.EndsWith("'s", StringComparison.Ordinal) && !word.EndsWith("’s", StringComparison.Ordinal));

    /// <summary>True for a common verb that follows a count ("five died").</summary>
    public static bool IsCommonVerb(string word) => Verbs.Contains(word);

    /// <summary>The singular, lower-cased: "soldiers" → "soldier", "casualties" → "casualty", "people" → "person".</summary>
    public static string Lemma(string word)
    {
        var w = word.ToLowerInvariant().TrimEnd('\'', '’');
        if (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal))
            w = w[..^2];
        if (Irregular.TryGetValue(w, out var irregular))
            return irregular;
        // Proper nouns keep their form: "Yukos", "Wales".
        if (word.Length > 0 && char.IsUpper(word[0]))
            return w;
        if (!IsPlural(w))
            return w;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
            return w[..^3] + "y";
        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal))
            return w[..^2];
        return w[..^1];
    }

    /// <summary>A crude stem that makes the forms of one verb equal: "required", "requiring", "requires" → "requir".</summary>
    public static string Stem(string verb)
    {
        var w = verb.ToLowerInvariant();
        foreach (var suffix in (string[])["ing", "ed", "es", "s", "e"])
        {
            if (w.Length > suffix.Length + 2 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                w = w[..^suffix.Length];
                break;
            }
        }
        // "killed" → "kill", "stopped" → "stopp" → "stop"
        if (w.Length > 3 && w[^1] == w[^2] && w[^1] is not ('l' or 's'))
            w = w[..^1];
        return w.TrimEnd('e');
    }

    /// <summary>The word a synonym group is reported as ("troop" → "soldier"), or the lemma itself.</summary>
    public static string Fold(string lemma) => Lexicon.CountedSynonyms.TryGetValue(lemma, out var head) ? head : lemma;
}
