using EditLint.Semantics.Lexicons;

namespace EditLint.Semantics.Figures;

/// <summary>How a figure was found to restate another.</summary>
public enum RestatementEvidence
{
    /// <summary>A headline figure that the body does not repeat, and the body figure tied to it most strongly.</summary>
    Headline,
    /// <summary>A headline figure that the body does not repeat, and a body figure tied to it that is one digit away: "$182.6bn" over "$102.6bn".</summary>
    Mistyped,
    /// <summary>"100,000 soldiers at a time …, requiring 300,000 in total": an elliptical figure with qualifiers.</summary>
    Ellipsis,
    /// <summary>Two counts tied by the same verb or as two definite totals, with the words around them in common.</summary>
    Referent,
}

/// <summary>
/// Which figures of an article state the same fact twice: the headline's figure and the body's, "killed 23 people at
/// the market" and "the market blast killed 23 people", "310 mln dlrs" and its restatement. Two such figures must agree;
/// when they do not, one of them is wrong (EL2001). Figures are grouped by what they are (a count of one thing, an
/// amount in one currency, a share, a measure in one unit, an age); each is weighed only against the <see cref="Reach"/>
/// figures of its group before it, so the cost is linear in the figures. Explained differences (other times, places,
/// roles in a change, things measured, projections, breakdowns, one sentence) tie nothing. A body count restates the
/// first earlier count tied to it by the strong marks (the same verb or two definite totals, with words in common);
/// a headline figure's restatement must be its single strongest tie, so that an article full of like figures (a
/// survey's percentages, a price table) ties none of them.
/// </summary>
public static class FigureRestatements
{
    /// <summary>How many earlier figures of its group a figure is weighed against: a bound that keeps the cost linear.</summary>
    public const int Reach = 48;

    /// <summary>
    /// The least weight (with a point for the lede and one for the same order of magnitude) that ties a headline figure
    /// the body does not repeat to a body figure; an age needs two more.
    /// </summary>
    public const int HeadlineWeight = 3;

    /// <summary>
    /// The least weight that ties a headline figure to a body figure one digit away from it (<see cref="FigureAgreement.OneDigitApart"/>):
    /// the headline's point and one thing in common. A mistyped figure needs less evidence than any other figure, since
    /// figures that are one digit apart by chance are rare beside the headline.
    /// </summary>
    public const int MistypedWeight = 2;

    /// <summary>How many of the headline's figures are weighed.</summary>
    public const int HeadlineFiguresWeighed = 8;

    /// <summary>Figures above this are not compared: no news figure is larger, and sums and ratios of them would overflow.</summary>
    private const decimal Largest = 1e24m;

    /// <summary>A figure, the figure that restates it, how strongly they are tied and what ties them.</summary>
    public sealed record Restatement(Figure Figure, Figure Other, int Weight, RestatementEvidence Evidence);

    /// <summary>What two figures have in common: the weight of it, and the marks of one referent.</summary>
    public readonly record struct Tie(int Weight, int SharedWords, bool SameVerb, bool BothDefinite, bool SameNames);

    /// <summary>The body's figures (not the headline's) and its lede, which a headline figure's restatement is weighed against.</summary>
    public sealed record BodyFigures(IReadOnlyList<Figure> Figures, Documents.Block? Lede);

    /// <summary>The figures of one group (what they are: <see cref="Group"/>) that can restate one another, two or more in reading order (headline first), with the body.</summary>
    public sealed record FigureGroup(string Key, IReadOnlyList<Figure> Members, BodyFigures Body);

    /// <summary>
    /// The groups of figures that can restate one another: the first <see cref="HeadlineFiguresWeighed"/> of the headline,
    /// then the body's, that state a value, by group; groups of one are left out.
    /// </summary>
    public static IEnumerable<FigureGroup> Groups(IReadOnlyList<Figure> headline, IReadOnlyList<Figure> body)
    {
        // A headline that is a block of the body (a first-level heading) has its figures in both lists; a headline has a
        // few figures, and only the first few are weighed, each against its group, so a "headline" of a million figures
        // costs no more than a real one.
        IReadOnlyList<Figure> own = [.. body.Where(f => !f.IsHeadline)];
        var groups = new Dictionary<string, List<Figure>>(StringComparer.Ordinal);
        foreach (var figure in headline.Take(HeadlineFiguresWeighed).Concat(own))
        {
            if (IsStatement(figure) && Group(figure) is { } key)
            {
                if (!groups.TryGetValue(key, out var members))
                    groups[key] = members = [];
                members.Add(figure);
            }
        }
        // The first paragraph with a figure: the lede, where a story first states its headline figure.
        var bodyFigures = new BodyFigures(own, own.FirstOrDefault(f => f.Block.Kind != Documents.BlockKind.Heading)?.Block);
        return groups.Where(g => g.Value.Count >= 2).Select(g => new FigureGroup(g.Key, g.Value, bodyFigures));
    }

