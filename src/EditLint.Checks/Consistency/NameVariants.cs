using System.Buffers.Binary;
using EditLint.Documents;
using EditLint.Rules;
using System.Text;
using EditLint.Semantics;
using EditLint.Text;

using EditLint.Semantics.Lexicons;
using EditLint.Semantics.People;

namespace EditLint.Checks.Consistency;

/// <summary>
/// Spellings of one name. Two kinds of difference make them:
/// <list type="bullet">
/// <item>transliteration and accents (Zelenskiy / Zelenskyy / Zelensky, Rosselló / Rossello, Tymoshenko / Timoshenko):
/// the skeletons are equal once accents are dropped, y is read as i, kh as h, ph as f, w as v and doubled consonants as
/// single ones;</item>
/// <item>a slip of the keyboard (Kowalski / Kowlaski, Lammy / Lamy, Pelosi / Pelasi): a form one edit (a letter
/// inserted, deleted, changed, or two swapped; two edits in a name of nine letters or more) from a name the article
/// establishes, with the same first and last letter.</item>
/// </list>
/// Edit distance alone pairs different people (Rutte / Rubio) and places (Iran / Iraq): the first and last letters
/// must agree (they carry the morphology too: Iraq / Iraqi, Kenya / Kenyan), the established form must be used more
/// often or given in full, two forms each seen with a different first name are two people, a word also written in
/// lower case is an ordinary word, and known pairs of different names (distinct-names.txt) stay apart.
/// </summary>
internal static class NameVariants
{
    private const int MinimumLength = 5;
    private const int MinimumRespelledLength = 4;
    private const int LongName = 9;
    private const int MaximumRespelledLength = 24;

    /// <summary>The shortest spelling compared (a respelling's or a transliteration's): shorter lower-case words are never asked about.</summary>
    internal const int ShortestCompared = MinimumRespelledLength < MinimumLength ? MinimumRespelledLength : MinimumLength;

    // Per-document parts, kept with each model (see SemanticModel.GetSummary): an editor's re-lint computes them again
    // for the changed document only.
    private static readonly object OccurrencesKey = new();
    private static readonly object LowerCaseKey = new();

    /// <summary>
    /// One occurrence of a name word, with the capitalised words next to it in its name, whether it is used as a name
    /// (<paramref name="Evidence"/>: inside a sentence or a longer name), whether it is the last word of its name, and
    /// whether its name has more than one word (given in full).
    /// </summary>
    public sealed record Occurrence(ArticleDocument Document, string Form, TextSpan Span, string? Before, string? After, bool Evidence, string? Skeleton, bool LastWord, bool FullName);

    /// <summary>The skeleton two variant spellings share, or null for words too short to compare safely.</summary>
    public static string? Skeleton(string word)
    {
        if (word.Length < MinimumLength || word.Contains('-') || word.Contains('.'))
            return null;
        var plain = Lexicon.WithoutAccents(word.ToLowerInvariant());
        var s = plain.Replace("kh", "h", StringComparison.Ordinal).Replace("ph", "f", StringComparison.Ordinal)
            .Replace('w', 'v').Replace('y', 'i');
        // Doubled consonants (and the "ii" of Zelenskyy) collapse; doubled vowels do not: Cameroon is not Cameron.
        var collapsed = new StringBuilder();
        foreach (var c in s)
        {
            if (collapsed.Length == 0 || collapsed[^1] != c || (c is 'a' or 'e' or 'o' or 'u'))
                collapsed.Append(c);
        }
        return collapsed.Length >= MinimumLength - 1 ? collapsed.ToString() : null;
    }

    // The run's articles name the same people and places: each spelling and skeleton is kept once for all of them, as the
    // comparison across articles keeps every article's occurrences (on 4 copies of the corpus, 120 MB of a run's 260).
    // Bounded, so that an editor's long session cannot grow it without end: past the bound a string is kept as it is.
    // Each kept spelling has a number, its place in s_spellingsById: an article's packed occurrences name their words by
    // it, and the comparison's three passes over every article read each word back from the array (they looked each
    // one up again in this table, by its bytes: 1.7% of a corpus run).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> SpellingIds = new(StringComparer.Ordinal);
    private const int SharedSpellings = 200_000;

    private static string[] s_spellingsById = new string[1024];

    // How many spellings have a number: read without the lock, as a ConcurrentDictionary's Count takes every lock of the
    // table, and documents are read in parallel.
    private static int _sharedCount;

    private static readonly Lock SpellingIdsGate = new();

    private static string Shared(string text) => SharedId(text) is var id and >= 0 ? SpellingOf(id) : text;

