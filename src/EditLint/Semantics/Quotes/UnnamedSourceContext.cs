using EditLint.Semantics.People;
using System.Collections.Concurrent;
using EditLint.Semantics.Lexicons;
using EditLint.Text;

namespace EditLint.Semantics.Quotes;

/// <summary>
/// What the article around an unnamed source ("officials said", "a spokesman said") tells the reader: whose they
/// are ("A Henley spokesman denied … The spokesman said"), or why they are not named ("who asked not to be named").
/// </summary>
public static class UnnamedSourceContext
{
    // Before the act the article may have introduced the source a few sentences earlier (a lede); a body may be named
    // just after ("A US bank has said … Riggs Bank said"). A fixed window keeps the rule linear.
    private const int SentencesBefore = 6;
    private const int SentencesAfter = 2;

    /// <summary>The sentence says why the source is not named ("who asked not to be named", "on condition of anonymity").</summary>
    public static bool ExplainsAnonymity(SemanticModel model, SpeechAct act) =>
        // Once per sentence, not per act: one long sentence may hold thousands of acts.
        Memo.Once(MemoOf(model).Anonymity, act.Sentence.Index, act.Sentence, static (_, sentence) =>
            // Said of the source itself ("Officials, who asked not to be named, said"), not of anyone else in the
            // sentence ("Police did not name the victim, a spokesman said"): anonymity-reasons.txt, shared with EL4109.
            sentence.Text.AsSpan().ContainsAny(AnonymityReasons));

    // All the reasons in one pass over the sentence, not one search per reason (the 9.9 MB line: 0.5 s of EL1002).
    private static readonly System.Buffers.SearchValues<string> AnonymityReasons =
        System.Buffers.SearchValues.Create([.. Lexicon.AnonymityReasons], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A modal right before the verb makes it the writer's hypothetical ("Some may criticise his methods", "people would
    /// say"); not "would only say" or "would not say", which report, nor a modal inside a clause between them.
    /// </summary>
    public static bool IsHypothetical(SemanticModel model, SpeechAct act)
    {
        // One or two words between: a long stretch ("sources said said said …") is not read, let alone copied.
        if (act.SpeakerSpan.End > act.VerbSpan.Start || act.VerbSpan.Start - act.SpeakerSpan.End > 40)
            return false;
        var between = model.Document.Source.ToString(Text.TextSpan.FromBounds(act.SpeakerSpan.End, act.VerbSpan.Start));
        if (between.Contains(','))
            return false;
        var words = QuoteText.Words(between);
        return words.Count is 1 or 2 && words[^1] is not ("only" or "not") && words[0] is "may" or "might" or "could" or "would" or "should";
    }

    /// <summary>
    /// The article names the source's body near it: the same role with a name before it ("A Henley spokesman", "Riggs
    /// Bank") or a body after it ("officials at the Treasury"). Roles (source-roles.txt) count only from the sentences
    /// before, bodies (source-bodies.txt) also from the two after; sources, analysts and the like are never named this
    /// way. A nationality names no one ("British officials").
    /// </summary>
    public static bool IsIdentifiedNearby(SemanticModel model, SpeechAct act)
    {
        var head = Head(act.Speaker);
        var isBody = Lexicon.SourceBodies.Contains(head);
        if ((isBody || Lexicon.SourceRoles.Contains(head)) && IsNamedAround(model, act, head, isBody))
            return true;
        // A body word among the modifiers is that body's people: "a senior ministry official" after "Japan's
        // Agriculture Ministry", "company officials" after "Continental Illinois Corp said".
        var modifiers = Modifiers(act);
        // Far back only for a body's own people or documents ("company officials", "the exchange report"): experts,
        // economists and sources of a body stay unnamed people unless it is named right around them.
        var ownPeople = isBody || Lexicon.SourceRoles.Contains(head);
        for (var m = 0; m < modifiers.Count; m++)
        {
            var modifier = Head(modifiers[m]);
            // The body may be named far back: "company officials", "exchange officials" in a story's tenth paragraph
            // are the people of the one company or exchange its lede named.
            if ((Lexicon.SourceBodies.Contains(modifier) || IsNationalBody(modifier) || Lexicon.SubjectBodies.Contains(modifier))
                && (IsNamedAround(model, act, modifier, isBody: true) || (ownPeople && IsNamedBefore(model, act, modifier))))
                return true;
            // "a food ministry report", "a Venezuelan energy and mines ministry source": the subject names the ministry.
            if (Lexicon.SubjectBodies.Contains(modifier) && m > 0 && modifiers[m - 1].All(char.IsLower) && !Lexicon.NotNamers.Contains(modifiers[m - 1]))
                return true;
        }
        return false;
    }

    // The words before the role's head, in order: the two right before the speaker phrase in the sentence, which the
    // phrase may leave out ("a senior ministry official" is spoken by "official"), and the phrase's own.
    private static List<string> Modifiers(SpeechAct act)
    {
        var block = act.Sentence.Block.Text;
        var from = Math.Clamp(act.LocalSpeakerStart, act.Sentence.LocalStart, block.Length);
        var before = Tail(block, act.Sentence.LocalStart, from).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var modifiers = new List<string>();
        for (var b = before.Length - 1; b >= 0 && b >= before.Length - 2 && !EndsPhrase(before[b]); b--)
            modifiers.Insert(0, before[b]);
        var words = act.Speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        modifiers.AddRange(words[..^1]);
        return modifiers;
    }

    // Head() drops a plural's -s: "customs" is read as "custom".
    private static bool IsNationalBody(string head) => Lexicon.NationalBodies.Contains(head) || Lexicon.NationalBodies.Contains(head + "s");

    private static bool IsNamedAround(SemanticModel model, SpeechAct act, string head, bool isBody)
    {
        var sentences = model.Sentences;
        var first = Math.Max(0, act.Sentence.Index - SentencesBefore);
        var last = Math.Min(sentences.Count - 1, act.Sentence.Index + (isBody ? SentencesAfter : 0));
        // One slot per sentence for each role word (isBody follows from the word): a dictionary keyed by sentence and
        // word took a lock per entry, most of EL1002's second on the 9.9 MB line.
        var named = MemoOf(model).Named.GetOrAdd(head, static (_, count) => new byte[count], sentences.Count);
        for (var k = first; k <= last; k++)
        {
            // Each sentence is read once per role word, however many acts look at it: one long sentence may hold
            // thousands of acts, and reading its words for each was quadratic.
            if (Memo.Once(named, k, (model, sentences, head, isBody), static (k, state) => NamesRole(state.model, state.sentences[k], state.head, state.isBody)))
                return true;
        }
        return false;
    }

    // The sentence names a body of the role word head: a name before the role, an author after a body, or
    // "the role at/for/of/from Name".
    private static bool NamesRole(SemanticModel model, Sentence sentence, string head, bool isBody)
    {
        // Words keep their punctuation, so that a name is looked for only within the role's own phrase: "EC
        // policies, officials said" names no officials.
        var words = sentence.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var w = 0; w < words.Length; w++)
        {
            if (Head(words[w]) != head)
                continue;
            // A name before the role, past a few lower-case modifiers: "Mazda officials", "the IADB's annual report".
            for (var b = w - 1; b >= 0 && b >= w - 3 && !EndsPhrase(words[b]); b--)
            {
                // "The Home Office has produced its own report": the owner is the clause's name before the possessive.
                if (words[b] is "its" or "their" && NameBefore(model, words, b))
                    return true;
                var word = QuoteText.WithoutPossessive(words[b]);
                // "a food ministry report": a subject right before names the one such body (as in IsIdentifiedNearby).
                if (isBody && b == w - 1 && Lexicon.SubjectBodies.Contains(head) && words[b].All(char.IsLower) && !Lexicon.NotNamers.Contains(words[b]))
                    return true;
                // "The Malaysian police denied …": a nationality names a body a country has one of.
                if (isBody && IsNationalBody(head) && SpeechActFinder.IsNationality(word))
                    return true;
                // A sentence's first word is capitalised anyway ("Security officials met …"): it names a body only
                // if the article also writes it with a capital inside a sentence.
                if (IsNamer(word) && (b > 0 || MidSentenceNames(model).Contains(word)))
                    return true;
                if (!char.IsLower(words[b][0]) || words[b] is "the" or "a" or "an")
                    break;
            }
            // A body's author a few words on: "a report on Wednesday by UpGuard", "a recent report by The Atlantic".
            if (isBody && AuthorAfter(words, w))
                return true;
            if (!EndsPhrase(words[w]) && w + 2 < words.Length && words[w + 1].ToLowerInvariant() is "at" or "for" or "of" or "from"
                && (IsNamer(Bare(words[w + 2])) || (words[w + 2].Equals("the", StringComparison.OrdinalIgnoreCase) && w + 3 < words.Length && IsNamer(Bare(words[w + 3])))))
                return true;
        }
        // "Continental Illinois Corp said … company officials told": a word that stands for any body is named by any
        // body's name ("… Corp", "… Bank", "… Ministry"), or by a name that speaks and is no person's ("Harbourcom said").
        return isBody && Lexicon.GenericBodies.Contains(head) && (NamesABody(words) || ABodySpeaks(model, sentence.Index));
    }

