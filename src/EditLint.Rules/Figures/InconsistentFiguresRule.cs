using System.Globalization;
using EditLint.Diagnostics;
using EditLint.Semantics.Figures;
using EditLint.Semantics.Lexicons;

namespace EditLint.Rules.Figures;

/// <summary>
/// EL2001: two figures that count the same thing with values that cannot both be right ("around 100,000 soldiers
/// at a time … requiring 300,000 in total"). Each figure is compared with the first figure of the article that
/// counts the same thing (same noun, same narrowing words, same kind and unit) through a keyed join, so the cost
/// grows with the number of figures; the pair must then be tied to one referent (see <see cref="SameReferent"/>). Changes and comparisons ("rose to 20"), additions
/// ("a further 10%"), parts ("three of them") and figures that admit a common value (ranges, "around", "more than",
/// rounding) are not reported. When qualifiers such as "at a time" and "in total" may explain the difference the
/// finding is <c>info</c>, worded as a check.
/// </summary>
public sealed class InconsistentFiguresRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.InconsistentFigures, "Inconsistent figures",
        "{0}: '{1}' and '{2}' (line {3}) both count {4}, {5}", RuleCategory.Figures, Severity.Warning,
        "Two figures that count the same thing (the same noun, or the same referent through ellipsis: \"100,000 soldiers at a time … requiring 300,000 in total\") with different values. Where qualifiers explain the difference the finding is info, worded as a check.");

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup) =>
        setup.Match<Figure>(IsCandidate)
            .JoinFirst<Figure, string>(Key, Key, IsCandidate)
            .Where(pair => SameReferent(pair.Left, pair.Right) && !FigureValues.Agree(pair.Left, pair.Right))
            .Then((context, pair) =>
            {
                var (figure, first) = pair;
                var explained = figure.Qualifier != first.Qualifier;
                var line = context.Document.Source.GetPosition(first.Span.Start).DisplayLine;
                var here = figure.Describe();
                var there = first.Describe();
                var ratio = FigureValues.Ratio(figure, first);
                var counted = figure.Counted!.Lemma == first.Counted!.Lemma ? first.Counted.Words : $"{first.Counted.Words} ({figure.Counted.Head} here)";
                var details = new ReportDetails
                {
                    Related = [(first.Span, $"'{there}'")],
                    Properties = new Dictionary<string, string>
                    {
                        ["Figure"] = $"{here} = {figure.Value.ToString("#,0.##", CultureInfo.InvariantCulture)}{Inferred(figure)}",
                        ["Compared with"] = $"{there} = {first.Value.ToString("#,0.##", CultureInfo.InvariantCulture)} (line {line})",
                        ["Ratio"] = ratio,
                    },
                };
                var report = explained
                    ? new[] { "Check that these figures agree", here, there, line.ToString(CultureInfo.InvariantCulture), counted, $"{ratio}; the qualifiers ({Qualifier(figure)} and {Qualifier(first)}) may explain it" }
                    : ["Figures disagree", here, there, line.ToString(CultureInfo.InvariantCulture), counted, $"{ratio}; make them agree or say why they differ"];
                if (explained)
                    context.ReportAs(Severity.Info, figure.Span, details, report);
                else
                    context.Report(figure.Span, details, report);
            });

    private static string Inferred(Figure figure) => figure.Counted?.Inferred == true ? $" ({figure.Counted.Words}, from the figure before it)" : "";

    private static string Qualifier(Figure figure) => figure.Qualifier is { } q ? $"'{q}'" : "none";

    // A shared noun is not enough ("two people were arrested … three people were injured"); the figures must be
    // tied to one referent, and figures about two stated times or places ("in 2019", "in 2020") never are. Tied:
    // - an elliptical figure counting what the one before it counted, where qualifiers say how each is totalled
    //   ("100,000 soldiers at a time … requiring 300,000 in total"); without them an elliptical figure is usually a
    //   part ("5,000 jobs, 3,000 in the UK");
    // - in different sentences, two definite totals ("the 32 member states" … "its 30 member states") or one verb
    //   over both ("killed 23 people" … "killed 32 people"), with three context words in common, no name near one
    //   that the other lacks, and not both in breakdown lists.
    internal static bool SameReferent(Figure later, Figure first) =>
        (later.Scope is null || first.Scope is null || later.Scope == first.Scope)
        && ((later.Counted!.Inferred && later.QualifierKind == QualifierKind.Aggregate && first.QualifierKind == QualifierKind.Aggregate)
            || (later.SentenceIndex != first.SentenceIndex && !(later.IsInList && first.IsInList)
                && ((later.IsDefinite && first.IsDefinite) || (later.Verb is { } verb && verb == first.Verb))
                && SharedContext(later, first) >= SharedContextWords && SameNames(later, first)));

    // Two mentions of one fact repeat what it is about; two facts about the same noun rarely share three words.
    private const int SharedContextWords = 3;

    private static int SharedContext(Figure a, Figure b) => a.Context.Count(w => !w.StartsWith('@') && b.Context.Contains(w));

    // "Toyota … 1.20 mln cars" and "Nissan … 1.03 mln cars" say the same thing of two subjects: when each figure
    // has a name near it that the other lacks, they are about different things.
    private static bool SameNames(Figure a, Figure b) =>
        !a.Context.Any(w => w.StartsWith('@') && !b.Context.Contains(w)) || !b.Context.Any(w => w.StartsWith('@') && !a.Context.Contains(w));

    // Figures that state a count of something on their own: not a change, an addition, a part of a group, or a label.
    internal static bool IsCandidate(Figure figure) =>
        figure.Counted is { } counted && !Lexicon.GenericCounts.Contains(counted.Lemma) && !figure.IsComparison && !figure.IsIncrement && !figure.IsPartitive
        && figure.Kind is FigureKind.Count or FigureKind.Measure
        && (figure.Kind != FigureKind.Measure || figure.IsModifier)
        && figure.Block.Kind != Documents.BlockKind.Heading;

    internal static string Key(Figure figure) =>
        $"{figure.Kind}|{figure.Currency}|{figure.Unit}|{figure.Counted!.Key}";
}
