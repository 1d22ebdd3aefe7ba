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

    private sealed record Mention(int SentenceIndex, int Offset, int TokenIndex, string Name, bool IsStrong);

    public static List<SpeechAct> ResolvePronouns(SemanticModel model, List<SpeechAct> acts)
    {
        if (!acts.Exists(a => a.Kind == SpeakerKind.Pronoun))
            return acts;
        var mentions = Find(model);
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

    private static List<Mention> Find(SemanticModel model)
    {
        var mentions = new List<Mention>();
        var knownSurnames = new HashSet<string>(StringComparer.Ordinal);
        var tokensByBlock = model.Tokens.GroupBy(t => t.Block).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var sentence in model.Sentences)
        {
            if (!tokensByBlock.TryGetValue(sentence.Block, out var blockTokens))
                continue;
            var end = sentence.LocalStart + sentence.LocalLength;
            var tokens = blockTokens.Where(t => t.LocalStart >= sentence.LocalStart && t.LocalStart < end).ToList();
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!IsNameWord(tokens[i].Text))
                    continue;
                var first = i;
                while (i + 1 < tokens.Count && IsNameWord(tokens[i + 1].Text))
                    i++;
                // A sentence's first word is capitalised anyway: "Sharing American intelligence…" names nobody.
                if (first == 0 && tokens[0].Text.EndsWith("ing", StringComparison.Ordinal) || tokens[first].Text.EndsWith("ly", StringComparison.Ordinal))
                    first++;
                if (first > i)
                    continue;
                var words = tokens.GetRange(first, i - first + 1).Select(t => WithoutPossessive(t.Text)).ToList();
                var titled = (first > 0 && Lexicon.PersonTitles.Contains(tokens[first - 1].Text)) || words.Exists(w => Lexicon.PersonTitles.Contains(w));
                var afterThe = first > 0 && tokens[first - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase);
                words.RemoveAll(w => Lexicon.PersonTitles.Contains(w));
                if (words.Count == 0 || afterThe)
                    continue;
                // A person: two or more name words, a title and a name, or a surname already seen in full. A lone
                // capitalised word inside a sentence ("For Starmer, …") may be a person too: it counts as a weak mention.
                var strong = words.Count >= 2 || titled || knownSurnames.Contains(words[0]);
                if (strong || first > 0)
                {
                    var name = string.Join(' ', words);
                    mentions.Add(new Mention(sentence.Index, tokens[first].Span.Start, first, name, strong));
                    if (strong)
                        knownSurnames.Add(words[^1]);
                }
            }
        }
        return mentions;
    }

    private static string WithoutPossessive(string word) =>
        word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;

    private static bool IsNameWord(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && char.IsLower(word[^1]) && !SpeechActFinder.NotNames.Contains(word);
}