    /// <summary>The restatements of an article's headline and body figures, in document order, headline first.</summary>
    public static IReadOnlyList<Restatement> Find(IReadOnlyList<Figure> headline, IReadOnlyList<Figure> body)
    {
        var found = Groups(headline, body).SelectMany(InGroup).ToList();
        found.Sort((a, b) => Order(a.Figure).CompareTo(Order(b.Figure)));
        return found;
    }

    /// <summary>The restatements among the figures of one group, in any order.</summary>
    public static List<Restatement> InGroup(FigureGroup group)
    {
        var found = new List<Restatement>();
        FindInGroup(group.Members, found, group.Body.Lede);
        // A headline figure the body states in other words ("surpassed 100,000" with no noun) is repeated all the same.
        // A sum or difference that happens to fall within 1% does not explain a figure one digit from the one it restates.
        var body = group.Body.Figures;
        found.RemoveAll(r => r.Evidence is RestatementEvidence.Headline or RestatementEvidence.Mistyped
            && (body.Any(f => Alike(f, r.Figure) && FigureAgreement.SameValue(r.Figure, f))
                || (r.Evidence == RestatementEvidence.Headline && Derived(r.Figure, body))));
        return found;
    }

    private static void FindInGroup(IReadOnlyList<Figure> members, List<Restatement> found, Documents.Block? lede)
    {
        for (var i = 0; i < members.Count; i++)
        {
            var figure = members[i];
            if (figure.IsHeadline)
            {
                if (HeadlineRestatement(members, i, lede) is { } restatement)
                    found.Add(restatement);
                continue;
            }
            // Each later count is compared with the first earlier one that states the same fact; amounts and shares only
            // with the headline (above) and through ellipsis.
            for (var j = Math.Max(0, i - Reach); j < i && (figure.Kind is FigureKind.Count or FigureKind.Measure || figure.Counted?.Inferred == true); j++)
            {
                var other = members[j];
                if (j == i - 1 && IsEllipsis(figure, other))
                {
                    found.Add(new Restatement(figure, other, 0, RestatementEvidence.Ellipsis));
                    break;
                }
                if (!other.IsHeadline && (StatesTheSameCount(members, i, j) ?? StatesTheSameToll(members, i, j)) is { } tie)
                {
                    found.Add(new Restatement(figure, other, tie.Weight, RestatementEvidence.Referent));
                    break;
                }
            }
        }
    }

    // Counts and measures name what they count, so two statements of one verb, or two definite totals ("the 32 member
    // states"), with the words around them in common are one fact; amounts and shares name nothing, and a table of them
    // shares its words. Not: a sentence that holds more figures of the group, a series ("stocks fell 2.89 mln barrels to
    // 136.5 mln") whose figures read alike; changes ("stocks increased 13.1 mln tonnes"), which come in parallel series;
    // a figure in a compound modifier ("364-day bills", "182-day bills"), which names a kind of thing unless both are
    // definite ("the 1,000-mile border"); and two sentences that each say something the other does not.
    private static Tie? StatesTheSameCount(IReadOnlyList<Figure> members, int i, int j)
    {
        var (figure, other) = (members[i], members[j]);
        // The cheap marks first: most pairs of a long article have neither a verb nor definiteness in common.
        var bothDefinite = figure.IsDefinite && other.IsDefinite;
        var sameVerb = figure.Verb is { } verb && verb == other.Verb && !figure.IsModifier && !other.IsModifier;
        if (figure.Kind is not (FigureKind.Count or FigureKind.Measure) || (!bothDefinite && !sameVerb) || figure.Role != FigureRole.Level
            || IsKindOfThing(figure) || IsKindOfThing(other) || !AloneInSentence(members, i) || !AloneInSentence(members, j)
            || Weigh(figure, other) is not { } tie || tie.SharedWords < 3 || !tie.SameNames)
            return null;
        return bothDefinite || !Parallel(figure, other) ? tie : null;
    }

    // "The blast killed 17 people" … "the 71 dead": a story's death toll stated twice, neither a revision ("the toll rose to
    // 80") nor a projection, about one event (something near both in common, no other time or place).
    private static Tie? StatesTheSameToll(IReadOnlyList<Figure> members, int i, int j)
    {
        var (figure, other) = (members[i], members[j]);
        if (!IsDeathToll(figure) || !IsDeathToll(other) || figure.IsComparison || other.IsComparison || figure.Role != FigureRole.Level
            || !AloneInSentence(members, i) || !AloneInSentence(members, j) || Weigh(figure, other) is not { } tie || tie.Weight < 1)
            return null;
        return Parallel(figure, other) ? null : tie;
    }

