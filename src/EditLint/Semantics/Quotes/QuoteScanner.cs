namespace EditLint.Semantics.Quotes;

/// <summary>
/// Finds quotation-mark pairs in one block of prose. Curly marks say which way they face; straight marks are
/// judged by their neighbours (a mark after a space opens, one before a space closes). A right single mark
/// between letters, or before a digit, is an apostrophe ("Putin’s", "’90s", "rock ’n’ roll"), not a quote. Two straight
/// marks standing where one would ('' in BBC copy, a doubled "" from a scrape) are one double mark.
/// </summary>
internal static class QuoteScanner
{
    /// <summary>
    /// A pair of marks; <see cref="Close"/> is -1 when the block ends with the quotation still open, and -2 when the
    /// quotation ends where a new one reopens after a full stop (<see cref="End"/> then marks where it ends).
    /// <see cref="Open"/> and <see cref="Close"/> are where the marks start; a mark written with two characters (''
    /// for a double mark, a doubled "") is <see cref="OpenWidth"/> or <see cref="CloseWidth"/> characters wide, so the
    /// quoted words run from Open + OpenWidth to Close.
    /// </summary>
    // Pair, Stray and Opening are classes: lists and sorts of a struct are generic framework code that a one-file run
    // compiled at start-up (ReadyToRun has no code for them), and a block has few marks.
    internal sealed record Pair(int Open, int Close, QuoteMarks Marks, int End = -1, int OpenWidth = 1, int CloseWidth = 1)
    {
        /// <summary>True for a quotation that the next one continues, as a new paragraph would.</summary>
        public bool ContinuesInNext => Close == -2;
    }

    // Every character the scan below acts on.
    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create("“„«”»\"'‘’");

    /// <summary>A mark with no partner, or a pair whose styles differ.</summary>
    internal sealed record Stray(int Index, QuoteMarkProblemKind Kind, int Width = 1);

    private sealed record Opening(int Index, char Mark, bool IsDouble, int Width = 1);

    public static (List<Pair> Pairs, List<Stray> Strays) Scan(string text)
    {
        var pairs = new List<Pair>();
        var strays = new List<Stray>();
        var open = new List<Opening>();

        for (var i = 0; i < text.Length; i++)
        {
            // Straight to the next quotation mark or apostrophe: a vectorised search, not a test per character.
            var ahead = text.AsSpan(i).IndexOfAny(Marks);
            if (ahead < 0)
                break;
            i += ahead;
            var c = text[i];
            switch (c)
            {
                case '“' or '„' or '«':
                    // A left mark glued to the end of a word is a typo for the closing mark (“quote“).
                    if (c == '“' && HasOpenDouble(open) && i > 0 && !IsOpeningContext(text[i - 1]) && (i + 1 == text.Length || IsClosingContext(text[i + 1])))
                    {
                        CloseDouble(text, i, c, 1, open, pairs, strays);
                        strays.Add(new Stray(i, QuoteMarkProblemKind.MixedStyles));
                    }
                    else if (!ReopensAfterSentence(text, i, c, 1, open, pairs))
                    {
                        open.Add(new Opening(i, c, true));
                    }
                    break;
                case '”' or '»':
                    CloseDouble(text, i, c, 1, open, pairs, strays);
                    break;
                case '"' when ApostropheWord(text, i) is not null:
                    strays.Add(new Stray(i, QuoteMarkProblemKind.ApostropheAsQuote));
                    break;
                case '"':
                    i = StraightDouble(text, i, DoubledStraightMark(text, i) ? 2 : 1, open, pairs, strays);
                    break;
                case '\'' when DoubledStraightMark(text, i):
                    i = StraightDouble(text, i, 2, open, pairs, strays);
                    break;
                case '‘':
                    if (!IsElision(text, i))
                        open.Add(new Opening(i, c, false));
                    break;
                case '’' or '\'':
                    i = Single(text, i, open, pairs, strays);
                    break;
            }
        }

        foreach (var opening in open)
        {
            if (opening.IsDouble)
                pairs.Add(new Pair(opening.Index, -1, MarksOf(opening.Mark), OpenWidth: opening.Width));
            else if (opening.Mark == '‘')
                strays.Add(new Stray(opening.Index, QuoteMarkProblemKind.NeverClosed, opening.Width));
        }
        pairs.Sort((a, b) => a.Open.CompareTo(b.Open));
        return (pairs, strays);
    }

