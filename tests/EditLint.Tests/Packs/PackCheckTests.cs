using System.Diagnostics;
using System.Text.RegularExpressions;
using EditLint.Checks;
using EditLint.Packs;

namespace EditLint.Tests.Packs;

/// <summary>The parts of pack checks that the rule examples cannot pin down: counts, and matching on very long texts.</summary>
public sealed class PackCheckTests
{
    [Fact]
    public void Metric_counts_words_syllables_letters_and_sentences()
    {
        // Syllables: Rates 2, rose 1 (silent e), The 1, committee's 3, decision 3, surprised 3, everyone 3 (silent e),
        // at 1, the 1, TABLE 2 (a final "le" is sounded, in any case).
        var counts = MetricCheck.Count("Rates rose. The committee's decision surprised everyone at the TABLE  ");

        Assert.Equal(10, counts["words"]);
        Assert.Equal(2, counts["sentences"]);
        Assert.Equal(20, counts["syllables"]);
        Assert.Equal(57, counts["characters"]);
        Assert.Equal(4, counts["complex_words"]);
        Assert.Equal(4, counts["long_words"]);
    }

    [Fact]
    public void Metric_count_names_are_the_counts_keys() =>
        Assert.Equal(MetricCheck.Count("One word.").Keys.Order(StringComparer.Ordinal), MetricCheck.CountNames.Order(StringComparer.Ordinal));

    [Fact]
    public void Metric_counts_only_the_words_and_what_the_formula_reads()
    {
        const string Text = "Rates rose. The committee's decision surprised everyone at the TABLE  ";
        var all = MetricCheck.Count(Text);
        var formula = Formula.TryParse("syllables / words", all.Keys.ToHashSet(StringComparer.Ordinal), out _)!;

        var counts = MetricCheck.Count(Text, formula.Names);

        Assert.Equal(["syllables", "words"], formula.Names.Order(StringComparer.Ordinal));
        // Syllables are counted word by word, and complex words with them; sentences and letters are not counted.
        Assert.Equal((10.0, 20.0, 4.0), (counts["words"], counts["syllables"], counts["complex_words"]));
        Assert.Equal((0.0, 0.0, 0.0), (counts["sentences"], counts["characters"], counts["long_words"]));
    }

    [Fact]
    public void Metric_counts_a_text_ending_in_a_full_stop_as_its_sentences()
    {
        var counts = MetricCheck.Count("It rained. “Go home,” he said! ");

        Assert.Equal(2, counts["sentences"]);
        Assert.Equal(6, counts["words"]);
    }

    [Fact]
    public void A_long_text_is_matched_as_a_short_one_is_ignoring_case_as_asked()
    {
        var pattern = PackPattern.Create("end result|free gift", ignoreCase: true);
        var text = string.Concat(Enumerable.Repeat("The talks went on. ", (PatternBudget.CompiledFrom / 19) + 1)) + "The END RESULT was a free gift, not a free gifts.";
        Assert.True(text.Length >= PatternBudget.CompiledFrom);

        var matches = PatternBudget.None.Matches(pattern, text).Select(m => (m.Index, m.Value)).ToList();

        var tail = text.Length - "The END RESULT was a free gift, not a free gifts.".Length;
        Assert.Equal([(tail + 4, "END RESULT"), (tail + 21, "free gift")], matches);
    }

