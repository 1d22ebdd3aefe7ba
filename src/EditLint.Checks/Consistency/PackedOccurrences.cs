using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Checks.Consistency;

/// <summary>
/// One article's name occurrences as the comparison across articles keeps them until every article is read: each
/// spelling once in a table, each occurrence as indices into it (28 bytes instead of an object of 80). A run over 16
/// copies of the corpus keeps about 3 million; the comparison sums those of the spellings that can pair with another
/// (<see cref="NameVariants.Pairable"/>) into a <see cref="Spelling"/> each (<see cref="AddTo"/>).
/// </summary>
internal sealed class PackedOccurrences
{
    private readonly ArticleDocument _document;
    private readonly string[] _words;
    private readonly Entry[] _entries;

    private readonly record struct Entry(int Start, int Length, int Form, int Before, int After, int Skeleton, byte Flags);

    private const byte Evidence = 1, LastWord = 2, FullName = 4;
    private const int None = -1;

    /// <summary>Packs <paramref name="occurrences"/>, all of <paramref name="document"/>.</summary>
    public PackedOccurrences(ArticleDocument document, IEnumerable<NameVariants.Occurrence> occurrences)
    {
        _document = document;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<string>();
        int Index(string? word)
        {
            if (word is null)
                return None;
            if (!index.TryGetValue(word, out var i))
            {
                index[word] = i = words.Count;
                words.Add(word);
            }
            return i;
        }
        var entries = new List<Entry>();
        foreach (var o in occurrences)
        {
            var flags = (byte)((o.Evidence ? Evidence : 0) | (o.LastWord ? LastWord : 0) | (o.FullName ? FullName : 0));
            entries.Add(new Entry(o.Span.Start, o.Span.Length, Index(o.Form), Index(o.Before), Index(o.After), Index(o.Skeleton), flags));
        }
        _words = [.. words];
        _entries = [.. entries];
    }

    /// <summary>Number of occurrences.</summary>
    public int Count => _entries.Length;

    /// <summary>Each spelling used as a name word, with the skeleton of each of its occurrences that ends a name (transliterations are grouped by it).</summary>
    public IEnumerable<(string Form, string? LastWordSkeleton)> Forms =>
        _entries.Select(e => (_words[e.Form], (e.Flags & LastWord) != 0 && e.Skeleton != None ? _words[e.Skeleton] : null)).Distinct();

    /// <summary>The occurrences, in the article's order (to be stored).</summary>
    public IEnumerable<NameVariants.Occurrence> Unpack() =>
        _entries.Select(e => new NameVariants.Occurrence(_document, _words[e.Form], new TextSpan(e.Start, e.Length), Word(e.Before), Word(e.After),
            (e.Flags & Evidence) != 0, Word(e.Skeleton), (e.Flags & LastWord) != 0, (e.Flags & FullName) != 0));

    /// <summary>
    /// Adds the occurrences of the spellings <paramref name="keep"/> accepts to <paramref name="spellings"/>, in the article's
    /// order, without making them again.
    /// </summary>
    public void AddTo(Spelling.Table spellings, Func<string, bool> keep)
    {
        foreach (var e in _entries)
        {
            var form = _words[e.Form];
            if (keep(form))
            {
                spellings.Add(_document, form, new TextSpan(e.Start, e.Length), Word(e.Before), Word(e.After),
                    (e.Flags & Evidence) != 0, Word(e.Skeleton), (e.Flags & LastWord) != 0, (e.Flags & FullName) != 0);
            }
        }
    }

    private string? Word(int i) => i == None ? null : _words[i];
}
