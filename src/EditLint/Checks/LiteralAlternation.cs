using System.Buffers;
using System.Text.RegularExpressions;
using EditLint.Text;

namespace EditLint.Checks;

/// <summary>
/// A whole-word pattern that names a list of phrases ("in order to", "utili[sz]e", "new innovations?",
/// "mentally (?:retarded|handicapped)"), matched as the regex engine would match it but without one: its phrases are
/// spelled out and walked as a tree of their characters at the start of each word.
/// </summary>
/// <remarks>
/// A regex of twenty phrases looks for their twenty first letters, finds one every few characters, mostly inside
/// words, and reads the clock for its timeout at each (the shipped packs' lists: about 7% of a native corpus run). This
/// skips a word as soon as it sees it is inside one, and needs no timeout: each start costs at most the phrases' length.
/// </remarks>
internal sealed class LiteralAlternation : HandWrittenPattern
{
    // More spellings than this, and the pattern is left to the engine (a list is a few dozen).
    private const int MostPhrases = 4096;

    // Groups within groups deeper than this, likewise (a list nests two or three).
    private const int DeepestGroup = 16;

    // A longer pattern, likewise: the spellings are built a character at a time, in time that grows with the square of
    // a phrase's length (the longest shipped, a rule's swaps joined, is under 2,000 characters).
    private const int LongestPattern = 8_000;

    private readonly bool _ignoreCase;
    // The spellings as a tree of their characters (in lower case when case is ignored): node 0 is the root; each node
    // has its next characters (_keys) and their nodes (_children), the root's also by character code (_root, 0 for
    // none), and where a spelling ends, the first place of that spelling in the engine's order (_ends). The spellings
    // are ASCII, so no node has a character past 127. Arrays, read at every candidate place of every unit (a list's
    // indexer is a call): the tree is grown in lists (Tree) and kept as arrays.
    private readonly string[] _keys;
    private readonly int[][] _children;
    private readonly int[] _root = new int[128];
    private readonly int[] _ends;
    private readonly SearchValues<char> _starts;
    // Words one of which every phrase holds, looked for before the phrases (RequiredWords); null when no few words do.
    private readonly SearchValues<string>? _required;
    // Whether a required word has a k, which under IgnoreCase the text may write as the Kelvin sign that the search for
    // the words does not fold: a text with that sign is matched without the search.
    private readonly bool _requiredHasK;

    private const int NoPhrase = int.MaxValue;

    private LiteralAlternation(string pattern, RegexOptions options, TimeSpan timeout, List<string> phrases)
        : base(pattern, options, timeout)
    {
        _ignoreCase = options.HasFlag(RegexOptions.IgnoreCase);
        var tree = new Tree(_root);
        for (var order = 0; order < phrases.Count; order++)
            tree.Add(_ignoreCase ? phrases[order].ToLowerInvariant() : phrases[order], order);
        (_keys, _children, _ends) = ([.. tree.Keys], [.. tree.Children], [.. tree.Ends]);
        var starts = new HashSet<char>(_keys[0]);
        if (_ignoreCase)
        {
            foreach (var c in _keys[0].Where(char.IsAsciiLetterLower))
                starts.Add(char.ToUpperInvariant(c));
            // Under IgnoreCase the engine reads the Kelvin sign as a k.
            if (starts.Contains('k'))
                starts.Add(Kelvin);
        }
        _starts = SearchValues.Create([.. starts]);
        if (RequiredWords([.. tree.Spellings]) is { } required)
        {
            _required = SearchValues.Create([.. required], _ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
            _requiredHasK = _ignoreCase && required.Exists(w => w.Contains('k'));
        }
    }

    // At most this many required words: a search for more costs about what the phrases' own does.
    private const int MostRequired = 8;

    // Required words are runs of at least this many ASCII letters: shorter ones ("in", "of") are everywhere.
    private const int ShortestRequired = 4;

    /// <summary>
    /// A few words one of which every phrase holds (as written, or lower-cased when case is ignored), or null: chosen
    /// greedily among the phrases' runs of ASCII letters, each time the one that covers the most phrases not yet covered,
    /// weighed by its length (a long word shared by many phrases is rare in text: "familiar", "briefed", not "with").
    /// A text that holds none of them holds no phrase.
    /// </summary>
    internal static List<string>? RequiredWords(IReadOnlyList<string> phrases)
    {
        // Each run of letters with the phrases that hold it, so that a choice counts its phrases without reading them
        // again (a list of 540 phrases is built when a one-file run first needs it).
        var holders = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < phrases.Count; i++)
        {
            var any = false;
            foreach (var run in LetterRuns(phrases[i]))
            {
                if (run.Length < ShortestRequired)
                    continue;
                any = true;
                if (!holders.TryGetValue(run, out var held))
                    holders[run] = held = [];
                if (held.Count == 0 || held[^1] != i)
                    held.Add(i);
            }
            if (!any)
                return null;
        }
        var covered = new bool[phrases.Count];
        var left = phrases.Count;
        var chosen = new List<string>();
        while (left > 0)
        {
            if (chosen.Count == MostRequired)
                return null;
            var (best, bestWeight) = ("", 0);
            foreach (var (word, held) in holders)
            {
                var weight = held.Count(i => !covered[i]) * word.Length;
                if (weight > bestWeight || (weight == bestWeight && weight > 0 && string.CompareOrdinal(word, best) < 0))
                    (best, bestWeight) = (word, weight);
            }
            chosen.Add(best);
            foreach (var i in holders[best])
            {
                if (!covered[i])
                    (covered[i], left) = (true, left - 1);
            }
        }
        return chosen;
    }

