using EditLint.Semantics.Quotes;
using EditLint.Semantics.Lexicons;

namespace EditLint.Semantics.People;

/// <summary>
/// People named in the prose ("Sean Bell", "Mr Trump", "Sir Keir Starmer"), in order, and what a "he" or
/// "she" speaker most plausibly refers to: a person speaking in the sentence before (its subject when it has
/// several), else the person a pronoun before it meant, else the nearest person named before it. It is ambiguous
/// when the sentence before has two speakers who could be meant and neither is its subject, or its subject is
/// not the one whose words it quoted last. Companies, papers and clubs are not people; someone of the other
/// gender (known from a title or "X said she"), or talked about in the pronoun's own sentence, is not a candidate.
/// </summary>
internal static class PersonMentions
{
    // Feminine: what a courtesy title says (Mrs → true, Sir → false); After: the words that follow the name.
    private sealed record Mention(int SentenceIndex, int Offset, string Name, bool IsStrong, bool? Feminine, string After);

    public static List<SpeechAct> ResolvePronouns(SemanticModel model, List<SpeechAct> acts, IReadOnlyDictionary<Documents.Block, QuotedSpans> quotedRanges)
    {
        if (!acts.Exists(a => a.Kind == SpeakerKind.Pronoun))
            return acts;
        var mentions = Mentions(model);
        var people = mentions.Where(m => m.IsStrong && !IsBody(m.Name)).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var genders = Genders(mentions);
        var fullNames = FullNames(mentions);
        var resolved = new List<SpeechAct>(acts.Count);
        // Acts and mentions are both in document order: one pass over each keeps this linear in the article's length.
        var next = 0;
        Mention? lastMention = null, lastStrong = null;
        SpeechAct? lastNonPronoun = null;
        var recent = new List<Candidate>();
        foreach (var act in acts)
        {
            while (next < mentions.Count && mentions[next].Offset < act.SpeakerSpan.Start)
            {
                lastMention = mentions[next];
                if (lastMention.IsStrong && !IsBody(lastMention.Name))
                    lastStrong = lastMention;
                next++;
            }
            recent.RemoveAll(r => r.Act.Sentence.Index < act.Sentence.Index - 1);
            var current = act;
            if (act.Kind == SpeakerKind.Pronoun && act.Speaker.ToLowerInvariant() is "he" or "she")
                current = Resolve(act, recent, quotedRanges, genders, fullNames, lastStrong ?? lastMention, lastNonPronoun, mentions, next);
            var person = current.Kind == SpeakerKind.Pronoun ? current.Antecedent : PersonIn(current.Speaker, people);
            if (person is not null)
                recent.Add(new Candidate(current, person, current.Kind != SpeakerKind.Pronoun && IsCandidateSpeaker(current, quotedRanges), IsSubject(current)));
            // "officials said" cannot be a later "he".
            if (current.Kind != SpeakerKind.Pronoun && !(current.Kind != SpeakerKind.Named && current.Speaker.EndsWith('s')))
                lastNonPronoun = current;
            resolved.Add(current);
        }
        return resolved;
    }

    // A named speaker of the sentence before (or earlier in this one): Named marks a speech act's own named speaker,
    // not a pronoun's guess; Subject marks the one the sentence is about.
    private sealed record Candidate(SpeechAct Act, string Person, bool Named, bool Subject);

