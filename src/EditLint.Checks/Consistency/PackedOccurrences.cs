using System.Buffers;
using System.Text;
using EditLint.Documents;
using EditLint.Rules;
using EditLint.Text;

namespace EditLint.Checks.Consistency;

/// <summary>
/// One article's name occurrences as the comparison across articles keeps them until every article is read: each
/// spelling once in a table, each occurrence as a few variable-length numbers in one byte array (about 8 bytes instead of
/// an object of 80). A run over 16 copies of the corpus keeps about 3 million; the comparison sums those of the spellings
/// that can pair with another (<see cref="NameVariants.Pairable"/>) into a <see cref="Spelling"/> each (<see cref="AddTo"/>).
/// The table of spellings is in the bytes too: an array of them per article was 30 MB of a 16-copy run's peak.
/// </summary>
internal sealed class PackedOccurrences
{
    private readonly ArticleDocument _document;
    // The article's spellings (their number, then each one's number in the run's table of shared spellings plus one, or 0
    // and its UTF-8 length and bytes past that table's bound), then each occurrence in turn: its
    // start (as the difference from the one before, zig-zag), its length, the indices of its form, of the words before
    // and after it and of its skeleton (each plus one, 0 for none), and its flags; all numbers LEB128, most of them one
    // byte. In a run over many files they wait in its scratch file (Bytes).
    private readonly FactBytes _entries;

    private const int Evidence = 1, LastWord = 2, FullName = 4;

    /// <summary>Packs <paramref name="occurrences"/>, all of <paramref name="document"/>.</summary>
    public PackedOccurrences(ArticleDocument document, IEnumerable<NameVariants.Occurrence> occurrences)
    {
        _document = document;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<string>();
        uint Index(string? word)
        {
            if (word is null)
                return 0;
            if (!index.TryGetValue(word, out var i))
            {
                index[word] = i = words.Count;
                words.Add(word);
            }
            return (uint)i + 1;
        }
        var entries = new ArrayBufferWriter<byte>();
        var previous = 0;
        foreach (var o in occurrences)
        {
            Leb128.Write(entries, ZigZag(o.Span.Start - previous));
            previous = o.Span.Start;
            Leb128.Write(entries, (uint)o.Span.Length);
            Leb128.Write(entries, Index(o.Form));
            Leb128.Write(entries, Index(o.Before));
            Leb128.Write(entries, Index(o.After));
            Leb128.Write(entries, Index(o.Skeleton));
            Leb128.Write(entries, (uint)((o.Evidence ? Evidence : 0) | (o.LastWord ? LastWord : 0) | (o.FullName ? FullName : 0)));
            Count++;
        }
        var packed = new ArrayBufferWriter<byte>(entries.WrittenCount + words.Count * 3 + 5);
        Leb128.Write(packed, (uint)words.Count);
        var known = (occurrences as NameVariants.NameOccurrences)?.SpellingIds;
        foreach (var word in words)
        {
            // The number of the run's copy of the word, plus one; or, past the bound of shared spellings, 0 and its bytes.
            var id = known is not null && known.TryGetValue(word, out var number) ? number : NameVariants.SharedId(word);
            Leb128.Write(packed, (uint)(id + 1));
            if (id >= 0)
                continue;
            Leb128.Write(packed, (uint)Encoding.UTF8.GetByteCount(word));
            packed.Advance(Encoding.UTF8.GetBytes(word, packed.GetSpan(Encoding.UTF8.GetMaxByteCount(word.Length))));
        }
        packed.Write(entries.WrittenSpan);
        _entries = new FactBytes(packed.WrittenSpan.ToArray());
    }

    /// <summary>The packed occurrences, which may wait in the run's scratch file until they are compared.</summary>
    public FactBytes Bytes => _entries;

    /// <summary>Number of occurrences.</summary>
    public int Count { get; }

    /// <summary>Each spelling used as a name word, with the skeleton of each of its occurrences that ends a name (transliterations are grouped by it).</summary>
    public IEnumerable<(string Form, string? LastWordSkeleton)> Forms =>
        Entries().Select(e => (e.Form, e.LastWord ? e.Skeleton : null)).Distinct();

    /// <summary>The occurrences, in the article's order (to be stored).</summary>
    public IEnumerable<NameVariants.Occurrence> Unpack() =>
        Entries().Select(e => new NameVariants.Occurrence(_document, e.Form, e.Span, e.Before, e.After, e.Evidence, e.Skeleton, e.LastWord, e.FullName));

    /// <summary>
    /// Adds the occurrences of the spellings <paramref name="keep"/> accepts to <paramref name="spellings"/>, in the article's
    /// order, without making them again.
    /// </summary>
    public void AddTo(Spelling.Table spellings, Func<string, bool> keep)
    {
        foreach (var e in Entries())
        {
            if (keep(e.Form))
                spellings.Add(_document, e.Form, e.Span, e.Before, e.After, e.Evidence, e.Skeleton, e.LastWord, e.FullName);
        }
    }

    /// <summary>Adds where the article uses each spelling of <paramref name="spellings"/> to that spelling's places.</summary>
    public void AddPlacesTo(IReadOnlyDictionary<string, Spelling> spellings)
    {
        foreach (var e in Entries())
        {
            if (spellings.TryGetValue(e.Form, out var spelling))
                spelling.AddPlace(_document, e.Span);
        }
    }

    private readonly record struct Entry(string Form, TextSpan Span, string? Before, string? After, bool Evidence, string? Skeleton, bool LastWord, bool FullName);

    private IEnumerable<Entry> Entries()
    {
        var entries = _entries.Read();
        var at = 0;
        var words = new string[Leb128.Read(entries, ref at)];
        for (var i = 0; i < words.Length; i++)
        {
            var id = (int)Leb128.Read(entries, ref at) - 1;
            if (id >= 0)
            {
                words[i] = NameVariants.SpellingOf(id);
                continue;
            }
            var length = (int)Leb128.Read(entries, ref at);
            words[i] = NameVariants.SharedSpelling(entries.AsSpan(at, length));
            at += length;
        }
        string? Word(uint i) => i == 0 ? null : words[i - 1];
        var start = 0;
        while (at < entries.Length)
        {
            start += UnZigZag(Leb128.Read(entries, ref at));
            var length = (int)Leb128.Read(entries, ref at);
            var form = Word(Leb128.Read(entries, ref at))!;
            var before = Word(Leb128.Read(entries, ref at));
            var after = Word(Leb128.Read(entries, ref at));
            var skeleton = Word(Leb128.Read(entries, ref at));
            var flags = (int)Leb128.Read(entries, ref at);
            yield return new Entry(form, new TextSpan(start, length), before, after, (flags & Evidence) != 0, skeleton, (flags & LastWord) != 0, (flags & FullName) != 0);
        }
    }

    private static uint ZigZag(int n) => (uint)((n << 1) ^ (n >> 31));

    private static int UnZigZag(uint n) => (int)(n >> 1) ^ -(int)(n & 1);
}