    // A speech act in the sentence whose named speaker is a body, not a person the article names ("Harbourcom said",
    // "El Paso Electric said"; not "Ann Lee said" or "Lee said").
    private static bool ABodySpeaks(SemanticModel model, int sentence)
    {
        var people = People.PersonMentions.Surnames(model);
        foreach (var act in ActsIn(model, sentence))
        {
            if (act.Kind is SpeakerKind.Named && !IsPerson(people, act.Speaker))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The article named a body of the word <paramref name="head"/> ("company", "exchange", "customs") anywhere before
    /// the act, or in its own sentence: found once per document and word, so each act asks in constant time.
    /// </summary>
    private static bool IsNamedBefore(SemanticModel model, SpeechAct act, string head) =>
        FirstNamed(model, head) <= act.Sentence.Index;

    private static int FirstNamed(SemanticModel model, string head) =>
        MemoOf(model).FirstNamed.GetOrAdd(head, static (head, model) =>
        {
            var sentences = model.Sentences;
            var named = MemoOf(model).Named.GetOrAdd(head, static (_, count) => new byte[count], sentences.Count);
            for (var k = 0; k < sentences.Count; k++)
            {
                if (Memo.Once(named, k, (model, sentences, head), static (k, state) => NamesRole(state.model, state.sentences[k], state.head, isBody: true)))
                    return k;
            }
            return int.MaxValue;
        }, model);

    // A capitalised name ending in a body word ("Continental Illinois Corp", "Riggs Bank").
    private static bool NamesABody(string[] words)
    {
        for (var w = 1; w < words.Length; w++)
        {
            if (Lexicon.BodyNameEndings.Contains(QuoteText.WithoutPossessive(Bare(words[w]))) && !EndsPhrase(words[w - 1]) && IsNamer(QuoteText.WithoutPossessive(words[w - 1])))
                return true;
        }
        return false;
    }

    // A name earlier in the clause than <paramref name="end"/>, not only a sentence's capitalised first word.
    private static bool NameBefore(SemanticModel model, string[] words, int end)
    {
        for (var b = end - 1; b >= 0 && !words[b].EndsWith(';'); b--)
        {
            var word = QuoteText.WithoutPossessive(Bare(words[b]));
            if (IsNamer(word) && (b > 0 || MidSentenceNames(model).Contains(word)))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The unnamed source is what a named speaker reports, in the clause the speaker's verb governs: "Blair acknowledged
    /// some people believed …", "Merriam-Webster said it was the word that people asked about". No punctuation may
    /// stand between that verb and the source, which would start a clause or tag of its own ("Smith said it would
    /// fail, but analysts said …"); and a report or statement after the verb is its object ("He denied a report
    /// claiming …").
    /// </summary>
    public static bool IsReportedByNamedSpeaker(SemanticModel model, SpeechAct act)
    {
        // A document right after a verb is its object, not a clause: "denied a report claiming …" leaves the report unnamed.
        if (Lexicon.DocumentNouns.Contains(Head(act.Speaker)))
            return false;
        // The nearest such act before the source is the one to ask: the text after any earlier one contains its text.
        var ends = Memo.Once(MemoOf(model).ReporterEnds, act.Sentence.Index, model, static (index, m) => ReporterEnds(ActsIn(m, index)));
        var k = Array.BinarySearch(ends, act.SpeakerSpan.Start);
        var nearest = k >= 0 ? k : ~k - 1;
        if (nearest < 0)
            return false;
        var between = model.Document.Source.ToString(TextSpan.FromBounds(ends[nearest], act.SpeakerSpan.Start));
        return between.IndexOfAny([',', ';', ':', '.', '!', '?', '(', ')', '–', '—']) < 0;
    }

    /// <summary>
    /// One of the next three sentences quotes a named member of the group, which backs the summary: "Analysts said the
    /// figures were weak. “Spending is slowing,” said UBS economist Ann Lee." Reported speech after it is another claim ("Ann Lee, an
    /// analyst, said the bid was too low"), and a named speaker of another kind names nobody in the group.
    /// </summary>
    public static bool IsBackedByNextQuotation(SemanticModel model, SpeechAct act)
    {
        if (!Lexicon.SourceKin.TryGetValue(Head(act.Speaker), out var group))
            return false;
        // A wire lede's "analysts said" is backed a paragraph or two on: the next three sentences, until another
        // unnamed group of the same kind speaks (then that one needs the backing).
        for (var next = act.Sentence.Index + 1; next < model.Sentences.Count && next <= act.Sentence.Index + BackingSentences; next++)
        {
            if (Memo.Once(MemoOf(model).QuotedGroups, next, model, static (index, m) => QuotedGroups(m, m.Sentences[index])).Contains(group))
                return true;
            if (ActsIn(model, next).Any(a => a.Kind == SpeakerKind.Unnamed && Lexicon.SourceKin.TryGetValue(Head(a.Speaker), out var other) && other == group))
                return false;
        }
        return false;
    }

    private const int BackingSentences = 3;

    // The groups (source-kin.txt) a sentence's words name when the sentence quotes a named speaker, else none.
    private static HashSet<string> QuotedGroups(SemanticModel model, Sentence sentence)
    {
        var groups = new HashSet<string>(StringComparer.Ordinal);
        if (!ActsIn(model, sentence.Index).Any(a => a.Kind == SpeakerKind.Named) || !HasFullQuotation(model, sentence.Span))
            return groups;
        foreach (var word in sentence.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Lexicon.SourceKin.TryGetValue(Head(word), out var group))
                groups.Add(group);
        }
        return groups;
    }

    /// <summary>
    /// The unnamed word is a modifier of a name that follows it before the verb: "The official Xinhua News Agency said"
    /// is the agency speaking, not an official.
    /// </summary>
    public static bool ModifiesAName(SemanticModel model, SpeechAct act)
    {
        if (act.VerbSpan.Start <= act.SpeakerSpan.End)
            return false;
        // Only the first word after the unnamed word matters: a few dozen characters, however far the verb is.
        var between = model.Document.Source.ToString(TextSpan.FromBounds(act.SpeakerSpan.End, Math.Min(act.VerbSpan.Start, act.SpeakerSpan.End + 60)));
        if (between.Length == 0 || !char.IsWhiteSpace(between[0]))
            return false;
        var words = between.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && !EndsPhrase(words[0]) && IsNamer(QuoteText.WithoutPossessive(words[0]));
    }

    /// <summary>
    /// One unnamed person is introduced by name in the next sentence, which opens with a speaker named there for the
    /// first time: "A US researcher has suggested … Ravi Purushotma believes …". A name met before ("Mr Blair") is
    /// someone else; a group ("analysts") is not named by one of its members.
    /// </summary>
    public static bool IsIntroducedNext(SemanticModel model, SpeechAct act)
    {
        var words = act.Speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var next = act.Sentence.Index + 1;
        // A person: a document's author is found another way (IsDocumentNamedNext).
        if (words.Length < 2 || words[0].ToLowerInvariant() is not ("a" or "an" or "one") || next >= model.Sentences.Count
            || Lexicon.DocumentNouns.Contains(words[^1]))
            return false;
        var sentence = model.Sentences[next];
        var firstMention = FirstMentions(model);
        foreach (var other in ActsIn(model, next))
        {
            if (other.Kind != SpeakerKind.Named || other.SpeakerSpan.Start - sentence.Span.Start > 2)
                continue;
            var surname = QuoteText.WithoutPossessive(other.Speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]);
            // A name of two words or more, first written here.
            if (other.Speaker.Contains(' ') && firstMention.TryGetValue(surname, out var first) && first >= sentence.Span.Start)
                return true;
        }
        return false;
    }

    /// <summary>
    /// "The official" or "the report" refers back to the one the article introduced, and if the article named whose it
    /// was there ("a senior Bank of Japan official said … the official cited"), it is named: the same role or body word
    /// (source-roles.txt, source-bodies.txt) earlier in a speech act whose source is named. An indefinite one ("a
    /// spokesman") is someone new, and sources or analysts are many people ("Wall Street sources … The sources said").
    /// </summary>
    public static bool RefersToAnIdentifiedOne(SemanticModel model, SpeechAct act) =>
        IsDefinite(act.Speaker) && ((IdentifiedHeads(model).TryGetValue(Head(act.Speaker), out var first) && first < act.SpeakerSpan.Start) || IsOfTheBodyJustBefore(model, act));

    // "The Harbour Board met on Monday. The officials said …", "“…,” the IMF said. “…,” the report said": "the" one of a
    // body's people or documents right after a sentence that names the body or has it speak (and no person after it).
    private static bool IsOfTheBodyJustBefore(SemanticModel model, SpeechAct act) =>
        act.Speaker.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && Head(act.Speaker) is var head
        && (Lexicon.SourceRoles.Contains(head) || Lexicon.SourceBodies.Contains(head) || Lexicon.DocumentNouns.Contains(head)) && BodySpokeJustBefore(model, act);

    /// <summary>
    /// "The report" after a sentence that introduced a document or claim with a name in it ("The SIA, in a report
    /// adopted yesterday, …", "The New York Times published allegations …"): the named one's.
    /// </summary>
    public static bool IsDocumentIntroducedWithAName(SemanticModel model, SpeechAct act)
    {
        if (!Lexicon.DocumentNouns.Contains(LastWord(act.Speaker)) || !(IsDefinite(act.Speaker) || Modifiers(act).Any(IsPossessive)))
            return false;
        // The same document word with a name anywhere before: "the Japanese government said in a final official report
        // … today's report said", however far back.
        if (NamedDocuments(model).TryGetValue(Head(act.Speaker), out var introduced) && introduced <= act.Sentence.Index)
            return true;
        var memo = MemoOf(model);
        for (var k = act.Sentence.Index; k >= 0 && k >= act.Sentence.Index - SentencesBefore; k--)
        {
            if (Memo.Once(memo.IntroducesDocument, k, model, static (index, m) => IntroducesDocument(m, m.Sentences[index])))
                return true;
        }
        return false;
    }

    /// <summary>
    /// One who speaks for someone (proxy-roles.txt: "an aide", "a spokesman") speaks for the person or body the sentence
    /// names: "Ann Lee will fight the charges, an aide said"; not "Police did not name the victim, a spokesman said",
    /// where no name is given.
    /// </summary>
    public static bool SpeaksForANamedOne(SemanticModel model, SpeechAct act)
    {
        var words = act.Speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !Lexicon.ProxyRoles.Contains(LastWord(act.Speaker)))
            return false;
        var sentence = act.Sentence.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var w = 0; w < sentence.Length; w++)
        {
            // Whom the words were told is no principal: "a spokesman told BBC News", "told the Military Times".
            if (sentence[w].ToLowerInvariant() is "told" or "tells" or "telling")
            {
                if (w + 1 < sentence.Length && sentence[w + 1].ToLowerInvariant() is "the")
                    w++;
                while (w + 1 < sentence.Length && char.IsUpper(sentence[w + 1][0]) && !EndsPhrase(sentence[w]))
                    w++;
                continue;
            }
            var word = QuoteText.WithoutPossessive(Bare(sentence[w]));
            if (IsNamer(word) && (w > 0 || MidSentenceNames(model).Contains(word)))
                return true;
            // "A spokesman said the company had no plans", "a spokesman for the firm": the body the article named before.
            if (w > 0 && sentence[w - 1].ToLowerInvariant() is "the" or "its" && QuoteText.WithoutPossessive(Bare(sentence[w])) is var body
                && Lexicon.GenericBodies.Contains(body) && IsNamedBefore(model, act, body))
                return true;
        }
        return BodySpokeJustBefore(model, act);
    }

