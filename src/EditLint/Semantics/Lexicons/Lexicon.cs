using EditLint.Text;
using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using EditLint.Semantics.Figures;

namespace EditLint.Semantics.Lexicons;

/// <summary>
/// Word lists the extractors use, kept as data files beside this class (embedded in the assembly), so the
/// vocabulary of attribution can be reviewed and extended without reading code. One entry per line; '#' starts a comment.
/// </summary>
public static class Lexicon
{
    /// <summary>Verbs that attribute words to a speaker.</summary>
    public static LexiconSet SpeechVerbs { get; } = Load("speech-verbs.txt");

    /// <summary>Speech verbs after which "her" or "his" is the speaker's own ("reiterated his view").</summary>
    public static LexiconSet SelfReportVerbs { get; } = Load("self-report-verbs.txt");

    /// <summary>Words that open a clause inside a sentence ("who", "while", "because"): what follows has a subject of its own.</summary>
    public static LexiconSet Subordinators { get; } = Load("subordinators.txt");

    /// <summary>What one calls by telephone: "called the police" is a call, not words said.</summary>
    public static LexiconSet PhonedServices { get; } = Load("phoned-services.txt");

    /// <summary>The words after ", called" that keep it a speech act; any other names what comes before it.</summary>
    public static LexiconSet CallSpeechComplements { get; } = Load("call-speech-complements.txt");

    /// <summary>Capitalised words that open sentences or name times and days, never people ("However", "Monday", "Boxing").</summary>
    public static LexiconSet NotNames { get; } = Load("not-names.txt");

    /// <summary>Heads of noun phrases that can speak (roles, bodies, groups).</summary>
    public static LexiconSet SpeakerNouns { get; } = Load("speaker-nouns.txt");

    /// <summary>First-person words as written ("I", "My", "me"), case-sensitive.</summary>
    public static LexiconSet FirstPersonWords { get; } = Load("first-person-words.txt", StringComparer.Ordinal);

    /// <summary>Title endings of a page that collects one person's words ("in quotes").</summary>
    public static IReadOnlyList<string> CollectionTitleEndings { get; } = Lines("collection-title-endings.txt");

    /// <summary>Function words that a partial quotation's echo search does not count as content.</summary>
    public static LexiconSet EchoFunctionWords { get; } = Load("echo-function-words.txt", StringComparer.Ordinal);

    /// <summary>Heads that cite numbers rather than words ("according to official statistics").</summary>
    public static LexiconSet DataNouns { get; } = Load("data-nouns.txt");

    /// <summary>Verbs whose subject authored the document they take ("issued a statement", "published a report").</summary>
    public static IReadOnlyList<string> IssuingVerbs { get; } = Lines("issuing-verbs.txt");

    /// <summary>Courtesy titles (Mr, Mrs, Ms, Miss, Mx, Dr), without their full stop.</summary>
    public static LexiconSet Honorifics { get; } = Load("honorifics.txt", StringComparer.Ordinal);

    /// <summary>Title → true for a woman, false for a man ("Mrs", "Lady" → true; "Mr", "Sir" → false), null for neither.</summary>
    public static bool? GenderOfTitle(string title) => GenderedTitles.Women.Contains(title) ? true : GenderedTitles.Men.Contains(title) ? false : null;

    // Two sets, not a dictionary of bools: a frozen dictionary over a value type is generic code compiled at start-up.
    private static TitlesByGender GenderedTitles { get; } = LoadGenderedTitles();

    private sealed record TitlesByGender(FrozenSet<string> Women, FrozenSet<string> Men);

