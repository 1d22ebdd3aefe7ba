using EditLint.Semantics.Lexicons;
using EditLint.Text;

namespace EditLint.Semantics.Quotes;

/// <summary>
/// Tells someone's words from terms and titles by the words around the marks: "so-called", "dubbed",
/// "what he calls", "a term" mark a term; "the film", "titled" a title. What remains is a full quotation
/// when it reads as a clause (capitalised, several words, or ending in sentence punctuation), else partial.
/// </summary>
internal static class QuoteClassifier
{
    // Character sets of the hot checks below, made once (a literal list allocates an array at every call).
    private static readonly char[] AppositionLeads = [' ', ',', '-', '–', '—', '('];
    private static readonly char[] ClauseEnds = ['.', ';', ','];
    private static readonly char[] SentenceEnds = ['?', '!', '.'];

    public static QuoteKind Classify(QuoteDraft quote)
    {
        // Marks around nothing but marks or punctuation ("> ''", “…”) hold no one's words.
        // Read in place: a quotation left open runs to the end of the block, and a copy of each is quadratic.
        var hasWords = false;
        foreach (var c in quote.Block.Text.AsSpan(quote.InnerStart, quote.InnerEnd - quote.InnerStart))
        {
            if (char.IsLetterOrDigit(c))
            {
                hasWords = true;
                break;
            }
        }
        if (!hasWords)
            return QuoteKind.Term;
        if (quote.Marks == QuoteMarks.Block)
            return QuoteKind.Full;
        var text = quote.Block.Text;
        var before = LowerBefore(quote);
        // An article between the cue and the mark: "what he calls a “backstop”".
        foreach (var article in (ReadOnlySpan<string>)[" a", " an", " the"])
        {
            if (before.EndsWith(article, StringComparison.Ordinal))
            {
                before = before[..^article.Length];
                break;
            }
        }
        if (EndsWithCue(before, Lexicon.TermCues) || IsFollowedByTermApposition(text, quote.LocalEnd))
            return QuoteKind.Term;
        // A gloss or label in brackets: "an anti-Brexit (“British exit”) march".
        if (quote.LocalStart > 0 && text[quote.LocalStart - 1] == '(' && quote.LocalEnd < text.Length && text[quote.LocalEnd] == ')')
            return QuoteKind.Term;
        // The cue a connector away: "a slogan of “Say no”", "the words, “Stay tuned”", "messages - “…”", "The chosen name, “…”".
        var connected = WithoutConnector(before);
        if (connected is not null)
        {
            if (EndsWithCue(connected, Lexicon.TermCues))
                return QuoteKind.Term;
            if (LastWord(connected) is { } cue && Lexicon.TitleCues.Contains(cue) && char.IsLetter(connected[^1]))
                return QuoteKind.Title;
        }
        // The cue must touch the quotation ("the film “Dune”", "the slogan: “…”"), not end the sentence before it.
        var lastWord = LastWord(before);
        if (lastWord is not null && Lexicon.TitleCues.Contains(lastWord) && (char.IsLetter(before[^1]) || before[^1] == ':'))
            return QuoteKind.Title;
        if (IsNickname(text, quote) || IsInscription(text, quote.LocalEnd))
            return QuoteKind.Term;
        // "the “I'm loving it” catchphrase", "its “Office in a Pocket” devices" name a thing by the noun after them.
        var next = NextWord(text, quote.LocalEnd)?.ToLowerInvariant();
        if (next is not null && (Lexicon.TitleCues.Contains(next) || Lexicon.MentionHeads.Contains(next)))
            return QuoteKind.Title;

        var inner = quote.Text.Trim();
        // A stance label: “pro-life”, “anti-war”, “pro-choice” name a position, not anyone's words.
        if (IsStanceLabel(inner))
            return QuoteKind.Term;
        // Labels and codes: the "A" car, form "R85", a 'BB+' rating, "COVI".
        if (inner.Length <= 2 || (!inner.Contains(' ') && (inner.Any(char.IsDigit) || (inner.Length <= 5 && inner.All(c => !char.IsLetter(c) || char.IsUpper(c))))))
            return QuoteKind.Term;
        var words = SpacedWords.Count(inner);
        // A name inside a sentence: the next release of Windows, “Longhorn”; the rights to “CentOS”; what “Jazz” was.
        if (words == 1 && IsNameLike(inner.TrimEnd(',')) && before.Length > 0 && before[^1] is not ('.' or '!' or '?' or ':')
            && LastWord(before) is { } previousWord && previousWord != "as" && !Lexicon.SpeechVerbs.Contains(previousWord))
            return QuoteKind.Term;
        // Words talked about, not said: a short quotation that is its sentence's subject ("“Global warming” features
        // high", "‘Urban’ to me is …", "“Forward” is in italics").
        if (words <= 3 && IsSentenceSubject(text, quote) && inner[^1] is not (',' or '!' or '?'))
            return QuoteKind.Term;
        // A name in title case ("Racketeer Influenced and Corrupt Organisations", "Economical Travel in Japan.", a song
        // "How Soon is Now?") reads as a partial quotation at most.
        if ((IsTitleCase(inner) && inner[^1] is not ('.' or '!' or '?')) || (words <= 6 && IsTitleCase(inner.AsSpan().TrimEnd(".,")) && inner[^1] is '.' or ',')
            || IsStrictTitleCase(inner))
            return QuoteKind.Partial;
        var clauseLike = inner.Length > 0 && (char.IsUpper(inner[0]) || inner.StartsWith("...", StringComparison.Ordinal) || inner.StartsWith('…')) && words >= 4;
        var endsSentence = inner.Length > 0 && inner[^1] is '.' or '!' or '?' or ',';
        // American style puts the full stop inside the marks even after a few words ("… plus “general provisions.”"):
        // lower-case words that start inside the writer's sentence are partial, whatever punctuation they end with.
        var startsInsideSentence = before.Length > 0 && char.IsLetterOrDigit(before[^1]) && char.IsLower(inner[0])
            && LastWord(before) is { } wordBefore && !Lexicon.SpeechVerbs.Contains(wordBefore) && !Lexicon.ReportingVerbs.Contains(wordBefore) && wordBefore != "that";
        return clauseLike || (endsSentence && words >= 3 && !startsInsideSentence) ? QuoteKind.Full : QuoteKind.Partial;
    }

