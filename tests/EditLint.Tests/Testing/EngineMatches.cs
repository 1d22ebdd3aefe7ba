using System.Text.RegularExpressions;
using Xunit;

namespace EditLint.Tests.Testing;

/// <summary>A pattern matched by code written for it, against the regex engine on the same pattern and options.</summary>
internal static class EngineMatches
{
    /// <summary>
    /// Asserts that <paramref name="handWritten"/> (null: it was not taken) matches <paramref name="text"/> where the engine
    /// does, through Matches, EnumerateMatches and IsMatch, and through a check's budget (which asks it directly, from the
    /// start and from the middle of the text); returns how many matches there are.
    /// </summary>
    public static int AssertSame(Regex? handWritten, string text)
    {
        Assert.NotNull(handWritten);
        var engine = new Regex(handWritten.ToString(), handWritten.Options);
        var expected = engine.Matches(text).Select(m => (m.Index, m.Length)).ToList();
        var actual = handWritten.Matches(text).Select(m => (m.Index, m.Length)).ToList();
        Assert.True(expected.SequenceEqual(actual),
            $"{handWritten} ({handWritten.Options}) on \"{text}\": the engine {string.Join(", ", expected)}, written by hand {string.Join(", ", actual)}");
        var places = new List<(int, int)>();
        foreach (var m in handWritten.EnumerateMatches(text))
            places.Add((m.Index, m.Length));
        Assert.Equal(expected, places);
        Assert.Equal(engine.IsMatch(text), handWritten.IsMatch(text));
        Assert.Equal(engine.IsMatch(text), EditLint.Checks.PatternBudget.None.IsMatch(handWritten, text));
        foreach (var startat in new[] { 0, text.Length / 2, text.Length })
        {
            var fromThere = new List<(int, int)>();
            foreach (var m in engine.EnumerateMatches(text, startat))
                fromThere.Add((m.Index, m.Length));
            var budgeted = new List<(int, int)>();
            foreach (var m in EditLint.Checks.PatternBudget.None.EnumerateMatches(handWritten, text, startat))
                budgeted.Add((m.Index, m.Length));
            Assert.True(fromThere.SequenceEqual(budgeted),
                $"{handWritten} on \"{text}\" from {startat}: the engine {string.Join(", ", fromThere)}, the budget {string.Join(", ", budgeted)}");
        }
        return expected.Count;
    }
}
