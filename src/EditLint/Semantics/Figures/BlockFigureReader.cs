using EditLint.Semantics.Dates;

namespace EditLint.Semantics.Figures;

/// <summary>
/// Reads the figures of one block: at each token, a number (<see cref="NumberReader"/>); not one of the numbers that are
/// no figures (<see cref="NotFigures"/>); its range (<see cref="RangeReader"/>) and kind (<see cref="KindReader"/>); then
/// the words around it: how it is stated (<see cref="QualifierReader"/>), what it counts (<see cref="CountedReader"/>),
/// its role (<see cref="RoleReader"/>), its verb (<see cref="VerbReader"/>), and where its context is read from when it is
/// asked for (<see cref="ContextReader"/>).
/// </summary>
internal sealed class BlockFigureReader(BlockTokens tokens, IReadOnlyList<TemporalExpression> dates)
{
    /// <summary>Adds the block's figures to <paramref name="figures"/>, in order.</summary>
    public void Read(List<Figure> figures)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            var next = TryFigure(i, figures);
            i = next > i ? next : i + 1;
        }
    }

    // Reads a figure starting at token i; returns the index after it, or i when there is none.
    private int TryFigure(int i, List<Figure> figures)
    {
        if (NumberReader.Read(tokens, i) is not { } number)
            return i;
        if (NotFigures.InsideDate(tokens, dates, number.First, number.End))
            return number.End;
        var (figure, next) = Describe(number);
        if (figure is not null)
            figures.Add(figure);
        return next;
    }

    // The figure a number makes, if any, and the token reading goes on from: past the figure and the words it took, or
    // past a number that was no figure but took the next number with it ("3-1", "020 7946").
    private (Figure? Figure, int Next) Describe(WrittenNumber number)
    {
        if (NotFigures.IsLabelOrName(tokens, number.First))
            return (null, number.End);
        if (NotFigures.DigitGroupsEnd(tokens, number) is { } digitsEnd)
            return (null, digitsEnd);
        var isYearLike = NotFigures.IsYearLike(tokens, number);
        var paired = RangeReader.Read(tokens, number);
        if (paired is { IsScore: true } score)
            return (null, score.End);
        if (paired is null && isYearLike)
            return (null, number.End);
        var upper = paired?.Upper;
        var end = upper is null ? number.End : paired!.Value.End;
        if (KindReader.Read(tokens, number, end) is not { } measure)
            return (null, number.End);
        if (isYearLike && measure.Kind == FigureKind.Count && upper is null)
            return (null, number.End);

        var figure = NewFigure(measure);
        figure.NumberStart = tokens[number.First].LocalStart;
        figure.NumberLength = ProseEnd(end - 1) - figure.NumberStart;
        figure.PercentSign = measure.PercentSign;
        figure.Kind = measure.Kind;
        figure.Value = paired?.Value ?? number.Value;
        figure.UpperValue = upper;
        figure.Currency = measure.Currency;
        figure.Unit = measure.Unit;
        figure.IsModifier = measure.IsModifier;

        var stated = QualifierReader.Before(tokens, measure.Start);
        var counted = CountedReader.Read(tokens, measure.End, measure.Kind);
        var qualifier = counted.Form is AfterFigure.OfPhrase or AfterFigure.NounPhrase ? QualifierReader.After(tokens, counted.After) : null;
        var role = RoleReader.Before(tokens, stated.ClauseEnd);
        if (counted.Form == AfterFigure.NounPhrase)
            role = RoleReader.After(tokens, role, counted.NounAfter, counted.After);

        figure.Approximation = stated.Approximation;
        figure.ApproximationText = stated.ApproximationText;
        figure.Remainder = stated.Remainder;
        figure.Qualifier = qualifier?.Text ?? (stated.IsTotal ? QualifierReader.Total : null);
        figure.QualifierKind = qualifier?.Kind ?? (stated.IsTotal ? QualifierKind.Aggregate : null);
        figure.IsIncrement = stated.IsIncrement || counted.IsIncrement;
        figure.IsDefinite = stated.IsDefinite;
        figure.Counted = counted.Counted;
        figure.Of = counted.Of;
        figure.IsPartitive = counted.IsPartitive;
        figure.NounBefore = CountedReader.NounBefore(tokens, stated.ClauseEnd);
        figure.Role = role.Role;
        figure.IsComparison = role.IsComparison;
        figure.IsProjection = role.IsProjection;
        figure.Verb = VerbReader.Before(tokens, stated.ClauseEnd)
            ?? (counted.Form == AfterFigure.NounPhrase ? VerbReader.After(tokens, counted.After) : null);
        figure.ReadContextFrom(tokens, measure.Start, counted.After, counted.Counted);
        return (figure, Math.Max(number.End, counted.After));
    }

    // The figure's span, from its first token to its last.
    private Figure NewFigure(FigureMeasure measure)
    {
        var start = tokens[measure.Start].LocalStart;
        return new Figure(tokens.Block, start, ProseEnd(measure.End - 1) - start);
    }

    // Where token `last` ends in the prose: "£500m." keeps its full stop in the token, and the figure ends before it.
    private int ProseEnd(int last)
    {
        var token = tokens[last];
        return token.LocalStart + (token.Kind == TokenKind.Word && token.Text.Length == 2 && token.Text[1] == '.' ? 1 : token.Text.Length);
    }
}