    // Every cue sits within a sentence of the marks: the text before and after them is read through a window, so that a
    // long paragraph is not copied whole for each of its quotations (which made one huge paragraph quadratic).
    private const int Window = 240;

    // Read in place: a copy of each window, trimmed and lowered, for every quotation was a fifth of a corpus run's strings.
    private static ReadOnlySpan<char> Before(QuoteDraft quote) => quote.Block.Text.AsSpan(Math.Max(0, quote.LocalStart - Window), Math.Min(quote.LocalStart, Window));

    private static ReadOnlySpan<char> After(string text, int end) => text.AsSpan(end, Math.Min(text.Length - end, Window));

    // The window before the quotation, trimmed at its end and lower-cased: one string, lowered from the text in place.
    private static string LowerBefore(QuoteDraft quote)
    {
        return new string(LowerCase.Of(Before(quote).TrimEnd(), stackalloc char[Window]));
    }

    private static bool EndsWithCue(string before, IReadOnlyList<string> cues)
    {
        foreach (var cue in cues)
        {
            if (before.EndsWith(cue, StringComparison.Ordinal) && (before.Length == cue.Length || !char.IsLetter(before[^(cue.Length + 1)])))
                return true;
        }
        return false;
    }

    // "“special relationship” - a term first used by …", "“river of golden sand” as the upper reaches are known".
    private static bool IsFollowedByTermApposition(string text, int end)
    {
        var trimmed = After(text, end).TrimStart(AppositionLeads);
        // Its start lowered in place first: the cues are a few letters long, and few quotations are followed by one.
        var start = LowerCase.Of(trimmed[..Math.Min(trimmed.Length, 8)], stackalloc char[8]);
        if (start.StartsWith("a term", StringComparison.Ordinal) || start.StartsWith("a phrase", StringComparison.Ordinal) || start.StartsWith("a word", StringComparison.Ordinal))
            return true;
        if (!start.StartsWith("as ", StringComparison.Ordinal))
            return false;
        var after = trimmed.ToString().ToLowerInvariant();
        var clause = after.Split(ClauseEnds, 2)[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return clause.Length <= 10 && clause.Any(w => w is "known" or "called" or "dubbed" or "nicknamed");
    }

    private static readonly HashSet<string> Copulas = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "be", "been", "being", "become", "became", "becomes", "remain", "remains", "remained",
        "seem", "seems", "seemed", "look", "looks", "looked", "sound", "sounds", "sounded", "feel", "feels", "felt", "prove", "proves",
        "proved", "proven", "appear", "appears", "appeared",
        "it's", "that's", "he's", "she's", "they're", "we're", "you're", "there's", "it’s", "that’s", "he’s", "she’s", "they’re", "we’re", "you’re", "there’s",
    };

