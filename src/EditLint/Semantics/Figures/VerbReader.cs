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
        while (j >= 0 && tokens[j].Kind == TokenKind.Word && Lexicon.FigureVerbDeterminers.Contains(tokens[j].Text))
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
        while (j < tokens.Count && tokens[j].Kind == TokenKind.Word && Lexicon.FigureAuxiliaries.Contains(tokens[j].Text))
            j++;
        if (j >= tokens.Count || tokens[j].Kind != TokenKind.Word || char.IsUpper(tokens[j].Text[0]) || Lexicon.FigureFunctionWords.Contains(tokens[j].Text))
            return null;
        var word = tokens.Lower(j);
        return word.EndsWith("ed", StringComparison.Ordinal) || CountedWords.IsCommonVerb(word) ? CountedWords.Stem(word) : null;
    }
}