    private static TitlesByGender LoadGenderedTitles()
    {
        List<string> women = [], men = [];
        foreach (var line in Lines("gendered-titles.txt"))
        {
            if (line.Split('\t', StringSplitOptions.TrimEntries) is [var title, var gender])
                (gender == "she" ? women : gender == "he" ? men : null)?.Add(title);
        }
        return new TitlesByGender(women.ToFrozenSet(StringComparer.Ordinal), men.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>Ordinary English words, lower case: a capitalised one starts a sentence or a title, it is not a misspelt name.</summary>
    public static LexiconSet KnownWords { get; } = Load("known-words.txt", StringComparer.Ordinal);

    // After KnownWords: static fields are set in the order they are written.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownWordsBySpan = KnownWords.Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The letters <paramref name="words"/> begin with, as written: a word that begins otherwise is none of them, which
    /// a loop over every word of an article can tell before it looks the word up in a case-sensitive (ordinal) set.
    /// </summary>
    public static System.Buffers.SearchValues<char> FirstLetters(IEnumerable<string> words) =>
        System.Buffers.SearchValues.Create(string.Concat(words.Select(w => w[..Math.Min(1, w.Length)])));

    /// <summary>True when <paramref name="word"/> lower-cased is one of <see cref="KnownWords"/>, asked without a lower-cased copy.</summary>
    public static bool IsKnownWord(string word)
    {
        Span<char> buffer = stackalloc char[64];
        return KnownWordsBySpan.Contains(LowerCase.Of(word, buffer));
    }

    /// <summary>Well-known names of places and people (countries, cities, given names, common surnames), as written.</summary>
    public static LexiconSet KnownNames { get; } = Load("known-names.txt", StringComparer.Ordinal);

    /// <summary><paramref name="word"/> with its letters' accents dropped ("Rosselló" → "Rossello").</summary>
    public static string WithoutAccents(string word)
    {
        if (System.Text.Ascii.IsValid(word))
            return word;
        var letters = word.ToCharArray();
        var plain = PlainLetters;
        for (var i = 0; i < letters.Length; i++)
        {
            if (letters[i] < plain.Length && plain[letters[i]] != '\0')
                letters[i] = plain[letters[i]];
        }
        return new string(letters);
    }

    // Letter → the letter without its accents ('\0' for none), indexed by the letter: the accented letters run to
    // U+1EF9, so the table is 16 KB. (A frozen dictionary of chars was generic code compiled at start-up.)
    private static char[] PlainLetters { get; } = LoadPlainLetters();

    private static char[] LoadPlainLetters()
    {
        var pairs = new List<string[]>();
        var size = 0;
        foreach (var line in Lines("plain-letters.txt"))
        {
            if (line.Split(' ') is not [{ Length: 1 } from, { Length: 1 }] pair)
                continue;
            pairs.Add(pair);
            size = Math.Max(size, from[0] + 1);
        }
        var table = new char[size];
        foreach (var pair in pairs)
            table[pair[0][0]] = pair[1][0];
        return table;
    }

    /// <summary>Headings that open a site's own box around a story ("Quick Summary", "Key Takeaways", "Frequently Asked Questions").</summary>
    public static IReadOnlyList<string> SummaryBoxHeadings { get; } = Lines("summary-box-headings.txt");

    /// <summary>First words of a "… by …" line that credits something other than the story's words ("Photo by …").</summary>
    public static LexiconSet NonAuthorCredits { get; } = Load("non-author-credits.txt");

    /// <summary>Two names one slip apart that are different names, not a misspelling of one (Austria / Australia).</summary>
    public static bool AreDistinctNames(string a, string b) => DistinctNames.Contains(string.CompareOrdinal(a, b) < 0 ? $"{a} {b}" : $"{b} {a}");

    private static FrozenSet<string> DistinctNames { get; } =
        Lines("distinct-names.txt").Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(p => p.Length == 2)
            .Select(p => string.CompareOrdinal(p[0], p[1]) < 0 ? $"{p[0]} {p[1]}" : $"{p[1]} {p[0]}").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lower-case particles inside names ("von", "bin").</summary>
    public static LexiconSet NameParticles { get; } = Load("name-particles.txt", StringComparer.Ordinal);

    /// <summary>Nouns that make a surname before them a modifier ("the Bush administration"), not a reference to the person.</summary>
    public static LexiconSet SurnameModifiers { get; } = Load("surname-modifiers.txt", StringComparer.Ordinal);

    /// <summary>"one", "another": speakers only right next to the verb ("“…,” one said").</summary>
    public static LexiconSet StandaloneSpeakers { get; } = Load("standalone-speakers.txt");

    /// <summary>Speaker heads that leave a source unnamed.</summary>
    public static LexiconSet UnnamedSources { get; } = Load("unnamed-sources.txt");

    /// <summary>Phrases right before a quotation that make it a term or scare quote.</summary>
    public static IReadOnlyList<string> TermCues { get; } = [.. Load("term-cues.txt").OrderByDescending(c => c.Length)];

    /// <summary>Words right before a quotation that make it a title of a work.</summary>
    public static LexiconSet TitleCues { get; } = Load("title-cues.txt");

    /// <summary>Nouns right after a quotation that make it a modifier naming a kind of thing ("“In my day” arguments").</summary>
    public static LexiconSet MentionHeads { get; } = Load("mention-heads.txt");

    /// <summary>Prizes, awards and laws whose own wording a sentence can quote.</summary>
    public static LexiconSet WordingNouns { get; } = Load("wording-nouns.txt");

    /// <summary>Verbs before "as" that report what someone said of a thing ("lauded as").</summary>
    public static LexiconSet EvaluativeVerbs { get; } = Load("evaluative-verbs.txt");

    /// <summary>Verbs that credit words to a document or body when one is their subject ("the report found").</summary>
    public static LexiconSet SourceVerbs { get; } = Load("source-verbs.txt");

    /// <summary>Speech verbs that report a clause, so that the next sentence can go on reporting it.</summary>
    public static LexiconSet ReportingVerbs { get; } = Load("reporting-verbs.txt");

    /// <summary>Documents and bodies that can be the subject of a source verb.</summary>
    public static LexiconSet DocumentNouns { get; } = Load("document-nouns.txt");

    /// <summary>Words of blame or scorn: quoted after "with" ("acted with “breathtaking incompetence”") they judge the actor.</summary>
    public static LexiconSet JudgementWords { get; } = Load("judgement-words.txt");

    /// <summary>Things said or decided whose content a clause after them gives ("allegations that …", "a ruling it was …").</summary>
    public static LexiconSet ClaimNouns { get; } = Load("claim-nouns.txt");

    /// <summary>What a body sets out for itself ("the government's main problems are “…”"): its own words when it speaks.</summary>
    public static LexiconSet StanceNouns { get; } = Load("stance-nouns.txt");

    /// <summary>Words that end a body's name ("Moore Corp", "the Evening Standard"): a "he" or "she" cannot mean it.</summary>
    public static FrozenSet<string> BodyNameEndings { get; } = Lines("body-name-words.txt").Where(w => !w.EndsWith('*')).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that start a body's name ("Real Madrid"), marked with a trailing '*' in the same file.</summary>
    public static FrozenSet<string> BodyNameStarts { get; } = Lines("body-name-words.txt").Where(w => w.EndsWith('*')).Select(w => w.TrimEnd('*')).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Unnamed sources that are bodies ("a US bank"), answered by the body named around them.</summary>
    public static LexiconSet SourceBodies { get; } = Load("source-bodies.txt");

    /// <summary>Unnamed sources that are one body's people ("the spokesman"), answered by the body named before them.</summary>
    public static LexiconSet SourceRoles { get; } = Load("source-roles.txt");

    /// <summary>Nationalities and regions before a role, which say where a source is from, not who it is ("British officials").</summary>
    public static LexiconSet Nationalities { get; } = Load("nationalities.txt", StringComparer.Ordinal);

    /// <summary>Role → the role its group is known by ("economist" → "analyst"): roles that speak for one another.</summary>
    public static FrozenDictionary<string, string> SourceKin { get; } = LoadGroups("source-kin.txt");

    /// <summary>Words that stand for any body named before them ("the company", "company officials").</summary>
    public static LexiconSet GenericBodies { get; } = Load("generic-bodies.txt");

    /// <summary>Phrases that say why a source is not named ("asked not to be named", "condition of anonymity"): EL1002 and EL4109.</summary>
    public static IReadOnlyList<string> AnonymityReasons { get; } = Lines("anonymity-reasons.txt");

    /// <summary>Capitalised words that open a noun phrase without naming anyone ("One official", "Senior officials").</summary>
    public static LexiconSet NotNamers { get; } = Load("not-namers.txt");

    /// <summary>
    /// The lexicon <paramref name="name"/> (its file name without ".txt") as one regular-expression alternation of its
    /// entries, longest first, each matched literally with any run of white space between words; null when there is
    /// no such lexicon. Rule packs refer to it as <c>{lexicon:name}</c>, so that a pack rule and a built-in rule share
    /// one list (EL4109 and EL1002 share unnamed-sources and anonymity-reasons).
    /// </summary>
    public static string? Pattern(string name)
    {
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterLower(c) || c == '-')
            || typeof(Lexicon).Assembly.GetManifestResourceInfo("EditLint.Lexicons." + name + ".txt") is null)
            return null;
        return string.Join("|", Lines(name + ".txt").OrderByDescending(e => e.Length)
            .Select(e => string.Join(@"\s+", e.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(System.Text.RegularExpressions.Regex.Escape))));
    }

