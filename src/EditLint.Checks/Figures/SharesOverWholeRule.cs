using EditLint.Semantics.Quotes;
using EditLint.Rules;
using System.Globalization;
using System.Text.RegularExpressions;
using EditLint.Diagnostics;
using EditLint.Semantics;
using EditLint.Semantics.Figures;
using EditLint.Semantics.Lexicons;

namespace EditLint.Checks.Figures;

/// <summary>
/// EL2002: percentages of one whole that add up to more than 100% ("the vote split 55% to 48%"), or a "the
/// remaining 40%" (<see cref="Figure.Remainder"/>) that does not complete the shares before it. Shares are only added
/// up where the sentence says they are exclusive parts of one whole: a split, a division, a breakdown, money that
/// "went to" places, a bracketed list of results; and over a paragraph that reports a poll, shares that each open their
/// sentence with a different answer ("52% backed the plan. 41% opposed it. 9% did not know."). "60% of voters back A and
/// 70% back B" answers two questions and is never added up.
/// </summary>
public sealed class SharesOverWholeRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.SharesOverWhole, "Shares that don't add up",
        "{0}", RuleCategory.Figures, Severity.Warning,
        "Percentages of one whole that sum past 100%, or a 'the rest/remaining X%' that does not complete the total.");

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> Reads { get; } = [typeof(Sentence), typeof(Figure), typeof(Quote)];

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup)
    {
        setup.UseFacts(new SharesOfAWhole());
        setup.UseFacts(new PollsOfAParagraph());
    }

    /// <summary>A sentence's shares, with every share the article states before it (a prefix of one array: linear in the shares).</summary>
    private sealed record SentenceShares(Sentence Sentence, List<Figure> Shares, ArraySegment<Figure> Earlier);

    /// <summary>The shares of one paragraph that each open their sentence or clause with an answer to a question.</summary>
    private sealed record PollAnswers(List<(Figure Share, string Answer)> Answers);

    // The sentences whose shares may break a whole: one with a "the remaining X%", or two shares or more where the
    // sentence says they are parts of one whole (a split, a division, a breakdown).
    private sealed class SharesOfAWhole : EachFact<SentenceShares>
    {
        public override IEnumerable<object> Facts(SemanticModel model)
        {
            var sentences = model.Sentences;
            // Figures come in document order, so one pass cuts them into sentences: linear in the number of figures.
            var figures = model.Figures;
            var all = new List<Figure>();
            var candidates = new List<(Sentence Sentence, List<Figure> Shares, int Earlier)>();
            var start = 0;
            while (start < figures.Count)
            {
                var end = start;
                while (end < figures.Count && figures[end].SentenceIndex == figures[start].SentenceIndex)
                    end++;
                var index = figures[start].SentenceIndex;
                if (index >= 0 && index < sentences.Count)
                {
                    var sentence = sentences[index];
                    var shares = new List<Figure>();
                    for (var i = start; i < end; i++)
                    {
                        if (IsShare(figures[i]) && !IsRateOrComparison(sentence, figures[i]))
                            shares.Add(figures[i]);
                    }
                    if (shares.Count > 0 && MayBreakAWhole(sentence, shares))
                        candidates.Add((sentence, shares, all.Count));
                    all.AddRange(shares);
                }
                start = end;
            }
            var earlier = all.ToArray();
            return candidates.Select(c => new SentenceShares(c.Sentence, c.Shares, new ArraySegment<Figure>(earlier, 0, c.Earlier)));
        }

        protected override void Act(DocumentContext context, SentenceShares fact) => Analyze(context, fact.Sentence, fact.Shares, fact.Earlier);
    }

    private static bool MayBreakAWhole(Sentence sentence, List<Figure> shares) =>
        shares.Any(f => f.Remainder is not null) || (shares.Count >= 2 && Partition.IsMatch(sentence.Text));

    // Poll answers over a paragraph: "52% backed the plan. 41% opposed it. 9% did not know." In a paragraph that reports
    // a poll, shares that each open their sentence (or its clause) with a different answer are the answers to one
    // question, and add up to at most 100%.
    private sealed class PollsOfAParagraph : EachFact<PollAnswers>
    {
        public override IEnumerable<object> Facts(SemanticModel model)
        {
            var sentences = model.Sentences;
            var answers = new List<(Figure Share, string Answer)>();
            Documents.Block? block = null;
            foreach (var f in model.Figures)
            {
                if (f.Block != block)
                {
                    if (answers.Count >= 2)
                        yield return new PollAnswers(answers);
                    answers = [];
                    block = f.Block;
                }
                if (IsShare(f) && f.SentenceIndex >= 0 && f.SentenceIndex < sentences.Count && PollAnswer(sentences[f.SentenceIndex], f) is { } answer)
                    answers.Add((f, answer));
            }
            if (answers.Count >= 2)
                yield return new PollAnswers(answers);
        }

        protected override void Act(DocumentContext context, PollAnswers fact) => ReportPoll(context, fact.Answers);
    }

    private static void ReportPoll(DocumentContext context, List<(Figure Share, string Answer)> answers)
    {
        if (answers.Count < 2 || answers.Select(a => a.Share.SentenceIndex).Distinct().Count() < 2
            || answers.Select(a => a.Answer).Distinct(StringComparer.OrdinalIgnoreCase).Count() < answers.Count
            || !ReportsAPoll(answers[0].Share.Block.Text))
            return;
        foreach (var group in Wholes([.. answers.Select(a => a.Share)]))
            ReportPastTheWhole(context, group, "Poll answers", "another answer to the poll");
    }

    // The answer a share gives when it opens its sentence or a clause of it ("41% opposed it", "…, while 9% did not
    // know", "52% of men backed the plan"): the answer words right after it (and its "of …"), from poll-answers.txt.
    private static string? PollAnswer(Sentence sentence, Figure f)
    {
        var local = f.LocalStart - sentence.LocalStart;
        var text = sentence.Text;
        if (local < 0 || local + f.Length > text.Length)
            return null;
        var before = text.AsSpan(0, local).TrimEnd();
        var clause = before.LastIndexOfAny(',', ';', ':');
        var opening = before[(clause + 1)..].Trim();
        if (!(opening.IsEmpty || opening.Equals("and", StringComparison.OrdinalIgnoreCase) || opening.Equals("while", StringComparison.OrdinalIgnoreCase)
            || opening.Equals("but", StringComparison.OrdinalIgnoreCase)))
            return null;
        var after = text.AsSpan(local + f.Length).TrimStart();
        // "52% of men backed …": past the whole the share is of.
        if (after.StartsWith("of ", StringComparison.OrdinalIgnoreCase))
        {
            var words = 0;
            var at = 0;
            while (at < after.Length && words < 4 && AnswerAt(after[at..]) is null)
            {
                var space = after[at..].IndexOf(' ');
                if (space < 0)
                    return null;
                at += space + 1;
                words++;
            }
            after = after[at..];
        }
        return AnswerAt(after);
    }

    // The answer the text starts with, as a whole word or phrase.
    private static string? AnswerAt(ReadOnlySpan<char> text)
    {
        foreach (var answer in Lexicon.PollAnswers)
        {
            if (text.StartsWith(answer, StringComparison.OrdinalIgnoreCase) && (text.Length == answer.Length || !char.IsLetter(text[answer.Length])))
                return answer;
        }
        return null;
    }

    private static bool ReportsAPoll(string paragraph)
    {
        var start = -1;
        for (var i = 0; i <= paragraph.Length; i++)
        {
            var letter = i < paragraph.Length && char.IsLetter(paragraph[i]);
            if (letter && start < 0)
                start = i;
            else if (!letter && start >= 0)
            {
                if (Lexicon.PollWords.Contains(paragraph[start..i]))
                    return true;
                start = -1;
            }
        }
        return false;
    }

    // A share that can be a part of a whole: not a change ("rose 60%"), not a bound from above ("up to 60%"), not a
    // growth rate over 100%.
    private static bool IsShare(Figure f) =>
        f.Kind is FigureKind.Percent or FigureKind.Fraction && !f.IsComparison && !f.IsProjection && f.Approximation != Approximation.AtMost && Share(f) is > 0 and <= 100;

    // A fraction in words ("two-thirds") as a percentage.
    private static decimal Share(Figure f) => f.Kind == FigureKind.Fraction ? Math.Round(f.Value * 100, 1) : f.Value;

    private static void Analyze(DocumentContext context, Sentence sentence, List<Figure> shares, IReadOnlyList<Figure> earlier)
    {
        var text = sentence.Text;
        var reported = false;

        // "… the remaining 40%": some run of the nearest shares before it, in the article, must complete 100%. It
        // may only fall short when every share of the article so far is in its sentence or the one before.
        for (var i = 0; i < shares.Count && !reported; i++)
        {
            var rest = shares[i];
            if (rest.Remainder is not { } remainder)
                continue;
            var all = earlier.Concat(shares.Take(i)).ToList();
            if (all.Count == 0 || Completes(all, rest))
                continue;
            var before = all.Where(s => s.Block == sentence.Block && s.SentenceIndex >= sentence.Index - 1).ToList();
            if (before.Count == 0)
                continue;
            var sum = before.Sum(Share) + Share(rest);
            // Short of 100, shares stated further back may make up the difference. Fractions in words ("half went
            // to A") are figures and already among the shares.
            if (sum <= 100m && before.Count < all.Count)
                continue;
            context.Report(rest.Span, [.. before.Select(s => (s.Span, "a share before it"))],
                $"'{remainder} {rest.Text}' does not complete the shares before it: {List(before)} and {rest.Text} make {Percent(sum)}, not 100%");
            reported = true;
        }
        if (reported || shares.Count < 2)
            return;

        if (!Partition.IsMatch(text))
            return;

        foreach (var group in Wholes(shares))
            ReportPastTheWhole(context, group, "Shares", "a share of the same whole");
    }

    // The first share at which the running sum passes the whole. Each share may be rounded by half a point, so n shares
    // may honestly add up to 100 + n/2.
    private static void ReportPastTheWhole(DocumentContext context, List<Figure> group, string what, string related)
    {
        var sum = 0m;
        for (var i = 0; i < group.Count; i++)
        {
            sum += Share(group[i]);
            if (i == 0 || sum <= 100m + 0.5m * (i + 1))
                continue;
            var whole = group[0].Of is { } of ? $"of {of} " : "";
            context.Report(group[i].Span, [.. group.Take(i).Select(s => (s.Span, related))],
                $"{what} {whole}add up to {Percent(sum)}: {List(group.Take(i + 1).ToList())}");
            return;
        }
    }

    // Shares of one whole: the same "of …" where one is stated; shares that name no whole go with the one whole
    // the sentence names, or with each other when it names none.
    private static IEnumerable<List<Figure>> Wholes(List<Figure> shares)
    {
        var named = shares.Where(s => s.Of is not null).GroupBy(s => s.Of!, StringComparer.OrdinalIgnoreCase).ToList();
        var unnamed = shares.Where(s => s.Of is null).ToList();
        if (named.Count == 1)
        {
            yield return shares;
            yield break;
        }
        foreach (var group in named)
            yield return [.. group];
        if (named.Count == 0)
            yield return unnamed;
    }

    // "60% to A; the remaining 40% to B", "5% inflation … sold 60%, keeping the remaining 40%": some run of the
    // nearest shares before the rest, with it, makes 100%.
    private static bool Completes(List<Figure> before, Figure rest)
    {
        var sum = Share(rest);
        for (var i = before.Count - 1; i >= 0; i--)
        {
            sum += Share(before[i]);
            var tolerance = 0.5m * (before.Count - i + 1);
            if (Math.Abs(sum - 100m) <= Math.Max(1m, tolerance))
                return true;
            if (sum > 100m + tolerance)
                return false;
        }
        // The shares before it fall short: the rest is more than stated, unless the shares are approximate or
        // only a lower bound ("more than 30% …, the remaining 60%").
        return before.Any(s => s.Approximation != Approximation.Exact) || rest.Approximation != Approximation.Exact;
    }

    // "priced at 99.80 pct to yield 7.49 pct", "tax of 48% instead of the current 60%", "65.3% against 66.4% a year
    // earlier": a rate, a price or the other side of a comparison is not a part of a whole.
    private static bool IsRateOrComparison(Sentence sentence, Figure f)
    {
        var start = f.LocalStart - sentence.LocalStart;
        if (start < 0 || start > sentence.Text.Length)
            return true;
        var before = sentence.Text[Math.Max(0, start - 40)..start];
        return RateOrComparison.IsMatch(before);
    }

    private static string List(List<Figure> shares) => string.Join(" + ", shares.Select(s => s.Text));

    private static string Percent(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "%";

    // Words anywhere in the sentence that make its shares exclusive parts of one whole (share-partitions.txt).
    private static readonly Regex Partition = LexiconRegex.Of("share-partitions", @"\b(?:{words})\b", RegexOptions.IgnoreCase);

    // A rate or comparison word shortly before the share, in its clause (share-rate-cues.txt).
    private static readonly Regex RateOrComparison = LexiconRegex.Of("share-rate-cues", @"(?:\b(?:{words})\b[^,;:.]{0,20})$", RegexOptions.IgnoreCase);
}
