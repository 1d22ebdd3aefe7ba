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
            if (fix is null || fix.Edits.Any(e => e.Span.End > length || plan._edits.Any(chosen => Overlap(chosen.Span, e.Span)))
                || Overlapping(fix.Edits))
                continue;
            plan._edits.AddRange(fix.Edits);
            plan.Count++;
        }
        plan._edits.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return plan;
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
