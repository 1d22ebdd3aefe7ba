namespace EditLint.Semantics.Quotes;

/// <summary>Word-level views of quoted text, for comparing quotations with each other.</summary>
internal static class QuoteText
{
    /// <summary>
    /// Words that open a clause of their own: a verb's frame or agent is not looked for past them ("fears had been
    /// expressed that …", "is said to be frustrated that her plans are blocked by …").
    /// </summary>
    public static readonly System.Collections.Frozen.FrozenSet<string> ClauseOpeners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["that", "which", "who", "whom", "when", "while", "because", "but", "if", "since"], StringComparer.OrdinalIgnoreCase);

    /// <summary>A word without its possessive ending: "government's" → "government", "Williams’s" → "Williams".</summary>
    public static string WithoutPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    /// <summary>Whether a word ends in a possessive 's.</summary>
    public static bool IsPossessive(string word) => WithoutPossessive(word).Length != word.Length;

    /// <summary>Lower-case words and numbers; hyphens, quotes and other punctuation separate words.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1])));
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant().Replace('’', '\''));
                start = -1;
            }
        }
        return words;
    }

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> share a run of at least <paramref name="length"/> consecutive words.</summary>
    public static bool SharesRun(List<string> a, List<string> b, int length)
    {
        if (length <= 0 || a.Count < length || b.Count < length)
            return false;
        var runs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + length <= a.Count; i++)
            runs.Add(string.Join(' ', a.GetRange(i, length)));
        for (var i = 0; i + length <= b.Count; i++)
        {
            if (runs.Contains(string.Join(' ', b.GetRange(i, length))))
                return true;
        }
        return false;
    }
}