    [Fact]
    public void A_long_text_keeps_the_match_timeout()
    {
        var pattern = PackPattern.Create("(a+)+$", ignoreCase: false, raw: true);
        var text = new string('a', PatternBudget.CompiledFrom) + "!";

        var stopwatch = Stopwatch.StartNew();
        var timeout = Assert.Throws<RegexMatchTimeoutException>(() => PatternBudget.None.IsMatch(pattern, text));

        Assert.Equal(PackPattern.MatchTimeout, timeout.MatchTimeout);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void A_pattern_that_has_scanned_many_short_texts_matches_as_before_and_keeps_the_match_timeout()
    {
        // Past PatternBudget.CompiledAfter characters in all, a pattern is matched by its compiled copy, on short texts too.
        // Phrases spaced by any white space: a pattern the engine runs (a plain list of phrases needs no copy).
        var phrases = PackPattern.Create(@"end\s+result|free\s+gift", ignoreCase: true);
        var catastrophic = PackPattern.Create("(a+)+$", ignoreCase: false, raw: true);
        var article = string.Concat(Enumerable.Repeat("The talks went on. ", 5_000)) + "The END RESULT was a free gift, not a free gifts.";
        var tail = article.Length - "The END RESULT was a free gift, not a free gifts.".Length;
        Assert.True(article.Length < PatternBudget.CompiledFrom);

        Assert.False(PatternBudget.HasCompiledCopy(phrases));
        for (var scanned = 0L; scanned <= PatternBudget.CompiledAfter; scanned += article.Length)
        {
            Assert.Equal([(tail + 4, "END RESULT"), (tail + 21, "free gift")], PatternBudget.None.Matches(phrases, article).Select(m => (m.Index, m.Value)).ToList());
            Assert.False(PatternBudget.None.IsMatch(catastrophic, article));
        }

        // The compiled copies are built in the background; matching goes on meanwhile, and after them.
        var waited = Stopwatch.StartNew();
        while (!(PatternBudget.HasCompiledCopy(phrases) && PatternBudget.HasCompiledCopy(catastrophic)) && waited.Elapsed < TimeSpan.FromSeconds(30))
            Thread.Sleep(10);
        Assert.True(PatternBudget.HasCompiledCopy(phrases) && PatternBudget.HasCompiledCopy(catastrophic), "no compiled copy after 30 s");
        Assert.Equal([(tail + 4, "END RESULT"), (tail + 21, "free gift")], PatternBudget.None.Matches(phrases, article).Select(m => (m.Index, m.Value)).ToList());

        var timeout = Assert.Throws<RegexMatchTimeoutException>(() => PatternBudget.None.IsMatch(catastrophic, new string('a', 40) + "!"));
        Assert.Equal(PackPattern.MatchTimeout, timeout.MatchTimeout);
    }

    // SubstitutionCheck scans a paragraph once for all its swaps, and each swap on its own only when that scan finds one:
    // the joined pattern must match a text exactly when some swap does.
    [Fact]
    public void Joined_swaps_match_a_text_exactly_when_one_of_them_does()
    {
        var swaps = new (Regex, string)[]
        {
            (PackPattern.Create("in order to", ignoreCase: true), "to"),
            (PackPattern.Create("chair(?:man|woman)", ignoreCase: true), "chair"),
            (PackPattern.Create("(?i:at this) point", ignoreCase: true), "now"),
            (PackPattern.Create("(?<=said )whilst", ignoreCase: true), "while"),
            (PackPattern.Create("fire(man|men)", ignoreCase: true), "firefighter"),
            (PackPattern.Create("e-mail", ignoreCase: true), "email"),
        };
        var joined = PackPattern.Join([.. swaps.Select(s => s.Item1)]);
        Assert.NotNull(joined);
        string[] words = ["in", "order", "to", "In", "ORDER", "chairman", "chairwoman", "chair", "at", "this", "point", "said", "whilst",
            "fireman", "firemen", "firemans", "e-mail", "email", "mail", "-", "’", "the", ",", ".", "chairmanship", "xin"];
        var random = new Random(19);
        for (var i = 0; i < 5_000; i++)
        {
            var text = string.Join(random.Next(4) == 0 ? "" : " ", Enumerable.Range(0, random.Next(1, 7)).Select(_ => words[random.Next(words.Length)]));
            Assert.True(joined.IsMatch(text) == swaps.Any(s => s.Item1.IsMatch(text)), $"'{text}'");
        }
    }

    // The joined scan's first match is where each swap starts scanning: the findings are those of the swaps scanned one
    // by one from the start, which a check whose swaps cannot be joined (one never matches and refers to a group) does.
    [Fact]
    public void A_substitution_check_finds_what_its_swaps_find_one_by_one()
    {
        var swaps = new Swap[]
        {
            new(PackPattern.Create("in order to", ignoreCase: true), "to"),
            new(PackPattern.Create("chair(?:man|woman)", ignoreCase: true), "chair"),
            new(PackPattern.Create("(?<=said )whilst", ignoreCase: true), "while"),
            new(PackPattern.Create("order", ignoreCase: true), "command"),
            new(PackPattern.Create("e-mail", ignoreCase: true), "email"),
        };
        var joined = new SubstitutionCheck(swaps);
        var oneByOne = new SubstitutionCheck([.. swaps, new(PackPattern.Create(@"(?!)(x)\1", ignoreCase: true), "never")]);
        Assert.NotNull(PackPattern.Join([.. swaps.Select(s => s.Pattern)]));
        Assert.Null(PackPattern.Join([.. swaps.Select(s => s.Pattern), PackPattern.Create(@"(?!)(x)\1", ignoreCase: true)]));
        string[] words = ["in", "order", "to", "Order", "chairman", "Chairwoman", "said", "whilst", "e-mail", "the", ",", "."];
        var random = new Random(38);
        for (var i = 0; i < 3_000; i++)
        {
            var text = string.Join(" ", Enumerable.Range(0, random.Next(1, 12)).Select(_ => words[random.Next(words.Length)]));
            var unit = new CheckUnit(text, (start, length) => new EditLint.Text.TextSpan(start, length));
            static string Show(IEnumerable<CheckMatch> found) => string.Join("; ", found.Select(f => $"{f.Start}+{f.Length} {string.Join("/", f.Args)} {f.Fix}"));
            Assert.Equal(Show(oneByOne.Run(unit, TermFilter.None)), Show(joined.Run(unit, TermFilter.None)));
        }
    }

    [Theory]
    [InlineData(@"\Gwhilst")]
    [InlineData(@"(\w+) \1")]
    [InlineData(@"(?<w>\w+) \k<w>")]
    [InlineData(@"(a)?(?(1)b|c)")]
    [InlineData(@"(\w+) \<1>")]
    [InlineData(@"(\w+) \'1'")]
    [InlineData(@"(?<o>\()[^()]*(?<-o>\))")]
    [InlineData("(?x) colour  # British spelling\n")]
    [InlineData(@"(?ix: colour )")]
    public void Swaps_that_refer_to_groups_or_space_freely_are_not_joined(string pattern)
    {
        var swaps = new (Regex, string)[] { (PackPattern.Create("whilst", ignoreCase: true), "while"), (PackPattern.Create(pattern, ignoreCase: true), "x") };

        Assert.Null(PackPattern.Join([.. swaps.Select(s => s.Item1)]));
    }

    [Theory]
    [InlineData(false, true)]   // one ignores case, the other does not
    [InlineData(true, false)]   // one matches whole words, the other anywhere
    public void Patterns_with_different_options_are_not_joined(bool sameCase, bool sameEdges)
    {
        Assert.Null(PackPattern.Join([PackPattern.Create("whilst", ignoreCase: true), PackPattern.Create("amongst", ignoreCase: sameCase, raw: !sameEdges)]));
    }

    [Fact]
    public void Patterns_that_match_anywhere_are_joined_as_they_are()
    {
        var joined = PackPattern.Join([PackPattern.Create("cat", ignoreCase: false, raw: true), PackPattern.Create("dog", ignoreCase: false, raw: true)]);

        Assert.NotNull(joined);
        Assert.Matches(joined, "concatenate");
        Assert.Matches(joined, "dogma");
        Assert.DoesNotMatch(joined, "Cat");
    }

    // A conditional rule reads its second pattern only for a match of the first that needs it: over a unit the first
    // does not match, the second (here one that would run past its time) is never scanned.
    [Fact]
    public void A_conditional_check_does_not_scan_for_its_second_pattern_where_the_first_has_no_match()
    {
        var check = new ConditionalCheck(PackPattern.Create("zebra", ignoreCase: true), PackPattern.Create("(a+)+$", ignoreCase: false, raw: true));
        var unit = new CheckUnit(new string('a', 30_000) + "!", (start, length) => new EditLint.Text.TextSpan(start, length));

        Assert.Empty(check.Run(unit, TermFilter.None));
        Assert.Throws<RegexMatchTimeoutException>(() => check.Run(new CheckUnit("A zebra. " + unit.Text, unit.ToSource), TermFilter.None).ToList());
    }

    [Theory]
    [InlineData("NATO met. The North Atlantic Treaty Organization (NATO) agreed.", 0)]
    [InlineData("NATO met. The UN (UN) agreed. NATO again.", 1)]
    [InlineData("NATO met and NATO agreed, as did the EU.", 2)]
    public void A_keyed_conditional_check_needs_the_same_key_in_its_second_pattern(string text, int findings)
    {
        var check = new ConditionalCheck(PackPattern.Create("([A-Z]{2,})", ignoreCase: false), PackPattern.Create(@"\(([A-Z]{2,})\)", ignoreCase: false, raw: true));

        var found = check.Run(new CheckUnit(text, (start, length) => new EditLint.Text.TextSpan(start, length)), TermFilter.None).ToList();

        Assert.Equal(findings, found.Count);
    }

    // The repetition check keeps its tokens in a window it moves back to the front every few dozen words: a repeat
    // found before, across or after a move is the same, and words seen before a move are never taken for a repeat.
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void A_repetition_is_found_wherever_it_falls_in_a_long_paragraph(int phrase)
    {
        var check = new RepetitionCheck(new Regex(@"\w+"), phrase);
        foreach (var at in Enumerable.Range(2, 300))
        {
            var words = Enumerable.Range(0, 700).Select(i => $"w{i}").ToList();
            var copy = string.Join(' ', words.Skip(at + 1 - phrase).Take(phrase));
            words.Insert(at + 1, copy);
            var text = string.Join(' ', words) + ".";

            var found = check.Run(new CheckUnit(text, (start, length) => new EditLint.Text.TextSpan(start, length)), TermFilter.None).ToList();

            var match = Assert.Single(found);
            Assert.Equal(" " + copy, text.Substring(match.Start, match.Length));
            // From the end of the first copy, which no earlier word contains.
            Assert.Equal(text.IndexOf(copy, StringComparison.Ordinal) + copy.Length, match.Start);
        }
    }

    // Metric counts read words by hand: the same words as the pattern they stand for, on every character and on mixes of
    // the characters that join or part them.
    [Fact]
    public void Metric_words_are_the_words_the_pattern_finds()
    {
        var pattern = new Regex(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant);
        var one = new Regex(@"^[\p{L}\p{N}]$", RegexOptions.CultureInvariant);
        for (var c = 0; c <= char.MaxValue; c++)
            Assert.True(one.IsMatch(((char)c).ToString()) == EditLint.Text.WordCharacters.IsLetterOrNumber((char)c), $"U+{c:X4}");

        var random = new Random(20261205);
        string[] pieces = ["a", "Zé", "7", "Ⅻ", "²", "ß", "\U0001D400", "'", "’", "-", "--", "‐", " ", ".", ",", "\n", "\uD800", "_", "ǅ"];
        for (var n = 0; n < 20_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 14)).Select(_ => pieces[random.Next(pieces.Length)]));
            var expected = pattern.Matches(text).Select(m => (m.Index, m.Length)).ToList();
            var read = new List<(int, int)>();
            for (var at = 0; MetricCheck.NextWord(text, ref at) is var word && !word.IsEmpty;)
                read.Add((at - word.Length, word.Length));
            Assert.Equal(expected, read);
        }
    }

    // Syllables count vowels as the invariant lower case reads them, without lowering each letter: the same answer on
    // every character.
    [Fact]
    public void A_vowel_is_what_the_invariant_lower_case_reads_as_one()
    {
        for (var c = 0; c <= char.MaxValue; c++)
            Assert.True((char.ToLowerInvariant((char)c) is 'a' or 'e' or 'i' or 'o' or 'u' or 'y') == MetricCheck.IsVowel((char)c), $"U+{c:X4}");
    }

    // The pack rules of one scope share a document's units: cut once, the body joined once; a long document is cut
    // again for each rule, and the shared units go when the engine is done with the document.
    [Fact]
    public void A_document_s_units_are_cut_once_for_the_rules_of_a_scope_and_let_go_after()
    {
        var model = Testing.ProseModel.Of("First paragraph, “quoted”.\n\nSecond paragraph.");
        var body = PackScopes.Units(model, PackScope.Body | PackScope.Quote);

        Assert.Same(body, PackScopes.Units(model, PackScope.Body | PackScope.Quote));
        Assert.NotSame(body, PackScopes.Units(model, PackScope.Body));
        Assert.Equal(["quoted", "First paragraph, “quoted”.\n\nSecond paragraph."], body.Select(u => u.Text));

        PackScopes.Forget(model);
        var again = PackScopes.Units(model, PackScope.Body | PackScope.Quote);
        Assert.NotSame(body, again);
        Assert.Equal(body.Select(u => u.Text), again.Select(u => u.Text));

        var longDocument = Testing.ProseModel.Of(string.Concat(Enumerable.Repeat("A sentence of some length here. ", PackScopes.SharedBelow / 30)));
        Assert.True(longDocument.Document.Source.Length >= PackScopes.SharedBelow);
        Assert.NotSame(PackScopes.Units(longDocument, PackScope.Paragraph), PackScopes.Units(longDocument, PackScope.Paragraph));
    }

    // Every pattern the shipped packs make, as fresh rules are loaded and built on this thread as a run's are.
    private static List<(string Text, RegexOptions Options)> ShippedPatternsMade()
    {
        _ = BuiltInPacks.Load();
        var made = new List<(string Text, RegexOptions Options)>();
        PackPattern.Making = (text, options) => made.Add((text, options));
        try
        {
            foreach (var rule in PackLoader.LoadEmbedded(typeof(BuiltInPacks).Assembly).Rules)
                rule.Prepare();
        }
        finally
        {
            PackPattern.Making = null;
        }
        return made;
    }

    [Fact]
    public void Every_pattern_the_shipped_packs_build_is_the_one_compiled_when_EditLint_was_built()
    {
        var made = ShippedPatternsMade();

        // The lists of phrases (most of them) need no engine and are not made here; the rest are, a sequence's steps too.
        Assert.NotEmpty(made);
        Assert.Contains(made, m => m.Text.StartsWith("^(?:", StringComparison.Ordinal));
        Assert.All(made, m => Assert.True(ShippedPatterns.Find(m.Text, m.Options) is not null, $"no generated copy of {m.Text}"));
        var (text, options) = made[0];
        var generated = ShippedPatterns.Find(text, options)!;
        Assert.True(PackPattern.IsPrecompiled(generated));
        // The same pattern, options and timeout as the engine makes it with; a pattern no pack ships is made as before.
        Assert.Equal((text, options, PackPattern.MatchTimeout), (generated.ToString(), generated.Options, generated.MatchTimeout));
        Assert.False(PackPattern.IsPrecompiled(PackPattern.Create(@"not in any pack\s+(?:at all)", ignoreCase: true)));
    }

    [Fact]
    public void A_generated_pattern_matches_as_the_interpreted_one_does()
    {
        // The date-ordinal rule's dates, as generated code and as the interpreter runs them.
        var (text, options) = ShippedPatternsMade().First(m => m.Text.Contains("(?:st|nd|rd|th) of", StringComparison.Ordinal));
        var generated = ShippedPatterns.Find(text, options)!;
        var interpreted = new Regex(text, options, PackPattern.MatchTimeout);
        const string Prose = "On March 3rd the talks began; by the 21st of June, and Sept. 30th, 2nd of May2 and the 4th of july, they ended.";

        Assert.True(PackPattern.IsPrecompiled(generated));
        Assert.Equal(interpreted.Matches(Prose).Select(m => (m.Index, m.Value)), generated.Matches(Prose).Select(m => (m.Index, m.Value)));
        Assert.Contains(generated.Matches(Prose), m => m.Value == "21st of June");
    }
}
