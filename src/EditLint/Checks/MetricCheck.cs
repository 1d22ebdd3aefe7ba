using EditLint.Text;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace EditLint.Checks;

/// <summary>
/// <c>metric</c>: a formula over counts of the unit — <c>words</c>, <c>sentences</c>, <c>syllables</c>,
/// <c>characters</c> (letters and digits), <c>complex_words</c> (three syllables or more), <c>long_words</c> (seven
/// letters or more) — compared with <c>condition</c> ("&gt; 30"). Readability scores are formulas (Flesch–Kincaid
/// grade: <c>0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59</c>). Message argument {0} is the value.
/// </summary>
public sealed partial class MetricCheck : Check
{
    private readonly Formula _formula;
    private readonly string _operator;
    private readonly double _limit;
    private readonly int _minimumWords;

    /// <summary>Creates the check; <paramref name="minimumWords"/> skips units too short for the formula to mean anything.</summary>
    public MetricCheck(Formula formula, string comparison, double limit, int minimumWords)
    {
        _formula = formula.BoundTo(CountOrder);
        _operator = comparison;
        _limit = limit;
        _minimumWords = minimumWords;
    }

    /// <summary>Parses a condition such as "&gt; 30" or "&lt;= 0.5".</summary>
    public static bool TryParseCondition(string text, out string comparison, out double limit)
    {
        var match = Condition().Match(text);
        comparison = match.Success ? match.Groups[1].Value : "";
        limit = 0;
        return match.Success && double.TryParse(match.Groups[2].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out limit);
    }

    /// <inheritdoc />
    public override IEnumerable<CheckMatch> Run(CheckUnit unit, TermFilter exceptions)
    {
        // The counts on the stack, each at its name's place in CountOrder, and the formula bound to those places: a
        // table of counts by name was filled and read by hashing the names, for every sentence and paragraph.
        Span<double> counts = stackalloc double[CountOrder.Length];
        Fill(counts, unit.Text, _formula.Names);
        if (counts[Words] < Math.Max(1, _minimumWords))
            return [];
        var value = _formula.Evaluate(counts);
        var hit = _operator switch
        {
            ">" => value > _limit,
            ">=" => value >= _limit,
            "<" => value < _limit,
            "<=" => value <= _limit,
            "==" => Math.Abs(value - _limit) < 1e-9,
            _ => Math.Abs(value - _limit) >= 1e-9,
        };
        if (!hit || double.IsNaN(value) || double.IsInfinity(value))
            return [];
        var text = unit.Text.TrimEnd();
        var start = text.Length - text.TrimStart().Length;
        return [new CheckMatch(start, text.Length - start, [value.ToString(value == Math.Floor(value) ? "0" : "0.0", CultureInfo.InvariantCulture)])];
    }

    // The counts in the order Fill writes them; words first.
    private static readonly string[] CountOrder = ["words", "sentences", "syllables", "characters", "complex_words", "long_words"];
    private const int Words = 0;

    /// <summary>The names of the counts a formula can use (<see cref="Count"/>'s keys).</summary>
    public static IReadOnlySet<string> CountNames { get; } = new HashSet<string>(CountOrder, StringComparer.Ordinal);

