using EditLint.Semantics.Quotes;
using EditLint.Rules;
using EditLint.Text;
using System.Globalization;
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
public sealed class NumberStyleRule : Rule
{
    // How numbers are spelt in words (number-names.txt), by value.
    private static readonly IReadOnlyList<string> NumberNames = Lexicon.NumberNames;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.NumberStyle, "Number style",
        "{0}", RuleCategory.Figures, Severity.Info,
        "House number style: one to nine in words, 10 and up in figures, no sentence starting with a numeral, '%'/'per cent'/'percent' used one way.");

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> Reads { get; } = [typeof(Sentence), typeof(Figure), typeof(Quote)];

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup) => setup.OnDocumentEnd(context =>
    {
        var style = context.Settings.Style;
        var sentences = context.Model.Sentences;
        var figures = context.Model.Figures;
        var startsWithNumeral = new HashSet<int>();
        foreach (var sentence in sentences)
        {
            if (IsBody(sentence.Block) && sentence.Block.Kind != BlockKind.ListItem && OpeningNumeral.Of(sentence) is { } numeral)
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
                if (SmallNumeral(f, style.NumberWordsUpTo) && !withLargeNumerals.Contains(f.SentenceIndex) && !startsWithNumeral.Contains(f.SentenceIndex))
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
    private static bool SmallNumeral(Figure f, int upTo)
    {
        // Only a count of something named ("4 libraries"): a bare numeral is more often a label, a value or a brand
        // ("Halo 2 won", "values of about 2", "said 3 spokesperson").
        if (f.Kind != FigureKind.Count || f.IsModifier || f.UpperValue is not null || !f.IsWrittenInDigits || f.Value < 1 || f.Value > upTo
            || f.Counted is not { Inferred: false } counted || (f.Value > 1 && !CountedWords.IsPlural(counted.Head.ToLowerInvariant())))
        {
            return false;
        }
        // Nothing around it says it is a date, a label or address, a score or ratio, a decimal, a symbol's, a time or
        // unit, or a list marker.
        return f.Marks is { } marks && (marks & NotACount) == 0;
    }

    private const NumeralMarks NotACount = NumeralMarks.AfterMonth | NumeralMarks.AfterName | NumeralMarks.Paired | NumeralMarks.BeforeName
        | NumeralMarks.DecimalPart | NumeralMarks.AfterSymbol | NumeralMarks.TimeOrUnit | NumeralMarks.Bracketed;

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
        if (f.Marks is not { } marks || marks.HasFlag(NumeralMarks.PartOfWords))
            return false;
        return f.Kind == FigureKind.Percent || value > upTo;
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
}
