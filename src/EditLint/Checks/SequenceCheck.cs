using System.Text.RegularExpressions;

namespace EditLint.Checks;

/// <summary>One step of a <see cref="SequenceCheck"/>: a word pattern, whether it must not match, and how many words may come before it.</summary>
public sealed record SequenceStep(Regex Pattern, bool Negate, int Skip)
{
    /// <summary>
    /// The step's pattern unanchored: a unit in which it occurs nowhere cannot hold a sequence starting with this step,
    /// so the first step's is tried once on the whole unit before any word is (a million words of a long document need
    /// not each be matched against "NATO").
    /// </summary>
    public Regex? Presence { get; init; }
}

/// <summary>
/// <c>sequence</c>: consecutive words that match the listed token patterns in order ("NATO" then "Secretary-General");
/// a step may allow up to <c>skip</c> other words before it, and a <c>negate</c> step is one word that must not match.
/// Message argument {0} is the matched words.
/// </summary>
public sealed partial class SequenceCheck(IReadOnlyList<SequenceStep> steps, string? fix) : Check
{
    /// <inheritdoc />
    public override IEnumerable<CheckMatch> Run(CheckUnit unit, TermFilter exceptions) =>
        // Only on units of ordinary length: on a huge one, one match over all of it could run into the timeout where
        // matching word by word does not. Asked before the walk's iterator is made: most units fail it.
        steps[0] is { Negate: false, Presence: { } presence } && unit.Text.Length <= PresenceUpTo && !unit.IsMatch(presence, unit.Text)
            ? []
            : Walk(unit, exceptions);

    private IEnumerable<CheckMatch> Walk(CheckUnit unit, TermFilter exceptions)
    {
        var words = Word().Matches(unit.Text).ToList();
        var next = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (i < next || !Matches(unit, steps[0], words[i]))
                continue;
            var end = Follow(unit, words, i + 1, 1);
            if (end < 0)
                continue;
            var start = words[i].Index;
            var length = words[end].Index + words[end].Length - start;
            if (!exceptions.Skips(unit.Text, start, length))
                yield return new CheckMatch(start, length, [unit.Text.Substring(start, length)], fix);
            next = end + 1;
        }
    }

    // Index of the last word of a match of steps[step..] starting at word `at`, or -1.
    private int Follow(CheckUnit unit, List<Match> words, int at, int step)
    {
        if (step == steps.Count)
            return at - 1;
        var current = steps[step];
        for (var skipped = 0; skipped <= current.Skip && at + skipped < words.Count; skipped++)
        {
            if (Matches(unit, current, words[at + skipped]))
            {
                var end = Follow(unit, words, at + skipped + 1, step + 1);
                if (end >= 0)
                    return end;
            }
        }
        return -1;
    }

    // Step patterns are anchored (^…$) when the pack is loaded, so a match is a whole word.
    private static bool Matches(CheckUnit unit, SequenceStep step, Match word) => unit.IsMatch(step.Pattern, word.Value) != step.Negate;

    private const int PresenceUpTo = 100_000;

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Word();
}