    /// <summary>
    /// The number of the run's copy of <paramref name="text"/>, made now if it has none; -1 past the bound of shared
    /// spellings.
    /// </summary>
    internal static int SharedId(string text)
    {
        if (SpellingIds.TryGetValue(text, out var id))
            return id;
        if (Volatile.Read(ref _sharedCount) >= SharedSpellings)
            return -1;
        lock (SpellingIdsGate)
        {
            if (SpellingIds.TryGetValue(text, out id))
                return id;
            id = _sharedCount;
            if (id >= SharedSpellings)
                return -1;
            // The spelling is in the array before its number is given out: whoever reads the number finds it there.
            var byId = s_spellingsById;
            if (id == byId.Length)
            {
                Array.Resize(ref byId, id * 2);
                Volatile.Write(ref s_spellingsById, byId);
            }
            byId[id] = text;
            SpellingIds[text] = id;
            Volatile.Write(ref _sharedCount, id + 1);
            return id;
        }
    }

    /// <summary>The run's copy of the spelling numbered <paramref name="id"/> (<see cref="SharedId"/>).</summary>
    internal static string SpellingOf(int id) => Volatile.Read(ref s_spellingsById)[id];

    /// <summary>
    /// The run's copy of the spelling whose UTF-8 bytes are <paramref name="utf8"/> (a spelling packed past the bound of
    /// shared spellings), or a new string when it has none.
    /// </summary>
    internal static string SharedSpelling(ReadOnlySpan<byte> utf8)
    {
        Span<char> buffer = stackalloc char[256];
        var chars = utf8.Length <= buffer.Length ? buffer[..Encoding.UTF8.GetChars(utf8, buffer)] : Encoding.UTF8.GetString(utf8).AsSpan();
        return SpellingIdsBySpan.TryGetValue(chars, out var id) ? SpellingOf(id) : chars.ToString();
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> SpellingIdsBySpan =
        SpellingIds.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Name words of <paramref name="model"/> worth comparing.</summary>
    public static IReadOnlyList<Occurrence> Occurrences(SemanticModel model) =>
        model.GetSummary(OccurrencesKey, m =>
        {
            var ids = new Dictionary<string, int>(ReferenceEqualityComparer.Instance);
            return new NameOccurrences(Find(m, ids), ids);
        });

    /// <summary>
    /// An article's occurrences, with the number in the run's table of spellings (<see cref="SharedId"/>, -1 past its
    /// bound) of each string they hold, by reference: packing them for the comparison across articles (PackedOccurrences)
    /// reads the numbers here rather than look each word up again in the run's table.
    /// </summary>
    internal sealed class NameOccurrences(IEnumerable<Occurrence> occurrences, Dictionary<string, int> spellingIds) : List<Occurrence>(occurrences)
    {
        public IReadOnlyDictionary<string, int> SpellingIds { get; } = spellingIds;
    }

    private static IEnumerable<Occurrence> Find(SemanticModel model, Dictionary<string, int> ids)
    {
        // One string (and one skeleton) per spelling, shared by its occurrences: the summary is kept until the workspace
        // rules have run, and a 10 MB line has hundreds of thousands of name words of a few hundred spellings. The
        // article's own table asks the run's (WordSpellingOf) once per spelling.
        var spellings = new Dictionary<string, WordSpelling>(StringComparer.Ordinal);
        WordSpelling Spelling(string text)
        {
            if (!spellings.TryGetValue(text, out var spelling))
            {
                spellings[text] = spelling = WordSpellingOf(text);
                ids[spelling.Text] = spelling.TextId;
                if (spelling.Skeleton is { } skeleton)
                    ids[skeleton] = spelling.SkeletonId;
            }
            return spelling;
        }

        foreach (var mention in model.GetFacts<NameMention>())
        {
            // A capital at the start of a sentence says nothing; inside a sentence or a longer name it marks a name.
            var evidence = mention.Words.Count > 1 || !mention.IsSentenceStart || mention.Honorific is not null;
            for (var i = 0; i < mention.Words.Count; i++)
            {
                var word = mention.Words[i];
                var (form, skeleton, comparable, _, _) = Spelling(word.Text);
                if (skeleton is null && !comparable)
                    continue;
                // "Later Pelossi", "Numerous Mker Clubs": an ordinary word that opens the sentence is no first name.
                var previous = i > 0 ? mention.Words[i - 1].Text : null;
                var before = previous is null || Lexicon.NotNames.Contains(previous)
                    || (i == 1 && mention.IsSentenceStart && mention.Honorific is null && Lexicon.IsKnownWord(previous))
                    ? null : Spelling(previous).Text;
                var after = i + 1 < mention.Words.Count ? Spelling(mention.Words[i + 1].Text).Text : null;
                yield return new Occurrence(model.Document, form, word.Span, before, after, evidence, skeleton, i == mention.Words.Count - 1, mention.Words.Count > 1);
            }
        }
    }

    // A word's spelling as the run's occurrences share it, with its skeleton and whether it may be a respelling (a
    // class, not a tuple: a dictionary of tuples has no ReadyToRun code, and the JIT compiled it at start-up).
    private sealed record WordSpelling(string Text, string? Skeleton, bool Comparable, int TextId, int SkeletonId);

    // The run's articles name the same people and places: each spelling's skeleton and comparability are worked out
    // once for all of them, and an article meeting a spelling another made asks this table once (it asked the table of
    // strings twice, for the word and its skeleton, and made both again). Bounded as the strings are: past the bound a
    // spelling is worked out for its article alone.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, WordSpelling> WordSpellings = new(StringComparer.Ordinal);

    private static int _wordSpellingCount;

    private static WordSpelling WordSpellingOf(string text)
    {
        if (WordSpellings.TryGetValue(text, out var known))
            return known;
        var textId = SharedId(text);
        var skeleton = LettersOnly(text) ? Skeleton(text) : null;
        var skeletonId = skeleton is null ? -1 : SharedId(skeleton);
        var spelling = new WordSpelling(textId >= 0 ? SpellingOf(textId) : text, skeleton is not null && skeletonId >= 0 ? SpellingOf(skeletonId) : skeleton,
            Respellable(text), textId, skeletonId);
        if (Volatile.Read(ref _wordSpellingCount) >= SharedSpellings)
            return spelling;
        var kept = WordSpellings.GetOrAdd(spelling.Text, spelling);
        if (ReferenceEquals(kept, spelling))
            Interlocked.Increment(ref _wordSpellingCount);
        return kept;
    }

    private static bool LettersOnly(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
                return false;
        }
        return true;
    }

