using EditLint.Checks.Consistency;
using EditLint.Semantics.Lexicons;
using EditLint.Tests.Testing;
using EditLint.Text;

namespace EditLint.Tests.Semantics;

/// <summary>The facts EL4001 reasons with: how far apart two spellings are, and what a spelling is without its accents.</summary>
public sealed class NameSpellingFactsTests
{
    [Theory]
    [InlineData("Kowalski", "Kowlaski", 1)] // two letters swapped
    [InlineData("Lammy", "Lamy", 1)] // a letter dropped
    [InlineData("Pelosi", "Pelossi", 1)] // a letter doubled
    [InlineData("Pelosi", "Pelasi", 1)] // a vowel changed
    [InlineData("Schlesinger", "Schelsigner", 2)] // two swaps: long names allow two
    [InlineData("Rutte", "Rubio", null)] // three edits: different people
    public void EditDistance_CountsInsertionsDeletionsChangesAndSwaps(string a, string b, int? expected) =>
        Assert.Equal(expected, EditDistance.Within(a, b, 2));

    [Fact]
    public void InnerDeletions_KeepTheFirstAndLastLetters_SoASlipSharesAKey()
    {
        var keys = EditDistance.InnerDeletions("Kowalski", 1).ToHashSet();
        Assert.Contains("Kowalski", keys);
        Assert.Contains("Kwalski", keys);
        Assert.DoesNotContain("owalski", keys);
        Assert.True(keys.Overlaps(EditDistance.InnerDeletions("Kowlaski", 1)));
    }

    [Fact]
    public void Articles_share_one_string_per_spelling_and_keep_only_the_lower_case_words_a_name_is_compared_with()
    {
        var first = NameVariants.Occurrences(ProseModel.Of("President Volodymyr Zelenskyy spoke in Kyiv. Zelenskyy said talks would go on."));
        var second = NameVariants.Occurrences(ProseModel.Of("Volodymyr Zelenskyy met the envoy in Kyiv."));

        var a = first.First(o => o.Form == "Zelenskyy");
        var b = second.First(o => o.Form == "Zelenskyy");
        Assert.NotSame(a, b);
        // Kept once for every article of a run (the comparison across articles holds them all), while the process's pool
        // of 200,000 spellings has room: the test run reads far fewer.
        Assert.Same(a.Form, b.Form);
        Assert.Same(a.Skeleton, b.Skeleton);
        Assert.Same(first.First(o => o.Form == "Volodymyr").Form, second.First(o => o.Form == "Volodymyr").Form);

        var words = new HashSet<ulong>();
        NameVariants.LowerCaseIn(ProseModel.Of("The talks would go on in the spring.")).AddTo(words);
        Assert.Contains(LowerCaseWords.HashOf("talks"), words);
        Assert.Contains(LowerCaseWords.HashOf("spring"), words);
        Assert.DoesNotContain(LowerCaseWords.HashOf("the"), words);
        Assert.DoesNotContain(LowerCaseWords.HashOf("go"), words);
    }

    // Stored entries hold these hashes: they are FNV-1a over the word lower-cased as a string is, whatever the word.
    [Theory]
    [InlineData("spring")]
    [InlineData("Zelenskyy")]
    [InlineData("@AZ[`az{-O'NEIL")] // the ASCII letters' neighbours, which lowering leaves alone
    [InlineData("ÉLYSÉE")]
    [InlineData("İstanbul")]
    [InlineData("ΣΟΦΙΑ")]
    [InlineData("\U00010400\U00010401x")]
    [InlineData("a\uD800b")]
    [InlineData("")]
    public void A_lower_case_word_s_hash_is_that_of_the_word_lower_cased(string word)
    {
        Assert.Equal(Fnv1a.Of(word.ToLowerInvariant()), LowerCaseWords.HashOf(word));
        var repeated = string.Concat(Enumerable.Repeat(word + "Ä", 60));
        Assert.Equal(Fnv1a.Of(repeated.ToLowerInvariant()), LowerCaseWords.HashOf(repeated));
    }

