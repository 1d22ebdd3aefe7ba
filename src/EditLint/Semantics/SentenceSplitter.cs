using System.Collections.Frozen;
using EditLint.Documents;

namespace EditLint.Semantics;

/// <summary>
/// Splits a block's prose into sentences. A sentence ends at . ! or ? (plus any closing quotes and
/// brackets) followed by space and something that can start a sentence. It does not end after titles
/// and common abbreviations (Mr, Dr, St, Jan.), dotted abbreviations and initials (U.S., J. K.),
/// "No." before a number, inside decimals, or at an ellipsis.
/// </summary>
public static class SentenceSplitter
{
    // Abbreviations after which a full stop almost never ends a sentence in news copy.
    private static readonly FrozenSet<string> NonTerminalAbbreviations = FrozenSet.ToFrozenSet(
    [
        "mr", "mrs", "ms", "mx", "dr", "st", "jr", "sr", "prof", "gen", "gov", "sen", "rep", "lt", "col", "capt", "cpt",
        "sgt", "maj", "cmdr", "adm", "rev", "hon", "fr", "supt", "insp", "det", "pres", "messrs", "mt", "ft", "ave",
        "jan", "feb", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "v", "approx", "cf", "e.g", "i.e", "fig", "vol",
    ], StringComparer.OrdinalIgnoreCase);

    // These are abbreviations only when a number follows ("No. 10", "pp. 4").
    private static readonly FrozenSet<string> BeforeNumberAbbreviations = FrozenSet.ToFrozenSet(
        ["no", "nos", "p", "pp", "art", "para"], StringComparer.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<char> Terminators = System.Buffers.SearchValues.Create(".!?");

    /// <summary>Local (start, length) ranges of the sentences of <paramref name="text"/>, trimmed.</summary>
    public static List<(int Start, int Length)> Split(string text)
    {
        var result = new List<(int, int)>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            // Straight to the next full stop, exclamation or question mark: a vectorised search, not a test per character.
            var ahead = text.AsSpan(i).IndexOfAny(Terminators);
            if (ahead < 0)
                break;
            i += ahead;
            var c = text[i];

            var runEnd = i;
            while (runEnd < text.Length && text[runEnd] is '.' or '!' or '?')
                runEnd++;

            if (IsEllipsis(text, i, runEnd) || (c == '.' && runEnd - i == 1 && IsNonTerminalPeriod(text, i)))
            {
                i = runEnd;
                continue;
            }

            var end = runEnd;
            while (end < text.Length && IsCloser(text[end]))
                end++;

            if (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                i = end;
                continue;
            }

            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
                next++;
            if (next < text.Length && !CanStartSentence(text[next]))
            {
                i = next;
                continue;
            }

            Add(result, text, start, end);
            start = next;
            i = next;
        }
        Add(result, text, start, text.Length);
        return result;
    }

    /// <summary>Sentences of every prose block of <paramref name="document"/>, in order.</summary>
    public static IReadOnlyList<Sentence> SplitDocument(ArticleDocument document)
    {
        var sentences = new List<Sentence>();
        foreach (var block in document.Blocks)
        {
            if (!block.IsProse)
                continue;
            foreach (var (start, length) in Split(block.Text))
                sentences.Add(new Sentence(block, sentences.Count, start, length));
        }
        return sentences;
    }

    private static void Add(List<(int, int)> result, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (end > start)
            result.Add((start, end - start));
    }

    private static bool IsEllipsis(string text, int start, int runEnd) =>
        runEnd - start >= 3 && text[start] == '.' && text[start + 1] == '.';

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»' or '*' or '_';

    private static bool CanStartSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '“' or '‘' or '(' or '[' or '«' or '-' or '–' or '—' or '•' or '*' or '…';

    private static bool IsNonTerminalPeriod(string text, int dot)
    {
        // Decimal point or a dot inside a token ("3.5", "example.com").
        if (dot + 1 < text.Length && char.IsLetterOrDigit(text[dot + 1]))
            return true;

        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
            wordStart--;
        if (wordStart == dot)
            return false;
        var word = text[wordStart..dot];

        // Initials and dotted abbreviations: "J.", "U.S.", "a.m." with a single letter before the dot.
        var lastSegment = word[(word.LastIndexOf('.') + 1)..];
        if (lastSegment.Length == 1 && (char.IsUpper(lastSegment[0]) || word.Contains('.')))
            return true;
        if (NonTerminalAbbreviations.Contains(word))
            return true;
        if (BeforeNumberAbbreviations.Contains(word))
        {
            var next = dot + 1;
            while (next < text.Length && text[next] == ' ')
                next++;
            return next < text.Length && char.IsDigit(text[next]);
        }
        return false;
    }
}