    /// <summary>People who speak for the person or body the sentence names ("an aide", "a spokesman").</summary>
    public static LexiconSet ProxyRoles { get; } = Load("proxy-roles.txt");

    /// <summary>Government bodies a subject word before them names ("the food ministry").</summary>
    public static LexiconSet SubjectBodies { get; } = Load("subject-bodies.txt");

    /// <summary>Nouns for a person's own words ("soundbite", "remark", "appeal"): a lead-in that names one announces them.</summary>
    public static LexiconSet UtteranceNouns { get; } = Load("utterance-nouns.txt");

    /// <summary>Plain verbs of saying: with one of them a body the article names speaks for a paragraph ("…, Nationwide said").</summary>
    public static LexiconSet SayingVerbs { get; } = Load("saying-verbs.txt");

    /// <summary>Verbs a lede uses to hand the article to one person's memories ("Ann Smith remembers the singer").</summary>
    public static LexiconSet RecollectionVerbs { get; } = Load("recollection-verbs.txt");

    /// <summary>Words for what a person feels: a lead-in that gives one to a person sets up their words.</summary>
    public static LexiconSet LeadInMoods { get; } = Load("lead-in-moods.txt");

    /// <summary>What a person thinks, hopes or expects: a lead-in in the quotation's paragraph, an expectation after "as many".</summary>
    public static LexiconSet ThinkingVerbs { get; } = Load("thinking-verbs.txt");