    private static IEnumerable<string> LetterRuns(string phrase)
    {
        var start = -1;
        for (var i = 0; i <= phrase.Length; i++)
        {
            var letter = i < phrase.Length && char.IsAsciiLetter(phrase[i]);
            if (letter && start < 0)
                start = i;
            else if (!letter && start >= 0)
            {
                yield return phrase[start..i];
                start = -1;
            }
        }
    }

    /// <summary>True when the matcher looks for required words before the phrases (tests).</summary>
    internal bool HasRequiredWords => _required is not null;

    private const char Kelvin = '\u212A';

    /// <summary>
    /// The pattern as a list of phrases, or null when it is not one: not made by PackPattern.Create with whole-word edges,
    /// or holding anything but ASCII text, escaped punctuation, classes of single characters, optional parts and
    /// non-capturing alternations.
    /// </summary>
    public static LiteralAlternation? TryCreate(string pattern, RegexOptions options, TimeSpan timeout)
    {
        if (!TakesOptions(options) || Phrases(pattern) is not { } phrases)
            return null;
        return new LiteralAlternation(pattern, options, timeout, phrases);
    }

    /// <summary>
    /// The phrases a whole-word pattern matches, in the order the engine tries them, or null when it is not a list of
    /// phrases (see <see cref="TryCreate"/>).
    /// </summary>
    internal static List<string>? Phrases(string pattern)
    {
        if (!pattern.StartsWith(WordStart, StringComparison.Ordinal) || !pattern.EndsWith(WordEnd, StringComparison.Ordinal)
            || pattern.Length < WordStart.Length + WordEnd.Length || pattern.Length > LongestPattern)
            return null;
        var inner = pattern[WordStart.Length..^WordEnd.Length];
        var at = 0;
        var phrases = Alternation(inner, ref at, depth: 0);
        // Text left over is a ')' that closes the edges' group early ("a)|(?:b"): the engine reads that otherwise.
        if (phrases is null || at != inner.Length || phrases.Count == 0 || phrases.Any(p => p.Length == 0))
            return null;
        return phrases;
    }

    // branch ('|' branch)*, up to a ')' or the end.
    private static List<string>? Alternation(string text, ref int at, int depth)
    {
        var all = new List<string>();
        while (true)
        {
            if (Sequence(text, ref at, depth) is not { } branch || all.Count + branch.Count > MostPhrases)
                return null;
            all.AddRange(branch);
            if (at < text.Length && text[at] == '|')
            {
                at++;
                continue;
            }
            return all;
        }
    }

    // atom ('?')* ..., each atom's spellings joined to those before it: the engine tries the first choice of the first
    // atom with every choice after it before its second choice, so the product keeps that order.
    private static List<string>? Sequence(string text, ref int at, int depth)
    {
        List<string> spellings = [""];
        while (at < text.Length && text[at] is not ('|' or ')'))
        {
            if (Atom(text, ref at, depth) is not { } choices)
                return null;
            if (at < text.Length && text[at] == '?')
            {
                at++;
                // A lazy '??' tries the shorter reading first; a quantifier after '?' is not a list.
                if (at < text.Length && text[at] is '?' or '*' or '+' or '{')
                    return null;
                // Greedy: with the part first, then without.
                choices = [.. choices, ""];
            }
            if (at < text.Length && text[at] is '*' or '+' or '{')
                return null;
            if ((long)spellings.Count * choices.Count > MostPhrases)
                return null;
            spellings = [.. spellings.SelectMany(s => choices.Select(c => s + c))];
        }
        return spellings;
    }