    // "The Justice Department refused to say if it would appeal. “…,” a spokeswoman said.", "Ofcom says it plans a
    // review. … But a spokesman said its powers were limited.": a spokesman with no one named in the sentence speaks
    // for the body that spoke in one of the two sentences before, unless a person spoke after it.
    private static bool BodySpokeJustBefore(SemanticModel model, SpeechAct act)
    {
        var people = People.PersonMentions.Surnames(model);
        for (var k = act.Sentence.Index - 1; k >= 0 && k >= act.Sentence.Index - 2; k--)
        {
            var acts = ActsIn(model, k).ToList();
            for (var a = acts.Count - 1; a >= 0; a--)
            {
                if ((acts[a].Kind is SpeakerKind.Pronoun && acts[a].Speaker.ToLowerInvariant() is "he" or "she") || (acts[a].Kind is SpeakerKind.Named && IsPerson(people, acts[a].Speaker)))
                    return false;
                if (acts[a].Kind is SpeakerKind.Named)
                    return true;
                // "The company declined to say …" after the article named the company: that company spoke.
                if (acts[a].Kind is SpeakerKind.Role && acts[a].Speaker.StartsWith("the ", StringComparison.OrdinalIgnoreCase)
                    && Head(acts[a].Speaker) is var body && Lexicon.GenericBodies.Contains(body) && IsNamedBefore(model, acts[a], body))
                    return true;
            }
            // "Acme Corp will close two plants. Layoffs are planned, a spokesman said.": named, if not speaking.
            if (Memo.Once(MemoOf(model).NamesABody, k, model, static (index, m) => NamesABody(m.Sentences[index].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))))
                return true;
        }
        return false;
    }


    // A name the article gives a person by, not a body's ("the Harbour Department" ends in a body word).
    private static bool IsPerson(HashSet<string> people, string speaker) =>
        people.Contains(People.PersonMentions.Surname(speaker.Trim())) && !People.PersonMentions.IsBody(speaker.Trim());

    /// <summary>
    /// "His report demands …", "its statement said": a document owned by whoever the possessive pronoun means, who
    /// the sentences before named; "“…,” said a source at the company": one of the body the article named before.
    /// </summary>
    public static bool BelongsToOneNamedBefore(SemanticModel model, SpeechAct act)
    {
        var words = act.Speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 2 && words[0].ToLowerInvariant() is "his" or "her" or "its" && Lexicon.DocumentNouns.Contains(words[^1]))
            return true;
        var block = act.Sentence.Block.Text;
        var end = act.LocalSpeakerStart + act.Speaker.Length;
        if (end > block.Length)
            return false;
        var after = block[end..Math.Min(block.Length, end + 30)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return after.Length >= 3 && after[0] is "at" or "for" or "of" or "from" && after[1] is "the" && Lexicon.GenericBodies.Contains(Bare(after[2]))
            && IsNamedBefore(model, act, Bare(after[2]));
    }

    private static bool IsPossessive(string word) => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal);

    // Each document word (report, study …) → the first sentence that has it with a name, read once per document.
    private static Dictionary<string, int> NamedDocuments(SemanticModel model) => model.GetSummary(NamedDocumentsKey, static m =>
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in m.Sentences)
        {
            var words = sentence.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!words.Any(w => Lexicon.DocumentNouns.Contains(Bare(w))) || !HasName(m, words, words.Length))
                continue;
            foreach (var word in words.Where(w => Lexicon.DocumentNouns.Contains(Bare(w))))
                first.TryAdd(Head(word), sentence.Index);
        }
        return first;
    });

    /// <summary>
    /// A document whose author the sentence names right before it: owned by a name ("The Bundesbank's 1986 annual report
    /// said") or issued by one ("Sean Conley issued a statement saying", "The ministry published a report that found",
    /// "They released a statement which said").
    /// </summary>
    public static bool IsAuthoredByANameBefore(SemanticModel model, SpeechAct act)
    {
        if (!Lexicon.DocumentNouns.Contains(Head(act.Speaker)) && !Lexicon.DocumentNouns.Contains(Head(act.Speaker) + "s"))
            return false;
        // Source positions, not the sentence's prose: a link or emphasis before the speaker shifts one against the other.
        if (act.SpeakerSpan.Start <= act.Sentence.Span.Start)
            return false;
        var words = model.Document.Source.ToString(TextSpan.FromBounds(Math.Max(act.Sentence.Span.Start, act.SpeakerSpan.Start - TailLength), act.SpeakerSpan.Start)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // The owner: a possessive name with only the document's own modifiers after it ("1986 annual").
        for (var w = words.Length - 1; w >= 0 && w >= words.Length - 4; w--)
        {
            if (IsPossessive(words[w]) && QuoteText.WithoutPossessive(Bare(words[w])) is { Length: > 0 } owner && IsNamer(owner))
                return true;
            if (words[w].Length == 0 || char.IsUpper(words[w][0]) || EndsPhrase(words[w]))
                break;
        }
        // The issuer: a name, then an issuing verb, then the document ("issued a statement").
        var before = string.Join(' ', words.TakeLast(6)) + " ";
        foreach (var verb in Lexicon.IssuingVerbs)
        {
            var at = before.LastIndexOf(" " + verb + " ", StringComparison.OrdinalIgnoreCase);
            if (at > 0 && before[(at + verb.Length + 2)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2)
            {
                // A pronoun issuer ("They released a statement which said") stands for someone already named.
                var subject = before[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (subject.Length > 0 && (IsNamer(QuoteText.WithoutPossessive(Bare(subject[^1]))) || SpeechActFinder.IsPronoun(subject[^1])))
                    return true;
            }
        }
        return false;
    }

    private static readonly object NamedDocumentsKey = new();

    /// <summary>
    /// Lets go of what the questions above remember about <paramref name="model"/> (per-sentence answers, the acts by
    /// sentence, the names and documents the article identifies): EL1002 asks them all at once, nothing asks after it,
    /// and kept with the model they hold 30 MB of a 10 MB line through every later rule.
    /// </summary>
    public static void Forget(SemanticModel model) =>
        model.ForgetSummaries(NamedDocumentsKey, IdentifiedHeadsKey, FirstMentionsKey, ActsKey, QuotationStartsKey, MidSentenceNamesKey, MemoKey);

    // A name among the first <paramref name="end"/> words, not only a sentence's capitalised first word.
    private static bool HasName(SemanticModel model, string[] words, int end)
    {
        for (var w = 0; w < end && w < words.Length; w++)
        {
            var word = QuoteText.WithoutPossessive(Bare(words[w]));
            if (IsNamer(word) && (w > 0 || MidSentenceNames(model).Contains(word)))
                return true;
        }
        return false;
    }

    /// <summary>
    /// A document ("a report suggests …") whose author the next sentence names: as its speaker, named there for the
    /// first time ("… said market analyst Datamonitor"), or after "by" ("Compiled by Central Banking Publications, the
    /// survey found …").
    /// </summary>
    public static bool IsDocumentNamedNext(SemanticModel model, SpeechAct act)
    {
        // One document ("a report", "an official survey"), not press reports at large ("reports say").
        var speaker = act.Speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var next = act.Sentence.Index + 1;
        if (speaker.Length < 2 || speaker[0].ToLowerInvariant() is not ("a" or "an") || !Lexicon.DocumentNouns.Contains(speaker[^1])
            || speaker[^1].EndsWith('s') || next >= model.Sentences.Count)
            return false;
        var sentence = model.Sentences[next];
        var firstMention = FirstMentions(model);
        // The sentence after, and for a lede the one after that: "…, a report suggests." then "The rule states …
        // The National Institute of Economic and Social Research (NIESR) claims …".
        for (var k = next; k <= next + 1 && k < model.Sentences.Count; k++)
        {
            var after = model.Sentences[k];
            foreach (var other in ActsIn(model, k))
            {
                // An author, not whoever the story turns to next: a body ("… Research", "NIESR"), a name with its role
                // ("market analyst Datamonitor"), or the source of the research ("Research from Halifax suggests").
                var words = other.Speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var last = QuoteText.WithoutPossessive(words[^1]);
                var author = words.Any(w => w.All(char.IsLower)) || Lexicon.BodyNameEndings.Contains(last) || IsAcronym(last) || IsSourceOfADocument(model, other);
                if (other.Kind == SpeakerKind.Named && author && firstMention.TryGetValue(last, out var first) && first >= after.Span.Start)
                    return true;
            }
        }
        // "Compiled by Central Banking Publications", "a study by the Acme Institute".
        var text = sentence.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var w = 1; w + 1 < text.Length; w++)
        {
            if (!text[w].Equals("by", StringComparison.OrdinalIgnoreCase) || !(text[w - 1].EndsWith("ed", StringComparison.Ordinal) || Lexicon.DocumentNouns.Contains(text[w - 1])))
                continue;
            var name = text[w + 1].Equals("the", StringComparison.OrdinalIgnoreCase) && w + 2 < text.Length ? text[w + 2] : text[w + 1];
            if (IsNamer(QuoteText.WithoutPossessive(Bare(name))))
                return true;
        }
        return false;
    }

    // The words right before a speaker are all these readings look at, so they read at most the last few hundred
    // characters of its sentence: one sentence of thousands of acts ("said said said …", found by the fuzzer) made each
    // act copy the sentence up to itself, gigabytes in all.
    private const int TailLength = 300;

    private static string Tail(string text, int start, int end) => text[Math.Max(start, end - TailLength)..end];

    private static bool IsAcronym(string word) => word.Length >= 3 && word.All(c => char.IsUpper(c) || char.IsDigit(c));

    // "Research from Halifax", "figures from the Office for National Statistics": a document noun and "from" right
    // before the speaker's name.
    private static bool IsSourceOfADocument(SemanticModel model, SpeechAct act)
    {
        var block = act.Sentence.Block.Text;
        var from = Math.Clamp(act.LocalSpeakerStart, act.Sentence.LocalStart, block.Length);
        var before = Tail(block, act.Sentence.LocalStart, from).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return before.Length >= 2 && before[^1].Equals("from", StringComparison.OrdinalIgnoreCase)
            && (Lexicon.DocumentNouns.Contains(before[^2]) || Lexicon.DataNouns.Contains(before[^2]));
    }

    /// <summary>
    /// A participle is not inverted with its subject: in "S and P said, noting many now emphasise …" or "he testified,
    /// claiming some patients deceived him" the words after "noting" are what was said, and the speaker is the clause's
    /// own ("said analysts" inverts; "noting analysts" does not). "According to sources" is no participle of speech.
    /// </summary>
    public static bool IsAfterAParticiple(SemanticModel model, SpeechAct act)
    {
        if (act.SpeakerSpan.Start < act.VerbSpan.End)
            return false;
        var verb = model.Document.Source.ToString(act.VerbSpan);
        return verb.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !verb.StartsWith("accord", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A document after its verb and a preposition is where a speaker said it, not the speaker: "Gail Martell said in
    /// her latest report" (the speech-act facts take "report" as the inverted speaker).
    /// </summary>
    public static bool IsMediumAfterVerb(SemanticModel model, SpeechAct act)
    {
        if (act.SpeakerSpan.Start < act.VerbSpan.End || !Lexicon.DocumentNouns.Contains(LastWord(act.Speaker)))
            return false;
        var between = model.Document.Source.ToString(TextSpan.FromBounds(act.VerbSpan.End, act.SpeakerSpan.Start)).Trim();
        var first = between.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? act.Speaker.Split(' ')[0];
        return first.ToLowerInvariant() is "in" or "on";
    }

    // "the sources", and "one source" of the sources named before ("one Latin American official" is someone new).
    private static bool IsDefinite(string speaker) =>
        speaker.StartsWith("the ", StringComparison.OrdinalIgnoreCase)
        || (speaker.StartsWith("one ", StringComparison.OrdinalIgnoreCase) && speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 2);

    private static string LastWord(string phrase) => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [.., var last] ? last : "";

    // A sentence with a document or claim word and a name in it.
    private static bool IntroducesDocument(SemanticModel model, Sentence sentence)
    {
        var words = sentence.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!words.Any(w => Lexicon.DocumentNouns.Contains(Bare(w)) || Lexicon.ClaimNouns.Contains(Bare(w))))
            return false;
        for (var w = 0; w < words.Length; w++)
        {
            var word = QuoteText.WithoutPossessive(Bare(words[w]));
            if (IsNamer(word) && (w > 0 || MidSentenceNames(model).Contains(word)))
                return true;
        }
        return false;
    }

    // Where each role or body word is first the head of a source the article names ("a Bank of Japan official", or an
    // unnamed one identified nearby), read once per document. Only one body's people: IsIdentifiedNearby asks the same.
    private static Dictionary<string, int> IdentifiedHeads(SemanticModel model) => model.GetSummary(IdentifiedHeadsKey, static m =>
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var act in m.GetFacts<SpeechAct>())
        {
            var head = Head(act.Speaker);
            // "Commission sources said … the sources added": sources of a body named in their phrase are that body's,
            // unlike "Wall Street sources", whose modifier names a place; so are a spokesman for a body named and "a
            // source at the company" ("… the source told").
            var identified = act.Kind == SpeakerKind.Role
                ? Lexicon.SourceRoles.Contains(head) || Lexicon.SourceBodies.Contains(head) || NamesItsBody(act.Speaker)
                : act.Kind == SpeakerKind.Unnamed && (IsIdentifiedNearby(m, act) || SpeaksForANamedOne(m, act) || BelongsToOneNamedBefore(m, act));
            if (identified && (!first.TryGetValue(head, out var at) || act.SpeakerSpan.Start < at))
                first[head] = act.SpeakerSpan.Start;
        }
        return first;
    });

    private static readonly object IdentifiedHeadsKey = new();

    // A capitalised body word among a role's modifiers: "EC Commission sources", "Bank of Japan officials".
    private static bool NamesItsBody(string speaker)
    {
        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var w = 0; w < words.Length - 1; w++)
        {
            if (char.IsUpper(words[w][0]) && Lexicon.SourceBodies.Contains(words[w].ToLowerInvariant()))
                return true;
        }
        return false;
    }

    // Where each word of a name is first written in the document, read once per document.
    private static Dictionary<string, int> FirstMentions(SemanticModel model) => model.GetSummary(FirstMentionsKey, static m =>
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in m.GetFacts<NameMention>())
        {
            foreach (var word in mention.Words)
            {
                var text = QuoteText.WithoutPossessive(word.Text);
                if (!first.TryGetValue(text, out var at) || word.Span.Start < at)
                    first[text] = word.Span.Start;
            }
        }
        return first;
    });

    private static readonly object FirstMentionsKey = new();

    // Shared by every sentence without acts: read, never changed.
    private static readonly List<SpeechAct> NoActs = [];

    // Read once per document: the rule asks about a few sentences each, and a scan of all facts per question was quadratic.
    // (An array by sentence, not a lookup: a lookup keyed by int is generic framework code compiled at start-up.)
    private static List<SpeechAct> ActsIn(SemanticModel model, int sentence)
    {
        var bySentence = model.GetSummary(ActsKey, static m =>
        {
            var acts = m.GetFacts<SpeechAct>();
            var size = m.Sentences.Count;
            foreach (var act in acts)
                size = Math.Max(size, act.Sentence.Index + 1);
            var lists = new List<SpeechAct>?[size];
            foreach (var act in acts)
                (lists[act.Sentence.Index] ??= []).Add(act);
            return lists;
        });
        return sentence >= 0 && sentence < bySentence.Length && bySentence[sentence] is { } found ? found : NoActs;
    }

    // Where the named speakers' acts of a sentence end, in order. (Loops over ints rather than LINQ: LINQ's generic
    // code over a value type has no ReadyToRun code and is compiled on first use, as are the other loops here.)
    private static int[] ReporterEnds(List<SpeechAct> acts)
    {
        var ends = new List<int>();
        foreach (var a in acts)
        {
            if (a.Kind != SpeakerKind.Unnamed)
                ends.Add(Math.Max(a.VerbSpan.End, a.SpeakerSpan.End));
        }
        int[] sorted = [.. ends];
        Array.Sort(sorted);
        return sorted;
    }

    // The full quotations' spans, as starts in order and the end of each.
    private sealed class FullQuotations(int[] starts, int[] ends)
    {
        public int[] Starts { get; } = starts;

        public int[] Ends { get; } = ends;
    }

    // Whether a full quotation overlaps the span: one that starts in it, or one that opened a sentence or two before
    // and ends in it ("“Consumers remain willing to spend. The Fed will go on,” UBS economist Maury Harris said.").
    private static bool HasFullQuotation(SemanticModel model, TextSpan span)
    {
        var quotes = model.GetSummary(QuotationStartsKey, static m =>
        {
            List<int> starts = [], ends = [];
            foreach (var quote in m.Quotes)
            {
                if (quote.Kind != QuoteKind.Full)
                    continue;
                starts.Add(quote.Span.Start);
                ends.Add(quote.Span.End);
            }
            // By start; two that start together keep their order.
            var order = new int[starts.Count];
            for (var i = 0; i < order.Length; i++)
                order[i] = i;
            Array.Sort(order, (a, b) => starts[a] != starts[b] ? starts[a].CompareTo(starts[b]) : a.CompareTo(b));
            int[] startArray = new int[order.Length], endArray = new int[order.Length];
            for (var i = 0; i < order.Length; i++)
                (startArray[i], endArray[i]) = (starts[order[i]], ends[order[i]]);
            return new FullQuotations(startArray, endArray);
        });
        // The last quotation that starts before the span ends.
        int low = 0, high = quotes.Starts.Length - 1, last = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (quotes.Starts[mid] < span.End)
                (last, low) = (mid, mid + 1);
            else
                high = mid - 1;
        }
        return last >= 0 && quotes.Ends[last] > span.Start;
    }

    private static readonly object ActsKey = new();
    private static readonly object QuotationStartsKey = new();
    private static readonly object MidSentenceNamesKey = new();
    private static readonly object MemoKey = new();

    // What the rule asks of a sentence, answered once per document: by sentence index (and role word). One slot per
    // sentence in an array (0 not asked, 1 false, 2 true), not a dictionary entry: dictionaries held 30 MB on a 10 MB
    // line. Two threads that ask at once both work the answer out and write the same value.
    private sealed class Memo(int sentences)
    {
        public byte[] Anonymity { get; } = new byte[sentences];

        public ConcurrentDictionary<string, byte[]> Named { get; } = new();

        public int[]?[] ReporterEnds { get; } = new int[]?[sentences];

        public byte[] IntroducesDocument { get; } = new byte[sentences];

        public byte[] NamesABody { get; } = new byte[sentences];

        public ConcurrentDictionary<string, int> FirstNamed { get; } = new();

        public HashSet<string>?[] QuotedGroups { get; } = new HashSet<string>?[sentences];

        public static bool Once<TState>(byte[] slots, int index, TState state, Func<int, TState, bool> answer)
        {
            if (Volatile.Read(ref slots[index]) is var known and not 0)
                return known == 2;
            var value = answer(index, state);
            Volatile.Write(ref slots[index], value ? (byte)2 : (byte)1);
            return value;
        }

        public static T Once<T, TState>(T?[] slots, int index, TState state, Func<int, TState, T> answer) where T : class =>
            Volatile.Read(ref slots[index]) ?? (slots[index] = answer(index, state));
    }

    private static Memo MemoOf(SemanticModel model) => model.GetSummary(MemoKey, static m => new Memo(m.Sentences.Count));

    // Words the article capitalises inside sentences, from the name mentions every name rule shares (a mention's
    // first word at a sentence's start is capitalised anyway), read once per document.
    private static HashSet<string> MidSentenceNames(SemanticModel model) => model.GetSummary(MidSentenceNamesKey, m =>
        m.GetFacts<NameMention>().SelectMany(n => n.IsSentenceStart ? n.Words.Skip(1) : n.Words)
            .Select(w => QuoteText.WithoutPossessive(w.Text)).ToHashSet(StringComparer.Ordinal));

    private static bool AuthorAfter(string[] words, int head)
    {
        for (var k = head; k < words.Length - 1 && k <= head + 3 && (k == head || !EndsPhrase(words[k - 1])); k++)
        {
            if (!words[k + 1].Equals("by", StringComparison.OrdinalIgnoreCase) || k + 2 >= words.Length)
                continue;
            // Past "the" and a role before the name: "a report by analysts Forrester Research".
            var a = k + 2;
            if (words[a].Equals("the", StringComparison.OrdinalIgnoreCase) && a + 1 < words.Length)
                a++;
            if (Lexicon.SpeakerNouns.Contains(words[a]) && char.IsLower(words[a][0]) && a + 1 < words.Length && !EndsPhrase(words[a]))
                a++;
            return IsNamer(QuoteText.WithoutPossessive(Bare(words[a])));
        }
        return false;
    }

    // A word without the punctuation that ends its phrase: "officials at the Treasury, said" names the Treasury.
    private static string Bare(string word) => word.TrimEnd(',', ';', ':', '.', ')', '"', '”');

    private static bool EndsPhrase(string word) => word.Length == 0 || word[^1] is ',' or ';' or ':' or '.' or ')' or '"' or '”' || word[0] is '(' or '"' or '“';

    // A capitalised word that names a body: not a phrase opener, a nationality, a month or a day.
    private static bool IsNamer(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.All(c => char.IsLetterOrDigit(c) || c is '-' or '&' or '.')
        && !Lexicon.NotNamers.Contains(word) && !SpeechActFinder.NotNames.Contains(word) && !SpeechActFinder.IsNationality(word);

    /// <summary>A role word reduced for comparison: lower case, a plural -s dropped ("officials" = "official").</summary>
    public static string Head(string phrase)
    {
        // The last word between spaces, its letters only, in lower case: on spans, as EL1002 asks this of every word
        // of many sentences (letters hold no surrogates, so lowering each char is lowering the string).
        var rest = phrase.AsSpan().TrimEnd(' ');
        var word = rest[(rest.LastIndexOf(' ') + 1)..];
        Span<char> letters = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        var length = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
                letters[length++] = char.ToLowerInvariant(c);
        }
        if (length > 3 && letters[length - 1] == 's')
            length--;
        return new string(letters[..length]);
    }
}