    // Letters (and the apostrophe of D'Souza), long enough for one slip not to make another ordinary name, and no longer
    // than a name: a form's deletion keys grow with the square of its length.
    private static bool Respellable(string word) =>
        word.Length is >= MinimumRespelledLength and <= MaximumRespelledLength && LettersOrApostrophes(word) && !Lexicon.NotNames.Contains(word);

    // A loop, not LINQ: an enumerator per word asked.
    private static bool LettersOrApostrophes(string word)
    {
        foreach (var c in word)
        {
            if (!(char.IsLetter(c) || c is '\'' or '’'))
                return false;
        }
        return true;
    }

    /// <summary>
    /// Groups of two or more spellings that are variants of one name, none of them also an ordinary lower-case word, and
    /// not two different people: two spellings each seen with a first name (or each before another name word), never
    /// the same one, are two people who happen to have similar names.
    /// </summary>
    /// <remarks>
    /// Across articles (<paramref name="sharedContext"/>) the evidence must be positive: each spelling must share a
    /// neighbouring name word with another (both "Volodymyr Zelenskiy" and "Volodymyr Zelenskyy"), because unrelated
    /// articles are full of different people with similar names (Paine / Payne, Mathew / Matthew).
    /// </remarks>
    public static List<List<Spelling>> Groups(IReadOnlyList<Spelling> forms, IEnumerable<Func<LowerCaseWords>> lowerCase, bool sharedContext = false)
    {
        var transliterations = Transliterations(forms);
        var respellings = Respellings(forms, sharedContext);
        // Only the few spellings paired so far need the (costlier) lower-case check.
        var ordinaryWords = LowerCaseAmong(lowerCase,
            transliterations.SelectMany(g => g.Select(f => f.Key)).Concat(respellings.SelectMany(p => new[] { p.Variant.Key, p.Established.Key }))
                .Select(f => f.ToLowerInvariant()));
        bool Ordinary(Spelling form) => ordinaryWords.Contains(form.Key.ToLowerInvariant());

        var joined = new Dictionary<string, string>(StringComparer.Ordinal);
        string Root(string form)
        {
            while (joined.TryGetValue(form, out var parent) && parent != form)
                form = parent;
            return form;
        }
        void Join(string a, string b) => joined[Root(a)] = Root(b);

        foreach (var group in transliterations)
        {
            var kept = group.Where(g => !Ordinary(g)).ToList();
            if (!TwoSpellings(kept) || DifferentPeople(kept))
                continue;
            if (sharedContext && !kept.All(f => kept.Any(g => g != f && SharesContext(f, g))))
                continue;
            foreach (var form in kept)
                Join(form.Key, kept[0].Key);
        }
        foreach (var (variant, established) in respellings)
        {
            // Across articles a slip must share a neighbour that is itself rare: two people called John (John Connally,
            // John Connolly) are not one person spelled two ways.
            // A name made of an ordinary word or a body's word ("Association", "Southern") is shared by many names: the word before it
            // tells organisations apart ("Soybean Association", "Cattlemen's Association"), not two spellings. An
            // established form seen only opening sentences must not be an ordinary word the article also writes in
            // lower case.
            var sharedWord = Lexicon.IsKnownWord(established.Key) || Lexicon.BodyNameEndings.Contains(established.Key);
            if (Ordinary(variant) || (!established.Evidence && Ordinary(established))
                || (!sharedWord && DifferentPeople([variant, established], followingWord: false))
                || (sharedContext && !SharesContext(variant, established, distinctive: true)))
                continue;
            Join(variant.Key, established.Key);
        }
        if (joined.Count == 0)
            return [];
        var byKey = forms.ToDictionary(f => f.Key, StringComparer.Ordinal);
        return joined.Keys.GroupBy(Root, StringComparer.Ordinal)
            .Select(g => g.Append(g.Key).Distinct(StringComparer.Ordinal).Select(f => byKey[f]).ToList())
            .Where(TwoSpellings).ToList();
    }

