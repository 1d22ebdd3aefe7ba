using EditLint.Documents;
using EditLint.Semantics.Dates;
using EditLint.Semantics.Lexicons;
using EditLint.Text;

namespace EditLint.Semantics.Figures;

/// <summary>
/// Finds the figures of a document's prose: reads each number from the tokens (numerals, words, magnitudes,
/// ranges), decides what it is (count, percentage, money, measure, age) and what it is not (years, times,
/// ordinals, labels, names, phone numbers, scores), then reads the words around it: how approximate it is,
/// what it counts, its qualifier, and the time or place its sentence is about. One pass over the tokens,
/// then one over the figures to carry counted things into elliptical figures ("requiring 300,000 in total").
/// </summary>
public static class FigureExtractor
{
    /// <summary>The figures of <paramref name="model"/>'s prose, in document order.</summary>
    public static IReadOnlyList<Figure> Extract(SemanticModel model)
    {
        var figures = new List<Figure>();
        var tokens = model.Tokens;
        // Each block's dates, so a number is checked against its own block's few dates, not the document's.
        var datesByBlock = model.TemporalExpressions.GroupBy(d => d.Block).ToDictionary(g => g.Key, g => (IReadOnlyList<TemporalExpression>)[.. g]);
        var spellings = new Dictionary<string, string>(StringComparer.Ordinal);
        var contextForms = new Dictionary<string, ContextForms>(StringComparer.Ordinal);
        var start = 0;
        while (start < tokens.Count)
        {
            var block = tokens[start].Block;
            var end = start;
            while (end < tokens.Count && tokens[end].Block == block)
                end++;
            if (block.IsProse)
                new BlockReader(block, tokens, start, end, datesByBlock.GetValueOrDefault(block, []), figures, spellings, contextForms).Read();
            start = end;
        }
        AssignSentences(model, figures);
        CarryCountedThings(figures);
        MarkLists(figures);
        if (HeadlineBlock(model.Document) is { } headline)
        {
            foreach (var figure in figures)
                figure.IsHeadline = figure.Block == headline;
        }
        return figures;
    }

    /// <summary>
    /// The figures of the article's headline, marked <see cref="Figure.IsHeadline"/>: those of its first-level heading
    /// or of the prose block that holds its headline line, else read from the title in its metadata (front matter,
    /// og:title), which is no block of the body. A headline restates the story's main figure, so EL2001 compares it
    /// with the body.
    /// </summary>
    public static IReadOnlyList<Figure> ExtractHeadline(SemanticModel model)
    {
        var document = model.Document;
        if (HeadlineBlock(document) is { } block)
            return [.. model.Figures.Where(f => f.Block == block)];
        // Read the title where it is written, so that findings point at it.
        if (document.TitleTextSpan is not { Length: > 0 } inner)
            return [];
        var headline = new Block(BlockKind.Heading, inner, ProseText.Verbatim(document.Source, inner), level: 1, insideBody: false);
        var tokens = new List<Token>();
        Tokenizer.Tokenize(headline, tokens);
        var figures = new List<Figure>();
        new BlockReader(headline, tokens, 0, tokens.Count, [], figures, new(StringComparer.Ordinal), new(StringComparer.Ordinal)).Read();
        foreach (var figure in figures)
        {
            figure.SentenceIndex = -1;
            figure.IsHeadline = true;
        }
        return figures;
    }

    // The body block that is the headline: the first first-level heading, or the prose block holding the title line.
    private static Block? HeadlineBlock(ArticleDocument document) =>
        document.Blocks.FirstOrDefault(b => b is { Kind: BlockKind.Heading, Level: 1 })
        ?? (document.TitleTextSpan is { } at ? document.Blocks.FirstOrDefault(b => b.IsProse && b.Span.Start <= at.Start && at.End <= b.Span.End) : null);

    // "1.20 mln cars, 649,587 trucks and 14,797 buses": three or more figures of different things in one sentence
    // are a breakdown, each a part of something else.
    private static void MarkLists(List<Figure> figures)
    {
        var i = 0;
        while (i < figures.Count)
        {
            var end = i;
            while (end < figures.Count && figures[end].SentenceIndex == figures[i].SentenceIndex && figures[end].Block == figures[i].Block)
                end++;
            var things = figures.Skip(i).Take(end - i).Select(f => f.Counted?.Key).Where(k => k is not null).Distinct(StringComparer.Ordinal).Count();
            for (var k = i; k < end; k++)
                figures[k].IsInList = things >= 3;
            i = end;
        }
    }

    // Sentences and scopes: a figure's scope is the nearest date or place its sentence states.
    private static void AssignSentences(SemanticModel model, List<Figure> figures)
    {
        var sentences = model.Sentences;
        var dates = model.TemporalExpressions;
        var dateline = model.Document.Metadata.DatelineDate?.Span;
        int s = 0, d = 0;
        (Sentence? Sentence, List<(int At, string Name)> Places) placeCache = (null, []);
        (Sentence? Sentence, List<TemporalExpression> Dates) dateCache = (null, []);
        foreach (var figure in figures)
        {
            while (s < sentences.Count && (sentences[s].Block.Index < figure.Block.Index
                || (sentences[s].Block == figure.Block && sentences[s].LocalStart + sentences[s].Length <= figure.LocalStart)))
            {
                s++;
            }
            if (s >= sentences.Count || sentences[s].Block != figure.Block)
            {
                figure.SentenceIndex = -1;
                continue;
            }
            var sentence = sentences[s];
            figure.SentenceIndex = sentence.Index;
            while (d < dates.Count && dates[d].Span.End <= sentence.Span.Start)
                d++;
            // The sentence's dates are gathered once and searched by position.
            if (dateCache.Sentence != sentence)
            {
                var here = new List<TemporalExpression>();
                for (var k = d; k < dates.Count && dates[k].Span.Start < sentence.Span.End; k++)
                {
                    if (IsScope(dates[k], dateline))
                        here.Add(dates[k]);
                }
                dateCache = (sentence, here);
            }
            var nearest = Nearest(dateCache.Dates, figure);
            var place = Place(sentence, figure, ref placeCache);
            var when = nearest is null ? null : nearest.Resolved?.ToString() ?? nearest.Text.ToLowerInvariant();
            figure.When = when;
            figure.Where = place;
        }
    }

