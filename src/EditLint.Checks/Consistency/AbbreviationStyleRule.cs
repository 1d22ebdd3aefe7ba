using EditLint.Semantics.Quotes;
using System.Buffers;
using System.Collections.Frozen;
using System.Text.Json;
using EditLint.Caching;
using EditLint.Documents;
using EditLint.Rules;
using EditLint.Configuration;
using EditLint.Diagnostics;
using EditLint.Readers;
using EditLint.Checks.Data;
using EditLint.Semantics;
using EditLint.Text;
using NRules.Fluent.Dsl;
using Rule = EditLint.Rules.Rule;

namespace EditLint.Checks.Consistency;

/// <summary>
/// EL4003: abbreviations written with and without full stops (U.S. / US). With a house style configured
/// (<c>style: { abbreviations: dotted }</c>) every other form is reported. Without one, an article that mixes the forms
/// has its less used form reported; across a run, each article counts for its own style (its more used form), and an
/// article whose style fewer articles share is reported once, at its first use (a workspace finding), naming the
/// majority form and where it is used.
/// </summary>
public sealed class AbbreviationStyleRule : Rule
{
    private const int PlacesNamed = 3;

    private static readonly IReadOnlyList<AbbreviationPair> Pairs =
        [.. Lexicon.Read("abbreviations.txt").Select(r => new AbbreviationPair(r[0], r[1]))];

    // Each written form of the pairs ("U.S.", "U.S", "US") with the pairs it is a form of, dotted or not, in the pairs'
    // order: every word of every article is looked up here once, instead of against every pair.
    private static readonly FrozenDictionary<string, FormUse[]> Forms = IndexForms();

    private static readonly SearchValues<char> HeadEnds = SearchValues.Create("-'’");

    // The letters the forms begin with ("U", "E"): a word that begins otherwise is none of them, told without a lookup.
    private static readonly SearchValues<char> FormStarts = EditLint.Semantics.Lexicons.Lexicon.FirstLetters(Forms.Keys);