    /// <summary>
    /// The spellings among <paramref name="forms"/> that <see cref="Groups"/> could pair with another: those that share the
    /// skeleton of a name's last word with another spelling (a transliteration), and the respellable ones that share an
    /// inner-deletion key with another respellable spelling (a slip). Every pair Groups makes is of two such spellings,
    /// and what it weighs of a spelling are its own occurrences, so the occurrences of these spellings alone give the same
    /// groups: across a run, most spellings pair with nothing, and their occurrences need not be summed (<see cref="Spelling"/>).
    /// </summary>
    public static HashSet<string> Pairable(IEnumerable<(string Form, string? LastWordSkeleton)> forms)
    {
        var bySkeleton = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var respellable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (form, skeleton) in forms)
        {
            if (skeleton is not null)
            {
                if (!bySkeleton.TryGetValue(skeleton, out var spellings))
                    bySkeleton[skeleton] = spellings = new HashSet<string>(StringComparer.Ordinal);
                spellings.Add(form);
            }
            if (Respellable(form))
                respellable.Add(form);
        }
        var pairable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var spellings in bySkeleton.Values.Where(s => s.Count > 1))
            pairable.UnionWith(spellings);
        // The keys Respellings looks slips up by, each form's with its own limit, as their hashes: a run's spellings have
        // millions of keys, and two keys that share a hash only make two more spellings pairable, which pair with nothing.
        var firstWithKey = new Dictionary<ulong, string>();
        var hashes = new List<ulong>();
        foreach (var form in respellable)
        {
            hashes.Clear();
            EditDistance.AddInnerDeletionHashes(form, Limit(form), hashes);
            foreach (var key in hashes)
            {
                if (!firstWithKey.TryAdd(key, form) && firstWithKey[key] != form)
                {
                    pairable.Add(form);
                    pairable.Add(firstWithKey[key]);
                }
            }
        }
        return pairable;
    }

    // Last words of names (given names vary between different people: Mathew Tait and Matthew Hoggard) that share a
    // skeleton, one of them at least used as a name. A form seen only at the start of a sentence ("Zelensky said") joins
    // when it is a one-off and not an ordinary word (a well-known name may be: "Fernandez said" beside Fernández).
    // Case alone ("McDonald"/"Mcdonald") is a typo of another kind.
    private static List<List<Spelling>> Transliterations(IReadOnlyList<Spelling> forms)
    {
        // Most skeletons are one form's: they are counted first, and only those of two forms or more are gathered, in
        // the order of their first form, each form in its own order (a grouping of every form was 1% of a corpus run).
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var form in forms)
        {
            if (form.LastWordSkeleton is { } skeleton)
                counts[skeleton] = counts.GetValueOrDefault(skeleton) + 1;
        }
        var found = new List<List<Spelling>>();
        Dictionary<string, List<Spelling>>? shared = null;
        foreach (var form in forms)
        {
            if (form.LastWordSkeleton is not { } skeleton || counts[skeleton] < 2)
                continue;
            shared ??= new Dictionary<string, List<Spelling>>(StringComparer.Ordinal);
            if (!shared.TryGetValue(skeleton, out var group))
            {
                shared[skeleton] = group = [];
                found.Add(group);
            }
            group.Add(form);
        }
        found.RemoveAll(g => !g.Exists(f => f.LastWordEvidence));
        for (var k = 0; k < found.Count; k++)
            found[k] = found[k].FindAll(f => f.LastWordEvidence || (f.Count == 1 && !Lexicon.IsKnownWord(f.Key)));
        found.RemoveAll(g => !TwoSpellings(g));
        return found;
    }

    /// <summary>
    /// Forms one slip from a form the article establishes (used more often, or given in full where the other is not),
    /// with the first and last letters kept, paired with the most used such form. A slip is a one-off: a form used once
    /// in the article (across articles, in one article only, against a form used in several), and not itself a word or
    /// a well-known name (Spin / Spain, Boston / Bolton, Sudan / Susan). Found through the inner-deletion keys of each
    /// established form (a few dozen per form, forms of at most 24 letters), not by comparing every pair of forms.
    /// </summary>
    private static List<(Spelling Variant, Spelling Established)> Respellings(IEnumerable<Spelling> forms, bool acrossArticles)
    {
        var comparable = forms.Where(f => Respellable(f.Key)).ToList();
        int Uses(Spelling form) => acrossArticles ? form.Articles : form.Count;
        var found = new List<(Spelling Variant, Spelling Established)>();
        // Keyed by the keys' hashes: two keys that share one only bring a form that SlipOf then weighs and turns down.
        var index = t_slipIndex ?? new SlipIndex();
        t_slipIndex = null;
        var hashes = index.Hashes;
        // Established: used as a name (inside a sentence or a longer name) more than once or in full; or, a word that is
        // no ordinary word, used more than once even if only to open sentences ("Caloundra defeated …", "Caloundra half
        // back …": a team named at the start of its sentences).
        foreach (var form in comparable.Where(f => f.Key.Length >= MinimumLength
            && ((f.Evidence && (Uses(f) > 1 || f.FullName)) || (Uses(f) > 1 && !IsKnown(f.Key)))))
        {
            hashes.Clear();
            EditDistance.AddInnerDeletionHashes(form.Key, Limit(form.Key), hashes);
            foreach (var key in hashes)
                index.Add(key, form);
        }
        if (index.Count > 0)
        {
            foreach (var variant in comparable.Where(f => Uses(f) == 1))
            {
                // A word, a title or a well-known name is no slip (Sudan beside Susan), unless it shares a neighbouring name
                // word with the other: "Shane Hogan" in a story about Shane Horgan is, and so is "Coat Guard" beside "Coast Guard".
                var known = IsKnown(variant.Key) || Lexicon.PersonTitles.Contains(variant.Key) || Lexicon.Honorifics.Contains(variant.Key);
                // The most used form (then the most often, then the first by its letters) of those the variant is a slip of.
                // Only a form that would rank above the best so far is weighed: the order is total, so the best is the same
                // whatever order the forms come in.
                Spelling? best = null;
                hashes.Clear();
                EditDistance.AddInnerDeletionHashes(variant.Key, Limit(variant.Key), hashes);
                foreach (var key in hashes)
                {
                    for (var link = index.First(key); link != 0; link = index.Next(link))
                    {
                        var e = index.FormOf(link);
                        if (e == best || (best is not null && !RanksAbove(e, best))
                            || e.Key == variant.Key || !SlipOf(e.Key, variant.Key) || !(Uses(e) > 1 || (e.FullName && !variant.FullName))
                            || (known && !SharesContext(variant, e)))
                            continue;
                        best = e;
                    }
                }
                if (best is not null)
                    found.Add((variant, best));
            }
        }
        // Kept for the thread's next article unless a run's worth of spellings made it large.
        if (index.Count <= SlipIndex.KeptUpTo)
        {
            index.Clear();
            t_slipIndex = index;
        }
        return found;

        bool RanksAbove(Spelling a, Spelling b) =>
            Uses(a) != Uses(b) ? Uses(a) > Uses(b) : a.Count != b.Count ? a.Count > b.Count : string.CompareOrdinal(a.Key, b.Key) < 0;
    }

    // Each article's established forms by the hashes of their inner-deletion keys, in chains of links; the thread keeps
    // the table for its next article (a dictionary of lists per article was about 3% of a corpus run's allocations). A
    // link is a place in two arrays, its form and the link after it, not an object: a link object per key and form was
    // 24 MB of a corpus run's allocations.
    [ThreadStatic]
    private static SlipIndex? t_slipIndex;

    private sealed class SlipIndex
    {
        // Larger indexes (a long article's, the comparison across a run's articles) are not kept: their tables stay as
        // large as they grew, and an article's usually holds a few hundred keys.
        public const int KeptUpTo = 1 << 12;

        // Open addressing on the keys, which are hashes already; a slot is empty when it has no chain (head 0). Clearing
        // empties only the slots used since the last clear: a Dictionary's Clear zeroed its whole table for every
        // article (perf of a 4× corpus run: memset 1.26% of the samples before, 0.89% after).
        private ulong[] _keys = new ulong[256];
        private int[] _heads = new int[256];
        private int _shift = 64 - 8;
        private readonly List<int> _used = [];

        // Link n (from 1) is _forms[n - 1], followed by link _next[n - 1] (0 ends the chain).
        private Spelling[] _forms = new Spelling[256];
        private int[] _next = new int[256];

        // The keys of one form, made into this list (reused).
        public List<ulong> Hashes { get; } = [];

        public int Count { get; private set; }

        // A form once per key, though a key made in two ways comes twice: the chain's head is then this form.
        public void Add(ulong key, Spelling form)
        {
            var slot = Slot(key);
            var head = _heads[slot];
            if (head != 0 && _forms[head - 1] == form)
                return;
            if (head == 0)
            {
                _keys[slot] = key;
                _used.Add(slot);
            }
            if (Count == _forms.Length)
            {
                Array.Resize(ref _forms, Count * 2);
                Array.Resize(ref _next, Count * 2);
            }
            _forms[Count] = form;
            _next[Count] = head;
            _heads[slot] = ++Count;
            if (_used.Count * 2 > _heads.Length)
                Grow();
        }

        /// <summary>The first link of <paramref name="key"/>'s chain; 0 when it has none.</summary>
        public int First(ulong key) => _heads[Slot(key)];

        public int Next(int link) => _next[link - 1];

        public Spelling FormOf(int link) => _forms[link - 1];

        public void Clear()
        {
            foreach (var slot in _used)
                _heads[slot] = 0;
            _used.Clear();
            // The forms are the article's: not held past it.
            Array.Clear(_forms, 0, Count);
            Hashes.Clear();
            Count = 0;
        }

        // The key's slot, or the empty one where it would go (Fibonacci hashing: the top bits of the product).
        private int Slot(ulong key)
        {
            var mask = _heads.Length - 1;
            var slot = (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
            while (_heads[slot] != 0 && _keys[slot] != key)
                slot = (slot + 1) & mask;
            return slot;
        }

        private void Grow()
        {
            var (keys, heads) = (_keys, _heads);
            _keys = new ulong[keys.Length * 2];
            _heads = new int[heads.Length * 2];
            _shift--;
            var used = _used.ToArray();
            _used.Clear();
            foreach (var old in used)
            {
                var slot = Slot(keys[old]);
                (_keys[slot], _heads[slot]) = (keys[old], heads[old]);
                _used.Add(slot);
            }
        }
    }

    /// <summary>True for a word or a well-known name in its own right: it is not a slip of another.</summary>
    public static bool IsKnown(string form) =>
        Lexicon.IsKnownWord(form) || Lexicon.KnownNames.Contains(form) || Lexicon.Nationalities.Contains(form);

    private static int Limit(string word) => word.Length >= LongName ? 2 : 1;

    // D'Souza / D’Souza is the apostrophe's style, not a slip.
    private static bool SlipOf(string established, string variant) =>
        established[0] == variant[0] && established[^1] == variant[^1]
        && !string.Equals(established.Replace('’', '\''), variant.Replace('’', '\''), StringComparison.OrdinalIgnoreCase)
        && EditDistance.Within(established, variant, Limit(established.Length < variant.Length ? established : variant)) is not null
        && !Lexicon.AreDistinctNames(established, variant);

    // Two spellings apart from case: some form's key, lower-cased, differs from the first one's.
    private static bool TwoSpellings(IReadOnlyList<Spelling> forms)
    {
        for (var k = 1; k < forms.Count; k++)
        {
            if (!SameInLowerCase(forms[0].Key, forms[k].Key))
                return true;
        }
        return false;
    }

    // a.ToLowerInvariant() == b.ToLowerInvariant(), without the two strings: lowering keeps a string's length, and a
    // character outside a surrogate pair lowers on its own.
    private static bool SameInLowerCase(string a, string b)
    {
        if (a.Length != b.Length)
            return false;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
                continue;
            if (char.IsSurrogate(a[i]) || char.IsSurrogate(b[i]))
                return string.Equals(a.ToLowerInvariant(), b.ToLowerInvariant(), StringComparison.Ordinal);
            if (char.ToLowerInvariant(a[i]) != char.ToLowerInvariant(b[i]))
                return false;
        }
        return true;
    }

    // Each seen with a first name (or before a surname), never the same one. For a slip, a following word tells two
    // people apart only where the established form is always followed by the same one ("Arjan de Zeeuw" twice, beside
    // "Arjen Robben"): "Cuunty Cork" beside "County Galway", "County Mayo", and "the Vientam War" beside "Vietnam News
    // Agency" and a bare "Vietnam", are one word misspelt.
    private static bool DifferentPeople(List<Spelling> forms, bool followingWord = true)
    {
        for (var a = 0; a < forms.Count; a++)
        {
            for (var b = a + 1; b < forms.Count; b++)
            {
                if (Disjoint(forms[a].Beside.Before, forms[b].Beside.Before)
                    || ((followingWord || AlwaysFollowedByOneWord(forms[b])) && Disjoint(forms[a].Beside.After, forms[b].Beside.After)))
                    return true;
            }
        }
        return false;
    }

    private static bool AlwaysFollowedByOneWord(Spelling form) =>
        form.Count > 1 && form.AlwaysFollowed && form.Beside.After.Count == 1;

    private static bool SharesContext(Spelling a, Spelling b, bool distinctive = false, bool followingWord = true)
    {
        var (left, right) = (a.Beside, b.Beside);
        return distinctive
            ? left.DistinctiveBefore.Overlaps(right.DistinctiveBefore) || (followingWord && left.DistinctiveAfter.Overlaps(right.DistinctiveAfter))
            : left.Before.Overlaps(right.Before) || (followingWord && left.After.Overlaps(right.After));
    }

    private static bool Disjoint(HashSet<string> left, HashSet<string> right) => left.Count > 0 && right.Count > 0 && !left.Overlaps(right);

    /// <summary>Those of <paramref name="words"/> (lower-cased) that occur in lower case in the prose of one of the documents <paramref name="lowerCase"/> gives: ordinary words, not names.</summary>
    private static HashSet<string> LowerCaseAmong(IEnumerable<Func<LowerCaseWords>> lowerCase, IEnumerable<string> words)
    {
        // One set of every document's words, asked once per word: a run's articles share most of their vocabulary (the
        // corpus's 4,914 articles write about 2 million lower-case words, far fewer different ones), and asking each
        // article about each word was a tenth of a corpus run.
        var asked = words.ToHashSet(StringComparer.Ordinal);
        if (asked.Count == 0)
            return asked;
        var written = new HashSet<ulong>();
        foreach (var document in lowerCase)
            document().AddTo(written);
        asked.RemoveWhere(w => !written.Contains(LowerCaseWords.HashOf(w)));
        return asked;
    }

    /// <summary>The words <paramref name="model"/>'s prose writes in lower case, worked out once per model.</summary>
    public static LowerCaseWords LowerCaseIn(SemanticModel model) => model.GetSummary(LowerCaseKey, m => new LowerCaseWords(m.Tokens));
}