    private static readonly HashSet<string> NounPhraseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those", "any", "some", "such",
        "new", "one-off", "so", "no", "every", "each", "another", "second", "third", "first", "next", "last", "own",
    };

    private static readonly HashSet<string> NotNounContinuations = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "but", "as", "by", "to", "of", "in", "on", "for", "with", "that", "which", "from", "at", "is", "are", "was",
        "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "may", "might", "can", "than", "if", "when",
        "while", "because", "after", "before", "into", "over", "under", "about", "against", "between", "he", "she", "they", "it", "we",
    };

    private static bool IsStanceLabel(string inner) =>
        !inner.Contains(' ') && (inner.StartsWith("pro-", StringComparison.OrdinalIgnoreCase) || inner.StartsWith("anti-", StringComparison.OrdinalIgnoreCase))
        && inner.Length > 5 && inner.Skip(inner.IndexOf('-') + 1).All(c => char.IsLetter(c) || c == '-');

    private static readonly HashSet<string> InscriptionVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "written", "printed", "painted", "scrawled", "inscribed", "engraved", "stamped", "displayed", "emblazoned", "carved", "daubed",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CopulaLookup = Copulas.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InscriptionVerbLookup = InscriptionVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    // "“Nearly new - honest” was written on the sofa": words on a label, a sign or a wall, not anyone's speech.
    private static bool IsInscription(string text, int end)
    {
        // The first two words after it, split at spaces as String.Split(' ') splits, read in place.
        var after = After(text, end).TrimStart(" ,");
        var first = after.IndexOf(' ');
        if (first <= 0)
            return false;
        var rest = after[first..].TrimStart(' ');
        var second = rest.IndexOf(' ') is var space and >= 0 ? rest[..space] : rest;
        return !second.IsEmpty && CopulaLookup.Contains(after[..first]) && InscriptionVerbLookup.Contains(second.TrimEnd(",."));
    }

    // "Ahmed 'Mido' Hossam", "“Dirty” Den Watts": a capitalised quoted word right before a name.
    private static bool IsNickname(string text, QuoteDraft quote)
    {
        var after = After(text, quote.LocalEnd);
        var inner = quote.Text.Trim();
        return after.StartsWith(' ') && after.Length > 1 && char.IsUpper(after[1]) && inner.Length > 0 && char.IsUpper(inner[0]) && inner.Split(' ').Length <= 2;
    }

    // One capitalised word with small letters after the first and nothing but letters: "Longhorn", "CentOS".
    private static bool IsNameLike(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower) && word.All(char.IsLetterOrDigit);

    // Every word of four letters or more capitalised, the first too, at least three words: a title even when it asks a question.
    private static bool IsStrictTitleCase(string text)
    {
        var words = 0;
        var capitalised = true;
        foreach (var word in SpacedWords.In(text.AsSpan().TrimEnd(SentenceEnds)))
        {
            capitalised &= words++ == 0 ? char.IsUpper(word[0]) : word.Length < 4 || !char.IsLetter(word[0]) || char.IsUpper(word[0]);
            if (!capitalised || words > 8)
                return false;
        }
        return words >= 3;
    }

    // The quotation opens its sentence and a lower-case word that is not a speech verb follows it.
    private static bool IsSentenceSubject(string text, QuoteDraft quote)
    {
        var before = text.AsSpan(0, quote.LocalStart).TrimEnd();
        if (before.Length > 0 && before[^1] is not ('.' or '!' or '?'))
            return false;
        var next = NextWord(text, quote.LocalEnd);
        return next is not null && char.IsLower(next[0]) && !Lexicon.SpeechVerbs.Contains(next);
    }

    // "a slogan of", "the words,", "messages -", "The chosen name," with the connector taken off; null when there is none.
    private static string? WithoutConnector(string before)
    {
        // On spans: the text before a quotation can be most of its paragraph, and it is asked of every quotation.
        var trimmed = before.AsSpan().TrimEnd();
        if (trimmed.EndsWith(" of", StringComparison.Ordinal))
            return trimmed[..^3].TrimEnd().ToString();
        var stripped = trimmed.TrimEnd(",:-–—").TrimEnd();
        return stripped.Length < trimmed.Length && stripped.Length > 0 ? stripped.ToString() : null;
    }

    private static bool IsTitleCase(ReadOnlySpan<char> text)
    {
        var words = 0;
        var capitalised = 0;
        foreach (var word in SpacedWords.In(text))
        {
            words++;
            if (char.IsUpper(word[0]))
                capitalised++;
        }
        return words >= 2 && capitalised * 2 > words;
    }

    /// <summary>
    /// A few lower-case words used as a name inside the writer's own noun phrase, with nobody quoted: a scare quote
    /// ("a “brain-drain” of talent", "“reward” points", "Europe's “cultural richness”"). Not after "as": words something
    /// "was lauded as" were said by someone.
    /// </summary>
    public static bool LooksLikeTerm(QuoteDraft quote, QuoteDraft? previousQuote)
    {
        // "“pork” would be listed instead of “mechanically separated pork.”": a short quotation joined to a term is one too.
        if (quote.Kind == QuoteKind.Full && SpacedWords.Count(quote.Text) <= 4
            && IsJoinedTo(Before(quote).TrimEnd(), quote, previousQuote))
            return previousQuote!.Kind is QuoteKind.Term or QuoteKind.Title;
        if (quote.Kind != QuoteKind.Partial)
            return false;
        var inner = quote.Text.Trim().TrimEnd('.', ',');
        var words = inner.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
            return false;
        // Title-case words are a name: a programme, a plan ("An Action Plan for the Development of Italy"), a song ("How Soon is Now?").
        if ((IsTitleCase(inner) && inner[^1] is not ('!' or '?')) || IsStrictTitleCase(inner))
            return true;
        if (words.Length > 5 || inner[^1] is '!' or '?')
            return false;
        var text = quote.Block.Text;
        // "the terms “same-sex family relationship” and “same-sex union”": a quotation joined to the one before takes its kind.
        if (IsJoinedTo(Before(quote).TrimEnd(), quote, previousQuote))
            return previousQuote!.Kind is QuoteKind.Term or QuoteKind.Title;
        // Title-case words are a name: a programme, a campaign ("A Tribute For a King").
        if (IsTitleCase(inner))
            return true;
        var lower = LowerBefore(quote);
        if (!char.IsLower(inner[0]))
        {
            // A capitalised coinage inside a noun phrase: a "Chevy", a second "Nipple-gate".
            var opener = LastWord(lower);
            return words.Length <= 2 && opener is not null && NounPhraseOpeners.Contains(opener);
        }
        var previous = LastWord(lower);
        // A verb used loosely, in the passive with its agent or purpose after it: the messages will be “unwrapped” by the
        // sculptor, networks can be “sniffed out” and hijacked, materials can be “tuned” to display new properties.
        if (words.Length <= 2 && IsParticiple(words[^1]) && previous is "be" or "been" or "being" or "is" or "are" or "was" or "were"
            && NextWord(text, quote.LocalEnd) is "by" or "to" or "and" or "or" or "into" or "with" or "from" or "for")
            return true;
        // "lauded as “game-changing”", "said to be “surprised”": someone said it, even if nobody is named.
        if (HasHiddenSpeaker(lower))
            return false;
        // "The talks were “constructive”", "It was simply “a victory”": a claim about the subject, not a name. With a
        // determiner between ("was the “killer application”", "will be on the “automatic route”") it names something.
        var predicative = IsPredicative(lower);
        // A verb used loosely ("the election is “looming”", "the robot was “born” in 2000"), or one word that modifies
        // the noun after it ("“major” storms"): the writer's scare quotes.
        if (words.Length == 1 && ((predicative && (words[0].EndsWith("ing", StringComparison.Ordinal) || IsParticiple(words[0])))
            || ModifiesNextNoun(text, quote.LocalEnd)))
            return true;
        return !predicative;
    }

    /// <summary>
    /// Partial words in the object of the sentence's action, not a claim after a copula and not said of someone by a
    /// speaker the sentence hides: the actor's own words ("the maker has developed “a way to …”", "the plan will
    /// require migrants to “show …”", "plus “general provisions …”" of a regulation). Newsroom style names the actor
    /// as the sentence's subject; the speaker of a claim ("the talks were “constructive”") it must name.
    /// </summary>
    public static bool IsActorsOwnWords(QuoteDraft quote)
    {
        if (quote.Kind != QuoteKind.Partial || quote.Marks == QuoteMarks.Block)
            return false;
        var before = LowerBefore(quote);
        if (before.Length == 0 || !char.IsLetterOrDigit(before[^1]))
            return false;
        var words = QuoteText.Words(quote.Text);
        // “was motivated by …”: the quotation is the predicate itself.
        if (words.Count == 0 || Copulas.Contains(words[0]) || Auxiliaries.Contains(words[0]))
            return false;
        // "acted with “breathtaking incompetence”": words of blame for the way the actor acted are someone else's judgement
        // (what the actor promised to end, "“the chaos of the last decade”", stays the actor's own).
        if (LastWord(before) == "with" && words.Exists(Lexicon.JudgementWords.Contains))
            return false;
        return !HasHiddenSpeaker(before) && !IsPredicative(before) && !IsPredicateNearby(before);
    }

    // A copula a few words back still makes a claim about the subject: "the plan is costly and “a disaster …”", "is
    // quite simply “…”", "was in effect “…”", "hospitals are facing “a crisis …”". Not "was to “stop talking …”", an
    // instruction, nor a passive ("was aimed at fighting “…”", "has been termed Brexit for “British exit”").
    private static bool IsPredicateNearby(string lowerBefore)
    {
        var recent = lowerBefore.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).TakeLast(4).ToArray();
        if (recent.Length < 2 || recent[^1] == "to")
            return false;
        var be = Array.FindLastIndex(recent, recent.Length - 2, recent.Length - 1, w => Copulas.Contains(w) || PassiveBe.Contains(w));
        return be >= 0 && !recent.Skip(be + 1).Any(w => IsParticiple(w) && !PassiveBe.Contains(w));
    }

    /// <summary>
    /// True when the sentence says someone spoke the words but hides who, as a news lede does before naming them in the
    /// next sentence: "were lauded as “…”", "is accused of “…”", or a passive that the quotation itself carries ("has
    /// been “reminded of his duties”"). Not hearsay ("reportedly was “…”", "is said to be “…”"): that marks words
    /// nobody in the article answers for.
    /// </summary>
    public static bool HidesItsSpeaker(QuoteDraft quote)
    {
        var before = LowerBefore(quote);
        return FindHiddenSpeaker(before) switch
        {
            HiddenSpeaker.Hidden => true,
            HiddenSpeaker.Hearsay => false,
            _ => PassiveBe.Contains(LastWord(before) ?? "") && StartsWithParticiple(quote.Text),
        };
    }

    /// <summary>
    /// Whether a passive judgement or speech verb leads to the quotation ("has been described as “…”", "was hailed for
    /// his “…”"): the frame itself asks "by whom?". Narrower than <see cref="HidesItsSpeaker"/>, which also takes a
    /// participle in the marks ("had been “overlooked”"), a form reported speech goes on in.
    /// </summary>
    public static bool HasHiddenSpeakerFrame(QuoteDraft quote) => FindHiddenSpeaker(LowerBefore(quote)) == HiddenSpeaker.Hidden;

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "shall", "does", "did", "do",
    };

    private static readonly HashSet<string> HiddenSpeakerVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "reported", "quoted", "alleged", "rumoured", "rumored", "claimed", "suggested",
    };

    // Passive verbs that give a name, not an opinion: "it has been called “open source news”".
    private static readonly HashSet<string> NamingVerbs = new(StringComparer.OrdinalIgnoreCase) { "called", "calling", "labelled", "labeled", "termed", "dubbed", "named" };

    private static readonly HashSet<string> HearsayAdverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "reportedly", "allegedly", "supposedly", "purportedly", "reputedly",
    };

    private enum HiddenSpeaker { None, Hidden, Hearsay }

    // Hearsay verbs before "to": "is said to be", "was reported to have".
    private static readonly HashSet<string> HearsayVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "reported", "rumoured", "rumored", "thought", "believed", "understood", "alleged",
    };

    private static bool HasHiddenSpeaker(string lowerBefore) => FindHiddenSpeaker(lowerBefore) != HiddenSpeaker.None;

    // Someone spoke but the sentence hides who: a passive evaluative or speech verb ("were lauded as", "was hailed for
    // his", "is accused of"), an evaluative verb right before "as" ("lauded as"), or hearsay ("reportedly was", "are
    // said to be"), which nobody named in the next sentence answers for.
    private static HiddenSpeaker FindHiddenSpeaker(string lowerBefore)
    {
        var recent = lowerBefore.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).TakeLast(6).Select(w => w.Trim('(', ')', ';', ':')).ToArray();
        for (var i = 0; i < recent.Length; i++)
        {
            if (HearsayAdverbs.Contains(recent[i]))
                return HiddenSpeaker.Hearsay;
            if (!Lexicon.EvaluativeVerbs.Contains(recent[i]) && !HiddenSpeakerVerbs.Contains(recent[i])
                && !(Lexicon.SpeechVerbs.Contains(recent[i]) && !NamingVerbs.Contains(recent[i])))
                continue;
            // The verb must lead straight to the quotation ("accused of", "hailed for his", "said to be"), not through a
            // clause of its own ("fears had been expressed that a flood of “fee refugees” …").
            if (recent.Length - i - 1 > 3 || recent.Skip(i + 1).Any(QuoteText.ClauseOpeners.Contains))
                continue;
            if (i + 1 < recent.Length && recent[i + 1] == "as" && Lexicon.EvaluativeVerbs.Contains(recent[i]))
                return HiddenSpeaker.Hidden;
            if (i > 0 && (PassiveBe.Contains(recent[i - 1]) || (i > 1 && PassiveBe.Contains(recent[i - 2]) && recent[i - 1].EndsWith("ly", StringComparison.Ordinal))))
                return HearsayVerbs.Contains(recent[i]) && i + 1 < recent.Length && recent[i + 1] == "to" ? HiddenSpeaker.Hearsay : HiddenSpeaker.Hidden;
        }
        return HiddenSpeaker.None;
    }

    private static readonly HashSet<string> PassiveBe = new(StringComparer.OrdinalIgnoreCase) { "is", "are", "was", "were", "be", "been", "being" };

    /// <summary>True for a form of "to be" ("is", "were", "been" …).</summary>
    public static bool IsBeForm(string word) => PassiveBe.Contains(word);

    private static bool IsPredicative(string lowerBefore)
    {
        var recent = lowerBefore.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).TakeLast(2).ToArray();
        return recent.Length > 0 && (Copulas.Contains(recent[^1])
            || (recent.Length == 2 && Copulas.Contains(recent[0]) && (recent[1].EndsWith("ly", StringComparison.Ordinal) || recent[1] is "also" or "still" or "now" or "not" or "never" or "just" or "all")));
    }

    private static readonly HashSet<string> NotNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "this", "that", "last", "next", "today", "yesterday", "now", "again", "too", "already", "here", "there", "then", "anyway",
        "instead", "either", "enough", "all", "both", "each", "every", "any", "some", "no", "not", "yet", "so", "very",
    };

    // "“major” hurricanes", "“reward” points": a lower-case word right after the marks that is not a function word.
    private static bool ModifiesNextNoun(string text, int end)
    {
        var next = NextWord(text, end);
        return next is not null && next.All(char.IsLower) && !NotNounContinuations.Contains(next) && !NotNouns.Contains(next)
            && !next.EndsWith("ly", StringComparison.Ordinal);
    }

    /// <summary>True when <paramref name="quote"/> is joined to the quotation right before it ("“offensive” and “threatening”").</summary>
    public static bool IsJoinedToPrevious(QuoteDraft quote, QuoteDraft previousQuote) => IsJoinedTo(Before(quote).TrimEnd(), quote, previousQuote);

    private static bool IsJoinedTo(ReadOnlySpan<char> before, QuoteDraft quote, QuoteDraft? previousQuote) =>
        previousQuote is not null && quote.LocalStart - previousQuote.LocalEnd <= 32
        && (before.EndsWith(" and", StringComparison.Ordinal) || before.EndsWith(" or", StringComparison.Ordinal) || before.EndsWith(',')
            || before.EndsWith(" instead of", StringComparison.Ordinal) || before.EndsWith(" rather than", StringComparison.Ordinal) || before.EndsWith(" to", StringComparison.Ordinal));

    /// <summary>True when the quoted words open with a past participle ("presented to …", "awarded for …").</summary>
    public static bool StartsWithParticiple(string text) => QuoteText.Words(text) is [var first, _, ..] && IsParticiple(first);

    private static bool IsParticiple(string word) =>
        word.Length > 3 && word.All(char.IsLower) && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("en", StringComparison.Ordinal))
        || word is "born" or "cast" or "out" or "up" or "off" or "built" or "made";

    private static string? NextWord(string text, int from)
    {
        var start = from;
        if (start >= text.Length || text[start] != ' ')
            return null;
        while (start < text.Length && text[start] == ' ')
            start++;
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
            end++;
        return end > start ? text[start..end] : null;
    }

    private static string? LastWord(string before)
    {
        var end = before.Length;
        while (end > 0 && !char.IsLetter(before[end - 1]))
            end--;
        var start = end;
        while (start > 0 && char.IsLetter(before[start - 1]))
            start--;
        return end > start ? before[start..end] : null;
    }
}