    // "the three-month bills", "a five-month period": a duration in a compound modifier names a kind of thing, not an
    // amount ("18 months of talks" is an amount).
    private static bool IsKindOfThing(Figure figure) =>
        figure.Kind == FigureKind.Measure && figure.IsModifier && figure.Unit is { } unit && Lexicon.DurationUnits.Contains(unit);

    // "Last year's maize harvest totalled 12.8 mln tonnes" and "last year's soybean harvest totalled 7.1 mln tonnes"
    // read alike, but each says something the other does not; a restatement says its fact again, perhaps with more
    // around it, so the words near one of the two are all near the other.
    private static bool Parallel(Figure a, Figure b) => Unshared(a, b) >= 1 && Unshared(b, a) >= 1;

    // Its own verb and, between two death tolls, the words that make them tolls ("killed", "left … dead") are phrasing.
    private static int Unshared(Figure a, Figure b)
    {
        var tolls = IsDeathToll(a) && IsDeathToll(b);
        return a.Context.Count(w => !w.StartsWith('@') && !b.Context.Contains(w) && w != a.Verb && !(tolls && Lexicon.DeathTollWords.Contains(w)));
    }

    private static bool AloneInSentence(IReadOnlyList<Figure> members, int at) =>
        (at == 0 || !SameSentence(members[at - 1], members[at])) && (at + 1 == members.Count || !SameSentence(members[at], members[at + 1]));

    private static bool SameSentence(Figure a, Figure b) => a.Block == b.Block && a.SentenceIndex == b.SentenceIndex && !a.IsHeadline && !b.IsHeadline;

    // A headline restates the story's figure, so the body repeats it; when no body figure of its group has its value,
    // the body figure tied to it most strongly is the one it should have repeated.
    private static Restatement? HeadlineRestatement(IReadOnlyList<Figure> members, int at, Documents.Block? lede)
    {
        var headline = members[at];
        Figure? best = null, mistyped = null;
        int weight = int.MinValue, count = 0, mistypedWeight = int.MinValue;
        foreach (var figure in members)
        {
            if (figure.IsHeadline)
                continue;
            if (FigureAgreement.SameValue(headline, figure) || Rounds(headline, figure))
                return null;
            if (Weigh(headline, figure) is not { } tie)
                continue;
            // The lede restates the headline, and a mistyped figure keeps its order of magnitude.
            var here = tie.Weight + (figure.Block == lede ? 1 : 0) + (SameMagnitude(headline, figure) ? 1 : 0);
            if (here > weight)
                (best, weight, count) = (figure, here, 1);
            else if (here == weight)
                count++;
            if (tie.Weight >= MistypedWeight && here > mistypedWeight && FigureAgreement.OneDigitApart(headline, figure))
                (mistyped, mistypedWeight) = (figure, here);
        }
        if (mistyped is not null && headline.Kind != FigureKind.Age)
            return new Restatement(headline, mistyped, mistypedWeight, RestatementEvidence.Mistyped);
        // An age is a person's: "dies aged 79" against some other age in the story needs more in common.
        var least = headline.Kind == FigureKind.Age ? HeadlineWeight + 2 : HeadlineWeight;
        return best is not null && count == 1 && weight >= least ? new Restatement(headline, best, weight, RestatementEvidence.Headline) : null;
    }

    // "Nortel in $300m profit revision" over "made $434m, against the $732m reported": a headline may state the
    // difference or the sum of two figures of one body paragraph (to 1%), which the body never writes.
    private static bool Derived(Figure headline, IReadOnlyList<Figure> body)
    {
        for (var i = 0; i < body.Count; i++)
        {
            if (!Alike(body[i], headline) || body[i].Value > Largest)
                continue;
            for (var j = i + 1; j < Math.Min(body.Count, i + 1 + Reach) && body[j].Block == body[i].Block; j++)
            {
                if (Alike(body[j], headline) && body[j].Value <= Largest
                    && (Near(headline.Value, Math.Abs(body[i].Value - body[j].Value)) || Near(headline.Value, body[i].Value + body[j].Value)))
                    return true;
            }
        }
        return false;
    }

    private static bool Alike(Figure a, Figure b) => a.Kind == b.Kind && a.Currency == b.Currency && a.Unit == b.Unit;

