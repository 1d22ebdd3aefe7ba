using EditLint.Semantics.Lexicons;

namespace EditLint.Semantics.Figures;

/// <summary>
/// The part a figure plays in its clause: a level, the size of a change or what something is compared with; whether
/// it is inside a change or comparison at all, and whether it is a projection ("forecast to reach 300").
/// </summary>
internal readonly record struct ClauseRole(FigureRole Role, bool IsComparison, bool IsProjection);

/// <summary>Reads a figure's role from the change, comparison and projection words of its clause.</summary>
internal static class RoleReader
{
    // How far back in its clause a change or projection word still governs a figure.
    private const int ClauseReach = 8;

    /// <summary>The role the clause before the figure gives it; <paramref name="clauseEnd"/> is where its words before it start.</summary>
    public static ClauseRole Before(BlockTokens tokens, int clauseEnd)
    {
        var i = clauseEnd;
        var role = FigureRole.Level;
        var isComparison = false;
        // A change or comparison earlier in the clause: "rose to 20", "up from 15", "previously reported … 10".
        for (var j = i - 1; j >= Math.Max(0, i - ClauseReach); j--)
        {
            if (tokens.IsClauseEnd(j))
                break;
            if (tokens[j].Kind == TokenKind.Word && Lexicon.FigureChangeWords.Contains(tokens[j].Text) && !IsMakeUp(tokens, j))
            {
                isComparison = true;
                // "rose to 20" states the new level, "up from 15" and "than 10" what it is compared with, "rose 4.4 pct"
                // and "cut by 10" the change itself.
                var before = tokens.IsWordAt(i - 1) ? tokens.Lower(i - 1) : "";
                role = before switch
                {
                    "to" or "at" or "reach" or "reached" or "reaching" or "between" => FigureRole.Level,
                    "from" or "than" or "versus" or "vs" or "with" => FigureRole.Compared,
                    _ => FigureRole.Change,
                };
                break;
            }
        }
        return new ClauseRole(role, isComparison, IsProjection(tokens, i));
    }

    /// <summary>
    /// The role once the words after the figure are read: "a 4.4 pct rise" (the noun it qualifies is a change) makes it
    /// the size of a change, "100 more than last year" and "… up from 15" a comparison.
    /// </summary>
    public static ClauseRole After(BlockTokens tokens, ClauseRole before, CountedThing? nounAfter, int after)
    {
        var role = nounAfter is not null && Lexicon.FigureChangeWords.Contains(nounAfter.Head) ? FigureRole.Change : before.Role;
        return before with { Role = role, IsComparison = before.IsComparison || IsComparedAfter(tokens, after) };
    }

    // "forecast to rise to 320 mln tonnes": a projection word anywhere in the clause before it, change or not.
    private static bool IsProjection(BlockTokens tokens, int i)
    {
        for (var j = i - 1; j >= Math.Max(0, i - ClauseReach); j--)
        {
            if (tokens.IsClauseEnd(j))
                break;
            if (tokens[j].Kind == TokenKind.Word && Lexicon.FigureProjectionWords.Contains(tokens[j].Text))
                return true;
        }
        return false;
    }

    // "100 more than last year", "… up from 15", "than", within three words and the sentence.
    private static bool IsComparedAfter(BlockTokens tokens, int after)
    {
        for (var j = after; j < Math.Min(tokens.Count, after + 3); j++)
        {
            if (tokens[j].Kind == TokenKind.Word
                && (tokens.Lower(j) is "than" or "compared" or "versus" or "vs" || (tokens.Lower(j) is "up" or "down" && tokens.IsWord(j + 1, "from"))))
            {
                return true;
            }
            if (tokens[j].Kind == TokenKind.Punctuation && tokens[j].Text is "." or ";")
                return false;
        }
        return false;
    }

    // "make up 10%" is a share, not a rise.
    private static bool IsMakeUp(BlockTokens tokens, int j) =>
        tokens.Lower(j) == "up" && j > 0 && tokens.Lower(j - 1) is "make" or "makes" or "made" or "making";
}