    /// <summary>Verbs of asking whose object is the people asked ("the 1,000 people polled").</summary>
    public static LexiconSet AskingVerbs { get; } = Load("asking-verbs.txt");

    /// <summary>Bodies a country has one of, named by a nationality ("the Malaysian police", "the Chinese government").</summary>
    public static LexiconSet NationalBodies { get; } = Load("national-bodies.txt");

    /// <summary>Courtesy and job titles that come before a name.</summary>
    public static LexiconSet PersonTitles { get; } = Load("person-titles.txt", StringComparer.Ordinal);

    /// <summary>Words before a figure that say how exact it is ("around", "more than"), longest first.</summary>
    public static IReadOnlyList<LexiconPhrase<Approximation>> FigureApproximations { get; } = Phrases<Approximation>("figure-approximations.txt");

    /// <summary>Phrases after a figure that scope it ("at a time", "in total", "a year"), longest first.</summary>
    public static IReadOnlyList<LexiconPhrase<QualifierKind>> FigureQualifiers { get; } = Phrases<QualifierKind>("figure-qualifiers.txt");

    /// <summary>Units of measure after a figure, form → singular unit ("miles" → "mile").</summary>
    public static FrozenDictionary<string, string> FigureUnits { get; } = LoadMap("figure-units.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Units of time, as <see cref="FigureUnits"/> reports them: "day", "month", "year".</summary>
    public static LexiconSet DurationUnits { get; } = Load("duration-units.txt");

    /// <summary>Currency signs, codes and words → ISO code ("£" → GBP, "euros" → EUR).</summary>
    public static FrozenDictionary<string, string> Currencies { get; } = LoadMap("figure-currencies.txt", StringComparer.Ordinal);

    /// <summary>Lower-case words before a number that make it a label ("article 5", "page 3").</summary>
    public static LexiconSet FigureLabels { get; } = Load("figure-labels.txt");

    /// <summary>Capitalised words before a figure that leave it no name ("About 100", "The 32"), as written.</summary>
    public static LexiconSet FigureOpeners { get; } = Load("figure-openers.txt", StringComparer.Ordinal);

    /// <summary>Words near a pair of numbers that make it a score or a vote ("won 3-1", "a 5-4 ruling").</summary>
    public static LexiconSet FigureScoreWords { get; } = Load("figure-score-words.txt");

    /// <summary>Verbs after "half" that make it a share of a whole named before ("half went to schools").</summary>
    public static LexiconSet FigureHalfVerbs { get; } = Load("figure-half-verbs.txt");

    /// <summary>Words before a fraction word that make it a part of a period ("the second half"), lower case.</summary>
    public static LexiconSet FigurePeriodParts { get; } = Load("figure-period-parts.txt", StringComparer.Ordinal);

    /// <summary>Words between a verb and the figure it governs ("killed all 20").</summary>
    public static LexiconSet FigureVerbDeterminers { get; } = Load("figure-verb-determiners.txt");

    /// <summary>Words between a figure and the verb it is the subject of ("20 people have been killed").</summary>
    public static LexiconSet FigureAuxiliaries { get; } = Load("figure-auxiliaries.txt");

    /// <summary>Function words that end the noun phrase after a figure.</summary>
    public static LexiconSet FigureFunctionWords { get; } = Load("figure-function-words.txt");

    /// <summary>Words that put a figure in a change or comparison ("rose", "up", "than").</summary>
    public static LexiconSet FigureChangeWords { get; } = Load("figure-change-words.txt");

    /// <summary>Words that make a figure a projection: "forecast", "target", "expected".</summary>
    public static LexiconSet FigureProjectionWords { get; } = Load("figure-projection-words.txt");

    /// <summary>Words before a figure that make it the rest of a whole ("the remaining", "the rest"), longest first.</summary>
    public static IReadOnlyList<string[]> FigureRemainders { get; } =
        [.. Lines("figure-remainders.txt").Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).OrderByDescending(w => w.Length)];