    // Each document's uses, kept with its model (see SemanticModel.GetSummary).
    private static readonly object UsesKey = new();

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.AbbreviationStyle, "Abbreviation style inconsistent",
        "'{0}' here, but '{1}' {2}", RuleCategory.Consistency, Severity.Info,
        "Abbreviations such as U.S./US, U.K./UK, U.N./UN written both ways in one article, across the articles of a run, or against the configured house form.");

    // The rule's data and groups are classes, and grouped with loops: tuples, and LINQ's groups and orders keyed by an int
    // or a bool, have no ReadyToRun code, and the JIT compiled some forty of their methods at start-up.

    /// <summary>An abbreviation's two forms (U.S. / US).</summary>
    private sealed record AbbreviationPair(string Dotted, string Undotted);

    /// <summary>One use of an abbreviation, in the story or in a site's summary box around it.</summary>
    private sealed record Use(ArticleDocument Document, int Pair, bool Dotted, TextSpan Span, bool InSummaryBox)
    {
        public string Form => Dotted ? Pairs[Pair].Dotted : Pairs[Pair].Undotted;
    }

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> Reads { get; } = [typeof(Token), typeof(Quote)];

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup)
    {
        setup.UseFacts(new InArticle());
        setup.UseWorkspaceFacts(new AcrossArticles());
    }

    /// <summary>An article's uses of one pair, in the article's order.</summary>
    private sealed record PairUses(int Pair, List<Use> Uses);

    /// <summary>Uses of one form, dotted or not, in the article's order.</summary>
    private sealed record FormUses(bool Dotted, List<Use> Uses)
    {
        /// <summary>The first use in the text (of equal starts, the first listed).</summary>
        public Use First => Uses.Aggregate((first, u) => u.Span.Start < first.Span.Start ? u : first);
    }

    // Each pair used, with its uses, in the order of first use (as GroupBy would give them).
    private static List<PairUses> ByPair(List<Use> uses)
    {
        var byPair = new PairUses?[Pairs.Count];
        var pairs = new List<PairUses>();
        foreach (var use in uses)
        {
            if (byPair[use.Pair] is not { } group)
                pairs.Add(byPair[use.Pair] = group = new PairUses(use.Pair, []));
            group.Uses.Add(use);
        }
        return pairs;
    }

    // The forms used, each with its uses, in the order of first use (as GroupBy would give them).
    private static List<FormUses> ByForm(IEnumerable<Use> uses)
    {
        var forms = new List<FormUses>(2);
        foreach (var use in uses)
        {
            if (forms.Find(f => f.Dotted == use.Dotted) is not { } form)
                forms.Add(form = new FormUses(use.Dotted, []));
            form.Uses.Add(use);
        }
        return forms;
    }

    // Each abbreviation the article uses, with its uses: against the house form, or both forms in one article.
    private sealed class InArticle : EachFact<PairUses>
    {
        public override IEnumerable<object> Facts(SemanticModel model) => ByPair(UsesIn(model));

        protected override void Act(DocumentContext context, PairUses fact) => AnalyzePair(context, fact);
    }

    private static void AnalyzePair(DocumentContext context, PairUses pair)
    {
        var house = context.Settings.Style.Abbreviations;
        if (house != AbbreviationStyle.Unset)
        {
            var wanted = house == AbbreviationStyle.Dotted;
            foreach (var use in pair.Uses.Where(u => u.Dotted != wanted))
                context.ReportWithFix(use.Span, wanted ? Pairs[use.Pair].Dotted : Pairs[use.Pair].Undotted, use.Form, wanted ? Pairs[use.Pair].Dotted : Pairs[use.Pair].Undotted, "is the house style");
            return;
        }
        var forms = ByForm(pair.Uses);
        if (forms.Count < 2)
            return;
        var usual = Usual(forms, StoryStyle(pair.Uses));
        var first = usual.First;
        var line = context.Document.Source.GetPosition(first.Span.Start).DisplayLine;
        foreach (var use in forms.Where(f => f != usual).SelectMany(f => f.Uses))
            context.Report(use.Span, [(first.Span, $"'{first.Form}'")], use.Form, first.Form, $"elsewhere in this article ({usual.Uses.Count}×, first on line {line}); use one style");
    }

    /// <summary>One article's style for one pair: the form its story uses (else its more used), its first use and its uses of that form.</summary>
    private sealed record ArticleStyle(int Pair, bool Dotted, Use First, int Uses)
    {
        public string Path => First.Document.Path;
    }

    /// <summary>The styles of some articles for one pair, as one fact: the comparison takes every article using the pair.</summary>
    private sealed record StylesBundle(int Pair, ArticleStyle[] Articles);

    // Each article counts once, for its own style: an article that mixes forms has its other uses reported in the
    // article (AnalyzeDocument), so judging it here as well would report one place twice. An article with a house
    // style of its own is judged against that style alone.
    private sealed class AcrossArticles : WorkspaceFactRule
    {
        public override IEnumerable<object> Facts(SemanticModel model) =>
            model.Settings.Style.Abbreviations != AbbreviationStyle.Unset ? [] : ByPair(UsesIn(model)).Select(StyleOf);

        public override bool BundlesFacts => true;

        // One fact per pair for the bundle's articles: a pair's group is every article using it, however many bundles.
        public override IEnumerable<object> Bundle(IReadOnlyList<object> facts) =>
            facts.Cast<ArticleStyle>().GroupBy(s => s.Pair).Select(g => new StylesBundle(g.Key, [.. g]));

        public override bool CanStoreFacts => true;

        // [pair, dotted, first use's start, length, in a summary box, uses]: the pair is an index into the lexicon this
        // build carries, which a stored fact's key includes.
        public override void WriteFact(object fact, Utf8JsonWriter writer)
        {
            var style = (ArticleStyle)fact;
            writer.WriteStartArray();
            writer.WriteNumberValue(style.Pair);
            writer.WriteBooleanValue(style.Dotted);
            writer.WriteNumberValue(style.First.Span.Start);
            writer.WriteNumberValue(style.First.Span.Length);
            writer.WriteBooleanValue(style.First.InSummaryBox);
            writer.WriteNumberValue(style.Uses);
            writer.WriteEndArray();
        }

        public override object ReadFact(JsonElement json, ArticleDocument document, DocumentSettings settings)
        {
            var (pair, dotted) = (json[0].GetInt32(), json[1].GetBoolean());
            if (pair < 0 || pair >= Pairs.Count)
                throw new FormatException($"a stored abbreviation pair {pair}, not one of the {Pairs.Count} this build knows");
            var first = new Use(document, pair, dotted, StoredValues.SpanIn(document, json[2].GetInt32(), json[3].GetInt32()), json[4].GetBoolean());
            return new ArticleStyle(pair, dotted, first, json[5].GetInt32());
        }

        public override void Define()
        {
            IGrouping<object, StylesBundle> bundles = null!;
            // No condition on the group: NRules asks it again at every article added to the group, and asking whether a
            // group mixes styles reads the whole group, which made a run quadratic in its articles (16 times the corpus:
            // 48 s). Compare finds nothing in a group of one style.
            // Keyed by the pair's index boxed: NRules makes its grouping type by reflection, and a native (AOT) build has
            // code for it only over reference types.
            When()
                .Query(() => bundles, q => q.Match<StylesBundle>().GroupBy(b => (object)b.Pair));
            Then()
                .Yield(_ => new WorkspaceFindings(Compare(bundles.SelectMany(b => b.Articles))));
        }
    }

    private static ArticleStyle StyleOf(PairUses uses)
    {
        var usual = Usual(ByForm(uses.Uses), StoryStyle(uses.Uses));
        return new ArticleStyle(uses.Pair, usual.Dotted, usual.First, usual.Uses.Count);
    }

    // The articles of the less common style (of each style, on a tie), each at its first use, against the majority's.
    private static IEnumerable<WorkspaceFinding> Compare(IEnumerable<ArticleStyle> pair)
    {
        var styles = pair.OrderBy(a => a.Path, StringComparer.Ordinal)
            .GroupBy(a => a.Dotted)
            .Select(f => (Dotted: f.Key, Articles: f.Select(a => a.First).ToList(), Uses: f.Sum(a => a.Uses)))
            .OrderByDescending(f => f.Articles.Count).ThenByDescending(f => f.Uses).ToList();
        if (styles.Count < 2)
            yield break;
        var tie = styles[0].Articles.Count == styles[1].Articles.Count && styles[0].Uses == styles[1].Uses;
        foreach (var style in styles)
        {
            if (!tie && style == styles[0])
                continue;
            var majority = styles.First(s => s != style);
            // Counted once per style, not once per article of the other: a run of many articles has thousands on each side.
            var majorityUses = majority.Articles.CountBy(a => a.Document).ToDictionary();
            // An article with no use in the majority names the same other articles as every such article: one string for
            // all of them (16 copies of the corpus: thousands of findings, each naming the same three).
            string? whereFromOutside = null;
            foreach (var first in style.Articles)
            {
                var usesInMajority = majorityUses.GetValueOrDefault(first.Document);
                if (majority.Articles.Count == usesInMajority)
                    continue;
                var where = usesInMajority == 0 ? whereFromOutside ??= Where(majority.Articles, first.Document) : Where(majority.Articles, first.Document);
                yield return new WorkspaceFinding(first.Document, first.Span, [], first.Form, majority.Articles[0].Form, where);
            }
        }
    }

    // Where the majority's style is used, as the message names it: how many articles, and the first few but the reported one.
    private static string Where(List<Use> majority, ArticleDocument reported)
    {
        var others = majority.Where(a => a.Document != reported).ToList();
        var places = string.Join(", ", others.Take(PlacesNamed).Select(u => $"{u.Document.Path}:{u.Document.Source.GetPosition(u.Span.Start).DisplayLine}"));
        var more = others.Count > PlacesNamed ? ", …" : "";
        return $"in {(others.Count == 1 ? "1 other article" : $"{others.Count} other articles")} of this run ({places}{more})";
    }

    // The form the story itself uses more is an article's style (a site's summary boxes around a republished story do
    // not set it); without story uses, the more used form; on a tie, the form used first.
    private static FormUses Usual(List<FormUses> forms, bool? storyStyle) =>
        storyStyle is { } dotted && forms.Find(f => f.Dotted == dotted) is { } story ? story : MoreUsed(forms);

    // The form used more; on a tie, the one used first in the text; on a tie again, the one listed first.
    private static FormUses MoreUsed(List<FormUses> forms) =>
        forms.Aggregate((best, f) => f.Uses.Count > best.Uses.Count || (f.Uses.Count == best.Uses.Count && f.First.Span.Start < best.First.Span.Start) ? f : best);

    private static bool? StoryStyle(IEnumerable<Use> uses)
    {
        var story = ByForm(uses.Where(u => !u.InSummaryBox));
        return story.Count == 0 || (story.Count > 1 && story[0].Uses.Count == story[1].Uses.Count) ? null : MoreUsed(story).Dotted;
    }

    private static List<Use> UsesIn(SemanticModel model) => model.GetSummary(UsesKey, m => Uses(m).ToList());

    private static IEnumerable<Use> Uses(SemanticModel model)
    {
        // Once per block, not once per token: a block's capitals are counted over its whole text.
        var shouted = new Dictionary<object, bool>(ReferenceEqualityComparer.Instance);
        var boxes = PageResidue.SummaryBoxes(model.Document.Blocks);
        foreach (var token in model.Tokens)
        {
            // The form first: nearly every word is none, and the block's capitals need counting only for one that is.
            if (token.Kind != TokenKind.Word || FormsOf(token.Text, out var headLength) is not { } pairs)
                continue;
            if (!shouted.TryGetValue(token.Block, out var isShouted))
                shouted[token.Block] = isShouted = ShoutedBlock(token.Block.Text);
            if (isShouted || PartOfACode(token))
                continue;
            foreach (var (pair, dotted) in pairs)
                yield return new Use(model.Document, pair, dotted, new TextSpan(token.Span.Start, Math.Min(headLength, token.Span.Length)), boxes.Contains(token.Block));
        }
    }

    // Letters glued to others by a dot are an instrument code or an address ("Unilever plc UN.AS", "US.N"), not the
    // abbreviation written without its dots.
    private static bool PartOfACode(Token token)
    {
        var text = token.Block.Text;
        int start = token.LocalStart, end = start + token.Text.Length;
        return (end + 1 < text.Length && text[end] == '.' && char.IsLetter(text[end + 1]))
            || (start >= 2 && text[start - 1] == '.' && char.IsLetter(text[start - 2]));
    }

    // "U.S.-backed", "UK's": the abbreviation is the part before a hyphen or possessive.
    private static FormUse[]? FormsOf(string word, out int headLength)
    {
        headLength = 0;
        if (word.Length == 0 || !FormStarts.Contains(word[0]))
            return null;
        var cut = word.AsSpan().IndexOfAny(HeadEnds);
        var head = cut > 0 ? word.AsSpan(0, cut) : word.AsSpan();
        headLength = head.Length;
        return Forms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(head, out var pairs) ? pairs : null;
    }

    // A form's use: which pair, and whether dotted. (A record, not a tuple: lists of tuples are generic framework code
    // that a one-file run compiled at start-up.)
    private sealed record FormUse(int Pair, bool Dotted);

    // A word is a dotted use of a pair when it is the dotted form with or without its last full stop, else an undotted
    // use when it is the undotted form.
    private static FrozenDictionary<string, FormUse[]> IndexForms()
    {
        var forms = new Dictionary<string, List<FormUse>>(StringComparer.Ordinal);
        for (var i = 0; i < Pairs.Count; i++)
        {
            var (dotted, undotted) = Pairs[i];
            foreach (var (form, isDotted) in new[] { (dotted, true), (dotted.TrimEnd('.'), true), (undotted, false) })
            {
                if (!forms.TryGetValue(form, out var pairs))
                    forms[form] = pairs = [];
                // One use per pair: the first reading of a form wins, as dotted before undotted.
                if (!pairs.Exists(p => p.Pair == i))
                    pairs.Add(new FormUse(i, isDotted));
            }
        }
        var arrays = new Dictionary<string, FormUse[]>(forms.Count, StringComparer.Ordinal);
        foreach (var form in forms.Keys)
            arrays[form] = [.. forms[form]];
        return arrays.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // A block mostly in capitals is a shouted headline or a label: "US" there may be the pronoun.
    private static bool ShoutedBlock(string text)
    {
        var letters = 0;
        var upper = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
                continue;
            letters++;
            if (char.IsUpper(c))
                upper++;
        }
        return letters > 0 && upper > letters * 0.6;
    }
}