/// <summary>
/// The words one document writes in lower case (ordinary words, not names), kept as 64-bit hashes of the lower-cased
/// words: a run compares the names of all its articles after their models are gone, and the words themselves would keep
/// every article's strings alive. Two different words share a hash with a chance of about one in 10^19 per pair.
/// </summary>
/// <remarks>
/// The articles of a run share most of their words (the corpus's 4,914 articles write 24,000 different ones, about 120
/// each): each hash is kept once for the process, and a document keeps its words' places in that table, in order, as
/// LEB128 differences (one or two bytes a word instead of eight). Past the table's bound a document keeps its hashes.
/// </remarks>
public sealed class LowerCaseWords
{
    private static readonly object Gate = new();
    private static ulong[] _table = new ulong[1024];
    private static int _tableCount;
    private const int SharedWords = 1_000_000;

    // Each hash's place in _table, found by open addressing over slots that hold the hash and its place together: one
    // cache line a probe (a dictionary of ulong reads its buckets, then its entries, and this table outgrows the cache).
    private struct Slot
    {
        public ulong Hash;
        public int PlacePlusOne;
    }

    private static Slot[] _slots = new Slot[2048];
    private static int _slotShift = 64 - 11;

    // In a run over many files the places wait in its scratch file (Bytes).
    private readonly FactBytes? _places;
    private readonly ulong[]? _hashes;