    /// <summary>
    /// The counts a formula can use, for <paramref name="text"/>: all of them, or the words and those in
    /// <paramref name="needed"/> (the others are 0: a formula of words alone, as EL4107's, need not count syllables).
    /// </summary>
    public static Dictionary<string, double> Count(string text, IReadOnlySet<string>? needed = null)
    {
        Span<double> values = stackalloc double[CountOrder.Length];
        Fill(values, text, needed);
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < CountOrder.Length; i++)
            counts[CountOrder[i]] = values[i];
        return counts;
    }

    private static void Fill(Span<double> counts, string text, IReadOnlySet<string>? needed)
    {
        var bySyllables = needed is null || needed.Contains("syllables") || needed.Contains("complex_words");
        var byLetters = needed is null || needed.Contains("characters") || needed.Contains("long_words");
        // Counted word by word from spans: a match object and a string per word cost more than the counting itself
        // (a paragraph of two million words allocated half a gigabyte).
        int words = 0, syllables = 0, characters = 0, complex = 0, longWords = 0;
        for (var at = 0; NextWord(text, ref at) is var word && !word.IsEmpty;)
        {
            words++;
            var span = word;
            if (bySyllables)
            {
                var s = Syllables(span);
                syllables += s;
                complex += s >= 3 ? 1 : 0;
            }
            if (byLetters)
            {
                int lettersOrDigits = 0, letters = 0;
                foreach (var c in span)
                {
                    lettersOrDigits += char.IsLetterOrDigit(c) ? 1 : 0;
                    letters += char.IsLetter(c) ? 1 : 0;
                }
                characters += lettersOrDigits;
                longWords += letters >= 7 ? 1 : 0;
            }
        }
        var sentences = needed is null || needed.Contains("sentences") ? Sentences(text) : 0;
        (counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]) = (words, sentences, syllables, characters, complex, longWords);
    }

    private static int Sentences(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        int ends = 0, lastEnd = -1;
        foreach (var end in SentenceEnd().EnumerateMatches(trimmed))
        {
            ends++;
            lastEnd = end.Index + end.Length;
        }
        // Text after the last full stop is a sentence too (a headline, a quote cut short).
        return ends + (ends > 0 && lastEnd == trimmed.Length ? 0 : 1);
    }

    /// <summary>Vowel groups, less a silent final e: the usual estimate, good enough for readability scores.</summary>
    public static int Syllables(string word) => Syllables(word.AsSpan());

    private static int Syllables(ReadOnlySpan<char> word)
    {
        // Without a branch per letter: vowels and consonants alternate as the word goes, which a branch mispredicts
        // (the syllables were a third of the readability counts).
        var count = 0;
        var previous = 0;
        foreach (var c in word)
        {
            var vowel = VowelBit(c);
            count += vowel & ~previous;
            previous = vowel;
        }
        if (word.Length > 2 && char.ToLowerInvariant(word[^1]) == 'e' && char.ToLowerInvariant(word[^2]) != 'l' && count > 1)
            count--;
        return Math.Max(1, count);
    }

    /// <summary>
    /// A vowel as the invariant lower case reads it: a, e, i, o, u or y in either case (no other character lowers to one,
    /// 'İ' included), told without lowering each letter of every paragraph. Syllables reads it as a number (VowelBit).
    /// </summary>
    internal static bool IsVowel(char c) => VowelBit(c) == 1;

    // A vowel as 1, anything else 0: (c | 0x20) is a, e, i, o, u or y when it is that letter's place in a mask of the
    // vowels' places after 'a', among the 32 characters from 'a' on.
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // called for every letter of every paragraph
    private static int VowelBit(char c)
    {
        var place = (uint)((c | 0x20) - 'a');
        return (int)((VowelPlaces >> (int)(place & 31)) & 1) & (place < 32 ? 1 : 0);
    }

    private const uint VowelPlaces = (1u << ('a' - 'a')) | (1u << ('e' - 'a')) | (1u << ('i' - 'a')) | (1u << ('o' - 'a')) | (1u << ('u' - 'a')) | (1u << ('y' - 'a'));

    /// <summary>
    /// The next word from <paramref name="at"/> on, which moves past it; empty when there is none. A word is a run of
    /// letters and digits (<c>\p{L}</c>, <c>\p{N}</c>), joined by an apostrophe or a hyphen between two of them ("don't",
    /// "well-known"): what the pattern <c>[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*</c> matches, read by hand because the
    /// counts read every word of every sentence and paragraph.
    /// </summary>
    internal static ReadOnlySpan<char> NextWord(string text, ref int at)
    {
        var i = at;
        while (i < text.Length && !WordCharacters.IsLetterOrNumber(text[i]))
            i++;
        if (i == text.Length)
        {
            at = i;
            return [];
        }
        var start = i;
        while (true)
        {
            while (i < text.Length && WordCharacters.IsLetterOrNumber(text[i]))
                i++;
            if (i + 1 < text.Length && text[i] is '\'' or '’' or '-' && WordCharacters.IsLetterOrNumber(text[i + 1]))
                i += 2;
            else
                break;
        }
        at = i;
        return text.AsSpan(start, i - start);
    }

    [GeneratedRegex(@"[.!?]+[""'”’)\]]*(?=\s|$)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^\s*(>=|<=|==|!=|>|<)\s*(-?\d+(?:\.\d+)?)\s*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Condition();
}

/// <summary>
/// An arithmetic formula over named counts: numbers, names, + - * / and parentheses. It is kept in postfix order and
/// evaluated with a stack, so a formula of any length costs no call depth; only brackets and signs nest, up to
/// <see cref="MaxDepth"/>.
/// </summary>
public sealed class Formula
{
    /// <summary>How deep brackets and signs may nest; a readability score needs three or four.</summary>
    public const int MaxDepth = 100;

    private readonly Step[] _steps;

    private Formula(Step[] steps)
    {
        _steps = steps;
        Names = steps.Where(s => s.Op == 'v').Select(s => s.Name!).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The counts the formula reads.</summary>
    public IReadOnlySet<string> Names { get; }

    /// <summary>
    /// The same formula reading each count from its place in <paramref name="order"/>, for <see cref="Evaluate(ReadOnlySpan{double})"/>:
    /// a check that evaluates it for every unit need not look the counts up by name.
    /// </summary>
    public Formula BoundTo(IReadOnlyList<string> order)
    {
        var steps = new Step[_steps.Length];
        for (var i = 0; i < steps.Length; i++)
        {
            var step = _steps[i];
            var slot = step.Op == 'v' ? IndexOf(order, step.Name!) : -1;
            if (step.Op == 'v' && slot < 0)
                throw new ArgumentException($"the count '{step.Name}' has no place", nameof(order));
            steps[i] = step with { Slot = slot };
        }
        return new Formula(steps);
    }

    private static int IndexOf(IReadOnlyList<string> order, string name)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == name)
                return i;
        }
        return -1;
    }

    /// <summary>The value for <paramref name="counts"/>.</summary>
    public double Evaluate(IReadOnlyDictionary<string, double> counts) => Run([], counts);

    /// <summary>The value for the counts at the places <see cref="BoundTo"/> gave.</summary>
    public double Evaluate(ReadOnlySpan<double> counts) => Run(counts, null);

    // The counts by place, or by name when byName is given.
    private double Run(ReadOnlySpan<double> bySlot, IReadOnlyDictionary<string, double>? byName)
    {
        // A stack: no step pushes more than one value. On the machine's stack for a formula of ordinary length. (Not
        // Stack<double>: generic framework code over a value type, which a one-file run compiled at start-up.)
        Span<double> stack = _steps.Length <= 64 ? stackalloc double[_steps.Length] : new double[_steps.Length];
        var top = -1;
        foreach (var step in _steps)
        {
            switch (step.Op)
            {
                case 'n':
                    stack[++top] = step.Number;
                    break;
                case 'v':
                    stack[++top] = byName is null ? bySlot[step.Slot] : byName[step.Name!];
                    break;
                case '~':
                    stack[top] = -stack[top];
                    break;
                default:
                    var right = stack[top--];
                    var left = stack[top];
                    stack[top] = step.Op switch { '+' => left + right, '-' => left - right, '*' => left * right, _ => left / right };
                    break;
            }
        }
        return stack[top];
    }

    /// <summary>Parses <paramref name="text"/>; <paramref name="error"/> says what is wrong when it returns null.</summary>
    public static Formula? TryParse(string text, IReadOnlySet<string> names, out string? error)
    {
        var parser = new Parser(text, names);
        try
        {
            parser.Expression(0);
            parser.SkipSpace();
            if (!parser.AtEnd)
                throw new FormatException($"unexpected '{parser.Rest}'");
            error = null;
            return new Formula([.. parser.Steps]);
        }
        catch (FormatException e)
        {
            error = e.Message;
            return null;
        }
    }

    // One postfix step: 'n' a number, 'v' a count by name (and by place once bound), '~' negation, or a binary operator.
    private sealed record Step(char Op, double Number = 0, string? Name = null, int Slot = -1);

    private sealed class Parser(string text, IReadOnlySet<string> names)
    {
        private int _at;

        public List<Step> Steps { get; } = [];

        public bool AtEnd => _at >= text.Length;

        public string Rest => text.Length - _at > 40 ? string.Concat(text.AsSpan(_at, 40), "…") : text[_at..];

        public void SkipSpace()
        {
            while (_at < text.Length && char.IsWhiteSpace(text[_at]))
                _at++;
        }

        public void Expression(int depth)
        {
            Term(depth);
            while (true)
            {
                SkipSpace();
                if (AtEnd || text[_at] is not ('+' or '-'))
                    return;
                var op = text[_at++];
                Term(depth);
                Steps.Add(new Step(op));
            }
        }

        private void Term(int depth)
        {
            Factor(depth);
            while (true)
            {
                SkipSpace();
                if (AtEnd || text[_at] is not ('*' or '/'))
                    return;
                var op = text[_at++];
                Factor(depth);
                Steps.Add(new Step(op));
            }
        }

        private void Factor(int depth)
        {
            SkipSpace();
            if (AtEnd)
                throw new FormatException("the formula ends too early");
            var c = text[_at];
            if (c is '(' or '-' && depth >= MaxDepth)
                throw new FormatException($"brackets and signs nest more than {MaxDepth} deep at character {_at + 1}");
            if (c == '(')
            {
                _at++;
                Expression(depth + 1);
                SkipSpace();
                if (AtEnd || text[_at] != ')')
                    throw new FormatException("a '(' is not closed");
                _at++;
                return;
            }
            if (c == '-')
            {
                _at++;
                Factor(depth + 1);
                Steps.Add(new Step('~'));
                return;
            }
            var start = _at;
            if (char.IsDigit(c) || c == '.')
            {
                while (_at < text.Length && (char.IsDigit(text[_at]) || text[_at] == '.'))
                    _at++;
                if (!double.TryParse(text.AsSpan(start, _at - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    throw new FormatException($"'{text[start.._at]}' is not a number");
                Steps.Add(new Step('n', number));
                return;
            }
            if (char.IsLetter(c) || c == '_')
            {
                while (_at < text.Length && (char.IsLetterOrDigit(text[_at]) || text[_at] == '_'))
                    _at++;
                var name = text[start.._at];
                if (!names.Contains(name))
                    throw new FormatException($"unknown count '{name}'; use {string.Join(", ", names.Order(StringComparer.Ordinal))}");
                Steps.Add(new Step('v', Name: name));
                return;
            }
            throw new FormatException($"unexpected '{c}'");
        }
    }
}