    /// <summary>
    /// The word a straight double mark sits in when it stands for an apostrophe, as scraped wire copy writes it
    /// ("OPEC"s", "don"t", "1990"s"): a letter or digit before it, and after it the ending of a possessive or a
    /// contraction and no more letters. Null for a quotation mark.
    /// </summary>
    internal static string? ApostropheWord(string text, int mark)
    {
        if (mark == 0 || !char.IsLetterOrDigit(text[mark - 1]) || text[mark] != '"')
            return null;
        var end = mark + 1;
        while (end < text.Length && char.IsLetter(text[end]))
            end++;
        var ending = text[(mark + 1)..end].ToLowerInvariant();
        if (ending is not ("s" or "ll" or "re" or "ve" or "d" or "m") && !(ending == "t" && char.ToLowerInvariant(text[mark - 1]) == 'n'))
            return null;
        // Letters only after a letter: "1990"s" but not "3"d".
        if (!char.IsLetter(text[mark - 1]) && ending != "s")
            return null;
        var start = mark - 1;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
            start--;
        return text[start..end];
    }

    // Returns the index of the mark's last character.
    private static int StraightDouble(string text, int i, int width, List<Opening> open, List<Pair> pairs, List<Stray> strays)
    {
        var afterOpening = i == 0 || IsOpeningContext(text[i - 1]);
        // A mark before a comma or a full stop cannot open anything ("… a drummer' ", he recalled"); before an ellipsis
        // it can ("... my concern is").
        var next = i + width < text.Length ? text[i + width] : ' ';
        var beforeWord = !char.IsWhiteSpace(next) && (next is not (',' or '.' or ';' or ':' or '!' or '?' or ')')
            || (next == '.' && i + width + 1 < text.Length && text[i + width + 1] == '.'));
        if (HasOpenDouble(open) && !afterOpening)
            CloseDouble(text, i, '"', width, open, pairs, strays);
        else if (afterOpening && beforeWord)
        {
            if (!ReopensAfterSentence(text, i, '"', width, open, pairs))
                open.Add(new Opening(i, '"', true, width));
        }
        else if (HasOpenDouble(open))
            CloseDouble(text, i, '"', width, open, pairs, strays);
        // A missing space before the mark ("accused them of"squabbling …"): nothing is open, a word follows and a
        // straight mark later closes it. (A scrape's apostrophe, "Indonesia"s", never gets here: see ApostropheWord.)
        else if (char.IsLetter(next) && i + width + 1 < text.Length && char.IsLetter(text[i + width + 1]) && text.IndexOf('"', i + width) > 0)
            open.Add(new Opening(i, '"', true, width));
        else
            strays.Add(new Stray(i, QuoteMarkProblemKind.NeverOpened, width));
        return i + width - 1;
    }

    // Two straight marks written as one double mark: '' in BBC copy (''We won,'' he said), or a doubled "" left by a
    // scrape (an ""unfair" price). They must stand where one mark would: after a space and before a word (opening),
    // or after a word and before a space or punctuation (closing).
    private static bool DoubledStraightMark(string text, int i)
    {
        if (i + 1 >= text.Length || text[i + 1] != text[i] || (i + 2 < text.Length && text[i + 2] is '"' or '\''))
            return false;
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 2 < text.Length ? text[i + 2] : ' ';
        if (before is '"' or '\'')
            return false;
        var opens = IsOpeningContext(before) && !char.IsWhiteSpace(after);
        var closes = !char.IsWhiteSpace(before) && !IsOpeningContext(before) && IsClosingContext(after);
        return opens || closes;
    }

    // Paragraphs run together (a scrape, a pasted draft) keep the convention that a quotation running over
    // paragraphs reopens each one without closing the last: an opening mark right after a full stop while a
    // quotation is open starts the next part of that quotation rather than a quotation inside it.
    private static bool ReopensAfterSentence(string text, int i, char mark, int width, List<Opening> open, List<Pair> pairs)
    {
        var at = open.FindLastIndex(o => o.IsDouble);
        if (at < 0)
            return false;
        var end = i;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (end == i || end == 0 || text[end - 1] is not ('.' or '?' or '!' or '…'))
            return false;
        var opening = open[at];
        open.RemoveRange(at, open.Count - at);
        pairs.Add(new Pair(opening.Index, -2, MarksOf(opening.Mark), end, opening.Width));
        open.Add(new Opening(i, mark, true, width));
        return true;
    }

