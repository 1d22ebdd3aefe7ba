using System.Text;
using EditLint.Diagnostics;
using EditLint.Text;

namespace EditLint.Cli.Fixing;

/// <summary>
/// The fixes one pass applies to one file: for each finding in reading order its first fix that is allowed (safe ones
/// only, unless every fix is), skipped whole when one of its edits touches text an earlier chosen fix edits. What is
/// skipped is left for the next pass, which lints the fixed text again.
/// </summary>
internal sealed class FixPlan
{
    private readonly List<TextEdit> _edits = [];

    private FixPlan()
    {
    }

    /// <summary>How many findings the plan fixes.</summary>
    public int Count { get; private set; }

    /// <summary>The plan for <paramref name="findings"/> of one file whose text is <paramref name="length"/> characters long.</summary>
    public static FixPlan For(IEnumerable<Diagnostic> findings, int length, bool unsafeToo)
    {
        var plan = new FixPlan();
        foreach (var finding in findings)
        {
            if (finding.Severity == Severity.None)
                continue;
            var fix = finding.Fixes.FirstOrDefault(f => (unsafeToo || f.Safe) && f.Edits.Count > 0);
            if (fix is null || fix.Edits.Any(e => e.Span.End > length || plan.Touches(e.Span)) || Overlapping(fix.Edits))
                continue;
            foreach (var edit in fix.Edits)
                plan._edits.Insert(plan.Place(edit.Span), edit);
            plan.Count++;
        }
        return plan;
    }

    // The chosen edits are kept in order and never overlap, so a new one can touch only its neighbours there: a file
    // with a hundred thousand fixes (a 10 MB line of house-style numbers) is planned in n log n, not n².
    private bool Touches(TextSpan span)
    {
        var at = Place(span);
        return (at > 0 && Overlap(_edits[at - 1].Span, span)) || (at < _edits.Count && Overlap(_edits[at].Span, span));
    }

    // Where an edit starting at span.Start goes among the chosen ones (after those that start before it).
    private int Place(TextSpan span)
    {
        var (low, high) = (0, _edits.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_edits[middle].Span.Start < span.Start)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }

    /// <summary><paramref name="text"/> with the plan's edits made.</summary>
    public string Apply(string text)
    {
        var fixedText = new StringBuilder(text.Length);
        var at = 0;
        foreach (var edit in _edits)
        {
            fixedText.Append(text, at, edit.Span.Start - at).Append(edit.NewText);
            at = edit.Span.End;
        }
        return fixedText.Append(text, at, text.Length - at).ToString();
    }

    // Two edits touch the same text, or insert at one place (their order would be a guess).
    private static bool Overlap(TextSpan a, TextSpan b) =>
        (a.Start < b.End && b.Start < a.End) || a.Start == b.Start || (a.Length == 0 && a.Start == b.End) || (b.Length == 0 && b.Start == a.End);

    private static bool Overlapping(IReadOnlyList<TextEdit> edits)
    {
        for (var i = 0; i < edits.Count; i++)
        {
            for (var j = i + 1; j < edits.Count; j++)
            {
                if (Overlap(edits[i].Span, edits[j].Span))
                    return true;
            }
        }
        return false;
    }
}
