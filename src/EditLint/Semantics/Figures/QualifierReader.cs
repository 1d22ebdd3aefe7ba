using EditLint.Semantics.Lexicons;

namespace EditLint.Semantics.Figures;

/// <summary>
/// How a figure is stated, from the words right before it: how exact it is ("around", "more than"), whether it is
/// the rest of a whole ("the remaining 40%"), a total ("a total of"), an addition ("another", "a further") or a definite
/// one ("the 32", "its 27"). <see cref="ClauseEnd"/> is the token those words start at: the clause before the figure is
/// read from there back.
/// </summary>
internal readonly record struct HowStated(Approximation Approximation, string? ApproximationText, string? Remainder, bool IsTotal, bool IsIncrement, bool IsDefinite, int ClauseEnd);

/// <summary>A phrase after a figure that scopes it ("at a time", "in total", "a year", "each").</summary>
internal readonly record struct FigureQualifier(string Text, QualifierKind Kind);

/// <summary>Reads approximations and qualifiers: the words before and after a figure that say how it is meant.</summary>
internal static class QualifierReader
{
    /// <summary>The qualifier of "a total of 300,000", which stands before the figure.</summary>
    public const string Total = "a total of";

    private static readonly string[] TotalWords = ["a", "total", "of"];

    /// <summary>How the figure starting at token <paramref name="first"/> is stated.</summary>
    public static HowStated Before(BlockTokens tokens, int first)
    {
        var i = first;
        var approximation = Approximation.Exact;
        string? approximationText = null;
        foreach (var (words, kind) in Lexicon.FigureApproximations)
        {
            if (tokens.WordsEndAt(i, words))
            {
                approximation = kind;
                approximationText = string.Join(' ', words);
                i -= words.Length;
                break;
            }
        }
        var remainder = approximationText is null || Lexicon.FigureRemainderApproximations.Contains(approximationText) ? Remainder(tokens, i, first) : null;
        var isTotal = tokens.WordsEndAt(i, TotalWords);
        if (isTotal)
            i -= TotalWords.Length;
        bool isIncrement = false, isDefinite = false;
        if (tokens.IsWordAt(i - 1))
        {
            var word = tokens.Lower(i - 1);
            isIncrement = word is "another" or "further" or "extra" or "additional";
            isDefinite = word is "the" or "its" or "their" or "his" or "her" or "our" or "all" or "these" or "those"
                || word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal);
        }
        return new HowStated(approximation, approximationText, remainder, isTotal, isIncrement, isDefinite, i);
    }

    // "the remaining 40%", "the rest, 45%", "the other (about) 25%": the remainder's words, a "(", ",", ":", "of", "being"
    // or "at", then the figure's approximation, which ends before token i; as written from the words to the figure.
    private static string? Remainder(BlockTokens tokens, int i, int first)
    {
        var j = i;
        if (tokens.IsPunct(j - 1, "(") || tokens.IsPunct(j - 1, ",") || tokens.IsPunct(j - 1, ":")
            || tokens.IsWord(j - 1, "of") || tokens.IsWord(j - 1, "being") || tokens.IsWord(j - 1, "at"))
        {
            j--;
        }
        foreach (var words in Lexicon.FigureRemainders)
        {
            if (tokens.WordsEndAt(j, words))
                return tokens.Text[tokens[j - words.Length].LocalStart..tokens[first].LocalStart].Trim();
        }
        return null;
    }

    /// <summary>The qualifier at token <paramref name="k"/>, after the figure and what it counts (a comma may come first).</summary>
    public static FigureQualifier? After(BlockTokens tokens, int k)
    {
        if (tokens.IsPunct(k, ","))
            k++;
        foreach (var (words, kind) in Lexicon.FigureQualifiers)
        {
            if (tokens.WordsStartAt(k, words))
                return new FigureQualifier(string.Join(' ', words), kind);
        }
        return null;
    }

    /// <summary>"around", "nearly": words that say how exact a figure is, not what it is about.</summary>
    public static bool IsApproximationWord(string word) => ApproximationWords.Contains(word);

    /// <summary>"each", "altogether": a qualifier of one word, which ends the noun phrase before it.</summary>
    public static bool IsSingleWordQualifier(string lowerWord) => SingleWordQualifiers.Contains(lowerWord);

    private static readonly HashSet<string> ApproximationWords =
        new(Lexicon.FigureApproximations.SelectMany(a => a.Words), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> SingleWordQualifiers =
        [.. Lexicon.FigureQualifiers.Where(q => q.Words.Length == 1).Select(q => q.Words[0].ToLowerInvariant())];
}