    private static bool IsScope(TemporalExpression e, TextSpan? dateline) =>
        e.Kind is not (TemporalKind.Offset or TemporalKind.Window or TemporalKind.Ago)
        // "MANILA, March 16 -" dates the report, not what its first sentence counts.
        && !(dateline is { } d && d.Start <= e.Span.Start && e.Span.Start < d.End);

    private static int Distance(TemporalExpression e, Figure f) => Math.Abs(e.Span.Start - f.Span.Start);

    // The date nearest the figure (the first of two as near), from dates in source order.
    private static TemporalExpression? Nearest(List<TemporalExpression> dates, Figure figure)
    {
        if (dates.Count == 0)
            return null;
        int lo = 0, hi = dates.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (dates[mid].Span.Start < figure.Span.Start)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo == dates.Count)
            return dates[^1];
        return lo > 0 && Distance(dates[lo - 1], figure) <= Distance(dates[lo], figure) ? dates[lo - 1] : dates[lo];
    }

    // "in London", "across Europe": the nearest capitalised place after in/across/throughout in the same sentence.
    // The places of a sentence are found once (figures of one sentence come together) and searched by position.
    private static string? Place(Sentence sentence, Figure figure, ref (Sentence? Sentence, List<(int At, string Name)> Places) cache)
    {
        if (cache.Sentence != sentence)
            cache = (sentence, Places(sentence.Text));
        var places = cache.Places;
        if (places.Count == 0)
            return null;
        var at = figure.LocalStart - sentence.LocalStart;
        var i = places.BinarySearch((at, ""), PlaceOrder);
        if (i < 0)
            i = ~i;
        var best = i < places.Count ? places[i] : places[^1];
        if (i > 0 && (i == places.Count || at - places[i - 1].At <= places[i].At - at))
            best = places[i - 1];
        return best.Name;
    }

    private static readonly Comparer<(int At, string Name)> PlaceOrder = Comparer<(int At, string Name)>.Create((a, b) => a.At.CompareTo(b.At));

    private static List<(int At, string Name)> Places(string text)
    {
        var places = new List<(int At, string Name)>();
        foreach (var preposition in PlacePrepositions)
        {
            var i = 0;
            while ((i = text.IndexOf(preposition, i, StringComparison.Ordinal)) >= 0)
            {
                var nameStart = i + preposition.Length;
                var nameEnd = nameStart;
                while (nameEnd < text.Length && char.IsUpper(text[nameEnd]))
                {
                    while (nameEnd < text.Length && char.IsLetter(text[nameEnd]))
                        nameEnd++;
                    if (nameEnd + 1 < text.Length && text[nameEnd] == ' ' && char.IsUpper(text[nameEnd + 1]))
                        nameEnd++;
                }
                if (nameEnd > nameStart && (i == 0 || !char.IsLetter(text[i - 1])))
                    places.Add((i, text[nameStart..nameEnd].Trim()));
                i = nameStart;
            }
        }
        places.Sort(PlaceOrder);
        return places;
    }

    private static readonly string[] PlacePrepositions = ["in ", "across ", "throughout "];

    // "… around 100,000 soldiers at a time, …, requiring 300,000 in total": a count that names nothing counts
    // what the count just before it in the same or the previous sentence counted.
    private static void CarryCountedThings(List<Figure> figures)
    {
        for (var i = 1; i < figures.Count; i++)
        {
            var figure = figures[i];
            if (figure.Kind != FigureKind.Count || figure.Counted is not null || figure.IsPartitive || figure.UpperValue is not null)
                continue;
            var previous = figures[i - 1];
            if (previous.Block == figure.Block && previous.Kind == FigureKind.Count && previous.Counted is { } counted
                && figure.SentenceIndex - previous.SentenceIndex is 0 or 1)
            {
                figure.Counted = counted with { Inferred = true };
            }
        }
        // "10% of that": the share is of what the figure before it counted.
        for (var i = 1; i < figures.Count; i++)
        {
            if (figures[i].Of == AnaphoricOf)
                figures[i].Of = figures[i - 1].Counted?.Key ?? figures[i - 1].Text;
        }
    }

    internal const string AnaphoricOf = "@previous";

    /// <summary>Reads the figures of one block's tokens.</summary>
    // What a word contributes to the context of a figure near it: its name form ("@Toyota", for a capitalised word)
    // and its stem, each null when the word gives none. Worked out once per spelling: a long document asks for the
    // same few thousand words at every figure (ten words either side of each).
    private readonly record struct ContextForms(string? Name, string? Stem);

    private sealed class BlockReader(Block block, IReadOnlyList<Token> all, int from, int to, IReadOnlyList<TemporalExpression> dates, List<Figure> figures, Dictionary<string, string> spellings, Dictionary<string, ContextForms> contextForms)
    {
        private readonly string _text = block.Text;

        // Where reading resumes after a number that was not a figure but took the next number with it ("3-1", "020 7946").
        private int _resume;

        private Token T(int i) => all[from + i];

        private int Count => to - from;

        private string Lower(int i) => T(i).Text.ToLowerInvariant();

        private bool IsWord(int i, string word) => i >= 0 && i < Count && T(i).Kind == TokenKind.Word && T(i).Text.Equals(word, StringComparison.OrdinalIgnoreCase);

        private bool IsPunct(int i, string mark) => i >= 0 && i < Count && T(i).Kind == TokenKind.Punctuation && T(i).Text == mark;

        private bool Adjacent(int a, int b) => a >= 0 && b < Count && T(a).LocalStart + T(a).Text.Length == T(b).LocalStart;

        public void Read()
        {
            var i = 0;
            while (i < Count)
            {
                var next = TryFigure(i);
                i = next > i ? next : i + 1;
            }
        }

        // Reads a figure starting at token i; returns the index after it, or i when there is none.
        private int TryFigure(int i)
        {
            var number = ReadNumber(i);
            if (number is not { } n)
                return i;
            if (InsideDate(n.First, n.End))
                return n.End;
            _resume = n.End;
            var figure = Describe(n);
            if (figure is null)
                return _resume;
            figures.Add(figure);
            return Math.Max(n.End, figure.NextToken);
        }

        private bool InsideDate(int first, int end)
        {
            var startSource = T(first).Span.Start;
            var endSource = T(end - 1).Span.End;
            // A block's dates are in source order and never overlap, so their ends are in order too: the first date
            // ending after the number is the only one that can hold it (a scan of all of them per number was quadratic
            // in a block of thousands of dates).
            int lo = 0, hi = dates.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (dates[mid].Span.End <= startSource)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            return lo < dates.Count && dates[lo].Span.Start < endSource;
        }

        private record struct Number(int First, int End, decimal Value, bool Numeral, string? HyphenTail, bool IsFraction = false);

        private Number? ReadNumber(int i)
        {
            var token = T(i);
            if (token.Kind == TokenKind.Number)
                return ReadNumeral(i);
            if (token.Kind != TokenKind.Word)
                return null;
            var word = token.Text;
            if (ReadFraction(i) is { } fraction)
                return fraction;
            // "a million", "a dozen", "an estimated" is handled as an approximation, not a number.
            if ((word is "a" or "A" or "an") && i + 1 < Count && T(i + 1).Kind == TokenKind.Word)
            {
                if (T(i + 1).Text.Equals("dozen", StringComparison.OrdinalIgnoreCase))
                    return new Number(i, i + 2, 12, false, null);
                if (NumberWords.Magnitude(T(i + 1).Text) is { } m && !IsPunct(i + 2, "-"))
                    return Magnified(new Number(i, i + 2, m, false, null));
                return null;
            }
            var hyphen = word.IndexOf('-', StringComparison.Ordinal);
            int? value = NumberWords.ParseWord(word);
            string? tail = null;
            if (value is null && hyphen > 0)
            {
                // "two-hour", "five-year-old", "twenty-five-year-old", "two-thirds".
                var parts = word.Split('-');
                var take = parts.Length > 2 && NumberWords.ParseWord(parts[0] + "-" + parts[1]) is not null ? 2 : 1;
                value = NumberWords.ParseWord(string.Join('-', parts[..take]));
                tail = value is null ? null : string.Join('-', parts[take..]);
                if (value is null)
                    return null;
            }
            if (value is null)
                return null;
            if (NumberWords.IsOne(word) && (i + 1 >= Count || NumberWords.Magnitude(T(i + 1).Text) is null))
                return null;
            // "Six Nations", "Big Four": a capitalised number word inside a name.
            if (char.IsUpper(word[0]) && !IsSentenceStart(i) && i + 1 < Count && T(i + 1).Kind == TokenKind.Word && char.IsUpper(T(i + 1).Text[0]))
                return null;
            if (tail is null && i + 1 < Count && T(i + 1).Text.Equals("dozen", StringComparison.OrdinalIgnoreCase))
                return new Number(i, i + 2, value.Value * 12, false, null);
            var number = new Number(i, i + 1, value.Value, false, tail);
            return tail is null ? Magnified(number) : number;
        }

        // "half of", "half the", "a third of", "one quarter of", "two-thirds of", "three quarters of": a share in words,
        // only before what it is a share of (so "the second half" and "a quarter-final" are not figures).
        private Number? ReadFraction(int i)
        {
            var word = T(i).Text;
            // "the first three quarters of the year", "the second half of the season": parts of a period, not shares.
            if (i > 0 && T(i - 1).Kind == TokenKind.Word && Lower(i - 1) is "first" or "second" or "last" or "final" or "past" or "next" or "opening" or "closing" or "latter" or "former")
                return null;
            if (word.Equals("half", StringComparison.OrdinalIgnoreCase))
                return IsWord(i + 1, "of") || IsWord(i + 1, "the") || IsWord(i + 1, "its") || IsWord(i + 1, "their") || (i + 1 < Count && HalfOfSomethingNamed.Contains(T(i + 1).Text))
                    ? new Number(i, i + 1, 0.5m, false, null, IsFraction: true)
                    : null;
            var parts = word.Split('-');
            if (parts.Length == 2 && CountOfParts(parts[0]) is { } n && NumberWords.Fraction(parts[1]) is { } part)
                return IsWord(i + 1, "of") ? new Number(i, i + 1, n * part, false, null, IsFraction: true) : null;
            if (i + 2 < Count && CountOfParts(word) is { } count && T(i + 1).Kind == TokenKind.Word && NumberWords.Fraction(T(i + 1).Text) is { } each
                && !T(i + 1).Text.Equals("half", StringComparison.OrdinalIgnoreCase) && IsWord(i + 2, "of"))
            {
                return new Number(i, i + 2, count * each, false, null, IsFraction: true);
            }
            return null;
        }

        // "Of the fund, half went to schools": "half" as a subject, its whole named before it.
        private static readonly HashSet<string> HalfOfSomethingNamed = new(StringComparer.OrdinalIgnoreCase)
        {
            "went", "goes", "go", "is", "are", "was", "were", "has", "have", "had", "will", "would", "voted", "backed", "supported", "said", "say",
        };

        // "a third", "one third", "two thirds": how many parts.
        private static int? CountOfParts(string word) =>
            word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("one", StringComparison.OrdinalIgnoreCase) ? 1 : NumberWords.ParseWord(word);

        private Number? ReadNumeral(int i)
        {
            var token = T(i);
            var start = token.LocalStart;
            if (start > 0)
            {
                var before = _text[start - 1];
                // "F-35", "Covid-19", "MH17", "9/11", "3:1", "+44", "#5"
                if (char.IsLetter(before) || before is '/' or ':' or '+' or '#' || (before == '-' && start > 1 && char.IsLetter(_text[start - 2])))
                    return null;
            }
            if (token.Text.Length > 1 && token.Text[0] == '0' && token.Text[1] != '.')
                return null;
            if (NumberWords.ParseNumeral(token.Text) is not { } value)
                return null;
            var number = new Number(i, i + 1, value, true, null);
            if (i + 1 < Count && Adjacent(i, i + 1))
            {
                var next = T(i + 1);
                if (next.Kind == TokenKind.Word)
                {
                    // "£5m" is millions; "60m race" without a currency sign is metres, "3.5m copies" millions again.
                    // At the end of a sentence the tokenizer keeps the full stop with one letter ("£500m.").
                    var suffix = next.Text.Length == 2 && next.Text[1] == '.' ? next.Text[..1] : next.Text;
                    if (NumberWords.AttachedMagnitude(suffix) is { } m
                        && (suffix != "m" || HasCurrencySign(i) || (i + 2 < Count && T(i + 2).Kind == TokenKind.Word && CountedWords.IsPlural(Lower(i + 2)))))
                    {
                        return NumberWords.Multiply(value, m) is { } scaled ? Magnified(number with { End = i + 2, Value = scaled }) : null;
                    }
                    // "5km", "10kg", "50p" are read on; "1st", "1990s", "10am", "5G" are not figures.
                    if (!Lexicon.FigureUnits.ContainsKey(next.Text) && next.Text != "p")
                        return null;
                }
                else if (next.Text is "/" or ":" && i + 2 < Count && T(i + 2).Kind == TokenKind.Number && Adjacent(i + 1, i + 2))
                {
                    return null;
                }
            }
            return Magnified(number);
        }

        private bool HasCurrencySign(int i) => i > 0 && T(i - 1).Kind == TokenKind.Punctuation && Lexicon.Currencies.ContainsKey(T(i - 1).Text);

        // "two million", "1.5 billion", "two hundred thousand", "two hundred and fifty"; null when the value is
        // beyond what a decimal holds ("a trillion trillion trillion").
        private Number? Magnified(Number number)
        {
            var end = number.End;
            decimal? value = number.Value;
            while (value is not null && end < Count && T(end).Kind == TokenKind.Word && NumberWords.Magnitude(T(end).Text) is { } m && !IsPunct(end + 1, "-"))
            {
                value = NumberWords.Multiply(value.Value, m);
                end++;
                if (m == 100 && IsWord(end, "and") && end + 1 < Count && NumberWords.ParseWord(T(end + 1).Text) is { } rest and < 100)
                {
                    value += rest;
                    end += 2;
                }
            }
            return value is { } v ? number with { End = end, Value = v } : null;
        }

        private bool IsSentenceStart(int i) =>
            i == 0 || (T(i - 1).Kind == TokenKind.Punctuation && T(i - 1).Text is "." or "!" or "?" or ":" or "\"" or "“" or "‘" or "(" or "—" or "–" or "-" or ";");

        // Capitalised words that may stand before a figure at the start of a sentence ("About 100", "The 32").
        private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
        {
            "The", "Its", "Their", "His", "Her", "Our", "All", "Some", "About", "Around", "Nearly", "Almost", "Only", "Just",
            "Over", "More", "Fewer", "Less", "Roughly", "Approximately", "Another", "A", "An", "And", "But", "Those", "These",
            "Of", "By", "For", "In", "On", "At", "With", "From", "Up", "Between", "Under", "After", "Before", "Still",
        };

        private Figure? Describe(Number n)
        {
            var first = n.First;
            var end = n.End;
            var value = n.Value;

            // Years written as numerals: 1000–2199 without separators and without a unit, sign or magnitude.
            var text = T(first).Text;
            var isYearLike = n.Numeral && end == first + 1 && value is >= 1000 and < 2200 && value == decimal.Truncate(value) && !text.Contains(',', StringComparison.Ordinal);

            // Labels: "Article 5", "No. 10", "page 3", "Flight 370".
            var before = first - 1;
            if (before >= 0 && T(before).Kind == TokenKind.Punctuation && T(before).Text == "." && IsWord(before - 1, "No"))
                return null;
            if (before >= 0 && T(before).Kind == TokenKind.Word)
            {
                var word = T(before).Text;
                if (Lexicon.FigureLabels.Contains(word) && !Lexicon.Currencies.ContainsKey(word))
                    return null;
                if (char.IsUpper(word[0]) && !IsSentenceStart(before) && !IsPossessive(word) && !SentenceOpeners.Contains(word) && !Lexicon.Currencies.ContainsKey(word)
                    && !(word.All(char.IsUpper) && word.Length <= 3 && IsPunct(first - 1, "$")))
                {
                    return null;
                }
            }

            // Phone numbers and other digit groups: "020 7946 0000", "555-0100".
            if (n.Numeral && end < Count && T(end).Kind == TokenKind.Number && !text.Contains(',', StringComparison.Ordinal) && T(end).Text.Length >= 3)
            {
                for (_resume = end; _resume < Count && T(_resume).Kind == TokenKind.Number;)
                    _resume++;
                return null;
            }
            if (n.Numeral && IsPunct(end, "-") && end + 1 < Count && T(end + 1).Kind == TokenKind.Number && T(end + 1).Text.Length >= 4 && !T(end + 1).Text.Contains(','))
                return null;

            // Range: "10-15", "10 to 15", "between 10 and 15"; a score when sport is near ("won 3-1").
            decimal? upper = null;
            var k = end;
            if ((IsPunct(k, "-") || IsPunct(k, "–") || (IsWord(k, "to") && !IsWord(First(first) - 1, "from")) || (IsWord(k, "and") && IsWord(first - 1, "between")))
                && k + 1 < Count && ReadNumber(k + 1) is { } high && high.HyphenTail is null)
            {
                if (IsScore(first, high.End))
                {
                    _resume = high.End;
                    return null;
                }
                // "$10-15bn", "between 10 and 15 million": the magnitude written once applies to both ends.
                if (end == first + 1 && n.Numeral == (T(k + 1).Kind == TokenKind.Number) && NumberWords.ParseNumeral(T(k + 1).Text) is { } rawHigh and > 0
                    && high.Value > rawHigh && NumberWords.Multiply(value, high.Value / rawHigh) is { } scaled)
                {
                    value = scaled;
                }
                if (high.Value > value)
                {
                    upper = high.Value;
                    k = high.End;
                    end = high.End;
                }
            }
            else if (isYearLike)
            {
                return null;
            }

            var figure = Start(first, ref k, n, out var kind, out var currency, out var unit, out var isModifier);
            if (figure is null)
                return null;
            if (isYearLike && kind == FigureKind.Count && upper is null)
                return null;
            var last = T(figure.Value.End - 1);
            // "£500m." keeps its full stop in the token; the figure ends before it.
            var lastLength = last.Kind == TokenKind.Word && last.Text.Length == 2 && last.Text[1] == '.' ? 1 : last.Text.Length;
            var result = new Figure(block, T(figure.Value.Start).LocalStart, last.LocalStart + lastLength - T(figure.Value.Start).LocalStart)
            {
                Kind = kind,
                Value = value,
                UpperValue = upper,
                Currency = currency,
                Unit = unit,
                IsModifier = isModifier,
            };
            ReadBefore(result, figure.Value.Start);
            ReadAfter(result, k, n);
            result.Context = ContextWords(figure.Value.Start, result.NextToken, result.Counted);
            return result;
        }

        // The first token of the figure, with a currency sign in front ("$90bn", "US$5").
        private int First(int numberStart)
        {
            var i = numberStart;
            if (i > 0 && T(i - 1).Kind == TokenKind.Punctuation && Lexicon.Currencies.ContainsKey(T(i - 1).Text) && Adjacent(i - 1, i))
            {
                i--;
                if (i > 0 && T(i - 1).Kind == TokenKind.Word && Adjacent(i - 1, i) && Lexicon.Currencies.ContainsKey(T(i - 1).Text + T(i).Text))
                    i--;
            }
            else if (i > 0 && T(i - 1).Kind == TokenKind.Word && T(i - 1).Text.Length == 3 && T(i - 1).Text.All(char.IsUpper) && Lexicon.Currencies.ContainsKey(T(i - 1).Text))
            {
                i--;
            }
            return i;
        }

        private static readonly HashSet<string> SportWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "win", "won", "wins", "beat", "beats", "lost", "lose", "loses", "defeat", "defeated", "victory", "draw", "drew", "lead", "led",
            "score", "scored", "scoreline", "ruling", "verdict", "trail", "trailed", "goal", "goals", "set", "sets", "match", "game", "final", "vote", "votes", "voted",
        };

        private bool IsScore(int first, int end)
        {
            for (var i = Math.Max(0, first - 4); i < Math.Min(Count, end + 4); i++)
            {
                if (T(i).Kind == TokenKind.Word && SportWords.Contains(T(i).Text))
                    return true;
            }
            return false;
        }

        private record struct Extent(int Start, int End);

        // Kind, currency and unit from the tokens around the number; k moves past what belongs to the figure.
        private Extent? Start(int numberStart, ref int k, Number n, out FigureKind kind, out string? currency, out string? unit, out bool isModifier)
        {
            kind = FigureKind.Count;
            currency = null;
            unit = null;
            isModifier = false;
            var first = First(numberStart);
            if (first < numberStart)
            {
                kind = FigureKind.Money;
                currency = Lexicon.Currencies[string.Concat(Enumerable.Range(first, numberStart - first).Select(i => T(i).Text))];
            }

            if (n.IsFraction)
            {
                kind = FigureKind.Fraction;
                return new Extent(first, k);
            }

            // A hyphenated number word: "two-hour", "five-year-old".
            if (n.HyphenTail is { } tail)
            {
                if (tail.Equals("year-old", StringComparison.OrdinalIgnoreCase) || tail.Equals("years-old", StringComparison.OrdinalIgnoreCase))
                {
                    kind = FigureKind.Age;
                    isModifier = true;
                    return new Extent(first, k);
                }
                if (Lexicon.FigureUnits.TryGetValue(tail, out var u))
                {
                    kind = FigureKind.Measure;
                    unit = u;
                    isModifier = true;
                    return new Extent(first, k);
                }
                return null;
            }

            if (k < Count && T(k).Kind == TokenKind.Punctuation && T(k).Text == "%")
            {
                kind = FigureKind.Percent;
                return new Extent(first, ++k);
            }
            if (IsWord(k, "per") && IsWord(k + 1, "cent"))
            {
                kind = FigureKind.Percent;
                k += 2;
                return new Extent(first, k);
            }
            if (IsWord(k, "percent") || IsWord(k, "pct"))
            {
                kind = FigureKind.Percent;
                return new Extent(first, ++k);
            }
            if (IsWord(k, "percentage") && (IsWord(k + 1, "points") || IsWord(k + 1, "point")))
            {
                kind = FigureKind.PercentagePoints;
                k += 2;
                return new Extent(first, k);
            }
            if (k < Count && T(k).Kind == TokenKind.Word && Lexicon.Currencies.TryGetValue(T(k).Text, out var code) && kind != FigureKind.Money
                && (T(k).Text != "p" || Adjacent(k - 1, k)))
            {
                kind = FigureKind.Money;
                currency = code;
                return new Extent(first, ++k);
            }
            if (kind == FigureKind.Money)
                return new Extent(first, k);

            // "1,000-mile border", "45-year-old", "a 100-strong force".
            if (IsPunct(k, "-") && Adjacent(k - 1, k) && k + 1 < Count && T(k + 1).Kind == TokenKind.Word && Adjacent(k, k + 1))
            {
                var word = T(k + 1).Text;
                if (word.Equals("year-old", StringComparison.OrdinalIgnoreCase) || word.Equals("years-old", StringComparison.OrdinalIgnoreCase))
                {
                    kind = FigureKind.Age;
                    isModifier = true;
                    k += 2;
                    return new Extent(first, k);
                }
                var head = word.Split('-')[0];
                if (Lexicon.FigureUnits.TryGetValue(head, out var u))
                {
                    kind = FigureKind.Measure;
                    unit = u;
                    isModifier = true;
                    k += 2;
                    return new Extent(first, k);
                }
                if (word.Equals("strong", StringComparison.OrdinalIgnoreCase))
                {
                    isModifier = true;
                    k += 2;
                    return new Extent(first, k);
                }
                return null;
            }

            if (k < Count && T(k).Kind == TokenKind.Word && Lexicon.FigureUnits.TryGetValue(T(k).Text, out var measure) && (T(k).Text.Length > 2 || Adjacent(k - 1, k) || IsUnitAbbreviation(T(k).Text)))
            {
                if (measure == "year" && IsWord(k + 1, "old"))
                {
                    kind = FigureKind.Age;
                    k += 2;
                    return new Extent(first, k);
                }
                kind = FigureKind.Measure;
                unit = measure;
                return new Extent(first, ++k);
            }

            // "aged 45", "Smith, 45, said".
            if (IsWord(numberStart - 1, "aged") || IsWord(numberStart - 1, "age") || (IsWord(numberStart - 1, "of") && IsWord(numberStart - 2, "age"))
                || (IsPunct(numberStart - 1, ",") && numberStart >= 2 && T(numberStart - 2).Kind == TokenKind.Word && char.IsUpper(T(numberStart - 2).Text[0])
                    && (IsPunct(k, ",") || IsPunct(k, ")")) && n.Value is >= 1 and < 120 && n.Numeral))
            {
                kind = FigureKind.Age;
                return new Extent(first, k);
            }
            return new Extent(first, k);
        }

        private const int ContextWindow = 10;

        private const int ClauseReach = 8;

        // Content words near the figure, up to the sentence's ends: two mentions of one fact share them
        // ("killed 20 people in the cathedral attack" … "the cathedral attack that killed 18 people").
        private WordSet ContextWords(int first, int after, CountedThing? counted)
        {
            var words = new List<string>();
            var countedStem = counted is null ? null : CountedWords.Stem(counted.Lemma);
            for (var j = first - 1; j >= Math.Max(0, first - ContextWindow) && !IsSentenceEnd(j); j--)
                AddContextWord(words, j, countedStem);
            for (var j = after; j < Math.Min(Count, after + ContextWindow) && !IsSentenceEnd(j); j++)
                AddContextWord(words, j, countedStem);
            return words.Count == 0 ? WordSet.Empty : new WordSet([.. words]);
        }

        private bool IsSentenceEnd(int j) => T(j).Kind == TokenKind.Punctuation && T(j).Text is "." or "!" or "?";

        private void AddContextWord(List<string> words, int j, string? countedStem)
        {
            var token = T(j);
            if (token.Kind != TokenKind.Word)
                return;
            var forms = FormsOf(token.Text);
            // Names say who or what the figure is about ("Toyota … 1.20 mln cars", "Nissan … 1.03 mln cars").
            if (forms.Name is { } name && !IsSentenceStart(j))
                AddOnce(words, name);
            if (forms.Stem is { } stem && (countedStem is null || stem != countedStem))
                AddOnce(words, stem);
        }

        private ContextForms FormsOf(string word)
        {
            if (contextForms.TryGetValue(word, out var forms))
                return forms;
            string? name = null, stem = null;
            if (char.IsUpper(word[0]) && !Lexicon.FigureFunctionWords.Contains(word))
                name = Shared("@" + word.TrimEnd('\'', '’').Replace("'s", "", StringComparison.Ordinal).Replace("’s", "", StringComparison.Ordinal));
            if (word.Length >= 3 && !Lexicon.FigureFunctionWords.Contains(word) && !ApproximationWords.Contains(word) && NumberWords.ParseWord(word) is null
                && CountedWords.Stem(CountedWords.Lemma(word)) is { Length: > 0 } s)
                stem = Shared(s);
            return contextForms[word] = new ContextForms(name, stem);
        }

        // One string per spelling for the whole document: a long one repeats the same context words at every figure.
        private string Shared(string word)
        {
            if (!spellings.TryGetValue(word, out var shared))
                spellings[word] = shared = word;
            return shared;
        }

        private static void AddOnce(List<string> words, string word)
        {
            if (!words.Contains(word))
                words.Add(word);
        }

        private static bool IsPossessive(string word) => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith('\'') || word.EndsWith('’');

        private static bool IsUnitAbbreviation(string word) => word is "km" or "kg" or "ft" or "lb" or "lbs" or "mph";

        // Approximation, increment, comparison and definiteness from the words before the figure.
        private void ReadBefore(Figure figure, int first)
        {
            var i = first;
            foreach (var (words, kind) in Lexicon.FigureApproximations)
            {
                if (EndsWith(i, words))
                {
                    figure.Approximation = kind;
                    figure.ApproximationText = string.Join(' ', words);
                    i -= words.Length;
                    break;
                }
            }
            if (EndsWith(i, ["a", "total", "of"]))
            {
                figure.Qualifier = "a total of";
                figure.QualifierKind = QualifierKind.Aggregate;
                i -= 3;
            }
            if (i > 0 && T(i - 1).Kind == TokenKind.Word)
            {
                var word = Lower(i - 1);
                figure.IsIncrement = word is "another" or "further" or "extra" or "additional";
                figure.IsDefinite = word is "the" or "its" or "their" or "his" or "her" or "our" or "all" or "these" or "those"
                    || word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal);
            }
            figure.Verb = VerbBefore(i);
            // "a loss of 310 mln dlrs", "a stake of 20%": the noun before "of" is what the figure is.
            if (IsWord(i - 1, "of") && i >= 2 && T(i - 2).Kind == TokenKind.Word && !Lexicon.FigureFunctionWords.Contains(T(i - 2).Text)
                && char.IsLower(T(i - 2).Text[0]) && NumberWords.ParseWord(T(i - 2).Text) is null)
                figure.NounBefore = CountedWords.Fold(CountedWords.Lemma(Lower(i - 2)));
            // A change or comparison earlier in the clause: "rose to 20", "up from 15", "previously reported … 10".
            for (var j = i - 1; j >= Math.Max(0, i - ClauseReach); j--)
            {
                if (T(j).Kind == TokenKind.Punctuation && T(j).Text is "," or ";" or "." or ":" or "(" or ")")
                    break;
                if (T(j).Kind == TokenKind.Word && Lexicon.FigureChangeWords.Contains(T(j).Text) && !IsMakeUp(j))
                {
                    figure.IsComparison = true;
                    // "rose to 20" states the new level, "up from 15" and "than 10" what it is compared with, "rose 4.4 pct"
                    // and "cut by 10" the change itself.
                    var before = i > 0 && T(i - 1).Kind == TokenKind.Word ? Lower(i - 1) : "";
                    figure.Role = before switch
                    {
                        "to" or "at" or "reach" or "reached" or "reaching" or "between" => FigureRole.Level,
                        "from" or "than" or "versus" or "vs" or "with" => FigureRole.Compared,
                        _ => FigureRole.Change,
                    };
                    break;
                }
            }
            // "forecast to rise to 320 mln tonnes": a projection word anywhere in the clause before it, change or not.
            for (var j = i - 1; j >= Math.Max(0, i - ClauseReach); j--)
            {
                if (T(j).Kind == TokenKind.Punctuation && T(j).Text is "," or ";" or "." or ":" or "(" or ")")
                    break;
                if (T(j).Kind == TokenKind.Word && Lexicon.FigureProjectionWords.Contains(T(j).Text))
                {
                    figure.IsProjection = true;
                    break;
                }
            }
        }

        private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "its", "their", "his", "her", "our", "all", "some", "a", "an", "only", "just", "nearly", "almost", "between" };

        private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase) { "have", "has", "had", "were", "was", "are", "is", "been", "being", "be", "will", "would", "could", "reportedly", "also", "now", "already" };

        // The verb a figure is the object of: "killed 20 people", "requiring 300,000".
        private string? VerbBefore(int i)
        {
            var j = i - 1;
            while (j >= 0 && T(j).Kind == TokenKind.Word && Determiners.Contains(T(j).Text))
                j--;
            if (j < 0 || T(j).Kind != TokenKind.Word || char.IsUpper(T(j).Text[0]) || Lexicon.FigureFunctionWords.Contains(T(j).Text))
                return null;
            // A lower-case content word right before a count is nearly always its verb ("sank 12 ships", "cost 400 jobs").
            return CountedWords.Stem(Lower(j));
        }

        // The verb a figure is the subject of: "20 people were killed", "five died".
        private string? VerbAfter(int k)
        {
            var j = k;
            while (j < Count && T(j).Kind == TokenKind.Word && Auxiliaries.Contains(T(j).Text))
                j++;
            if (j >= Count || T(j).Kind != TokenKind.Word || char.IsUpper(T(j).Text[0]) || Lexicon.FigureFunctionWords.Contains(T(j).Text))
                return null;
            var word = Lower(j);
            return word.EndsWith("ed", StringComparison.Ordinal) || CountedWords.IsCommonVerb(word) ? CountedWords.Stem(word) : null;
        }

        // "make up 10%" is a share, not a rise.
        private bool IsMakeUp(int j) => Lower(j) == "up" && j > 0 && Lower(j - 1) is "make" or "makes" or "made" or "making";

        private bool EndsWith(int i, string[] words)
        {
            if (i - words.Length < 0)
                return false;
            for (var w = 0; w < words.Length; w++)
            {
                var token = T(i - words.Length + w);
                if (token.Kind != TokenKind.Word || !token.Text.Equals(words[w], StringComparison.OrdinalIgnoreCase))
                    return false;
            }
            return true;
        }

        // What the figure counts, its qualifier and partitive/comparison cues from the words after it.
        private void ReadAfter(Figure figure, int k, Number n)
        {
            if (IsWord(k, "more") || IsWord(k, "additional") || IsWord(k, "extra"))
            {
                figure.IsIncrement = true;
                k++;
            }
            // "half the town": a fraction takes its whole without "of".
            if (figure.Kind == FigureKind.Fraction && (IsWord(k, "the") || IsWord(k, "its") || IsWord(k, "their")))
            {
                figure.Of = NounPhrase(k + 1, out var afterWhole)?.Key;
                figure.NextToken = afterWhole;
                return;
            }
            if (IsWord(k, "of"))
            {
                var target = k + 1;
                if (target < Count && T(target).Kind == TokenKind.Word && Lower(target) is "that" or "this" or "it" or "them" or "those" or "these" or "which" or "whom" or "us")
                {
                    if (figure.Kind is FigureKind.Percent or FigureKind.Fraction)
                        figure.Of = AnaphoricOf;
                    else
                        figure.IsPartitive = true;
                    figure.NextToken = target + 1;
                    return;
                }
                // "three of the victims" is part of a group; "272 mln tonnes of grain" measures the grain.
                var determined = IsWord(target, "the") || IsWord(target, "its") || IsWord(target, "their") || IsWord(target, "all");
                if (determined)
                    target++;
                var of = NounPhrase(target, out var afterOf);
                if (figure.Kind is FigureKind.Percent or FigureKind.Fraction or FigureKind.Money)
                    figure.Of = of?.Key;
                else
                {
                    figure.IsPartitive = determined || figure.Kind != FigureKind.Measure;
                    figure.Counted = of;
                }
                figure.NextToken = afterOf;
                ReadQualifier(figure, afterOf);
                return;
            }
            var phrase = NounPhrase(k, out var after);
            // "a 4.4 pct rise", "a $5bn cut": the figure is the size of a change.
            if (phrase is not null && Lexicon.FigureChangeWords.Contains(phrase.Head))
                figure.Role = FigureRole.Change;
            figure.Counted = figure.Kind == FigureKind.Age ? null : phrase;
            figure.NextToken = after;
            figure.Verb ??= VerbAfter(after);
            ReadQualifier(figure, after);
            // "100 more than last year", "up from 15", "than".
            for (var j = after; j < Math.Min(Count, after + 3); j++)
            {
                if (T(j).Kind == TokenKind.Word && (Lower(j) is "than" or "compared" or "versus" or "vs" || (Lower(j) is "up" or "down" && IsWord(j + 1, "from"))))
                {
                    figure.IsComparison = true;
                    break;
                }

                if (T(j).Kind == TokenKind.Punctuation && T(j).Text is "." or ";")
                    break;
            }
        }

        private void ReadQualifier(Figure figure, int k)
        {
            if (IsPunct(k, ","))
                k++;
            foreach (var (words, kind) in Lexicon.FigureQualifiers)
            {
                if (StartsWith(k, words))
                {
                    figure.Qualifier = string.Join(' ', words);
                    figure.QualifierKind = kind;
                    return;
                }
            }
        }

        private bool StartsWith(int i, string[] words)
        {
            if (i + words.Length > Count)
                return false;
            for (var w = 0; w < words.Length; w++)
            {
                var token = T(i + w);
                if (token.Kind != TokenKind.Word || !token.Text.Equals(words[w], StringComparison.OrdinalIgnoreCase))
                    return false;
            }
            return true;
        }

        // The noun phrase starting at k: words up to a function word, a verb or a plural head.
        private CountedThing? NounPhrase(int k, out int after)
        {
            var words = new List<Token>();
            var j = k;
            while (j < Count && words.Count < 4)
            {
                var token = T(j);
                if (token.Kind != TokenKind.Word || Lexicon.FigureFunctionWords.Contains(token.Text) || NumberWords.ParseWord(token.Text) is not null)
                    break;
                var lower = token.Text.ToLowerInvariant();
                if ((words.Count > 0 && LooksLikeVerb(lower)) || SingleWordQualifiers.Contains(lower))
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
            var modifiers = words.Take(words.Count - 1).Select(w => CountedWords.Lemma(w.Text)).ToList();
            return new CountedThing(head.Text, CountedWords.Fold(CountedWords.Lemma(head.Text)), modifiers,
                TextSpan.FromBounds(words[0].Span.Start, head.Span.End), Inferred: false);
        }

        // "around", "nearly": how exact a figure is, not what it is about.
        private static readonly HashSet<string> ApproximationWords =
            new(Lexicon.FigureApproximations.SelectMany(a => a.Words), StringComparer.OrdinalIgnoreCase);

        private static readonly HashSet<string> SingleWordQualifiers =
            [.. Lexicon.FigureQualifiers.Where(q => q.Words.Length == 1).Select(q => q.Words[0].ToLowerInvariant())];

        private static bool LooksLikeVerb(string word) =>
            (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)) || (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal)) || CountedWords.IsCommonVerb(word);
    }
}
