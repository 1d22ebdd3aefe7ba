using EditLint.Rules;
using EditLint.Text;
using System.Globalization;
using System.Text.RegularExpressions;
using EditLint.Diagnostics;
using EditLint.Semantics;
using EditLint.Semantics.Figures;
using EditLint.Semantics.Lexicons;

using NRules.Fluent.Dsl;
using Rule = EditLint.Rules.Rule;

namespace EditLint.Checks.Figures;

/// <summary>
/// EL2004: an amount converted in brackets ("$90bn (£66.6bn)", "€5m ($5.4m)", "£10 (US$13)") implies an exchange
/// rate; a pair whose rate differs by more than 5% from the other pairs of the same two currencies (from the first pair
/// when there are two, from the pair nearest the median rate when there are more) (plus
/// what the rounding of the four amounts allows) is reported. One pair alone never is. Pairs are grouped by
/// currency pair in one pass, so the cost grows linearly with the number of figures.
/// </summary>
public sealed partial class CurrencyConversionRule : Rule
{
    // How far two conversions of one currency pair may differ before an editor should look: rates move a little
    // within the life of a story, and converted amounts are rounded.
    private const decimal Tolerance = 0.05m;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.CurrencyConversion, "Currency conversion inconsistent",
        "'{0}' implies {1}, but '{2}' implied {3}: check the conversion", RuleCategory.Figures, Severity.Info,
        "Paired amounts ('$90bn (£66.6bn)') whose implied rate differs by more than a tolerance from other pairs in the same article.");

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> Reads { get; } = [typeof(Figure)];

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup) => setup.UseFacts(new Conversions());

    // The article's conversions ("$90bn (£66.6bn)"), grouped by their two currencies: each group of two or more is
    // checked against its reference conversion.
    private sealed class Conversions : FactRule
    {
        // Its one match is a group of two pairs or more.
        protected override bool MatchesOnlyFacts => true;

        public override IEnumerable<object> Facts(SemanticModel model)
        {
            var figures = model.Figures;
            for (var i = 0; i + 1 < figures.Count; i++)
            {
                if (Read(figures[i], figures[i + 1]) is { } pair)
                    yield return pair;
            }
        }

        public override void Define()
        {
            DocumentContext context = null!;
            IGrouping<object, Pair> group = null!;
            // Keyed by the currency pair boxed (equal as values, as before): NRules makes its grouping type by reflection,
            // and a native (AOT) build has code for it only over reference types.
            When()
                .Match(() => context)
                .Query(() => group, q => q.Match<Pair>().GroupBy(p => (object)p.Key).Where(g => g.Count() > 1));
            Then()
                .Do(_ => Compare(context, group));
        }
    }

    private static void Compare(DocumentContext context, IEnumerable<Pair> conversions)
    {
        // In reading order: with two, the first is the reference.
        var group = conversions.OrderBy(p => p.Amount.Span.Start).ToList();
        var reference = Reference(group);
        foreach (var pair in group)
        {
            if (pair == reference)
                continue;
            var ratio = pair.Rate / reference.Rate;
            var allowed = Tolerance + pair.Rounding + reference.Rounding;
            if (Math.Abs(ratio - 1m) <= allowed)
                continue;
            context.Report(Span(pair), [(Span(reference), group.Count == 2 ? "the first conversion between these currencies" : "the conversion most of the article agrees with")],
                pair.Words, pair.Describe(), reference.Words, reference.Describe());
        }
    }

    // Two pairs: the first is the reference. Three or more: the pair nearest the median rate, so that one slip among
    // consistent conversions is the one reported, whichever comes first ("$19.5m (£14.9m)" among pairs at 1.88).
    private static Pair Reference(List<Pair> group)
    {
        if (group.Count == 2)
            return group[0];
        var rates = group.Select(p => p.Rate).Order().ToList();
        var median = rates[(rates.Count - 1) / 2];
        return group.MinBy(p => Math.Abs(p.Rate - median))!;
    }

    // From the amount to the closing bracket of its conversion.
    private static Text.TextSpan Span(Pair pair) =>
        pair.Amount.Block.Content.ToSource(pair.Amount.LocalStart, pair.Words.Length);

    private static Pair? Read(Figure amount, Figure converted)
    {
        if (amount.Kind != FigureKind.Money || converted.Kind != FigureKind.Money || amount.Block != converted.Block
            || amount.Currency is not { } from || converted.Currency is not { } to || from == to
            || amount.UpperValue is not null || converted.UpperValue is not null || amount.Value <= 0 || converted.Value <= 0)
        {
            return null;
        }
        var text = amount.Block.Text;
        var between = amount.LocalStart + amount.Length;
        if (converted.LocalStart < between || !Opening.IsMatch(text[between..converted.LocalStart]))
            return null;
        var after = converted.LocalStart + converted.Length;
        if (!Closing().IsMatch(text[after..Math.Min(text.Length, after + 12)]))
            return null;
        // Searched in place: copying the rest of the block per pair was quadratic in a long paragraph.
        var words = text[amount.LocalStart..Math.Min(text.Length, (text.IndexOf(')', after) is var close and >= 0 ? close : after - 1) + 1)];
        var rounding = Rounding(amount) + Rounding(converted);
        // One key per pair of currencies whichever way round they are written: "£10 ($13)" and "$26 (£20)" agree.
        // A rate that rounds to nothing or is beyond a decimal ("£0.01 ($79,228,…)") cannot be compared.
        var forward = string.CompareOrdinal(from, to) < 0;
        var rate = forward ? Divide(converted.Value, amount.Value) : Divide(amount.Value, converted.Value);
        return rate is > 0 ? new Pair(forward ? (from, to) : (to, from), rate.Value, rounding, amount, converted, words) : null;
    }

    private static decimal? Divide(decimal a, decimal b) => b >= 1 || a <= decimal.MaxValue * b ? a / b : null;

    // "£66.6bn" is anything from 66.55bn to 66.65bn: half a unit of its last digit, relative to its size. Half a
    // unit of "$1bn" would allow anything from $0.5bn; writers who round that hard are rare, so no amount is given
    // more than 2.5% either way.
    private static decimal Rounding(Figure f) => f.Value == 0 ? 0 : Math.Min(0.025m, f.HalfUnit / f.Value);

    private sealed record Pair((string Low, string High) Key, decimal Rate, decimal Rounding, Figure Amount, Figure Converted, string Words)
    {
        // "1 GBP = 1.35 USD", the rate written from the lower currency code, as the key is.
        public string Describe() => $"1 {Key.Low} = {Significant(Rate)} {Key.High}";

        // Four significant digits: "1.888", "0.008163", "191.5".
        private static string Significant(decimal rate)
        {
            var digits = Math.Clamp(3 - (int)Math.Floor(Math.Log10((double)rate)), 0, 12);
            return Math.Round(rate, digits).ToString("#,0.############", CultureInfo.InvariantCulture);
        }
    }

    // The opening bracket of a conversion, with an approximation if any (conversion-approximations.txt).
    private static readonly Regex Opening = LexiconRegex.Of("conversion-approximations", @"^\s*\(\s*(?:(?:{words})\s*)?$", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"^[^()]{0,10}\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex Closing();
}
