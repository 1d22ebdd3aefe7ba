using EditLint.Semantics.People;
using System.Text.Json;
using EditLint.Caching;
using EditLint.Documents;
using EditLint.Rules;
using EditLint.Configuration;
using EditLint.Diagnostics;
using EditLint.Semantics;
using EditLint.Text;
using NRules.Fluent.Dsl;
using Rule = EditLint.Rules.Rule;

namespace EditLint.Checks.Consistency;

/// <summary>
/// EL4001: one name spelled two ways (Zelenskiy / Zelenskyy). In one article, the less used spelling is reported
/// wherever it occurs; across the articles of a run (a workspace finding), each article that uses a minority
/// spelling is reported once, naming the majority spelling and where it is used. A spelling in the accepted
/// vocabulary is always the preferred one.
/// </summary>
public sealed class NameSpellingRule : Rule
{
    private const int RelatedLimit = 3;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.NameSpelling, "Name spelled inconsistently",
        "'{0}' is spelled '{1}' {2}", RuleCategory.Consistency, Severity.Warning,
        "One person's or place's name spelled two ways (transliteration, accents, a slip of the keyboard) in one article, or across the articles of one run.");

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> Reads { get; } = [typeof(NameMention)];

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup)
    {
        setup.UseFacts(new InArticle());
        setup.UseWorkspaceFacts(new AcrossArticles());
    }

    /// <summary>The spellings of one name in one article (two or more), each with its occurrences.</summary>
    private sealed record Spellings(List<IGrouping<string, NameVariants.Occurrence>> Forms);

    // Each name the article spells more than one way.
    private sealed class InArticle : EachFact<Spellings>
    {
        public override IEnumerable<object> Facts(SemanticModel model)
        {
            if (NameVariants.Occurrences(model) is not { Count: > 0 } occurrences)
                return [];
            var groups = NameVariants.Groups(Spelling.Of(occurrences), [() => NameVariants.LowerCaseIn(model)]);
            // The occurrences of the (few) articles that spell a name two ways, by spelling, to report each of them.
            if (groups.Count == 0)
                return [];
            var byForm = occurrences.GroupBy(o => o.Form, StringComparer.Ordinal).ToDictionary(g => g.Key, StringComparer.Ordinal);
            return groups.Select(g => new Spellings([.. g.Select(s => byForm[s.Key])]));
        }

        protected override void Act(DocumentContext context, Spellings fact) => Report(context, fact.Forms);
    }

    // Every occurrence of a spelling other than the preferred one, with the fix.
    private static void Report(DocumentContext context, List<IGrouping<string, NameVariants.Occurrence>> forms)
    {
        var preferred = Preferred(forms, context.Settings.Vocabulary.IsAccepted);
        var first = preferred.OrderBy(o => o.Span.Start).First();
        foreach (var form in forms.Where(f => f != preferred))
        {
            foreach (var occurrence in form)
            {
                var line = context.Document.Source.GetPosition(first.Span.Start).DisplayLine;
                var details = new ReportDetails
                {
                    Related = [(first.Span, $"'{preferred.Key}'")],
                    Fixes = [new Fix($"Replace with '{preferred.Key}'", [new TextEdit(occurrence.Span, preferred.Key)])],
                };
                context.Report(occurrence.Span, details, occurrence.Form, preferred.Key,
                    $"elsewhere in this article ({preferred.Count()}×, first on line {line})");
            }
        }
    }

    /// <summary>
    /// One article's name words, the vocabulary its configuration accepts and the words it writes in lower case: what the
    /// comparison across articles needs of it, without its model, so that a run need not keep every article's model.
    /// </summary>
    private sealed record ArticleNames(ArticleDocument Document, PackedOccurrences Occurrences, Vocabulary Vocabulary, LowerCaseWords LowerCase);

    /// <summary>The names of some articles, as one fact: the comparison takes every article anyway.</summary>
    private sealed record NamesBundle(ArticleNames[] Articles);

    // One match over every article: spellings are paired by edit distance and shared neighbours, which no one key
    // groups, so a change to any article compares the run's names again (from each article's kept summary).
    private sealed class AcrossArticles : WorkspaceFactRule
    {
        public override IEnumerable<object> Facts(SemanticModel model) =>
            [new ArticleNames(model.Document, new PackedOccurrences(model.Document, NameVariants.Occurrences(model)), model.Settings.Vocabulary, NameVariants.LowerCaseIn(model))];

        public override bool BundlesFacts => true;

        public override IEnumerable<object> Bundle(IReadOnlyList<object> facts) => facts.Count == 0 ? [] : [new NamesBundle([.. facts.Cast<ArticleNames>()])];

        // An article's packed occurrences and the places of its lower-case words: about 600 bytes an article, which a run
        // over many files keeps in its scratch file until the comparison passes over them.
        public override IEnumerable<FactBytes> BytesOf(object fact)
        {
            var names = (ArticleNames)fact;
            yield return names.Occurrences.Bytes;
            if (names.LowerCase.Bytes is { } places)
                yield return places;
        }

        public override bool CanStoreFacts => true;

        // Each occurrence as an array of its fields, the lower-case words as their hashes in base64; the vocabulary is
        // the document's configuration's, which a stored fact's key includes.
        public override void WriteFact(object fact, Utf8JsonWriter writer)
        {
            var names = (ArticleNames)fact;
            writer.WriteStartObject();
            writer.WriteStartArray("occurrences");
            foreach (var o in names.Occurrences.Unpack())
            {
                writer.WriteStartArray();
                writer.WriteStringValue(o.Form);
                writer.WriteNumberValue(o.Span.Start);
                writer.WriteNumberValue(o.Span.Length);
                writer.WriteStringValue(o.Before);
                writer.WriteStringValue(o.After);
                writer.WriteBooleanValue(o.Evidence);
                writer.WriteStringValue(o.Skeleton);
                writer.WriteBooleanValue(o.LastWord);
                writer.WriteBooleanValue(o.FullName);
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
            writer.WriteBase64String("lowerCase", names.LowerCase.ToBytes());
            writer.WriteEndObject();
        }

        public override object ReadFact(JsonElement json, ArticleDocument document, DocumentSettings settings)
        {
            var occurrences = json.GetProperty("occurrences").EnumerateArray().Select(o => new NameVariants.Occurrence(
                document, StoredValues.Text(o[0]), StoredValues.SpanIn(document, o[1].GetInt32(), o[2].GetInt32()), o[3].GetString(), o[4].GetString(),
                o[5].GetBoolean(), o[6].GetString(), o[7].GetBoolean(), o[8].GetBoolean()));
            return new ArticleNames(document, new PackedOccurrences(document, occurrences), settings.Vocabulary, LowerCaseWords.FromBytes(json.GetProperty("lowerCase").GetBytesFromBase64()));
        }

        public override void Define()
        {
            WorkspaceRun run = null!;
            IEnumerable<NamesBundle> bundles = null!;
            When()
                .Match(() => run)
                .Query(() => bundles, q => q.Match<NamesBundle>().Collect().Where(c => c.Sum(b => b.Articles.Length) > 1));
            Then()
                .Yield(_ => new WorkspaceFindings(Compare(bundles.SelectMany(b => b.Articles), run.CancellationToken)));
        }
    }

    private static List<WorkspaceFinding> Compare(IEnumerable<ArticleNames> run, CancellationToken cancellationToken)
    {
        var articles = run.OrderBy(a => a.Document.Path, StringComparer.Ordinal).ToList();
        // Made as the groups ask for them, not a list of one delegate per article (16 copies of the corpus: 7 MB).
        var lowerCase = articles.Select(a => (Func<LowerCaseWords>)(() => a.LowerCase));
        // Only the spellings that can pair with another are weighed, each summed over the articles that use it (a fraction
        // of a run's spellings, and no occurrence made again).
        var pairable = NameVariants.Pairable(articles.SelectMany(a => a.Occurrences.Forms));
        var spellings = new Spelling.Table(keepPlaces: false);
        foreach (var article in articles)
            article.Occurrences.AddTo(spellings, pairable.Contains);
        var groups = new List<List<Spelling>>();
        foreach (var forms in NameVariants.Groups(spellings.InOrder, lowerCase, sharedContext: true))
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Only spellings that live in different articles: an article using both is EL4001's in-article case.
            if (forms.Count(f => f.Articles > 0) >= 2)
                groups.Add(forms);
        }
        // Where each article uses them, for the spellings of these groups alone: one more pass over the articles.
        var reported = groups.SelectMany(forms => forms).DistinctBy(f => f.Key).ToDictionary(f => f.Key, StringComparer.Ordinal);
        if (reported.Count > 0)
        {
            foreach (var article in articles)
                article.Occurrences.AddPlacesTo(reported);
        }
        // The articles of a run share a few configurations: each vocabulary is asked once per spelling, not once per article.
        var vocabularies = articles.Select(a => a.Vocabulary).Distinct().ToList();
        var findings = new List<WorkspaceFinding>();
        foreach (var forms in groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var accepted = forms.Select(f => f.Key).Where(f => vocabularies.Any(v => v.IsAccepted(f))).ToHashSet(StringComparer.Ordinal);
            var ranked = forms.OrderByDescending(f => accepted.Contains(f.Key)).ThenByDescending(f => f.Places.Count).ThenByDescending(f => f.Count).ToList();
            var top = ranked[0];
            var tied = ranked.Where(f => !accepted.Contains(top.Key) && f.Places.Count == top.Places.Count && f.Count == top.Count).ToList();
            // With no majority, every spelling is reported against the others.
            var majorities = tied.Count > 1 ? tied : [top];
            foreach (var form in forms)
            {
                foreach (var majority in majorities.Where(m => m != form))
                {
                    var majorityDocuments = majority.Places;
                    // Once per majority, not once per article of the other spelling: a run of many articles has thousands.
                    var inMajority = majorityDocuments.Select(d => d.Document).ToHashSet();
                    // Related locations are spans of the reported file, so the other files are named in the message.
                    var places = string.Join(", ", majorityDocuments.Take(RelatedLimit).Select(d => Place(d.Document, d.First)));
                    var more = majorityDocuments.Count > RelatedLimit ? ", …" : "";
                    var where = $"in {Plural(majorityDocuments.Count, "other article")} of this run ({majority.Count}×: {places}{more})";
                    foreach (var (document, first) in form.Places)
                    {
                        if (!inMajority.Contains(document))
                            findings.Add(new WorkspaceFinding(document, first, [], form.Key, majority.Key, where));
                    }
                }
            }
        }
        return findings;
    }

    // The house spelling, else the more used, else the one given in full (as a slip's established form is), else the
    // first used.
    private static IGrouping<string, NameVariants.Occurrence> Preferred(List<IGrouping<string, NameVariants.Occurrence>> forms, Func<string, bool> accepted) =>
        forms.OrderByDescending(f => accepted(f.Key)).ThenByDescending(f => f.Count()).ThenByDescending(f => f.Any(o => o.FullName))
            .ThenBy(f => f.Min(o => o.Span.Start)).First();

    private static string Place(ArticleDocument document, TextSpan span) => $"{document.Path}:{document.Source.GetPosition(span.Start).DisplayLine}";

    private static string Plural(int n, string one) => n == 1 ? $"1 {one}" : $"{n} {one}s";
}
