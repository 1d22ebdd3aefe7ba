using EditLint.Diagnostics;
using EditLint.Documents;
using EditLint.Semantics;

namespace EditLint.Rules.Consistency;

/// <summary>EL4002: a sentence that appears twice in one article, usually a paste left behind in an edit.</summary>
public sealed class DuplicatedSentenceRule : Rule
{
    // Shorter sentences ("He declined to comment.") repeat legitimately.
    private const int MinimumWords = 6;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.DuplicatedSentence, "Duplicated sentence",
        "This sentence already appears on line {0}; delete one of them", RuleCategory.Consistency, Severity.Warning,
        "A sentence (compared with whitespace, quote marks and case normalised) that appears twice in one article.");

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup) =>
        setup.Match<Sentence>(IsCandidate)
            .Not<Sentence, string>(Key, Key, (sentence, other) => other.Index < sentence.Index && IsCandidate(other))
            .Join<Sentence, string>(Key, Key, (first, repeat) => repeat.Index > first.Index && IsCandidate(repeat))
            .Then((context, pair) =>
            {
                var line = context.Document.Source.GetPosition(pair.Left.Span.Start).DisplayLine;
                context.Report(pair.Right.Span, [(pair.Left.Span, "first occurrence")], line);
            });

    private static string Key(Sentence sentence) => sentence.NormalizedText;

    // Headings repeat by design (a headline echoed as a subheading); only running text counts.
    private static bool IsCandidate(Sentence sentence) =>
        sentence.Block.Kind is not BlockKind.Heading && sentence.Text.Count(char.IsWhiteSpace) + 1 >= MinimumWords;
}
