using EditLint.Semantics.Lexicons;

namespace EditLint.Semantics.Figures;

/// <summary>
/// The verb a figure is the object of ("killed 20 people", "requiring 300,000") or the subject of ("20 people were
/// killed", "five died"), as a stem: two figures with one verb are likely one fact stated twice.
/// </summary>
internal static class VerbReader
{
    /// <summary>The stem of the verb before the figure whose words before it start at <paramref name="clauseEnd"/>.</summary>
    public static string? Before(BlockTokens tokens, int clauseEnd)
    {
        var j = clauseEnd - 1;
        while (j >= 0 && tokens[j].Kind == TokenKind.Word && Determiners.Contains(tokens[j].Text))
            j--;
        if (j < 0 || tokens[j].Kind != TokenKind.Word || char.IsUpper(tokens[j].Text[0]) || Lexicon.FigureFunctionWords.Contains(tokens[j].Text))
            return null;
        // A lower-case content word right before a count is nearly always its verb ("sank 12 ships", "cost 400 jobs").
        return CountedWords.Stem(tokens.Lower(j));
    }

    /// <summary>The stem of the verb at token <paramref name="k"/>, after the figure and what it counts, past any auxiliaries.</summary>
    public static string? After(BlockTokens tokens, int k)
    {
        var j = k;
        while (j < tokens.Count && tokens[j].Kind == TokenKind.Word && Auxiliaries.Contains(tokens[j].Text))
            j++;
        if (j >= tokens.Count || tokens[j].Kind != TokenKind.Word || char.IsUpper(tokens[j].Text[0]) || Lexicon.FigureFunctionWords.Contains(tokens[j].Text))
            return null;
        var word = tokens.Lower(j);
        return word.EndsWith("ed", StringComparison.Ordinal) || CountedWords.IsCommonVerb(word) ? CountedWords.Stem(word) : null;
    }

    // Words between a verb and the figure it governs ("killed all 20", "reached nearly 300").
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "its", "their", "his", "her", "our", "all", "some", "a", "an", "only", "just", "nearly", "almost", "between" };

    // Words between a figure's subject and its verb ("20 people have been killed").
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase) { "have", "has", "had", "were", "was", "are", "is", "been", "being", "be", "will", "would", "could", "reportedly", "also", "now", "already" };
}
