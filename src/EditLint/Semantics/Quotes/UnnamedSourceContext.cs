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

    private static readonly string[] AnonymityReasons =
    [
        "not to be named", "not be named", "not to be identified", "not be identified", "condition of anonymity",
        "did not name", "declined to be named", "declined to be identified", "requested anonymity", "asked for anonymity",
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
    public static bool ExplainsAnonymity(SpeechAct act) =>
        Array.Exists(AnonymityReasons, reason => act.Sentence.Text.Contains(reason, StringComparison.OrdinalIgnoreCase));

    /// <summary>A modal between speaker and verb makes it the writer's hypothetical ("Some may criticise his methods").</summary>
    public static bool IsHypothetical(SemanticModel model, SpeechAct act)
    {
        if (act.SpeakerSpan.End > act.VerbSpan.Start)
            return false;
        var between = model.Document.Source.ToString(Text.TextSpan.FromBounds(act.SpeakerSpan.End, act.VerbSpan.Start));
        return QuoteText.Words(between).Exists(w => w is "may" or "might" or "could" or "would" or "should");
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
        for (var k = first; k <= last; k++)
        {
            var sentence = sentences[k];
            var words = sentence.Text.Split([' ', ',', ';', ':', '(', ')', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries);
            for (var w = 0; w < words.Length; w++)
            {
                if (Head(words[w]) != head)
                    continue;
                // The act's own speaker phrase does not identify itself ("British officials said").
                if (sentence == act.Sentence && act.Speaker.Contains(words[w], StringComparison.OrdinalIgnoreCase) && IsInSpeaker(act, words, w))
                    continue;
                if (w > 0 && IsNamer(words[w - 1]))
                    return true;
                if (w + 2 < words.Length && words[w + 1].ToLowerInvariant() is "at" or "for" or "of" or "from"
                    && (IsNamer(words[w + 2]) || (words[w + 2].Equals("the", StringComparison.OrdinalIgnoreCase) && w + 3 < words.Length && IsNamer(words[w + 3]))))
                    return true;
            }
        }
        return false;
    }

    private static bool IsNamer(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && !NotNamers.Contains(word) && !SpeechActFinder.IsNationality(word.TrimEnd('\'', '’', 's'))
        && !SpeechActFinder.IsNationality(word);

    // Whether word w of the sentence falls within the act's speaker phrase: its words, in order, end at w.
    private static bool IsInSpeaker(SpeechAct act, string[] words, int w)
    {
        var speaker = act.Speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (speaker.Length == 0 || !Head(speaker[^1]).Equals(Head(words[w]), StringComparison.Ordinal))
            return false;
        for (var i = 1; i < speaker.Length; i++)
        {
            if (w - i < 0 || !words[w - i].Equals(speaker[^(i + 1)], StringComparison.OrdinalIgnoreCase))
                return false;
        }
        return true;
    }

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
