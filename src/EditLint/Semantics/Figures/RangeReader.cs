namespace EditLint.Semantics.Figures;

/// <summary>
/// A number with a second one paired to it: a range ("10-15", "10 to 15", "between 10 and 15") whose bounds are
/// <see cref="Value"/> and <see cref="Upper"/> and which ends at token <see cref="End"/>, or a score ("won 3-1") that
/// makes neither number a figure. A second number no larger than the first leaves no range (<see cref="Upper"/> null).
/// </summary>
internal readonly record struct PairedNumber(decimal Value, decimal? Upper, int End, bool IsScore);

/// <summary>Reads the second number of a range or a score.</summary>
internal static class RangeReader
{
    /// <summary>What pairs with <paramref name="n"/>, or null when no second number follows a range word or dash.</summary>
    public static PairedNumber? Read(BlockTokens tokens, WrittenNumber n)
    {
        var first = n.First;
        var k = n.End;
        // "from 10 to 15" is a change, not a range.
        var joined = tokens.IsPunct(k, "-") || tokens.IsPunct(k, "–")
            || (tokens.IsWord(k, "to") && !tokens.IsWord(KindReader.CurrencyStart(tokens, first) - 1, "from"))
            || (tokens.IsWord(k, "and") && tokens.IsWord(first - 1, "between"));
        if (!joined || k + 1 >= tokens.Count || NumberReader.Read(tokens, k + 1) is not { HyphenTail: null } high)
            return null;
        if (NotFigures.IsScore(tokens, first, high.End))
            return new PairedNumber(n.Value, null, high.End, IsScore: true);
        var value = n.Value;
        // "$10-15bn", "between 10 and 15 million": the magnitude written once applies to both ends.
        if (n.End == first + 1 && n.IsNumeral == (tokens[k + 1].Kind == TokenKind.Number) && NumberWords.ParseNumeral(tokens[k + 1].Text) is { } rawHigh and > 0
            && high.Value > rawHigh && NumberWords.Multiply(value, high.Value / rawHigh) is { } scaled)
        {
            value = scaled;
        }
        return high.Value > value ? new PairedNumber(value, high.Value, high.End, false) : new PairedNumber(value, null, n.End, false);
    }
}
