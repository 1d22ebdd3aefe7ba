using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Checks.Consistency;

/// <summary>
/// One spelling of a name word as <see cref="NameVariants.Groups"/> weighs it, summed over its occurrences in one article or
/// in every article of a run: how often and in how many articles it is used, whether as a name, in full or as a name's last
/// word, the name words beside it, and where each article first uses it. Groups never asks about one occurrence, so a run's
/// comparison sums each article's packed occurrences into these (a few thousand spellings over 16 copies of the corpus)
/// instead of making its 1.4 million occurrences again.
/// </summary>
internal sealed class Spelling
{
    private readonly List<Place> _places = [];
    // The article added last, to count articles whether or not their places are kept.
    private ArticleDocument? _lastArticle;
    private HashSet<string>? _before;
    private HashSet<string>? _after;
    private Neighbours? _neighbours;

    private Spelling(string key) => Key = key;

    /// <summary>The spelling.</summary>
    public string Key { get; }

    /// <summary>How many times it is used.</summary>
    public int Count { get; private set; }

    /// <summary>How many articles use it.</summary>
    public int Articles { get; private set; }

    /// <summary>True when it is used as a name once at least (inside a sentence or a longer name).</summary>
    public bool Evidence { get; private set; }

    /// <summary>True when a name of more than one word holds it once at least.</summary>
    public bool FullName { get; private set; }

    /// <summary>The skeleton of its first use as the last word of a name, or null when it never ends a name that has one.</summary>
    public string? LastWordSkeleton { get; private set; }

    /// <summary>True when one of its uses as a name's last word (with a skeleton) is used as a name.</summary>
    public bool LastWordEvidence { get; private set; }

    /// <summary>True when another name word follows every use.</summary>
    public bool AlwaysFollowed { get; private set; } = true;

    /// <summary>
    /// Each article that uses it, in the order they were added, with the first of its uses there; empty when the table
    /// kept no places and none were added since (<see cref="AddPlace"/>).
    /// </summary>
    public IReadOnlyList<Place> Places => _places;

    /// <summary>The name words beside it, as the keys two spellings are compared by (worked out when first asked).</summary>
    public Neighbours Beside => _neighbours ??= new Neighbours(_before, _after);

    /// <summary>
    /// The spellings of <paramref name="occurrences"/>, in the order they are first used. The occurrences of one article
    /// must come together (one article's, or each article's in turn), as they do in an article's facts.
    /// </summary>
    public static List<Spelling> Of(IEnumerable<NameVariants.Occurrence> occurrences)
    {
        var table = new Table();
        foreach (var o in occurrences)
            table.Add(o.Document, o.Form, o.Span, o.Before, o.After, o.Evidence, o.Skeleton, o.LastWord, o.FullName);
        return table.InOrder;
    }

    /// <summary>An article that uses the spelling, and its first use there.</summary>
    /// <remarks>A class, not a tuple: a list of tuples has no ReadyToRun code, and the JIT compiled it at start-up.</remarks>
    public sealed record Place(ArticleDocument Document, TextSpan First);

    /// <summary>Spellings summed as occurrences are added, kept in the order they are first used.</summary>
    /// <param name="keepPlaces">
    /// False to count the articles of each spelling without keeping where each uses it. A run's comparison weighs every
    /// spelling that can pair with another but reports few: over 16 copies of the corpus, keeping each one's places held
    /// about 70 MB at the run's peak. It adds the places of the spellings it reports afterwards (<see cref="AddPlace"/>).
    /// </param>
    public sealed class Table(bool keepPlaces = true)
    {
        private readonly Dictionary<string, Spelling> _byKey = new(StringComparer.Ordinal);

        /// <summary>The spellings, in the order they were first added.</summary>
        public List<Spelling> InOrder { get; } = [];

        /// <summary>Adds one occurrence of <paramref name="form"/> in <paramref name="document"/>.</summary>
        public void Add(ArticleDocument document, string form, TextSpan span, string? before, string? after, bool evidence, string? skeleton, bool lastWord, bool fullName)
        {
            if (!_byKey.TryGetValue(form, out var spelling))
            {
                _byKey[form] = spelling = new Spelling(form);
                InOrder.Add(spelling);
            }
            spelling.Add(document, span, before, after, evidence, skeleton, lastWord, fullName, keepPlaces);
        }
    }

    private void Add(ArticleDocument document, TextSpan span, string? before, string? after, bool evidence, string? skeleton, bool lastWord, bool fullName, bool keepPlace)
    {
        Count++;
        if (!ReferenceEquals(_lastArticle, document))
        {
            _lastArticle = document;
            Articles++;
        }
        Evidence |= evidence;
        FullName |= fullName;
        AlwaysFollowed &= after is not null;
        if (lastWord && skeleton is not null)
        {
            LastWordSkeleton ??= skeleton;
            LastWordEvidence |= evidence;
        }
        if (before is not null)
            (_before ??= new HashSet<string>(StringComparer.Ordinal)).Add(before);
        if (after is not null)
            (_after ??= new HashSet<string>(StringComparer.Ordinal)).Add(after);
        if (keepPlace)
            AddPlace(document, span);
        _neighbours = null;
    }

    /// <summary>
    /// Adds a use in <paramref name="document"/> to <see cref="Places"/> alone, for a spelling summed without its places.
    /// An article's uses must come together, as they do in the summing.
    /// </summary>
    public void AddPlace(ArticleDocument document, TextSpan span)
    {
        // A new article is a new place, and within one the earliest use is its first.
        if (_places.Count == 0 || !ReferenceEquals(_places[^1].Document, document))
            _places.Add(new Place(document, span));
        else if (span.Start < _places[^1].First.Start)
            _places[^1] = new Place(document, span);
    }

    /// <summary>
    /// The name words beside a spelling, as keys (skeletons, else lower case): two spellings each seen with a different
    /// first name are two people, and two that share one are one name.
    /// </summary>
    public sealed class Neighbours
    {
        public Neighbours(IEnumerable<string>? before, IEnumerable<string>? after)
        {
            Before = Keys(before ?? []);
            After = Keys(after ?? []);
            DistinctiveBefore = Keys((before ?? []).Where(w => !NameVariants.IsKnown(w)));
            DistinctiveAfter = Keys((after ?? []).Where(w => !NameVariants.IsKnown(w)));
        }

        public HashSet<string> Before { get; }
        public HashSet<string> After { get; }

        /// <summary>Not a word or a well-known name: what two people called John do not share.</summary>
        public HashSet<string> DistinctiveBefore { get; }

        /// <summary>Not a word or a well-known name, after it.</summary>
        public HashSet<string> DistinctiveAfter { get; }

        private static HashSet<string> Keys(IEnumerable<string> words) =>
            words.Select(x => NameVariants.Skeleton(x) ?? x.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
    }
}