    /// <summary>The lower-case words among <paramref name="tokens"/>.</summary>
    public LowerCaseWords(IReadOnlyList<Token> tokens)
    {
        // One set of hashes per thread, emptied after each document: a new one grew through several sizes for every
        // article (2% of a corpus run's allocations). It holds no references, so keeping it old costs the GC nothing.
        var hashes = t_hashes ?? [];
        t_hashes = null;
        foreach (var token in tokens as Token[] ?? [.. tokens])
        {
            // A lower-case first letter makes it a word.
            if (token.Text.Length >= AskedFrom && char.IsLower(token.Text[0]))
                hashes.Add(HashOf(token.Text));
        }
        (_places, _hashes) = Stored(hashes);
        if (hashes.Count <= KeptHashes)
        {
            hashes.Clear();
            t_hashes = hashes;
        }
    }

    [ThreadStatic]
    private static HashSet<ulong>? t_hashes;

    // A long document's set is let go of rather than kept at its size.
    private const int KeptHashes = 1 << 12;

    // Only words as long as a name that is compared (NameVariants asks about no shorter one).
    private const int AskedFrom = NameVariants.ShortestCompared;

    private LowerCaseWords(IEnumerable<ulong> hashes) => (_places, _hashes) = Stored(hashes as HashSet<ulong> ?? hashes.ToHashSet());

