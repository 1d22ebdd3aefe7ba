using EditLint.Semantics.Lexicons;

namespace EditLint.Semantics.Quotes;

/// <summary>
/// People named in the prose ("Sean Bell", "Mr Trump", "Sir Keir Starmer"), in order, and what a "he" or
/// "she" speaker most plausibly refers to: the nearest person named before it. It is ambiguous when the
/// sentence before names two different people and neither is its subject (named in its first words).
/// </summary>
internal static class PersonMentions
{
    private const int SubjectWindow = 5;

    private sealed record Mention(int SentenceIndex, int Offset, string Name, bool IsStrong);

    public static List<SpeechAct> ResolvePronouns(SemanticModel model, List<SpeechAct> acts)
    {
        if (!acts.Exists(a => a.Kind == SpeakerKind.Pronoun))
            return acts;
        var mentions = Mentions(model);
        var people = mentions.Where(m => m.IsStrong).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var resolved = new List<SpeechAct>(acts.Count);
        // Acts and mentions are both in document order: one pass over each keeps this linear in the article's length.
        var next = 0;
        Mention? lastMention = null, lastStrong = null;
        var recent = new List<(int Sentence, int Offset, string Name)>();
        foreach (var act in acts)
        {
            while (next < mentions.Count && mentions[next].Offset < act.SpeakerSpan.Start)
            {
                lastMention = mentions[next];
                if (lastMention.IsStrong)
                    lastStrong = lastMention;
                next++;
            }
            recent.RemoveAll(r => r.Sentence < act.Sentence.Index - 1);
            var current = act;
            if (act.Kind == SpeakerKind.Pronoun && act.Speaker.ToLowerInvariant() is "he" or "she" && lastMention is not null)
            {
                // When the sentence before quoted a person, that speaker is who a following "he said" means; two
                // people quoted there (or earlier in this sentence) make it ambiguous.
                var speakers = recent.Where(r => r.Sentence < act.Sentence.Index || r.Offset < act.SpeakerSpan.Start).Select(r => r.Name).ToList();
                var distinct = speakers.Select(Surname).Distinct(StringComparer.Ordinal).Count();
                current = act with { Antecedent = speakers.LastOrDefault() ?? (lastStrong ?? lastMention).Name, IsAmbiguous = distinct >= 2 };
            }
            var person = current.Kind == SpeakerKind.Pronoun ? current.Antecedent : PersonIn(current.Speaker, people);
            if (person is not null)
                recent.Add((current.Sentence.Index, current.SpeakerSpan.Start, person));
            resolved.Add(current);
        }
        return resolved;
    }

    /// <summary>Surnames of the people the article names in full or with a title ("Amelie Mauresmo", "Mr Hadi").</summary>
    public static HashSet<string> Surnames(SemanticModel model) =>
        Mentions(model).Where(m => m.IsStrong).Select(m => Surname(m.Name)).ToHashSet(StringComparer.Ordinal);

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

    private static string Surname(string name) => name[(name.LastIndexOf(' ') + 1)..];

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
            while (s + 1 < sentences.Count && sentences[s + 1].Span.Start <= mention.Span.Start)
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
            if (words.Count == 0 || words.Exists(w => SpeechActFinder.NotNames.Contains(w)) || FollowsThe(mention))
                continue;
            var strong = words.Count >= 2 || titled || knownSurnames.Contains(words[0]);
            if (!strong && mention.IsSentenceStart)
                continue;
            mentions.Add(new Mention(sentences.Count > 0 ? sentences[s].Index : 0, mention.Span.Start, string.Join(' ', words), strong));
            if (strong)
                knownSurnames.Add(words[^1]);
        }
        return mentions;
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
        int low = 0, high = content.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (content.SourceStart(middle) < mention.Span.Start)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }
}
