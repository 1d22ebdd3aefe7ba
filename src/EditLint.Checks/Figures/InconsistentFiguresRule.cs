using EditLint.Rules;
using System.Globalization;
using EditLint.Diagnostics;
using EditLint.Semantics;
using EditLint.Semantics.Figures;

namespace EditLint.Checks.Figures;

/// <summary>
/// EL2001: one fact stated twice with values that cannot both be right: the headline's "$1.8bn deal" and the body's
/// "$1.0bn deal", "killed 23 people at the market" and "the market blast killed 32 people", "around 100,000 soldiers
/// at a time … requiring 300,000 in total". Which figures restate one fact is <see cref="FigureRestatements"/>'
/// to say; this rule reports each restated pair that disagrees once, on the later figure. When qualifiers such as
/// "at a time" and "in total" may explain the difference the finding is <c>info</c>, worded as a check.
/// </summary>
public sealed class InconsistentFiguresRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.InconsistentFigures, "Inconsistent figures",
        "{0}: '{1}' and '{2}' ({3}) both {4}, {5}", RuleCategory.Figures, Severity.Warning,
        "One fact stated twice with values that cannot both be right: the headline against the body, a figure against its restatement (the same thing counted, the same verb or subject, or the same referent through ellipsis: \"100,000 soldiers at a time … requiring 300,000 in total\"). Where qualifiers explain the difference the finding is info, worded as a check.");

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> Reads { get; } = [typeof(HeadlineFigures), typeof(Figure)];

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup) => setup.UseFacts(new Restated());

    // The figures of one group (a count of one thing, an amount in one currency, …) are paired inside the group, each
    // restated pair that disagrees reported once, on the later figure. The facts are the groups, not the figures: a
    // session holds about half a kilobyte per fact, and grouping the 9.9 MB line's 120,000 figures in the session took
    // its peak from 460 MB to 520 MB.
    private sealed class Restated : EachFact<FigureRestatements.FigureGroup>
    {
        public override IEnumerable<object> Facts(SemanticModel model) => FigureRestatements.Groups(model.HeadlineFigures, model.Figures);

        protected override void Act(DocumentContext context, FigureRestatements.FigureGroup fact) => ReportDisagreements(context, FigureRestatements.InGroup(fact));
    }

    private static void ReportDisagreements(DocumentContext context, List<FigureRestatements.Restatement> restatements)
    {
        var reported = new HashSet<(Figure, Figure)>();
        foreach (var (figure, other, _, evidence) in restatements)
        {
            var (later, earlier) = Later(figure, other) ? (figure, other) : (other, figure);
            var agree = evidence is RestatementEvidence.Headline or RestatementEvidence.Mistyped ? FigureRestatements.HeadlineCovers(earlier, later) : FigureRestatements.Agree(later, earlier);
            if (agree || !reported.Add((later, earlier)))
                continue;
            Report(context, later, earlier, evidence);
        }
    }

    // Reading order: the headline first, then the body.
    private static bool Later(Figure a, Figure b) => (a.IsHeadline, b.IsHeadline) switch
    {
        (true, false) => false,
        (false, true) => true,
        _ => a.Span.Start > b.Span.Start,
    };

    private static void Report(DocumentContext context, Figure figure, Figure first, RestatementEvidence evidence)
    {
        var explained = figure.Qualifier != first.Qualifier;
        var line = context.Document.Source.GetPosition(first.Span.Start).DisplayLine;
        var where = first.IsHeadline ? "the headline" : "line " + line.ToString(CultureInfo.InvariantCulture);
        var here = figure.Describe();
        var there = first.Describe();
        var ratio = FigureAgreement.Ratio(figure, first);
        var details = new ReportDetails
        {
            Related = [(first.Span, $"'{there}'")],
            Properties = new Dictionary<string, string>
            {
                ["Figure"] = $"{here} = {figure.Value.ToString("#,0.##", CultureInfo.InvariantCulture)}{Inferred(figure)}",
                ["Compared with"] = $"{there} = {first.Value.ToString("#,0.##", CultureInfo.InvariantCulture)} ({where})",
                ["Ratio"] = ratio,
                ["Tied by"] = Evidence(evidence),
            },
        };
        var thing = Thing(figure, first);
        var report = explained
            ? new object[] { "Check that these figures agree", here, there, where, thing, $"{ratio}; the qualifiers ({Qualifier(figure)} and {Qualifier(first)}) may explain it" }
            : ["Figures disagree", here, there, where, thing, $"{ratio}; make them agree or say why they differ"];
        if (explained)
            context.ReportAs(Severity.Info, figure.Span, details, report);
        else
            context.Report(figure.Span, details, report);
    }

    private static string Evidence(RestatementEvidence evidence) => evidence switch
    {
        RestatementEvidence.Headline => "the headline, whose figure the body does not repeat",
        RestatementEvidence.Mistyped => "the headline, whose figure the body does not repeat and is one digit away from this one",
        RestatementEvidence.Ellipsis => "ellipsis: the later figure counts what the one before it counted",
        _ => "the same verb or two definite totals, with the words around them in common",
    };

    // What both figures state, as the message names it: "count soldiers", "state the deal", "state the same share".
    private static string Thing(Figure figure, Figure first)
    {
        if (first.Counted is { } counted && figure.Counted is { } here && figure.Kind is FigureKind.Count or FigureKind.Measure)
            return "count " + (counted.Lemma == here.Lemma || here.Inferred ? counted.Words : $"{counted.Words} ({here.Head} here)");
        var referent = first.Referent ?? figure.Referent;
        return figure.Kind switch
        {
            FigureKind.Money => referent is null ? "state the same amount" : $"state the {referent}",
            FigureKind.Percent or FigureKind.PercentagePoints => referent is null ? "state the same share" : $"state the share of {referent}",
            FigureKind.Age => "state the same age",
            _ => referent is null ? "state the same quantity" : $"state the {referent}",
        };
    }

    private static string Inferred(Figure figure) => figure.Counted?.Inferred == true ? $" ({figure.Counted.Words}, from the figure before it)" : "";

    private static string Qualifier(Figure figure) => figure.Qualifier is { } q ? $"'{q}'" : "none";
}