    private static SpeechAct Resolve(SpeechAct act, List<Candidate> recent, IReadOnlyDictionary<Documents.Block, QuotedSpans> quotedRanges, KnownGenders genders, Dictionary<string, string> fullNames,
        Mention? lastPerson, SpeechAct? lastNonPronoun, List<Mention> mentions, int nextMention)
    {
        var feminine = act.Speaker.Equals("she", StringComparison.OrdinalIgnoreCase);
        var before = recent.Where(r => r.Act.Sentence.Index < act.Sentence.Index || r.Act.SpeakerSpan.Start < act.SpeakerSpan.Start).ToList();
        // Someone the pronoun's own sentence talks about ("He said Bez was …", "“I said to Harry …,” he said") is not its speaker.
        var ownText = act.Sentence.Text;
        var named = before.Where(r => r.Named && !IsKnownAs(genders, r.Person, !feminine) && !NamedIn(ownText, r.Person, fullNames)).ToList();
        var distinct = named.Select(r => Surname(r.Person)).Distinct(StringComparer.Ordinal).Count();
        if (distinct == 1)
            return act with { Antecedent = named[^1].Person };
        if (distinct >= 2)
        {
            // The subject of the sentence before is who "he said" goes on with, unless that sentence's last quotation
            // was someone else's words ("Weitz said he had visited Pullman, who told him “…”. He added: …").
            var subjects = named.Where(r => r.Subject).Select(r => Surname(r.Person)).Distinct(StringComparer.Ordinal).Count();
            var subject = subjects == 1 ? named.Last(r => r.Subject) : null;
            var lastQuoted = LastQuotedSpeaker(named, quotedRanges);
            if (subject is not null && (lastQuoted is null || Surname(lastQuoted.Person) == Surname(subject.Person)))
                return act with { Antecedent = subject.Person };
            if (subject is not null)
                return act with { Antecedent = lastQuoted!.Person, IsAmbiguous = true };
            // Only one of them is known to be a "she" (Mrs, Lady, "Keys said she …"): she is meant.
            var sameGender = named.Where(r => genders.Is(r.Person, feminine)).Select(r => Surname(r.Person)).Distinct(StringComparer.Ordinal).ToList();
            if (sameGender.Count == 1)
                return act with { Antecedent = named.Last(r => Surname(r.Person) == sameGender[0]).Person };
            return act with { Antecedent = named[^1].Person, IsAmbiguous = true };
        }
        // A pronoun chain ("“…,” he said. “…,” he added.") carries its person on.
        var chained = before.LastOrDefault(r => r.Act.Kind == SpeakerKind.Pronoun);
        if (chained is not null)
            return act with { Antecedent = chained.Person };
        if (lastPerson is not null && PersonBefore(act, mentions, nextMention, genders, feminine) is { } person)
            return act with { Antecedent = person.Name };
        // "He called it … and now Tony Blair …": a feature opening names its person later in the same sentence.
        for (var m = nextMention; m < mentions.Count && mentions[m].SentenceIndex == act.Sentence.Index; m++)
        {
            if (mentions[m].IsStrong && !IsBody(mentions[m].Name))
                return act with { Antecedent = mentions[m].Name };
        }
        // No capitalised name before it: an identified speaker ("a spokesman for the ministry said") or a name the
        // text left in lower case ("seaga said") is still who the reader takes "he" to be.
        return lastNonPronoun is not null && lastNonPronoun.Speaker.Any(char.IsLetter) ? act with { Antecedent = lastNonPronoun.Speaker } : act;
    }

    // The nearest person named before the pronoun who can be its speaker: not a body ("the Stade de France", "the Oil
    // and Natural Gas Commission" are no "he"), not someone of the other gender, and not someone the pronoun's own
    // sentence reports on before it ("Mr Blair has failed to tackle these problems, he claimed": Blair is what was
    // claimed, not who claimed it), unless that sentence opens with a clause of its own ("When Smith arrived, he said").
    // A name written in full or with a title wins over a nearer bare surname. A few dozen mentions back at most, so a
    // document of pronouns stays linear.
    private static Mention? PersonBefore(SpeechAct act, List<Mention> mentions, int nextMention, KnownGenders genders, bool feminine)
    {
        var ownSentenceIsContent = !OpensWithAClause(act.Sentence.Text);
        Mention? weak = null;
        for (var m = nextMention - 1; m >= 0 && m >= nextMention - 40; m--)
        {
            var mention = mentions[m];
            if (IsBody(mention.Name) || IsKnownAs(genders, mention.Name, !feminine) || (ownSentenceIsContent && mention.SentenceIndex == act.Sentence.Index && IsReportedOn(act, mention.Name)))
                continue;
            // A surname alone ("For Starmer, …") is someone too, when no one is named in full nearer; a phrase of
            // capitalised words that is no name in full ("Boxing Day") is not.
            if (!mention.IsStrong)
            {
                if (!mention.Name.Contains(' '))
                    weak ??= mention;
                continue;
            }
            return mention;
        }
        return weak;
    }