    /// <summary>Approximations that may stand between a remainder's words and its figure ("the rest, about 45%").</summary>
    public static LexiconSet FigureRemainderApproximations { get; } = Load("figure-remainder-approximations.txt");

    /// <summary>Word → the word its synonym group is reported as ("troop" → "soldier").</summary>
    public static FrozenDictionary<string, string> CountedSynonyms { get; } = LoadGroups("counted-synonyms.txt");

    /// <summary>Nouns too general for two figures of them to count one thing ("times", "others").</summary>
    public static LexiconSet GenericCounts { get; } = Load("counted-generic.txt");

    /// <summary>How house style spells numbers in words, by value: [0] "zero" … [20] "twenty".</summary>
    public static IReadOnlyList<string> NumberNames { get; } = LoadNumberNames();

    private static string[] LoadNumberNames()
    {
        var entries = Entries("number-names.txt");
        var names = new string[entries.Count];
        foreach (var (number, name) in entries)
        {
            // Every number from 0 up, once each: a gap or a repeat is the lexicon's mistake.
            var value = int.Parse(number, CultureInfo.InvariantCulture);
            if ((uint)value >= names.Length || names[value] is not null)
                throw new InvalidOperationException($"Lexicon number-names.txt: {number} is out of order or there twice.");
            names[value] = name;
        }
        return names;
    }