    private static bool Near(decimal stated, decimal derived) => derived > 0 && Math.Abs(stated - derived) <= 0.01m * derived;

    private static bool SameMagnitude(Figure a, Figure b) =>
        a.Value > 0 && b.Value > 0 && Math.Max(a.Value, b.Value) < 10 * Math.Min(a.Value, b.Value);

    // "Rivals of the £400 Apple" for a £399 computer, "send $16bn home" for $16.6bn: a headline rounds.
    private static bool Rounds(Figure headline, Figure figure) =>
        SignificantDigits(headline) < SignificantDigits(figure) && figure.Value != 0
        && Math.Abs(headline.Value - figure.Value) <= 0.05m * Math.Abs(figure.Value);

    private static (int, int) Order(Figure figure) => (figure.IsHeadline ? 0 : 1, figure.Span.Start);

    /// <summary>What a figure is, for grouping: a count of one thing, an amount in one currency, a share, a measure in one unit, an age.</summary>
    public static string? Group(Figure figure) => figure.Kind switch
    {
        FigureKind.Count when IsDeathToll(figure) => "death toll",
        FigureKind.Count => figure.Counted is { } counted && !Lexicon.GenericCounts.Contains(counted.Lemma) ? "count " + counted.Lemma : null,
        FigureKind.Money => "money " + figure.Currency,
        FigureKind.Percent => "percent",
        FigureKind.PercentagePoints => "points",
        FigureKind.Measure => figure.Unit is { } unit ? "measure " + unit : null,
        FigureKind.Age => "age",
        _ => null,
    };

    /// <summary>
    /// True for a count of the dead however it is phrased: "killed 17 people", "the 71 dead", "a death toll of 71", "left 17
    /// people dead", "12 deaths" (the words are <c>death-toll-words.txt</c>).
    /// </summary>
    public static bool IsDeathToll(Figure figure) =>
        figure.Kind == FigureKind.Count && figure.Counted is { } counted
        && (Lexicon.DeathTollWords.Contains(counted.Lemma) || (figure.Verb is { } verb && Lexicon.DeathTollWords.Contains(verb))
            || (counted.Lemma == "person" && figure.Context.Any(Lexicon.DeathTollWords.Contains)));

    /// <summary>The digits written from the first non-zero one to the last non-zero one: 3 for "6,770", 1 for "$9bn" and "400".</summary>
    public static int SignificantDigits(Figure figure)
    {
        var significant = 0;
        var trailingZeros = 0;
        foreach (var c in figure.Text)
        {
            if (!char.IsAsciiDigit(c))
                continue;
            if (significant == 0 && c == '0')
                continue;
            significant++;
            trailingZeros = c == '0' ? trailingZeros + 1 : 0;
        }
        return significant - trailingZeros;
    }

    // A figure that states a value of its own: not what something is compared with ("up from 15", "than 10"), an
    // addition ("a further 10%"), a part of a group named elsewhere ("three of them") or a subheading's.
    private static bool IsStatement(Figure figure) =>
        figure.Value <= Largest && (figure.UpperValue ?? 0) <= Largest && figure.Role != FigureRole.Compared && !figure.IsIncrement && !figure.IsPartitive && figure.Of != CountedReader.AnaphoricOf
        && (figure.IsHeadline || figure.Block.Kind != Documents.BlockKind.Heading);

    // "100,000 soldiers at a time …, requiring 300,000 in total": an elliptical figure counts what the one before it
    // counted; where qualifiers say how each is totalled it restates that fact, and without them it is usually a part
    // ("5,000 jobs, 3,000 in the UK").
    private static bool IsEllipsis(Figure a, Figure b) =>
        (a.Counted?.Inferred == true || b.Counted?.Inferred == true) && a.Block == b.Block && Math.Abs(a.SentenceIndex - b.SentenceIndex) <= 1
        && a.QualifierKind == QualifierKind.Aggregate && b.QualifierKind == QualifierKind.Aggregate;