    // Whether the name is in the clause that the pronoun's tag closes: no "who", "which", "that" … between the two
    // ("Michael Howard has no doubt it is the prime minister who, he claims, is …" names Howard as the one who claims).
    private static bool IsReportedOn(SpeechAct act, string name)
    {
        var text = act.Sentence.Text;
        var at = Math.Clamp(act.LocalSpeakerStart - act.Sentence.LocalStart, 0, text.Length);
        // Only the clause right before the pronoun: a few hundred characters, so one long sentence stays linear.
        var from = Math.Max(0, at - 300);
        var named = text.AsSpan(from, at - from).LastIndexOf(name, StringComparison.Ordinal);
        if (named < 0)
            return false;
        named += from;
        foreach (var word in QuoteText.Words(text[(named + name.Length)..at]))
        {
            if (QuoteText.ClauseOpeners.Contains(word))
                return false;
        }
        return true;
    }

    private static bool OpensWithAClause(string sentence)
    {
        var first = sentence.AsSpan().TrimStart();
        var end = first.IndexOfAny(' ', ',');
        var word = (end < 0 ? first : first[..end]).ToString();
        return QuoteText.ClauseOpeners.Contains(word) || word is "After" or "As" or "Before" or "Asked" or "Speaking" or "Although" or "Though" or "Once" or "Until"
            || (word.Length > 4 && word.EndsWith("ing", StringComparison.Ordinal));
    }

    private static bool IsKnownAs(KnownGenders genders, string person, bool feminine) => genders.Is(person, feminine);

