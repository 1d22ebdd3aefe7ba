using EditLint.Semantics.Lexicons;
using EditLint.Text;

namespace EditLint.Semantics.Figures;

/// <summary>How the words after a figure name what it is about, which decides what else is read after them.</summary>
internal enum AfterFigure
{
    /// <summary>"half the town": a fraction and its whole.</summary>
    Whole,
    /// <summary>"10% of that", "50 of them": a share or part of something named before.</summary>
    Anaphor,
    /// <summary>"three of the victims", "232 mln tonnes of grain", "10% of voters".</summary>
    OfPhrase,
    /// <summary>"1,000 soldiers", "a 4.4 pct rise", or no noun at all.</summary>
    NounPhrase,
}

/// <summary>
/// What the words after a figure say it counts or is a share of: <see cref="Counted"/> ("soldiers", "grain" in "tonnes
/// of grain"), <see cref="Of"/> for the whole of a share or amount ("voters" in "10% of voters", or
/// <see cref="CountedReader.AnaphoricOf"/> for "of that"), whether it is part of a group named elsewhere ("three of the
/// victims"), an addition ("20 more"), and the token <see cref="After"/> the words read. <see cref="NounAfter"/> is the
/// noun phrase right after the figure, which an age counts nothing by but may still name a change ("a 4.4 pct rise").
/// </summary>
internal readonly record struct CountedReading(AfterFigure Form, int After, bool IsIncrement)
{
    public CountedThing? Counted { get; init; }

    public CountedThing? NounAfter { get; init; }

    public string? Of { get; init; }

    public bool IsPartitive { get; init; }
}

/// <summary>Reads what a figure counts: the noun phrase after it, its "of …", and the noun before "of" that it states.</summary>
internal static class CountedReader
{
    /// <summary>The whole of "10% of that" until the figure before it says what that is.</summary>
    public const string AnaphoricOf = "@previous";

    /// <summary>What the figure of <paramref name="kind"/> whose words after it start at token <paramref name="k"/> counts.</summary>
    public static CountedReading Read(BlockTokens tokens, int k, FigureKind kind)
    {
        var isIncrement = false;
        if (tokens.IsWord(k, "more") || tokens.IsWord(k, "additional") || tokens.IsWord(k, "extra"))
        {
            isIncrement = true;
            k++;
        }
        // "half the town": a fraction takes its whole without "of".
        if (kind == FigureKind.Fraction && (tokens.IsWord(k, "the") || tokens.IsWord(k, "its") || tokens.IsWord(k, "their")))
        {
            var whole = NounPhrase(tokens, k + 1, out var afterWhole);
            return new CountedReading(AfterFigure.Whole, afterWhole, isIncrement) { Of = whole?.Key };
        }
        if (tokens.IsWord(k, "of"))
            return ReadOf(tokens, k + 1, kind, isIncrement);
        var phrase = NounPhrase(tokens, k, out var after);
        return new CountedReading(AfterFigure.NounPhrase, after, isIncrement) { Counted = kind == FigureKind.Age ? null : phrase, NounAfter = phrase };
    }

    // "three of the victims" is part of a group; "272 mln tonnes of grain" measures the grain; "10% of voters" is a
    // share of them.
    private static CountedReading ReadOf(BlockTokens tokens, int target, FigureKind kind, bool isIncrement)
    {
        var isShare = kind is FigureKind.Percent or FigureKind.Fraction;
        if (tokens.IsWordAt(target) && tokens.Lower(target) is "that" or "this" or "it" or "them" or "those" or "these" or "which" or "whom" or "us")
            return new CountedReading(AfterFigure.Anaphor, target + 1, isIncrement) { Of = isShare ? AnaphoricOf : null, IsPartitive = !isShare };
        var determined = tokens.IsWord(target, "the") || tokens.IsWord(target, "its") || tokens.IsWord(target, "their") || tokens.IsWord(target, "all");
        if (determined)
            target++;
        var of = NounPhrase(tokens, target, out var afterOf);
        var reading = new CountedReading(AfterFigure.OfPhrase, afterOf, isIncrement);
        return isShare || kind == FigureKind.Money
            ? reading with { Of = of?.Key }
            : reading with { Counted = of, IsPartitive = determined || kind != FigureKind.Measure };
    }

    /// <summary>
    /// "a loss of 310 mln dlrs", "a stake of 20%": the noun before "of" is what the figure is. Read from
    /// <paramref name="clauseEnd"/>, where the words right before the figure start.
    /// </summary>
    public static string? NounBefore(BlockTokens tokens, int clauseEnd)
    {
        var i = clauseEnd;
        if (tokens.IsWord(i - 1, "of") && i >= 2 && tokens[i - 2].Kind == TokenKind.Word && !Lexicon.FigureFunctionWords.Contains(tokens[i - 2].Text)
            && char.IsLower(tokens[i - 2].Text[0]) && NumberWords.ParseWord(tokens[i - 2].Text) is null)
        {
            return CountedWords.Fold(CountedWords.Lemma(tokens.Lower(i - 2)));
        }
        return null;
    }

    // The noun phrase starting at k: words up to a function word, a verb or a plural head.
    private static CountedThing? NounPhrase(BlockTokens tokens, int k, out int after)
    {
        var words = new List<Token>();
        var j = k;
        while (j < tokens.Count && words.Count < 4)
        {
            var token = tokens[j];
            if (token.Kind != TokenKind.Word || Lexicon.FigureFunctionWords.Contains(token.Text) || NumberWords.ParseWord(token.Text) is not null)
                break;
            var lower = token.Text.ToLowerInvariant();
            if ((words.Count > 0 && LooksLikeVerb(lower)) || QualifierReader.IsSingleWordQualifier(lower))
                break;
            words.Add(token);
            j++;
            if (CountedWords.IsPlural(lower))
                break;
        }
        while (words.Count > 0 && LooksLikeVerb(words[^1].Text.ToLowerInvariant()) && !CountedWords.IsPlural(words[^1].Text.ToLowerInvariant()))
        {
            words.RemoveAt(words.Count - 1);
            j--;
        }
        after = j;
        if (words.Count == 0)
            return null;
        var head = words[^1];
        // A loop: LINQ over tokens (a struct) is generic framework code compiled at start-up.
        var modifiers = new List<string>(words.Count - 1);
        for (var w = 0; w < words.Count - 1; w++)
            modifiers.Add(CountedWords.Lemma(words[w].Text));
        return new CountedThing(head.Text, CountedWords.Fold(CountedWords.Lemma(head.Text)), modifiers,
            TextSpan.FromBounds(words[0].Span.Start, head.Span.End), Inferred: false);
    }

    private static bool LooksLikeVerb(string word) =>
        (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)) || (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal)) || CountedWords.IsCommonVerb(word);
}