    [Fact]
    public void Lower_case_words_come_back_from_their_stored_bytes_in_the_order_of_their_hashes()
    {
        var words = NameVariants.LowerCaseIn(ProseModel.Of("Talks would resume in the spring, officials said, after talks stalled."));
        var expected = new[] { "talks", "would", "resume", "spring", "officials", "said", "after", "stalled" }.Select(LowerCaseWords.HashOf).Order().ToList();

        var stored = words.ToBytes();
        var read = new HashSet<ulong>();
        LowerCaseWords.FromBytes(stored).AddTo(read);

        Assert.Equal(expected.Count * sizeof(ulong), stored.Length);
        Assert.Equal(expected, Enumerable.Range(0, expected.Count).Select(i => BitConverter.ToUInt64(stored, i * sizeof(ulong))));
        Assert.Equal(expected, read.Order());
        Assert.Equal(stored, LowerCaseWords.FromBytes(stored).ToBytes());
        Assert.Throws<FormatException>(() => LowerCaseWords.FromBytes([1, 2, 3]));
        Assert.Empty(NameVariants.LowerCaseIn(ProseModel.Of("Jan Kowalski.")).ToBytes());
    }

    // The process's table of words grows as articles bring new ones: thousands of new words (the table starts with
    // room for a thousand) come back as the hashes of the words written, and an article of words already in the table
    // reads them back from their places.
    [Fact]
    public void Lower_case_words_read_back_from_their_places_as_the_process_s_table_grows()
    {
        var random = new Random(20261206);
        for (var round = 0; round < 3; round++)
        {
            var words = Enumerable.Range(0, 3000).Select(_ => RandomText.Of(random, "abcdefghijklmnopqrstuvwxyz", 12, minLength: 5)).ToList();
            var expected = words.Select(LowerCaseWords.HashOf).ToHashSet();

            var fresh = new HashSet<ulong>();
            NameVariants.LowerCaseIn(ProseModel.Of(string.Join(' ', words) + ".")).AddTo(fresh);
            var again = new HashSet<ulong>();
            NameVariants.LowerCaseIn(ProseModel.Of(string.Join(' ', words.AsEnumerable().Reverse().Take(500)) + ".")).AddTo(again);

            Assert.Equal(expected.Order(), fresh.Order());
            Assert.Equal(words.AsEnumerable().Reverse().Take(500).Select(LowerCaseWords.HashOf).Order(), again.Order());
        }
    }

    // A spelling met again after thousands of others is the run's one object, with its skeleton.
    [Fact]
    public void A_spelling_met_again_is_the_run_s_one_spelling_after_thousands_of_others()
    {
        var first = NameVariants.Occurrences(ProseModel.Of("Anna Kowalczyk met Jan Nowakowski."));
        var random = new Random(7);
        var others = string.Join(" ", Enumerable.Range(0, 6000).Select(_ => "Mr " + char.ToUpperInvariant((char)random.Next('a', 'z' + 1)) + RandomText.Of(random, "aeioulmnrstk", 9, minLength: 5) + " spoke."));
        Assert.NotEmpty(NameVariants.Occurrences(ProseModel.Of(others)));
        var again = NameVariants.Occurrences(ProseModel.Of("Jan Nowakowski and Anna Kowalczyk."));

        foreach (var name in new[] { "Kowalczyk", "Nowakowski" })
        {
            var (a, b) = (first.First(o => o.Form == name), again.First(o => o.Form == name));
            Assert.Same(a.Form, b.Form);
            Assert.Same(a.Skeleton, b.Skeleton);
        }
    }

    [Fact]
    public void An_article_s_occurrences_packed_for_the_comparison_across_articles_unpack_as_they_were()
    {
        var model = ProseModel.Of("President Volodymyr Zelenskyy spoke in Kyiv. Zelenskyy said Mr Kowalski and Anna Kowlaski would go.");
        var occurrences = NameVariants.Occurrences(model);

        var packed = new PackedOccurrences(model.Document, occurrences);

        Assert.Equal(occurrences.Count, packed.Count);
        Assert.Equal(occurrences, packed.Unpack());
        Assert.Contains(("Zelenskyy", NameVariants.Skeleton("Zelenskyy")), packed.Forms);
        // "Volodymyr" is followed by a surname: no last word, so no skeleton to group transliterations by.
        Assert.Contains(("Volodymyr", (string?)null), packed.Forms);
    }

    [Fact]
    public void Packed_occurrences_keep_any_start_length_and_order()
    {
        // Facts read back from a store come in any order; a huge document has starts past what two bytes hold.
        var document = ProseModel.Of("Kowalski.").Document;
        NameVariants.Occurrence[] occurrences =
        [
            new(document, "Kowalski", new TextSpan(9_000_000, 8), "Jan", null, true, "kovalski", true, true),
            new(document, "Kowalski", new TextSpan(26, 8), null, null, false, "kovalski", true, false),
            new(document, "Jan", new TextSpan(2_000_000_000, 70_000), null, "Kowalski", true, null, false, true),
            new(document, "Kowlaski", new TextSpan(0, 0), "Jan", "Jan", false, null, false, false),
        ];

        var packed = new PackedOccurrences(document, occurrences);

        Assert.Equal(4, packed.Count);
        Assert.Equal(occurrences, packed.Unpack());
    }