    /// <summary>Capitalised words that can open a sentence before a count ("The 3 winners"), as written.</summary>
    public static LexiconSet NumeralOpeners { get; } = Load("numeral-openers.txt", StringComparer.Ordinal);

    /// <summary>Words that make a paragraph report a poll: "poll", "survey", "respondents".</summary>
    public static LexiconSet PollWords { get; } = Load("poll-words.txt");

    /// <summary>What a share of a poll's respondents did: "backed", "opposed", "did not know".</summary>
    public static IReadOnlyList<string> PollAnswers { get; } = [.. Load("poll-answers.txt").OrderByDescending(a => a.Length)];

    /// <summary>Words that make a count a death toll: "dead", "death", "toll", "kill".</summary>
    public static LexiconSet DeathTollWords { get; } = Load("death-toll-words.txt");

    private static FrozenDictionary<string, string> LoadMap(string name, StringComparer comparer)
    {
        var map = new Dictionary<string, string>(comparer);
        foreach (var (key, value) in Entries(name))
            map.Add(key, value);
        return map.ToFrozenDictionary(comparer);
    }

    // A "key: value" file's entries in file order. Classes and loops, not LINQ over tuples: each generic framework
    // method over a value type is compiled at start-up (ReadyToRun has no code for it), and the two phrase lists'
    // LINQ was 151 such methods in a one-file run.
    private static List<Entry> Entries(string name)
    {
        var entries = new List<Entry>();
        foreach (var line in Lines(name))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
                throw new InvalidOperationException($"Lexicon {name}: '{line}' is not 'key: value'.");
            entries.Add(new Entry(line[..colon].Trim(), line[(colon + 1)..].Trim()));
        }
        return entries;
    }

    private sealed record Entry(string Key, string Value);

    // Longest first, so that the longest phrase that matches wins; of equal length, in file order.
    private static IReadOnlyList<LexiconPhrase<TKind>> Phrases<TKind>(string name) where TKind : struct, Enum
    {
        var phrases = new List<LexiconPhrase<TKind>>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in Entries(name))
        {
            if (!seen.Add(entry.Key))
                throw new InvalidOperationException($"Lexicon {name}: '{entry.Key}' is there twice.");
            // Enum.Parse by type: its generic form has no ReadyToRun code for EditLint's enums (seven methods compiled at start-up).
#pragma warning disable CA2263
            phrases.Add(new LexiconPhrase<TKind>(entry.Key.Split(' ', StringSplitOptions.RemoveEmptyEntries), (TKind)Enum.Parse(typeof(TKind), entry.Value)));
#pragma warning restore CA2263
        }
        return [.. phrases.OrderByDescending(p => p.Words.Length)];
    }

    private static FrozenDictionary<string, string> LoadGroups(string name)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Lines(name))
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var word in words)
                map[word] = words[0];
        }
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static LexiconSet Load(string name, StringComparer? comparer = null) =>
        new(Lines(name), comparer ?? StringComparer.OrdinalIgnoreCase);

    private static List<string> Lines(string name)
    {
        var assembly = typeof(Lexicon).Assembly;
        using var stream = assembly.GetManifestResourceStream("EditLint.Lexicons." + name)
            ?? throw new InvalidOperationException($"Lexicon {name} is not embedded.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Trim();
            if (entry.Length > 0 && !entry.StartsWith('#'))
                words.Add(entry);
        }
        return words;
    }
}

/// <summary>A phrase of a lexicon, as its words, and what it stands for ("more than" → <see cref="Approximation.AtLeast"/>).</summary>
public sealed record LexiconPhrase<TKind>(string[] Words, TKind Kind);