    // Whether the sentence talks about the person: by surname, or by first name alone ("I said to Harry …"), not as
    // part of someone else's name ("David Davis" is not David Cameron).
    private static bool NamedIn(string text, string person, Dictionary<string, string> fullNames)
    {
        var full = fullNames.GetValueOrDefault(Surname(person), person);
        var words = full.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Length > 2 && char.IsUpper(words[i][0]) && ContainsWord(text, words[i], alone: i < words.Length - 1))
                return true;
        }
        return false;
    }

    private static bool ContainsWord(string text, string word, bool alone)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at > 0 && char.IsLetter(text[at - 1])) || (end < text.Length && char.IsLetter(text[end])))
                continue;
            // A first name followed by another capitalised word is someone else's full name.
            if (alone && end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]))
                continue;
            return true;
        }
        return false;
    }

    // The speaker whose act comes last before the last quotation opening in the candidates' sentence, if it quotes.
    private static Candidate? LastQuotedSpeaker(List<Candidate> named, IReadOnlyDictionary<Documents.Block, QuotedSpans> quotedRanges)
    {
        var sentence = named[^1].Act.Sentence;
        // The last quotation opening inside the sentence.
        var open = quotedRanges.TryGetValue(sentence.Block, out var ranges) ? ranges.LastOpeningIn(sentence.LocalStart, sentence.LocalStart + sentence.Length) : -1;
        if (open < 0)
            return null;
        // "describing Charles as “…”": a name after its verb, outside a closing tag, is the verb's object, not a speaker.
        return named.LastOrDefault(r => r.Act.Sentence == sentence && r.Act.LocalSpeakerStart < open && (r.Subject || r.Act.SpeakerSpan.Start < r.Act.VerbSpan.Start));
    }

    // A speaker inside a quotation, an aside (between dashes or brackets) or a possessive ("Matt Williams' side") is
    // talked about, not speaking in the narrative.
    private static bool IsCandidateSpeaker(SpeechAct act, IReadOnlyDictionary<Documents.Block, QuotedSpans> quotedRanges)
    {
        var block = act.Sentence.Block;
        var at = act.LocalSpeakerStart;
        if (quotedRanges.TryGetValue(block, out var ranges) && ranges.Contains(at))
            return false;
        var sentence = act.Sentence;
        var lead = block.Text[sentence.LocalStart..Math.Min(block.Text.Length, Math.Max(sentence.LocalStart, at))];
        // A dash before the name opens an aside only when another closes it later in the sentence (not a dateline's dash).
        var sentenceEnd = Math.Min(block.Text.Length, sentence.LocalStart + sentence.Length);
        var tail = block.Text[Math.Min(sentenceEnd, Math.Max(0, at))..sentenceEnd];
        if (lead.Count(c => c == '(') > lead.Count(c => c == ')') || Dashes.Any(d => Count(lead, d) % 2 == 1 && tail.Contains(d, StringComparison.Ordinal)))
            return false;
        var after = at + act.Speaker.Length;
        return !(after < block.Text.Length && block.Text[after] is '\'' or '’' && act.SpeakerSpan.End <= act.VerbSpan.Start);
    }

    private static readonly string[] ClauseOpeners = [", while ", ", whereas ", ", but ", "; "];

    private static readonly string[] Dashes = [" - ", " – ", " — "];

    private static int Count(string text, string part) => text.Split(part).Length - 1;

    // The sentence's subject speaker: named before any subordinate clause or other speech verb opens ("But Mr Clarke
    // said … when Mr Blunkett argued …"), or in the tag that ends the sentence ("…, argued Mr Howard.", "…, Lord Holme said.").
    private static bool IsSubject(SpeechAct act)
    {
        // Read in place: every speech act of every article is asked, and copies of the sentence's parts were pronoun
        // resolution's largest allocation (11 MB of strings a corpus run).
        var sentence = act.Sentence;
        var text = sentence.Text.AsSpan();
        var speakerAt = act.LocalSpeakerStart - sentence.LocalStart;
        var verbAt = speakerAt + (act.VerbSpan.Start - act.SpeakerSpan.Start);
        var tagStart = Math.Min(speakerAt, verbAt);
        var tagEnd = Math.Max(speakerAt + act.Speaker.Length, verbAt + act.Verb.Length);
        if (tagStart < 0 || tagEnd > text.Length)
            return false;
        var beforeTag = text[..tagStart].TrimEnd();
        if (beforeTag.Length > 0 && beforeTag[^1] is ',' or '”' or '"' && text[tagEnd..].Trim().Length <= 1)
            return true;
        if (verbAt < speakerAt)
            return false;
        // "Pullman, who had told him …": the verb is the relative clause's, not the sentence's.
        // "It was no good Mr Blair claiming …": a participle has no subject of the sentence.
        if (act.Verb.EndsWith("ing", StringComparison.Ordinal))
            return false;
        var gap = text[Math.Min(verbAt, speakerAt + act.Speaker.Length)..verbAt];
        if (gap.TrimStart().StartsWith(", who", StringComparison.Ordinal) && gap.Count(',') < 2)
            return false;
        // "… through her attorney Rich Nichols, Jones repeated …": a comma after the name that no second comma
        // closes (as an aside would) ends an opening phrase; the sentence's subject comes after it.
        if (gap.Count(',') % 2 == 1)
            return false;
        var lead = text[..speakerAt];
        var quoteEnd = lead.LastIndexOfAny('”', '"');
        if (quoteEnd >= 0)
            lead = lead[(quoteEnd + 1)..];
        // "Ann Smith said …, while Tom Jones said …": a contrasting clause has a subject of its own.
        // A loop, not LINQ's Max: Max over ints is generic framework code that a one-file run compiled at start-up.
        var clause = -1;
        foreach (var opener in ClauseOpeners)
        {
            if (lead.LastIndexOf(opener, StringComparison.Ordinal) is var at and >= 0)
                clause = Math.Max(clause, at + opener.Length);
        }
        if (clause >= 0)
            lead = lead[clause..];
        // At most eight words (split at spaces and commas), none a subordinator or a verb of saying.
        var words = 0;
        foreach (var range in lead.SplitAny(" ,"))
        {
            var word = lead[range];
            if (word.IsEmpty)
                continue;
            if (++words > 8 || Lexicon.Subordinators.Contains(word) || Lexicon.SpeechVerbs.Contains(word))
                return false;
        }
        return !lead.Contains('(') && !lead.Contains(" - ", StringComparison.Ordinal);
    }

    // Mr → he, Mrs/Ms/Miss/Lady/Dame → she, or a name followed by "said she"-style pronouns ("Keys said she was …").
    // A name seen as both is left unknown.
    private static KnownGenders Genders(List<Mention> mentions)
    {
        HashSet<string> women = new(StringComparer.Ordinal), men = new(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (mention.IsStrong && (mention.Feminine ?? FromPronounAfter(mention)) is { } feminine)
                (feminine ? women : men).Add(Surname(mention.Name));
        }
        // Found by surname; every full name shares it.
        var known = new KnownGenders();
        foreach (var mention in mentions)
        {
            var surname = Surname(mention.Name);
            if (women.Contains(surname) != men.Contains(surname))
                (women.Contains(surname) ? known.Women : known.Men).Add(mention.Name);
        }
        return known;
    }

    // The names known to be a woman's and a man's. (Two sets, not a dictionary of bool?: that was generic framework
    // code over a value type, compiled at start-up.)
    private sealed class KnownGenders
    {
        public HashSet<string> Women { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Men { get; } = new(StringComparer.Ordinal);

        public bool Is(string person, bool feminine) => (feminine ? Women : Men).Contains(person);
    }

    private static bool? FromPronounAfter(Mention mention)
    {
        // The first two words after the name, read in place: split into strings at every mention, they were 6 MB of a
        // corpus run's allocations. Words are separated by spaces and commas.
        var rest = mention.After.AsSpan();
        var verb = NextWord(ref rest);
        var next = NextWord(ref rest);
        if (next.IsEmpty || !Lexicon.SpeechVerbs.Contains(verb))
            return null;
        return next switch
        {
            "she" => true,
            "he" => false,
            "her" when Lexicon.SelfReportVerbs.Contains(verb) => true,
            "his" when Lexicon.SelfReportVerbs.Contains(verb) => false,
            _ => null,
        };
    }

    // The next word of rest (past spaces and commas), which rest then starts after; empty when there is none.
    private static ReadOnlySpan<char> NextWord(ref ReadOnlySpan<char> rest)
    {
        var start = rest.IndexOfAnyExcept(' ', ',');
        if (start < 0)
        {
            rest = [];
            return [];
        }
        rest = rest[start..];
        var end = rest.IndexOfAny(' ', ',');
        var word = end < 0 ? rest : rest[..end];
        rest = end < 0 ? [] : rest[end..];
        return word;
    }

    // Surname → the longest name the article gives it ("Redknapp" → "Harry Redknapp").
    private static Dictionary<string, string> FullNames(List<Mention> mentions)
    {
        var full = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mention in mentions.Where(m => m.IsStrong))
        {
            var key = Surname(mention.Name);
            if (!full.TryGetValue(key, out var seen) || seen.Length < mention.Name.Length)
                full[key] = mention.Name;
        }
        return full;
    }

    // "Moore Corp", "the Evening Standard", "Real Madrid": bodies a pronoun cannot mean.
    /// <summary>A name that ends in a body word or starts with one ("Moore Corp", "the Today Programme", "Real Madrid").</summary>
    internal static bool IsBody(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && (Lexicon.BodyNameEndings.Contains(words[^1].TrimEnd('.')) || (words.Length > 1 && Lexicon.BodyNameStarts.Contains(words[0])));
    }

    /// <summary>Surnames of the people the article names in full or with a title ("Amelie Mauresmo", "Mr Hadi"), read once per model.</summary>
    public static HashSet<string> Surnames(SemanticModel model) => model.GetSummary(SurnamesKey, static m =>
        Mentions(m).Where(x => x.IsStrong).Select(x => Surname(x.Name)).ToHashSet(StringComparer.Ordinal));

    /// <summary>First names of the people the article names in full ("Jamie" for "Jamie Costin"), not of bodies, read once per model.</summary>
    public static HashSet<string> FirstNames(SemanticModel model) => model.GetSummary(FirstNamesKey, static m =>
        Mentions(m).Where(x => x.IsStrong && x.Name.Contains(' ') && !IsBody(x.Name)).Select(x => x.Name[..x.Name.IndexOf(' ')]).ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// Every name the article writes as a name (in full, with a title, or capitalised inside a sentence: "Nationwide
    /// said", "the Tory leader"), read once per model: a capitalised word seen only at a sentence's start ("Natural
    /// interfaces will …") is not among them.
    /// </summary>
    public static HashSet<string> WrittenNames(SemanticModel model) => model.GetSummary(WrittenNamesKey, static m =>
        Mentions(m).Select(x => x.Name).ToHashSet(StringComparer.Ordinal));

    private static readonly object WrittenNamesKey = new();
    private static readonly object SurnamesKey = new();
    private static readonly object FirstNamesKey = new();

    // Quote extraction asks for the people twice (pronouns, then surnames for introduced speakers): they are read
    // from the name mentions once per model and kept with it.
    private static readonly object MentionsKey = new();

    private static List<Mention> Mentions(SemanticModel model) => model.GetSummary(MentionsKey, Find);

    // The person a speaker phrase names, if it names one ("military analyst Sean Bell" names Sean Bell): its
    // longest run of final words that is a known person.
    private static string? PersonIn(string speaker, HashSet<string> people)
    {
        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var take = Math.Min(4, words.Length); take >= 1; take--)
        {
            var candidate = string.Join(' ', words[^take..]);
            if (people.Contains(candidate))
                return candidate;
        }
        return null;
    }

    /// <summary>The last word of a name: the surname, as the people of an article are keyed.</summary>
    internal static string Surname(string name) => name[(name.LastIndexOf(' ') + 1)..];

    // People among the name mentions every name rule shares (NameMention): two or more name words, an honorific and
    // a name, or a surname already seen in full. A lone capitalised word inside a sentence ("For Starmer, …") may be
    // a person too: it counts as a weak mention. Names after "the" ("the White House") are bodies, not people.
    private static List<Mention> Find(SemanticModel model)
    {
        var mentions = new List<Mention>();
        var knownSurnames = new HashSet<string>(StringComparer.Ordinal);
        var sentences = model.Sentences;
        var s = 0;
        foreach (var mention in model.GetFacts<NameMention>())
        {
            var start = mention.Span.Start;
            while (s + 1 < sentences.Count && sentences[s + 1].Span.Start <= start)
                s++;
            var words = new List<string>(mention.Words.Count);
            foreach (var word in mention.Words)
            {
                if (!Lexicon.PersonTitles.Contains(word.Text))
                    words.Add(word.Text);
            }
            // A title among the words ("President Putin") was left out of them.
            var titled = mention.Honorific is not null || words.Count < mention.Words.Count;
            // A sentence's first word is capitalised anyway: "Sharing American intelligence…" names nobody.
            if (mention.IsSentenceStart && mention.Honorific is null && words.Count > 0 && (words[0].EndsWith("ing", StringComparison.Ordinal) || words[0].EndsWith("ly", StringComparison.Ordinal) || SpeechActFinder.NotNames.Contains(words[0])))
                words.RemoveAt(0);
            // "Industry Week's Technology Leader of the Year", "the Labour Leader": a title that ends in a role names no one.
            if (words.Count == 0 || words.Exists(w => SpeechActFinder.NotNames.Contains(w)) || FollowsThe(mention)
                || (mention.Honorific is null && words.Count >= 2 && Lexicon.SpeakerNouns.Contains(words[^1].ToLowerInvariant())))
                continue;
            var strong = words.Count >= 2 || titled || knownSurnames.Contains(words[0]);
            if (!strong && mention.IsSentenceStart)
                continue;
            mentions.Add(new Mention(sentences.Count > 0 ? sentences[s].Index : 0, start, string.Join(' ', words), strong, TitleGender(mention), TextAfter(mention)));
            if (strong)
                knownSurnames.Add(words[^1]);
        }
        return mentions;
    }

    private static bool? TitleGender(NameMention mention)
    {
        if (mention.Honorific is { } honorific)
            return NameMentions.IsFeminine(honorific.Text);
        foreach (var word in mention.Words)
        {
            if (NameMentions.GenderOf(word.Text) is { } feminine)
                return feminine;
        }
        return null;
    }

    private static string TextAfter(NameMention mention)
    {
        var text = mention.Block.Text;
        if (mention.Block.Content.Text.Length == 0)
            return "";
        var end = Math.Min(text.Length, LocalStart(mention) + mention.Span.Length);
        var after = text.AsSpan(end, Math.Min(40, text.Length - end));
        if (after.StartsWith("'s") || after.StartsWith("’s"))
            after = after[2..];
        return after.ToString();
    }

    private static bool FollowsThe(NameMention mention)
    {
        var text = mention.Block.Text;
        var local = mention.Block.Content.Text.Length == 0 ? 0 : LocalStart(mention);
        var before = text.AsSpan(0, Math.Max(0, local)).TrimEnd();
        return before.EndsWith("the", StringComparison.OrdinalIgnoreCase) && (before.Length == 3 || !char.IsLetter(before[^4]));
    }

    // NameMention carries source spans; the block's prose position is found from the first word's source start
    // (prose characters map to non-decreasing source offsets, so a binary search finds it).
    private static int LocalStart(NameMention mention)
    {
        var content = mention.Block.Content;
        var start = mention.Span.Start;
        int low = 0, high = content.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (content.SourceStart(middle) < start)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }
}