    [Fact]
    public void Packed_occurrences_moved_to_a_scratch_file_unpack_as_they_were_with_their_words_shared()
    {
        // Over many files an article's packed occurrences wait in the run's scratch file, words and all: read back, each
        // word is the run's one copy of that spelling, not a new string per read.
        var model = ProseModel.Of("Lech Wałęsa met Priya D’Souza in Gdańsk. Wałęsa said D’Souza and Lech Walesa agreed.");
        var occurrences = NameVariants.Occurrences(model);
        var packed = new PackedOccurrences(model.Document, occurrences);
        using var file = ScratchFile.Create(Path.GetTempPath())!;

        packed.Bytes.MoveTo(file);

        Assert.True(packed.Bytes.IsSpilled);
        var unpacked = packed.Unpack().ToList();
        Assert.Equal(occurrences, unpacked);
        Assert.Contains(unpacked, o => o.Form == "Wałęsa");
        Assert.All(unpacked.Zip(occurrences), pair => Assert.Same(pair.Second.Form, pair.First.Form));
        Assert.All(unpacked.Zip(occurrences), pair => Assert.Same(pair.Second.Before, pair.First.Before));
        Assert.Contains(unpacked, o => o.Skeleton is not null);
        Assert.All(unpacked.Zip(occurrences), pair => Assert.Same(pair.Second.Skeleton, pair.First.Skeleton));
    }

    [Fact]
    public void A_spelling_is_worked_out_once_for_every_article_and_an_article_s_occurrences_are_those_of_its_own_words()
    {
        // The second article meets spellings the first made (the process's table) and one of its own.
        var first = NameVariants.Occurrences(ProseModel.Of("Mr Kowalski met Anna Zelenskyy in Kyiv. Kowalski said talks would go on."));
        var second = NameVariants.Occurrences(ProseModel.Of("Anna Zelenskyy and Piotr Kowalski met Mr Nowakowski."));

        var kowalski = second.Single(o => o.Form == "Kowalski");
        Assert.Same(first.First(o => o.Form == "Kowalski").Form, kowalski.Form);
        Assert.Equal(NameVariants.Skeleton("Kowalski"), kowalski.Skeleton);
        Assert.Equal("Piotr", kowalski.Before);
        Assert.Null(kowalski.After);
        Assert.Equal(NameVariants.Skeleton("Nowakowski"), second.Single(o => o.Form == "Nowakowski").Skeleton);
        Assert.Equal(["Anna", "Zelenskyy", "Piotr", "Kowalski", "Nowakowski"], second.Select(o => o.Form));
    }