    private static List<string>? Atom(string text, ref int at, int depth)
    {
        var c = text[at];
        switch (c)
        {
            case '(':
            {
                if (at + 2 >= text.Length || text[at + 1] != '?' || text[at + 2] != ':')
                    return null;
                at += 3;
                // A pack's pattern is read here before the engine parses it: groups nested deeper than a list of
                // phrases needs are left to the engine rather than to this reader's stack.
                if (depth >= DeepestGroup)
                    return null;
                var inner = Alternation(text, ref at, depth + 1);
                if (inner is null || at >= text.Length || text[at] != ')')
                    return null;
                at++;
                return inner;
            }
            case '[':
            {
                var chars = new List<string>();
                at++;
                while (at < text.Length && text[at] != ']')
                {
                    if (!IsPlain(text[at]) || text[at] is '^' or '-' or '[')
                        return null;
                    chars.Add(text[at].ToString());
                    at++;
                }
                if (at >= text.Length || chars.Count == 0)
                    return null;
                at++;
                return chars;
            }
            case '\\':
            {
                // An escaped mark is itself; \s, \d, \b, \p{…}, \1 and the like are not text.
                if (at + 1 >= text.Length || !IsPlain(text[at + 1]) || char.IsAsciiLetterOrDigit(text[at + 1]) || text[at + 1] == '_')
                    return null;
                at += 2;
                return [text[at - 1].ToString()];
            }
            default:
                if (!IsPlain(c) || c is '.' or '^' or '$' or '*' or '+' or '?' or '{' or '}' or ']')
                    return null;
                at++;
                return [c.ToString()];
        }
    }

    // Printable ASCII: IgnoreCase pairs each letter with its other case and nothing else (but k, the Kelvin sign too).
    private static bool IsPlain(char c) => c is >= ' ' and <= '~';

    // The next match from start on: its start and length, or (-1, 0).
    protected override (int Start, int Length) Next(ReadOnlySpan<char> text, int start)
    {
        // Most texts hold none of a list's phrases: when they hold none of its required words, they are not read for them.
        if (_required is not null && text[start..].IndexOfAny(_required) < 0 && !(_requiredHasK && text[start..].Contains(Kelvin)))
            return (-1, 0);
        var pos = start;
        while (pos < text.Length)
        {
            var found = text[pos..].IndexOfAny(_starts);
            if (found < 0)
                break;
            pos += found;
            if (pos == 0 || !IsWordCharacter(text[pos - 1]))
            {
                var length = LengthAt(text, pos);
                if (length > 0)
                    return (pos, length);
            }
            // Nothing matches here, nor anywhere else inside the word this begins or is in (the leading edge fails there).
            pos = IsWordCharacter(text[pos]) ? EndOfWord(text, pos + 1) : pos + 1;
        }
        return (-1, 0);
    }

    // The tree as it grows, one phrase at a time; the root's children by character go straight into root.
    private sealed class Tree(int[] root)
    {
        public List<string> Keys { get; } = [""];
        public List<int[]> Children { get; } = [[]];
        public List<int> Ends { get; } = [NoPhrase];

        // The phrases as added (lower-cased when case is ignored).
        public List<string> Spellings { get; } = [];

        public void Add(string phrase, int order)
        {
            Spellings.Add(phrase);
            var node = 0;
            foreach (var c in phrase)
            {
                var at = Keys[node].IndexOf(c);
                if (at >= 0)
                {
                    node = Children[node][at];
                    continue;
                }
                var child = Keys.Count;
                Keys[node] += c;
                Children[node] = [.. Children[node], child];
                Keys.Add("");
                Children.Add([]);
                Ends.Add(NoPhrase);
                if (node == 0)
                    root[c] = child;
                node = child;
            }
            Ends[node] = Math.Min(Ends[node], order);
        }
    }

    // The length of the first phrase (in the engine's order) that matches at pos and ends a word, or 0: the tree is walked
    // as far as the text follows it, and of the phrases that end on the way at the end of a word, the earliest wins.
    private int LengthAt(ReadOnlySpan<char> text, int pos)
    {
        var (best, bestLength) = (NoPhrase, 0);
        var node = 0;
        for (var i = pos; i < text.Length; i++)
        {
            var c = Folded(text[i]);
            if (c >= 128)
                break;
            if (node == 0)
                node = _root[c];
            else
                node = Child(node, c);
            if (node == 0)
                break;
            var end = i + 1;
            if (_ends[node] < best && (end == text.Length || !IsWordCharacter(text[end])))
                (best, bestLength) = (_ends[node], end - pos);
        }
        return bestLength;
    }

    // The node after node for c, or 0. A node has few next characters: a loop, not a search.
    private int Child(int node, char c)
    {
        var keys = _keys[node];
        for (var k = 0; k < keys.Length; k++)
        {
            if (keys[k] == c)
                return _children[node][k];
        }
        return 0;
    }

    // The character as the tree spells it: under IgnoreCase a capital as its small letter, and the Kelvin sign as k.
    private char Folded(char c) =>
        !_ignoreCase ? c : char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c == Kelvin ? 'k' : c;
}
