using System.Collections.Concurrent;
using EditLint.Semantics.Lexicons;

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

    // Said of the source itself ("Officials, who asked not to be named, said"), not of anyone else in the sentence
    // ("Police did not name the victim, a spokesman said").
    private static readonly string[] AnonymityReasons =
    [
        "asked not to be named", "asked not to be identified", "declined to be named", "declined to be identified",
        "did not want to be named", "did not want to be identified", "condition of anonymity", "requested anonymity",
        "asked for anonymity", "whom it did not name", "whom they did not name", "who was not named", "who were not named",
        "not authorised to speak", "not authorized to speak",
    ];

    // Capitalised words that open a noun phrase without naming anyone: "One official", "Senior officials".
    private static readonly HashSet<string> NotNamers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "one", "two", "three", "four", "five", "several", "some", "many", "other", "others", "most", "all",
        "senior", "top", "its", "his", "her", "their", "our", "both", "each", "any", "no", "this", "that", "these", "those",
        "and", "but", "however", "meanwhile", "government", "state", "local", "foreign", "industry", "bank", "company",
    };

    /// <summary>The sentence says why the source is not named ("who asked not to be named", "on condition of anonymity").</summary>
    public static bool ExplainsAnonymity(SemanticModel model, SpeechAct act) =>
        // Once per sentence, not per act: one long sentence may hold thousands of acts.
        MemoOf(model).Anonymity.GetOrAdd(act.Sentence.Index, static (_, sentence) =>
            Array.Exists(AnonymityReasons, reason => sentence.Text.Contains(reason, StringComparison.OrdinalIgnoreCase)), act.Sentence);

    /// <summary>
    /// A modal right before the verb makes it the writer's hypothetical ("Some may criticise his methods", "people would
    /// say"); not "would only say" or "would not say", which report, nor a modal inside a clause between them.
    /// </summary>
    public static bool IsHypothetical(SemanticModel model, SpeechAct act)
    {
        if (act.SpeakerSpan.End > act.VerbSpan.Start)
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
        if (!isBody && !Lexicon.SourceRoles.Contains(head))
            return false;
        var sentences = model.Sentences;
        var first = Math.Max(0, act.Sentence.Index - SentencesBefore);
        var last = Math.Min(sentences.Count - 1, act.Sentence.Index + (isBody ? SentencesAfter : 0));
        var memo = MemoOf(model);
        for (var k = first; k <= last; k++)
        {
            // Each sentence is read once per role word, however many acts look at it: one long sentence may hold
            // thousands of acts, and reading its words for each was quadratic.
            if (memo.Named.GetOrAdd((k, head), static (key, state) => NamesRole(state.model, state.sentences[key.Sentence], key.Head, state.isBody), (model, sentences, isBody)))
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
                var word = QuoteText.WithoutPossessive(words[b]);
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
        return false;
    }

    private static readonly object MidSentenceNamesKey = new();
    private static readonly object MemoKey = new();

    // What the rule asks of a sentence, answered once per document: by sentence index (and role word).
    private sealed class Memo
    {
        public ConcurrentDictionary<int, bool> Anonymity { get; } = new();

        public ConcurrentDictionary<(int Sentence, string Head), bool> Named { get; } = new();
    }

    private static Memo MemoOf(SemanticModel model) => model.GetSummary(MemoKey, static _ => new Memo());

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
            var author = words[k + 2].Equals("the", StringComparison.OrdinalIgnoreCase) && k + 3 < words.Length ? words[k + 3] : words[k + 2];
            return IsNamer(QuoteText.WithoutPossessive(Bare(author)));
        }
        return false;
    }

    // A word without the punctuation that ends its phrase: "officials at the Treasury, said" names the Treasury.
    private static string Bare(string word) => word.TrimEnd(',', ';', ':', '.', ')', '"', '”');

    private static bool EndsPhrase(string word) => word.Length == 0 || word[^1] is ',' or ';' or ':' or '.' or ')' or '"' or '”' || word[0] is '(' or '"' or '“';

    // A capitalised word that names a body: not a phrase opener, a nationality, a month or a day.
    private static bool IsNamer(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.All(c => char.IsLetterOrDigit(c) || c is '-' or '&' or '.')
        && !NotNamers.Contains(word) && !SpeechActFinder.NotNames.Contains(word) && !SpeechActFinder.IsNationality(word);

    /// <summary>A role word reduced for comparison: lower case, a plural -s dropped ("officials" = "official").</summary>
    public static string Head(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
            return "";
        var last = new string([.. words[^1].Where(char.IsLetter)]).ToLowerInvariant();
        return last.EndsWith('s') && last.Length > 3 ? last[..^1] : last;
    }
}