    private static void CloseDouble(string text, int i, char closing, int width, List<Opening> open, List<Pair> pairs, List<Stray> strays)
    {
        var at = open.FindLastIndex(o => o.IsDouble);
        if (at < 0)
        {
            strays.Add(new Stray(i, QuoteMarkProblemKind.NeverOpened, width));
            return;
        }
        // Single marks opened inside and never closed: a curly one is a real mistake; a straight one was an apostrophe.
        foreach (var inner in open.Skip(at + 1))
        {
            if (inner.Mark == '‘')
                strays.Add(new Stray(inner.Index, QuoteMarkProblemKind.NeverClosed));
        }
        var opening = open[at];
        open.RemoveRange(at, open.Count - at);
        pairs.Add(new Pair(opening.Index, i, MarksOf(opening.Mark), OpenWidth: opening.Width, CloseWidth: width));
        if ((opening.Mark == '"') != (closing == '"'))
            strays.Add(new Stray(i, QuoteMarkProblemKind.MixedStyles, width));
    }

    // Returns the index to continue from (an "’n’" pair is consumed whole).
    private static int Single(string text, int i, List<Opening> open, List<Pair> pairs, List<Stray> strays)
    {
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';

        // "rock ’n’ roll", "rock 'n' roll".
        if (after == 'n' && i + 2 < text.Length && text[i + 2] is '’' or '\'' && (i + 3 == text.Length || !char.IsLetter(text[i + 3])))
            return i + 2;
        if (char.IsLetterOrDigit(before) && char.IsLetter(after))
            return i;
        if (IsElision(text, i))
            return i;

        var singleAt = open.FindLastIndex(o => !o.IsDouble);
        var doubleAt = open.FindLastIndex(o => o.IsDouble);
        if (singleAt > doubleAt && !char.IsWhiteSpace(before))
        {
            var opening = open[singleAt];
            open.RemoveRange(singleAt, open.Count - singleAt);
            pairs.Add(new Pair(opening.Index, i, opening.Mark == '‘' ? QuoteMarks.CurlySingle : QuoteMarks.StraightSingle));
            return i;
        }
        // "… cheaper than the old "stadsbus'," said …": a straight quotation nested in another straight one, opened
        // with a double mark and closed by mistake with a single one. Only right before punctuation, since a mark
        // before a space may be a plural possessive ("the workers' rights").
        if (text[i] == '\'' && singleAt < doubleAt && IsNestedStraightDouble(open, doubleAt) && !IsOpeningContext(before) && char.IsPunctuation(after))
        {
            CloseDouble(text, i, '\'', 1, open, pairs, strays);
            return i;
        }
        // A straight mark after a space and before a word opens; a curly right mark never does.
        if (text[i] == '\'' && IsOpeningContext(before) && char.IsLetter(after))
            open.Add(new Opening(i, '\'', false));
        return i;
    }

    // "’90s", "'em", "'til": a mark standing for left-out letters or digits.
    private static bool IsElision(string text, int i)
    {
        if (i > 0 && !IsOpeningContext(text[i - 1]))
            return false;
        if (i + 1 < text.Length && char.IsDigit(text[i + 1]))
            return true;
        var rest = text.AsSpan(i + 1);
        foreach (var word in (ReadOnlySpan<string>)["em ", "til ", "cause ", "tis "])
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static bool HasOpenDouble(List<Opening> open) => open.Exists(o => o.IsDouble);

    private static bool IsNestedStraightDouble(List<Opening> open, int at) =>
        at > 0 && open[at].Mark == '"' && open.FindLastIndex(at - 1, o => o.IsDouble) is >= 0 and var outer && open[outer].Mark == '"';

    private static bool IsOpeningContext(char c) => char.IsWhiteSpace(c) || c is '(' or '[' or '{' or '—' or '–' or '-' or '/' or '“' or '‘' or '"' or '\'' or ':';

    private static bool IsClosingContext(char c) => char.IsWhiteSpace(c) || char.IsPunctuation(c) && c is not ('(' or '[' or '{');

    private static QuoteMarks MarksOf(char mark) => mark switch
    {
        '"' => QuoteMarks.StraightDouble,
        '«' => QuoteMarks.Guillemets,
        '\'' => QuoteMarks.StraightSingle,
        '‘' => QuoteMarks.CurlySingle,
        _ => QuoteMarks.CurlyDouble,
    };
}