    /// <summary>
    /// What two figures of one group have in common, or null when something explains why they are two: one sentence
    /// (a contrast or a breakdown), an elliptical figure (a part, unless <see cref="IsEllipsis"/>), two stated times or
    /// places, a change against a level, two things measured, a projection against an outcome, two breakdowns. Weight:
    /// each content word near both (up to four), one shared name, the same verb (2), the same noun for an amount or
    /// share (2), both definite ("the 32 member states"), the same qualifier, a headline (which restates the story in
    /// fewer words); two verbs or two subjects named weigh against (−2 each).
    /// </summary>
    public static Tie? Weigh(Figure a, Figure b)
    {
        var headline = a.IsHeadline || b.IsHeadline;
        if (a.IsHeadline && b.IsHeadline)
            return null;
        if (a.Counted?.Inferred == true || b.Counted?.Inferred == true)
            return null;
        if (!headline && a.Block == b.Block && a.SentenceIndex == b.SentenceIndex)
            return null;
        // "in 2019" against "in 2020", "in Leeds" against "in York"; a time on one and a place on the other is no conflict.
        if ((a.When is { } whenA && b.When is { } whenB && whenA != whenB) || (a.Where is { } whereA && b.Where is { } whereB && whereA != whereB))
            return null;
        if (a.Role != b.Role || a.IsProjection != b.IsProjection || (a.IsInList && b.IsInList))
            return null;
        // Two things measured ("tonnes of grain", "tonnes of maize"); for money and shares the noun after the figure
        // varies with the phrasing ("a $1.8bn deal", "$1.8bn for the planes") and only adds to the evidence.
        var tolls = IsDeathToll(a) && IsDeathToll(b);
        if (!tolls && a.Kind is FigureKind.Count or FigureKind.Measure && a.Referent is { } thingA && b.Referent is { } thingB && thingA != thingB)
            return null;
        if (a.Counted is { Modifiers.Count: > 0 } ca && b.Counted is { Modifiers.Count: > 0 } cb && ca.Key != cb.Key)
            return null;
        var sameVerb = a.Verb is { } verbA && b.Verb is { } verbB && verbA == verbB;
        var sameNames = SameNames(a, b);
        // Ages belong to people: two ages are one person's only where the same name is near both.
        if (a.Kind == FigureKind.Age && !a.Context.Any(w => w.StartsWith('@') && b.Context.Contains(w)))
            return null;
        var weight = 0;
        // Two verbs ("arrested 20" … "injured 35") or two subjects named ("Toyota … Nissan") speak against one fact, but
        // a restatement rephrases ("repaid £500,000 to Lord Ashcroft" … "the £500,000 the party had repaid") and names
        // near a figure are often only who said it, so they weigh against it rather than rule it out.
        if (!headline && !tolls && a.Verb is not null && b.Verb is not null && !sameVerb)
            weight -= 2;
        if (!headline && !sameNames)
            weight -= 2;
        var shared = 0;
        var names = 0;
        foreach (var word in a.Context)
        {
            if (!b.Context.Contains(word))
                continue;
            if (word.StartsWith('@'))
                names++;
            else
                shared++;
        }
        weight += Math.Min(shared, 4) + Math.Min(names, 1);
        weight += sameVerb ? 2 : 0;
        weight += a.Kind is not (FigureKind.Count or FigureKind.Measure) && a.Referent is not null && a.Referent == b.Referent ? 2 : 0;
        var bothDefinite = a.IsDefinite && b.IsDefinite;
        weight += bothDefinite ? 1 : 0;
        weight += a.Qualifier is not null && a.Qualifier == b.Qualifier ? 1 : 0;
        weight += headline ? 1 : 0;
        return new Tie(weight, shared, sameVerb, bothDefinite, sameNames);
    }

    // "Toyota … 1.20 mln cars" and "Nissan … 1.03 mln cars" say the same thing of two subjects: each figure has a name
    // near it that the other lacks.
    private static bool SameNames(Figure a, Figure b) =>
        !a.Context.Any(w => w.StartsWith('@') && !b.Context.Contains(w)) || !b.Context.Any(w => w.StartsWith('@') && !a.Context.Contains(w));

    /// <summary>
    /// True when a headline's figure, with its own qualifier, covers the body figure it restates: "more than 20 dead"
    /// covers 22. The body's qualifier does not help the headline: "injures 55" is not covered by "at least 25"; and
    /// qualified alike ("less than $40bn", "less than $10bn") the two must state one value, as any restatement must.
    /// </summary>
    public static bool HeadlineCovers(Figure headline, Figure body)
    {
        if (headline.Approximation == body.Approximation && headline.Approximation != Approximation.Exact)
            return FigureAgreement.SameValue(headline, body);
        var (low, high) = FigureAgreement.Interval(headline);
        return low <= body.Value && body.Value <= high;
    }

    /// <summary>
    /// True when two figures stated as one fact can both be right: the values each admits overlap, and two figures
    /// qualified alike ("less than $10bn" … "less than $40bn", "about 300" … "about 360") have one value up to
    /// rounding, since a restatement keeps its qualifier.
    /// </summary>
    public static bool Agree(Figure a, Figure b) =>
        a.Approximation != b.Approximation || a.Approximation == Approximation.Exact
            ? FigureAgreement.Agree(a, b)
            : FigureAgreement.SameValue(a, b);
}