    [Theory]
    [InlineData("Zelenskiy", "Zelenskyy", true)] // one skeleton: a transliteration
    [InlineData("Kowalski", "Kowlaski", true)] // one inner-deletion key: a slip
    [InlineData("Schlesinger", "Schelsigner", true)] // two swaps in a long name
    [InlineData("Rutte", "Rubio", false)]
    [InlineData("Brussels", "Lisbon", false)]
    public void Spellings_are_pairable_when_a_skeleton_or_a_slip_s_key_joins_them(string a, string b, bool pairable)
    {
        var found = NameVariants.Pairable([(a, NameVariants.Skeleton(a)), (b, NameVariants.Skeleton(b)), ("Ottawa", NameVariants.Skeleton("Ottawa"))]);

        Assert.Equal(pairable ? new[] { a, b }.Order(StringComparer.Ordinal) : [], found.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Kowalski", 1)]
    [InlineData("Pelossi", 1)] // two deletions make one key: its hash may come twice
    [InlineData("Schlesinger", 2)]
    [InlineData("Abc", 2)] // one inner letter: the word and one key
    [InlineData("Ab", 1)] // none inside: the word alone
    public void Inner_deletion_hashes_are_the_hashes_of_the_inner_deletions(string word, int count) =>
        Assert.Equal(EditDistance.InnerDeletions(word, count).Select(EditDistance.KeyHash).Order(), EditDistance.InnerDeletionHashes(word, count).Distinct().Order());

    [Fact]
    public void A_spelling_sums_its_occurrences_in_each_article_it_is_used_in()
    {
        var first = ProseModel.Of("Zelenskyy spoke. President Volodymyr Zelenskyy said Zelenskyy Kyiv would hold.");
        var second = ProseModel.Of("The envoy met Volodymyr Zelenskyy in Kyiv.");
        var spellings = new Spelling.Table();
        foreach (var model in new[] { first, second })
            new PackedOccurrences(model.Document, NameVariants.Occurrences(model)).AddTo(spellings, f => f is "Zelenskyy" or "Volodymyr");

        Assert.Equal(["Zelenskyy", "Volodymyr"], spellings.InOrder.Select(s => s.Key));
        var zelenskyy = spellings.InOrder[0];
        Assert.Equal(4, zelenskyy.Count);
        Assert.Equal(2, zelenskyy.Articles);
        Assert.True(zelenskyy.Evidence);
        Assert.True(zelenskyy.FullName);
        Assert.Equal(NameVariants.Skeleton("Zelenskyy"), zelenskyy.LastWordSkeleton);
        Assert.True(zelenskyy.LastWordEvidence);
        // "Zelenskyy spoke" opens its sentence alone: not every use is followed by another name word.
        Assert.False(zelenskyy.AlwaysFollowed);
        // Each article's first use, in the order the articles were added.
        Assert.Equal([new Spelling.Place(first.Document, new TextSpan(first.Document.Source.Text.IndexOf("Zelenskyy"), 9)), new Spelling.Place(second.Document, new TextSpan(second.Document.Source.Text.IndexOf("Zelenskyy"), 9))], zelenskyy.Places);
        Assert.Equal(["volodimir"], zelenskyy.Beside.Before);
        Assert.Equal(["kyiv"], zelenskyy.Beside.After);
        var volodymyr = spellings.InOrder[1];
        Assert.Null(volodymyr.LastWordSkeleton);
        Assert.True(volodymyr.AlwaysFollowed);
    }

    [Fact]
    public void A_table_that_keeps_no_places_counts_the_same_articles_and_the_places_added_after_are_the_ones_it_would_keep()
    {
        var packed = new[]
        {
            "Zelenskyy spoke. President Volodymyr Zelenskyy said Zelenskyy Kyiv would hold.",
            "The envoy met Volodymyr Zelenskyy in Kyiv.",
            "Kyiv waited. Volodymyr Zelenskiy and Volodymyr Zelenskyy flew out.",
        }.Select(ProseModel.Of).Select(m => new PackedOccurrences(m.Document, NameVariants.Occurrences(m))).ToList();
        var kept = new Spelling.Table();
        var counted = new Spelling.Table(keepPlaces: false);
        foreach (var article in packed)
        {
            article.AddTo(kept, _ => true);
            article.AddTo(counted, _ => true);
        }

        Assert.Equal(kept.InOrder.Select(s => (s.Key, s.Count, s.Articles)), counted.InOrder.Select(s => (s.Key, s.Count, s.Articles)));
        Assert.Contains(counted.InOrder, s => s.Articles == 3);
        Assert.All(counted.InOrder, s => Assert.Empty(s.Places));
        var asked = counted.InOrder.Where(s => s.Key is "Zelenskyy" or "Kyiv").ToDictionary(s => s.Key, StringComparer.Ordinal);
        foreach (var article in packed)
            article.AddPlacesTo(asked);
        Assert.Equal(kept.InOrder.Where(s => asked.ContainsKey(s.Key)).Select(s => s.Places), asked.Values.Select(s => s.Places));
        Assert.All(counted.InOrder.Where(s => !asked.ContainsKey(s.Key)), s => Assert.Empty(s.Places));
    }

    [Fact]
    public void The_occurrences_of_the_pairable_spellings_alone_make_the_groups_all_of_them_make()
    {
        // Articles of one run with transliterations, slips, two people of similar names, ordinary words and lone names.
        string[] articles =
        [
            "President Volodymyr Zelenskyy spoke in Kyiv. Zelenskyy said the talks in Brussels would go on. Mr Kowalski agreed.",
            "Volodymyr Zelenskiy met Jan Kowalski and Anna Kowlaski in Warsaw. Zelenskiy thanked Poland.",
            "John Connally and John Connolly met Nancy Pelosi. Pelosi and Speaker Pelossi spoke. Will Smith said he will go.",
            "Volodymyr Zelensky flew to Ottawa. Ms Schlesinger and Prof Schelsigner wrote. Rutte met Rubio in The Hague.",
        ];
        var models = articles.Select(ProseModel.Of).ToList();
        var packed = models.Select(m => new PackedOccurrences(m.Document, NameVariants.Occurrences(m))).ToList();
        IReadOnlyList<Func<LowerCaseWords>> lowerCase = [.. models.Select(m => (Func<LowerCaseWords>)(() => NameVariants.LowerCaseIn(m)))];
        static List<string> Described(List<List<Spelling>> groups) =>
            [.. groups.Select(g => string.Join(" / ", g.Select(f => $"{f.Key}×{f.Count}@{string.Join(",", f.Places.Select(p => p.First.Start))}")))];
        List<Spelling> SpellingsOf(Func<string, bool> keep)
        {
            var spellings = new Spelling.Table();
            foreach (var article in packed)
                article.AddTo(spellings, keep);
            return spellings.InOrder;
        }

        var all = NameVariants.Groups(SpellingsOf(_ => true), lowerCase, sharedContext: true);
        var pairable = NameVariants.Pairable(packed.SelectMany(p => p.Forms));
        var pairableSpellings = SpellingsOf(pairable.Contains);
        var fromPairable = NameVariants.Groups(pairableSpellings, lowerCase, sharedContext: true);

        Assert.NotEmpty(all);
        Assert.Equal(Described(all), Described(fromPairable));
        Assert.True(pairableSpellings.Sum(s => s.Count) < packed.Sum(p => p.Count));
    }

    [Fact]
    public void A_slip_is_paired_among_an_article_s_many_names_and_the_next_article_is_not_paired_with_them()
    {
        // Forty made-up surnames, each used twice: their keys are more than the slips' index starts with room for.
        string[] starts = ["Bor", "Dal", "Fen", "Gur", "Hol", "Jas", "Kem", "Lor"];
        string[] ends = ["vanek", "mitsu", "dragh", "quelle", "bwick"];
        var names = starts.SelectMany(s => ends.Select(e => s + e)).ToList();
        static List<List<string>> GroupsIn(string text)
        {
            var model = ProseModel.Of(text);
            return [.. NameVariants.Groups(Spelling.Of(NameVariants.Occurrences(model)), [() => NameVariants.LowerCaseIn(model)]).Select(g => g.Select(f => f.Key).Order(StringComparer.Ordinal).ToList())];
        }

        // The established form comes first whether the forms are taken in the text's order or by their letters.
        var many = "The talks with Mr Abelwitz went on, and later Mr Abelwitz left. "
            + string.Concat(names.Select(n => $"Then Mr {n} spoke, and later Mr {n} left. "))
            + "In the end Mr Abewitz signed.";
        Assert.Equal([["Abelwitz", "Abewitz"]], GroupsIn(many));

        // Each used once, neither is established here (Quentaro is): the index the thread kept holds none of the last
        // article's names.
        Assert.Empty(GroupsIn("Then Mr Borvnek spoke, and Mr Borvanek left. Later Mr Quentaro came, and Mr Quentaro went."));
    }

    // The command-line tool runs with invariant globalization, where string.Normalize cannot decompose letters: accents
    // are dropped from a table, so the tests and the tool see the same skeletons.
    [Fact]
    public void Accents_AreDroppedFromATable()
    {
        Assert.Equal("Rossello Brudzinski Erdogan Lodz Orsted Sokolovic", Lexicon.WithoutAccents("Rosselló Brudziński Erdoğan Łódź Ørsted Sokolović"));
        Assert.Equal(NameVariants.Skeleton("Rossello"), NameVariants.Skeleton("Rosselló"));
        Assert.Equal(NameVariants.Skeleton("Zelenskyy"), NameVariants.Skeleton("Zelenskiy"));
    }

    [Theory]
    [InlineData("Spin")] // an ordinary word: "Spin" beside "Spain"
    [InlineData("Sudan")] // a well-known name: "Sudan" beside "Susan"
    public void WordsAndWellKnownNames_AreKnown(string form) =>
        Assert.True(Lexicon.KnownWords.Contains(form.ToLowerInvariant()) || Lexicon.KnownNames.Contains(form));

    [Fact]
    public void KnownPairsOfDifferentNames_AreDistinctInEitherOrder()
    {
        Assert.True(Lexicon.AreDistinctNames("Colombia", "Columbia"));
        Assert.True(Lexicon.AreDistinctNames("Columbia", "Colombia"));
        Assert.False(Lexicon.AreDistinctNames("Kowalski", "Kowlaski"));
    }
}