    // The places of the distinct hashes in the process's table, as bytes; or, past the table's bound, the hashes.
    private static (FactBytes? Places, ulong[]? Hashes) Stored(HashSet<ulong> distinct)
    {
        var places = new int[distinct.Count];
        lock (Gate)
        {
            var i = 0;
            foreach (var hash in distinct)
            {
                var place = PlaceOf(hash);
                if (place < 0)
                    return (null, [.. distinct]);
                places[i++] = place;
            }
        }
        Array.Sort(places);
        var bytes = new System.Buffers.ArrayBufferWriter<byte>(Math.Max(1, places.Length * 2));
        var previous = 0;
        foreach (var place in places)
        {
            Leb128.Write(bytes, (uint)(place - previous));
            previous = place;
        }
        return (new FactBytes(bytes.WrittenSpan.ToArray()), null);
    }

    // The hash's place in the process's table, given one if it has none; -1 past the table's bound. Under Gate.
    private static int PlaceOf(ulong hash)
    {
        var mask = _slots.Length - 1;
        for (var i = SlotOf(hash); ; i = (i + 1) & mask)
        {
            ref var slot = ref _slots[i];
            if (slot.PlacePlusOne == 0)
            {
                if (_tableCount >= SharedWords)
                    return -1;
                var place = _tableCount++;
                if (place == _table.Length)
                    Array.Resize(ref _table, place * 2);
                _table[place] = hash;
                slot = new Slot { Hash = hash, PlacePlusOne = place + 1 };
                // At most half full, so that a probe ends soon.
                if (_tableCount * 2 > _slots.Length)
                    GrowSlots();
                return place;
            }
            if (slot.Hash == hash)
                return slot.PlacePlusOne - 1;
        }
    }

