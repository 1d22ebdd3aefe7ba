using EditLint.Text;

namespace EditLint.Tests.Testing;

/// <summary>An expected finding: rule ID and span in the clean text.</summary>
public sealed record ExpectedFinding(string Id, TextSpan Span);

/// <summary>
/// Parses Roslyn-style test markup: <c>{|EL4002:text|}</c> expects a finding of EL4002 exactly on "text";
/// <c>[|text|]</c> is shorthand for the tester's own rule. Markers nest. Everything else is the input as is.
/// </summary>
public static class Markup
{
    /// <summary>The input without markers, and the findings the markers expect.</summary>
    public static (string Text, List<ExpectedFinding> Expected) Parse(string markup, string? defaultId)
    {
        var text = new System.Text.StringBuilder(markup.Length);
        var open = new Stack<(string? Id, int Start, char Closer)>();
        var expected = new List<ExpectedFinding>();
        var i = 0;
        while (i < markup.Length)
        {
            if (Starts(markup, i, "{|"))
            {
                var colon = markup.IndexOf(':', i + 2);
                if (colon < 0)
                    throw new FormatException($"'{{|' at {i} has no ':' after its rule ID.");
                open.Push((markup[(i + 2)..colon], text.Length, '}'));
                i = colon + 1;
            }
            else if (Starts(markup, i, "[|"))
            {
                open.Push((defaultId ?? throw new FormatException("'[|' needs a tester with one rule."), text.Length, ']'));
                i += 2;
            }
            else if (Starts(markup, i, "|}") || Starts(markup, i, "|]"))
            {
                if (open.Count == 0 || open.Peek().Closer != markup[i + 1])
                    throw new FormatException($"Unmatched '{markup.Substring(i, 2)}' at {i}.");
                var (id, start, _) = open.Pop();
                expected.Add(new ExpectedFinding(id!, TextSpan.FromBounds(start, text.Length)));
                i += 2;
            }
            else
            {
                text.Append(markup[i++]);
            }
        }
        if (open.Count > 0)
            throw new FormatException("A '{|' or '[|' marker is never closed.");
        return (text.ToString(), expected);
    }

    /// <summary>The text with findings written back in as markup, for readable failure messages.</summary>
    public static string Render(string text, IEnumerable<ExpectedFinding> findings)
    {
        var inserts = new List<(int At, int Order, string Marker)>();
        foreach (var f in findings)
        {
            inserts.Add((f.Span.Start, 1, "{|" + f.Id + ":"));
            inserts.Add((f.Span.End, 0, "|}"));
        }
        var builder = new System.Text.StringBuilder(text);
        foreach (var (at, _, marker) in inserts.OrderByDescending(x => x.At).ThenBy(x => x.Order))
            builder.Insert(at, marker);
        return builder.ToString();
    }

    private static bool Starts(string s, int i, string token) => string.CompareOrdinal(s, i, token, 0, token.Length) == 0;
}
