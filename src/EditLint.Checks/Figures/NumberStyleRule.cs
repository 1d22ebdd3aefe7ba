using EditLint.Rules;
using EditLint.Text;
using System.Globalization;
using System.Text.RegularExpressions;
using EditLint.Configuration;
using EditLint.Diagnostics;
using EditLint.Documents;
using EditLint.Semantics;
using EditLint.Semantics.Figures;
using EditLint.Semantics.Lexicons;

namespace EditLint.Checks.Figures;

/// <summary>
/// EL2005: house number style. Whole numbers up to <see cref="HouseStyle.NumberWordsUpTo"/> (nine unless
/// configured) in words, larger ones in figures; no sentence starts with a numeral; "%", "per cent" or "percent"
/// one way (the configured form, else the article's most used one). The exceptions newsroom style guides make
/// are kept: ages, percentages, money, measures with units, scores and votes ("a 5-4 ruling"), dates, times,
/// labels and addresses ("Route 9", "4 Privet Drive"), and small numbers in a sentence with figures of 10 and
/// up ("between 8 and 12 people", "9 wins and 14 losses").
/// </summary>
public sealed partial class NumberStyleRule : Rule
{
    // How numbers are spelt in words (number-names.txt), by value.
    private static readonly IReadOnlyList<string> NumberNames = Lexicon.NumberNames;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.NumberStyle, "Number style",
        "{0}", RuleCategory.Figures, Severity.Info,
        "House number style: one to nine in words, 10 and up in figures, no sentence starting with a numeral, '%'/'per cent'/'percent' used one way.");

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup) => setup.OnDocumentEnd(context =>
    {
        var style = context.Settings.Style;
        var sentences = context.Model.Sentences;
        var figures = context.Model.Figures;
        var startsWithNumeral = new HashSet<int>();
        foreach (var sentence in sentences)
        {
            if (IsBody(sentence.Block) && sentence.Block.Kind != BlockKind.ListItem && NumeralAtStart(sentence) is { } numeral)
            {
                startsWithNumeral.Add(sentence.Index);
                context.Report(sentence.ToSource(numeral.Index, numeral.Length), $"'{numeral.Value}' starts a sentence: write it in words or recast the sentence");
            }
        }

        if (style.NumberWordsUpTo > 0)
        {
            // Sentences with a figure of 10 or more written as a numeral: their small numbers stay figures too.
            var withLargeNumerals = new HashSet<int>();
            foreach (var f in figures)
            {
                if (IsNumeral(f.Text) && (f.UpperValue ?? f.Value) > style.NumberWordsUpTo)
                    withLargeNumerals.Add(f.SentenceIndex);
            }
            foreach (var f in figures)
            {
                if (!IsBody(f.Block) || f.SentenceIndex < 0 || f.SentenceIndex >= sentences.Count)
                    continue;
                var sentence = sentences[f.SentenceIndex];
                if (SmallNumeral(f, sentence, style.NumberWordsUpTo) && !withLargeNumerals.Contains(f.SentenceIndex) && !startsWithNumeral.Contains(f.SentenceIndex))
                {
                    var value = (int)f.Value;
                    context.ReportWithFix(f.Span, value < NumberNames.Count ? NumberNames[value] : null,
                        $"'{f.Text}': numbers up to {Say(style.NumberWordsUpTo)} are written in words by house style");
                }
                else if (LargeWord(f, sentence, style.NumberWordsUpTo))
                {
                    var figure = f.Value.ToString("#,0", CultureInfo.InvariantCulture);
                    if (f.Kind == FigureKind.Percent)
                        context.ReportWithFix(f.Span, figure + f.Text[f.Number.Length..],
                            $"'{f.Text}': percentages are written in figures by house style");
                    else
                        context.ReportWithFix(f.Span, figure, $"'{f.Text}': numbers above {Say(style.NumberWordsUpTo)} are written in figures by house style");
                }
            }
        }

        PercentForms(context, figures, style.Percent);
    });

    private static bool IsBody(Block block) => block.IsInsideBody && block.Kind is BlockKind.Paragraph or BlockKind.BlockQuote or BlockKind.ListItem or BlockKind.Caption;

    private static bool IsNumeral(string text) => text.Length > 0 && char.IsAsciiDigit(text[0]);

    private static string Say(int n) => n < NumberNames.Count ? NumberNames[n] : n.ToString(CultureInfo.InvariantCulture);

    // "5 people" where the house writes "five people".
    private static bool SmallNumeral(Figure f, Sentence sentence, int upTo)
    {
        // Only a count of something named ("4 libraries"): a bare numeral is more often a label, a value or a brand
        // ("Halo 2 won", "values of about 2", "said 3 spokesperson").
        if (f.Kind != FigureKind.Count || f.IsModifier || f.UpperValue is not null || !f.IsWrittenInDigits || f.Value < 1 || f.Value > upTo
            || f.Counted is not { Inferred: false } counted || (f.Value > 1 && !CountedWords.IsPlural(counted.Head.ToLowerInvariant())))
        {
            return false;
        }
        var text = sentence.Text;
        var start = f.LocalStart - sentence.LocalStart;
        var end = start + f.Length;
        if (start < 0 || end > text.Length)
            return false;
        var before = FigureValues.TextBefore(text, start);
        var after = FigureValues.TextAfter(text, end);
        if (Month.IsMatch(before))
            return false;
        // A capitalised word before the numeral other than an opener ("The", "About": numeral-openers.txt) makes it a name.
        // A pair of numerals is a score, a vote or a ratio ("a 5-4 ruling", "won 3 to 1", "1 in 4"); a numeral next
        // to a name is a label or an address ("4 Privet Drive", "Channel 4").
        if (NamedBefore().Match(before) is { Success: true } name && !Lexicon.NumeralOpeners.Contains(name.Groups[1].Value))
            return false;
        return !Paired().IsMatch(after) && !PairedBefore().IsMatch(before) && !BeforeName().IsMatch(after)
            && !Decimal().IsMatch(after) && !Symbol().IsMatch(before) && !NotACount.IsMatch(after)
            && !(Bracket().IsMatch(before) && (after.StartsWith(')') || after.StartsWith(']')));
    }

    // "twelve people" where the house writes "12 people". Sentence-initial words are right by house style, and a
    // capitalised number word is a title ("Ocean's Eleven"); "a dozen", "hundreds", "a thousand" are idioms.
    private static bool LargeWord(Figure f, Sentence sentence, int upTo)
    {
        if (f.Kind is not (FigureKind.Count or FigureKind.Percent) || IsNumeral(f.Text) || f.UpperValue is not null || f.IsModifier)
            return false;
        // The figure must start with its number: "fifty per cent", not "$fifty%".
        var number = f.Number;
        if (!char.IsLower(f.Text[0]) || number.Contains(' ', StringComparison.Ordinal) || NumberWords.ParseWord(number) is not { } value)
            return false;
        var start = f.LocalStart - sentence.LocalStart;
        if (start <= 0 || start + f.Length > sentence.Text.Length || sentence.Text.AsSpan(0, start).Trim().Trim("\"“‘'(").Length == 0)
            return false;
        // "twenty three years", "Fifty nine percent", "one point three per cent" are read in parts: leave them to the
        // editor's eye.
        if (NumberWordAfter().IsMatch(FigureValues.TextAfter(sentence.Text, start + f.Length)) || PartBefore().IsMatch(FigureValues.TextBefore(sentence.Text, start)))
            return false;
        return f.Kind == FigureKind.Percent || value > upTo;
    }

    private record struct Numeral(int Index, int Length, string Value);

    // "10 people died." Years ("1976 was a good year"), numbered lists ("1. …"), times and names ("3D", "9/11")
    // may start a sentence.
    private static Numeral? NumeralAtStart(Sentence sentence)
    {
        var match = Leading().Match(sentence.Text);
        // A number before a name ("50 Cent said", "16 Ai Sugiyama (Japan)") or alone ("20,170.", an attendance) is not
        // a count that starts a sentence.
        if (!match.Success || !(match.Groups["pct"].Success || CountFollows().IsMatch(sentence.Text[(match.Index + match.Length)..])))
            return null;
        var number = match.Groups["n"];
        var digits = number.Value.Replace(",", "", StringComparison.Ordinal);
        if (digits.Length == 4 && !number.Value.Contains('.', StringComparison.Ordinal) && int.Parse(digits, CultureInfo.InvariantCulture) is >= 1000 and < 2200
            && !match.Groups["pct"].Success)
        {
            return null;
        }
        // "No. 5 is …" split after the abbreviation, "approx. 20 …": not a sentence start at all.
        var before = sentence.Block.Text[..sentence.LocalStart].TrimEnd();
        // "11. 6 pct": a decimal broken by a stray space, not a sentence end.
        if (before.Length > 1 && before[^1] == '.' && char.IsAsciiDigit(before[^2]))
            return null;
        if (before.Length > 0 && before[^1] != '.' && before[^1] != '!' && before[^1] != '?' && before[^1] != '"' && before[^1] != '”')
            return null;
        if (Abbreviation.IsMatch(before))
            return null;
        return new Numeral(number.Index, number.Length, number.Value);
    }

    private enum Form { Sign, PerCent, Percent, Pct }

    // A sign written in any other way ("per  cent") is left alone.
    private static Form? FormOf(Figure f) =>
        f.PercentSign is not { } sign ? null
        : sign == "%" ? Form.Sign
        : sign.Equals("per cent", StringComparison.OrdinalIgnoreCase) ? Form.PerCent
        : sign.Equals("percent", StringComparison.OrdinalIgnoreCase) ? Form.Percent
        : sign.Equals("pct", StringComparison.OrdinalIgnoreCase) ? Form.Pct
        : null;

    private static string Written(Form form) => form switch
    {
        Form.Sign => "%",
        Form.PerCent => "per cent",
        Form.Percent => "percent",
        _ => "pct",
    };

    // The house form when configured; else the form the article uses most (the first one used on a tie).
    private static void PercentForms(DocumentContext context, IReadOnlyList<Figure> figures, PercentStyle configured)
    {
        var used = new List<(Figure Figure, Form Form)>();
        foreach (var f in figures)
        {
            // "five per cent" is reported for its words; "Forty-three per cent" opening a sentence is right as written.
            if (f.Kind == FigureKind.Percent && IsBody(f.Block) && IsNumeral(f.Text) && FormOf(f) is { } form)
                used.Add((f, form));
        }
        if (used.Count == 0)
            return;
        Form house;
        string why;
        if (configured != PercentStyle.Unset)
        {
            house = configured switch { PercentStyle.Sign => Form.Sign, PercentStyle.TwoWords => Form.PerCent, _ => Form.Percent };
            why = "the house style";
        }
        else
        {
            var counts = used.GroupBy(u => u.Form).Select(g => (Form: g.Key, Count: g.Count(), First: used.FindIndex(u => u.Form == g.Key))).ToList();
            if (counts.Count < 2)
                return;
            var top = counts.OrderByDescending(c => c.Count).ThenBy(c => c.First).First();
            house = top.Form;
            why = $"the form this article uses {top.Count} times";
        }
        foreach (var (f, form) in used)
        {
            if (form == house)
                continue;
            var replacement = house == Form.Sign ? f.Number + "%" : f.Number + " " + Written(house);
            context.ReportWithFix(f.Span, replacement, $"'{f.Text}': write '{Written(house)}', {why}");
        }
    }

    // A month right before the numeral (month-forms.txt): "March 5", "Sept. 12".
    private static readonly Regex Month = LexiconRegex.Of("month-forms", @"\b(?:{words})\.?\s+$", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"^\s*(?:-|–|—|to|in|of|out\s+of|or|and|by|x|×)\s*\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex Paired();

    [GeneratedRegex(@"\d\s*(?:-|–|—|to|in|of|out\s+of|or|and|by|x|×)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex PairedBefore();

    [GeneratedRegex(@"^\s+\p{Lu}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex BeforeName();

    [GeneratedRegex(@"^[.,]\d", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex Decimal();

    [GeneratedRegex(@"(\p{Lu}[\p{L}'’-]*)\s+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex NamedBefore();

    // "5:30", "4~5", "3 a.m.", "1 o'clock", "6 1/2", "6. Juli", "2 megabits", "1 mg" (numeral-units.txt): a time, a range,
    // a fraction, a name or a measure the figure facts did not read as such.
    private static readonly Regex NotACount =
        LexiconRegex.Of("numeral-units", @"^(?:[:~/]|\s*[aApP]\.?[mM]\b|\s+o['’]clock\b|\s+\d+/\d|\.\s*\p{Lu}|\s+(?:{words})\b)");

    [GeneratedRegex(@"[(\[]\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex Bracket();

    // "#5", "+3", "v2": not a count.
    [GeneratedRegex(@"[#+=/\\×x*]\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex Symbol();

    // The number a sentence starts with (after quotes and brackets), unless a letter, '/', ':' or a list's '.' or
    // ')' follows it: "3D", "9/11", "10:30", "1. Preheat".
    // ASCII digits only: digits of other scripts ("٢٠٢٤") are not numerals of this style, and int.Parse refuses them.
    [GeneratedRegex(@"^[\s""“‘'(\[]*(?<n>[0-9][0-9,]*(?:\.[0-9]+)?)(?![\d\p{L}/:]|[.)]\s|[.)]$)(?:\s*(?<pct>%|per\s+cent|percent|pct))?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex Leading();

    [GeneratedRegex(@"^\s+(?:one|two|three|four|five|six|seven|eight|nine)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex NumberWordAfter();

    [GeneratedRegex(@"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|point)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex PartBefore();

    // A count is followed by a word in lower case, but not by a singular verb: "3 is looking" names the network "3".
    [GeneratedRegex(@"^\s+(?!(?:is|was|has|does)\b)\p{Ll}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex CountFollows();

    // "No. 5", "approx. 20" (numeral-abbreviations.txt): an abbreviation's full stop, not a sentence's end.
    private static readonly Regex Abbreviation = LexiconRegex.Of("numeral-abbreviations", @"(?:^|\s)(?:{words})\.$");
}
