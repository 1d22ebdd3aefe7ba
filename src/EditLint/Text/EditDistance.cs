namespace EditLint.Text;

/// <summary>
/// How many keystrokes turn one word into another: inserting, deleting or changing a letter, or swapping two
/// neighbouring letters (the optimal-string-alignment distance), and the keys that find such words without comparing
/// every pair.
/// </summary>
public static class EditDistance
{
    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, or null when it is over <paramref name="limit"/>.</summary>
    public static int? Within(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
            return null;
        // Three rows of the dynamic-programming table: the one before last is needed for a swap.
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d = Math.Min(d, previous2[j - 2] + 1);
                current[j] = d;
                best = Math.Min(best, d);
            }
            if (best > limit)
                return null;
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length] <= limit ? previous[b.Length] : null;
    }

    // The most keys InnerDeletions makes room for at the start.
    private const long MaxPresized = 4096;

    /// <summary>
    /// <paramref name="word"/> with up to <paramref name="count"/> of its letters between the first and the last
    /// deleted, itself included: two words with the same first and last letters that are within <paramref name="count"/>
    /// edits of each other share a key (the symmetric-deletion index), so a lookup replaces a comparison with every word.
    /// </summary>
    public static IEnumerable<string> InnerDeletions(string word, int count)
    {
        // Sized for every key there can be, 1 + m + m(m-1)/2 + … for m inner letters (up to a limit), so that the set is
        // not copied to grow: the run's comparisons ask for the keys of thousands of spellings.
        long inner = Math.Max(0, word.Length - 2), capacity = 1, ways = 1;
        for (var round = 1; round <= count && round <= inner && capacity < MaxPresized; round++)
            capacity += ways = ways * (inner - round + 1) / round;
        var keys = new HashSet<string>((int)Math.Min(capacity, MaxPresized), StringComparer.Ordinal) { word };
        var frontier = new List<string> { word };
        for (var round = 0; round < count; round++)
        {
            var next = new List<string>();
            foreach (var key in frontier)
            {
                for (var k = 1; k < key.Length - 1; k++)
                {
                    var shorter = string.Concat(key.AsSpan(0, k), key.AsSpan(k + 1));
                    if (keys.Add(shorter))
                        next.Add(shorter);
                }
            }
            frontier = next;
        }
        return keys;
    }

    /// <summary>
    /// The <see cref="KeyHash"/> of each of <see cref="InnerDeletions"/>' keys (a key made in more than one way may come
    /// more than once), without making the keys: a run asks for the keys of every spelling its articles use, millions of
    /// short strings that would live only to be hashed.
    /// </summary>
    public static List<ulong> InnerDeletionHashes(string word, int count)
    {
        var hashes = new List<ulong>();
        AddInnerDeletionHashes(word, count, hashes);
        return hashes;
    }

    /// <summary><see cref="InnerDeletionHashes"/>, added to <paramref name="hashes"/> (a caller asking for many words reuses one list).</summary>
    public static void AddInnerDeletionHashes(string word, int count, List<ulong> hashes)
    {
        // A key is the word without some of its inner letters (at most count of them): each set of deleted places once.
        Span<int> deleted = count <= 8 ? stackalloc int[Math.Max(0, count)] : new int[count];
        AddHashes(word, deleted, 0, 1, hashes);
    }

    // Recursion, not nested iterators: one enumerator object per set of deleted places was most of the keys' cost.
    private static void AddHashes(string word, Span<int> deleted, int made, int from, List<ulong> hashes)
    {
        hashes.Add(HashWithout(word, deleted[..made]));
        if (made == deleted.Length)
            return;
        for (var k = from; k < word.Length - 1; k++)
        {
            deleted[made] = k;
            AddHashes(word, deleted, made + 1, k + 1, hashes);
        }
    }

    /// <summary>The hash <see cref="InnerDeletionHashes"/> gives a key (<see cref="Fnv1a"/>).</summary>
    public static ulong KeyHash(string key) => Fnv1a.Of(key);

    // The hash of word without the letters at the (ascending) places in deleted.
    private static ulong HashWithout(string word, ReadOnlySpan<int> deleted)
    {
        var hash = Fnv1a.Start;
        var next = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (next < deleted.Length && deleted[next] == i)
                next++;
            else
                hash = Fnv1a.Add(hash, word[i]);
        }
        return hash;
    }
}