    // FNV-1a's low bits depend on the characters' low bits alone: the slot is read from the multiplied hash's high bits.
    private static int SlotOf(ulong hash) => (int)((hash * 0x9E3779B97F4A7C15UL) >> _slotShift);

    private static void GrowSlots()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        _slotShift--;
        var mask = _slots.Length - 1;
        foreach (var entry in old)
        {
            if (entry.PlacePlusOne == 0)
                continue;
            var i = SlotOf(entry.Hash);
            while (_slots[i].PlacePlusOne != 0)
                i = (i + 1) & mask;
            _slots[i] = entry;
        }
    }

    /// <summary>The words' places in the process's table, which may wait in the run's scratch file; none past its bound.</summary>
    public FactBytes? Bytes => _places;

    private IEnumerable<ulong> Hashes()
    {
        if (_hashes is not null)
            return _hashes;
        var hashes = new List<ulong>();
        AddHashesTo(hashes);
        return hashes;
    }

    private void AddHashesTo(ICollection<ulong> into)
    {
        if (_hashes is not null)
        {
            foreach (var hash in _hashes)
                into.Add(hash);
            return;
        }
        var places = _places!.Read();
        lock (Gate)
        {
            var at = 0;
            var place = 0;
            while (at < places.Length)
            {
                place += (int)Leb128.Read(places, ref at);
                into.Add(_table[place]);
            }
        }
    }

    /// <summary>The hashes as bytes, little-endian whatever the machine, to be stored (<see cref="FromBytes"/> reads them back).</summary>
    public byte[] ToBytes()
    {
        // In order: the same document stores the same bytes, whatever other documents the process has read.
        var hashes = Hashes().Order().ToList();
        var bytes = new byte[hashes.Count * sizeof(ulong)];
        for (var i = 0; i < hashes.Count; i++)
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(i * sizeof(ulong)), hashes[i]);
        return bytes;
    }

    /// <summary>The words <see cref="ToBytes"/> stored; bytes that are not whole hashes are a <see cref="FormatException"/>.</summary>
    public static LowerCaseWords FromBytes(byte[] bytes)
    {
        if (bytes.Length % sizeof(ulong) != 0)
            throw new FormatException("stored lower-case words are not whole hashes");
        var hashes = new ulong[bytes.Length / sizeof(ulong)];
        for (var i = 0; i < hashes.Length; i++)
            hashes[i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(i * sizeof(ulong)));
        return new LowerCaseWords(hashes);
    }

    // Straight from the table, with no list of the document's hashes first (a corpus run made one per article).
    /// <summary>Adds the <see cref="HashOf"/> of each of the document's lower-case words to <paramref name="hashes"/>.</summary>
    public void AddTo(HashSet<ulong> hashes) => AddHashesTo(hashes);

    /// <summary>FNV-1a over the word lower-cased: the same for "Hello" and "hello", as the words are compared lower-cased.</summary>
    public static ulong HashOf(string word)
    {
        // Every lower-case word of every article is hashed: an ASCII word, nearly all of them, is lowered as it is hashed.
        var hash = Fnv1a.Start;
        foreach (var c in word)
        {
            if (c >= 128)
                return HashOfLowered(word);
            hash = Fnv1a.Add(hash, (uint)(c - 'A') <= 'Z' - 'A' ? c | 0x20u : c);
        }
        return hash;
    }

    // Lowered as ToLowerInvariant lowers it, into the stack rather than a new string.
    private static ulong HashOfLowered(string word)
    {
        Span<char> buffer = stackalloc char[64];
        return Fnv1a.Of(LowerCase.Of(word, buffer));
    }
}
