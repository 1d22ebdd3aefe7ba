using System.Text.RegularExpressions;
using EditLint.Text;

namespace EditLint.Checks;

/// <summary>
/// A stretch of prose a check looks at (one heading, paragraph, sentence or quote, the headline, or the whole body),
/// with the map from its characters back to the source.
/// </summary>
public sealed class CheckUnit
{
    private readonly Func<int, int, TextSpan> _toSource;

    /// <summary>Creates a unit over <paramref name="text"/>.</summary>
    public CheckUnit(string text, Func<int, int, TextSpan> toSource)
    {
        Text = text;
        _toSource = toSource;
    }

    /// <summary>The prose.</summary>
    public string Text { get; }

    /// <summary>The time the rule's patterns may still take on this document.</summary>
    public PatternBudget Budget { get; private init; } = PatternBudget.None;

    /// <summary>This unit under <paramref name="budget"/>.</summary>
    public CheckUnit WithBudget(PatternBudget budget) => new(Text, _toSource) { Budget = budget };

    /// <summary>The matches of <paramref name="pattern"/> in the unit from <paramref name="startat"/> on, within the budget.</summary>
    public PatternBudget.BudgetedMatchObjects Matches(Regex pattern, int startat = 0) => Budget.Matches(pattern, Text, startat);

    /// <summary>Where <paramref name="pattern"/> matches in the unit, within the budget (no <see cref="Match"/> objects).</summary>
    public PatternBudget.BudgetedMatches EnumerateMatches(Regex pattern, int startat = 0) => Budget.EnumerateMatches(pattern, Text, startat);

    /// <summary>Whether <paramref name="pattern"/> matches <paramref name="text"/> (the unit or part of it), within the budget.</summary>
    public bool IsMatch(Regex pattern, string text) => Budget.IsMatch(pattern, text);

    /// <summary>The source span of characters [start, start+length).</summary>
    public TextSpan ToSource(int start, int length) => _toSource(start, length);
}

/// <summary>What a check found: a range of the unit, the message arguments and an optional replacement.</summary>
// A class: lists and LINQ over a struct are generic framework code compiled at start-up (ReadyToRun has none for it),
// and matches are few.
public sealed record CheckMatch(int Start, int Length, object?[] Args, string? Fix = null);

/// <summary>A parameterised kind of check that YAML rules instantiate.</summary>
public abstract class Check
{
    /// <summary>The findings in one unit.</summary>
    public abstract IEnumerable<CheckMatch> Run(CheckUnit unit, TermFilter exceptions);
}

/// <summary>
/// Exceptions of a rule (and the accepted vocabulary): a match is dropped when its text is one of the terms, or when
/// it lies inside an occurrence of one ("percentage" exempts the "percent" in it).
/// </summary>
public sealed class TermFilter
{
    private readonly string[] _terms;

    /// <summary>Creates a filter over <paramref name="terms"/>, compared case-insensitively.</summary>
    public TermFilter(IEnumerable<string> terms) => _terms = [.. terms.Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>No exceptions.</summary>
    public static TermFilter None { get; } = new([]);

    /// <summary>The same filter with more terms.</summary>
    public TermFilter With(IEnumerable<string> terms) => new(_terms.Concat(terms));

    /// <summary>True when the match at [start, start+length) of <paramref name="text"/> is exempt.</summary>
    public bool Skips(string text, int start, int length)
    {
        if (_terms.Length == 0)
            return false;
        var match = text.AsSpan(start, length);
        foreach (var term in _terms)
        {
            if (match.Equals(term, StringComparison.OrdinalIgnoreCase))
                return true;
            if (term.Length <= length)
                continue;
            // An occurrence of the term that contains the match.
            var from = Math.Max(0, start + length - term.Length);
            var to = Math.Min(start, text.Length - term.Length);
            for (var s = from; s <= to; s++)
            {
                if (text.AsSpan(s, term.Length).Equals(term, StringComparison.OrdinalIgnoreCase) && IsWordEdge(text, s, term.Length))
                    return true;
            }
        }
        return false;
    }

    /// <summary>True when <paramref name="word"/> is one of the terms.</summary>
    public bool Contains(string word) => _terms.Contains(word, StringComparer.OrdinalIgnoreCase);

    private static bool IsWordEdge(string text, int start, int length) =>
        (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (start + length >= text.Length || !char.IsLetterOrDigit(text[start + length]));
}
