using System.Collections.Frozen;
using EditLint.Semantics.Lexicons;
using EditLint.Text;

namespace EditLint.Semantics.Quotes;

/// <summary>
/// Finds speech acts in one sentence: a speech verb and its speaker, in either order ("Bell adds",
/// "said Bell", "the Ukrainian leader said"), with adverbs and time phrases between them ("Russia again on
/// Wednesday said"), participles that borrow the clause's subject ("…, adding: “…”"), and "according to X".
/// Words inside quotation marks are never verbs or speakers: they are someone else's sentence.
/// </summary>
internal static class SpeechActFinder
{
    private static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(
        ["he", "she", "they", "i", "we", "it", "you", "he's", "she's", "they've", "they're", "we've", "i've", "it's"], StringComparer.OrdinalIgnoreCase);

    // Words that may stand between a speaker and its verb.
    private static readonly FrozenSet<string> BetweenSpeakerAndVerb = FrozenSet.ToFrozenSet(
    [
        "again", "also", "later", "previously", "repeatedly", "reportedly", "has", "have", "had", "would", "will", "then", "earlier",
        "once", "now", "further", "already", "still", "just", "recently", "separately", "publicly", "privately", "openly",
        "initially", "first", "not", "never", "on", "in", "at", "last", "this", "today", "yesterday", "tomorrow", "week", "month",
        "year", "day", "night", "morning", "afternoon", "evening", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "tonight", "may", "might", "could", "should", "can", "did", "does", "do", "always", "often",
        "frequently", "simply", "flatly", "angrily", "calmly", "firmly", "bluntly", "clearly", "himself", "herself", "themselves",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PassiveAuxiliaries = FrozenSet.ToFrozenSet(
        ["is", "was", "were", "be", "been", "being", "are", "'s", "get", "got"], StringComparer.OrdinalIgnoreCase);

    // Capitalised words that start sentences or name times, never speakers (not-names.txt).
    internal static LexiconSet NotNames => Lexicon.NotNames;

    private static readonly FrozenSet<string> RoleModifiers = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the", "some", "several", "many", "few", "other", "two", "three", "four", "five", "senior", "top", "local",
        "former", "chief", "military", "foreign", "defence", "defense", "security", "government", "police", "health",
        "intelligence", "industry", "party", "union", "company", "state", "federal", "regional", "independent", "unnamed",
        "anonymous", "western", "his", "her", "their", "its", "our", "one", "another", "leading", "prominent", "retired", "deputy", "acting",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> StopWords = FrozenSet.ToFrozenSet(
        ["that", "which", "who", "whom", "and", "but", "or", "when", "while", "after", "before", "because", "as", "if", "since", "so", "than", "to", "for", "with", "about", "from", "into", "over"],
        StringComparer.OrdinalIgnoreCase);

    // The sentence's tokens as a span, here and in every helper, not an IReadOnlyList<Token>: with dynamic PGO off (the
    // tool's setting) the JIT cannot guess the list's type, and each of the many reads of a token went through the
    // runtime's interface dispatch (an ArraySegment's indexer was not inlined either: perf saw no gain).
    public static List<SpeechAct> Find(Sentence sentence, ReadOnlySpan<Token> tokens, Func<int, bool> isQuoted)
    {
        // Whether each token is quoted, asked once per token: the walks below ask about the same tokens many times,
        // and each answer costs the caller a look through the block's quotations.
        var quoted = new bool[tokens.Length];
        bool? titleCase = null;
        for (var k = 0; k < tokens.Length; k++)
            quoted[k] = isQuoted(tokens[k].LocalStart);
        var acts = new List<SpeechAct>();
        _subjectFound = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (quoted[i] || (token.Kind != TokenKind.Word && token.Text != ":" && !IsQuoteMark(token.Text) && !(i == 0 && token.Text == "(")))
                continue;

            if (token.Text.Equals("according", StringComparison.OrdinalIgnoreCase) && i + 1 < tokens.Length && tokens[i + 1].Text.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                // "according to" credits whatever follows it: a person, a body, a document ("the figures").
                if ((SpeakerAfter(tokens, i + 2, quoted) ?? PhraseAfter(tokens, i + 2, quoted)) is { } source)
                {
                    // "according to official statistics", "… official Yugoslav figures": the head is the numbers the modifier
                    // qualifies (past a capitalised word or two), no unnamed person.
                    for (var k = source.Item2 + 1; k < tokens.Length && k <= source.Item2 + 3 && tokens[k].Kind == TokenKind.Word; k++)
                    {
                        if (Lexicon.DataNouns.Contains(tokens[k].Text))
                        {
                            source = (source.Item1, k, SpeakerKind.Role);
                            break;
                        }
                        if (!char.IsUpper(tokens[k].Text[0]))
                            break;
                    }
                    acts.Add(Act(sentence, tokens, source, TextSpan.FromBounds(token.Span.Start, tokens[i + 1].Span.End), "according to"));
                }
                continue;
            }
            // "a quote attributed to Thomas Jefferson", "words attributed to the minister": the words are credited to whoever
            // follows "attributed to".
            if (token.Text.Equals("attributed", StringComparison.OrdinalIgnoreCase) && i + 2 < tokens.Length && tokens[i + 1].Text.Equals("to", StringComparison.OrdinalIgnoreCase)
                && SpeakerAfter(tokens, i + 2, quoted) is { } credited)
            {
                acts.Add(Act(sentence, tokens, credited, TextSpan.FromBounds(token.Span.Start, tokens[i + 1].Span.End), "attributed to"));
                continue;
            }
            // "Collins saw compromise as the answer: “I think …”": a colon before a quotation hands the floor to the clause's subject.
            // Not "Some of the comments were humorous: “…”": a part of things, not of people.
            if (token.Text == ":" && acts.Count == 0 && i + 1 < tokens.Length && (quoted[i + 1] || IsQuoteMark(tokens[i + 1].Text)) && SubjectOf(tokens, i, quoted) is { } framer
                && !(framer.Item3 == SpeakerKind.Unnamed && framer.Item2 + 1 < tokens.Length && tokens[framer.Item2 + 1].Text == "of"))
            {
                acts.Add(Act(sentence, tokens, framer, token.Span, ":"));
                continue;
            }
            // "((Sara Seager)) We grew …": an interview transcript's label speaks the paragraph.
            if (i == 0 && token.Text == "(" && InterviewLabel(tokens) is { } label)
            {
                acts.Add(Act(sentence, tokens, label, token.Span, ":"));
                continue;
            }
            // "Following are extracts from the communique …": the text that follows is the document's.
            if ((i == 0 || tokens[i - 1].Text is "-" or "–" or "—") && token.Text.Equals("following", StringComparison.OrdinalIgnoreCase) && ExtractsOf(tokens, i, quoted) is { } extracts)
            {
                acts.Add(Act(sentence, tokens, extracts, token.Span, "following"));
                continue;
            }
            // "Rostenkowski set the tone in a statement, “…”", "In a report compiled by Transparency International, …":
            // the statement is the speaker's, or the author's after "by".
            if (token.Kind == TokenKind.Word && token.Text.Equals("in", StringComparison.OrdinalIgnoreCase) && StatementFrame(tokens, i, quoted) is { } author)
            {
                acts.Add(Act(sentence, tokens, author, token.Span, "in a statement"));
                continue;
            }
            // "Bolton boss Sam Allardyce “I am bitterly disappointed …”": a name that opens the sentence and runs straight
            // into a quotation frames it as a colon would.
            if (acts.Count == 0 && IsQuoteMark(token.Text) && NameFrameBefore(tokens, i, quoted) is { } named)
            {
                acts.Add(Act(sentence, tokens, named, token.Span, ":"));
                continue;
            }
            // "The report found that …", "the suit charged that …": a document or body credited with its own words.
            if (token.Kind == TokenKind.Word && Lexicon.SourceVerbs.Contains(token.Text) && !Lexicon.SpeechVerbs.Contains(token.Text)
                && SpeakerBefore(tokens, i, quoted) is { } document && Lexicon.DocumentNouns.Contains(tokens[document.Item2].Text))
            {
                acts.Add(Act(sentence, tokens, document, token.Span, token.Text));
                continue;
            }
            if (token.Kind != TokenKind.Word || !(Lexicon.SpeechVerbs.Contains(token.Text) || IsStatementVerb(tokens, i)) || IsIdiom(tokens, i)
                || IsDataNounAfterPreposition(tokens, i) || IsPartOfAName(tokens, i, ref titleCase)
                || (i > 0 && IsAdjectiveOfficial(tokens, i - 1, quoted)) || IsNounAfterADeterminer(tokens, i) || IsAskedOf(tokens, i, quoted))
                continue;

            // "Her comments have been described as “irresponsible” by the commission": the agent after "by" speaks.
            if (IsPassive(tokens, i))
            {
                var by = -1;
                for (var k = i + 1; k < tokens.Length && k <= i + 15; k++)
                {
                    // Not the agent of another clause: "is said to be frustrated that his reforms are thwarted by Mr Brown".
                    if (!quoted[k] && (QuoteText.ClauseOpeners.Contains(tokens[k].Text) || tokens[k].Text == ";"))
                        break;
                    if (!quoted[k] && tokens[k].Text.Equals("by", StringComparison.OrdinalIgnoreCase))
                    {
                        by = k;
                        break;
                    }
                }
                if (by > 0 && (SpeakerAfter(tokens, by + 1, quoted) ?? (Lexicon.EvaluativeVerbs.Contains(token.Text) ? AgentAfter(tokens, by + 1, quoted) : null)) is { } agent)
                    acts.Add(Act(sentence, tokens, agent, token.Span, token.Text));
                // "A candidate is quitting after being quoted as wanting …": whoever is quoted said it.
                else if (token.Text.Equals("quoted", StringComparison.OrdinalIgnoreCase) && i + 1 < tokens.Length && tokens[i + 1].Text == "as"
                    && SubjectOf(tokens, i, quoted) is { } quotedSubject)
                    acts.Add(Act(sentence, tokens, quotedSubject, token.Span, token.Text));
                continue;
            }

            if ((SpeakerBefore(tokens, i, quoted) ?? SpeakerBeforeAppositive(tokens, i, quoted)) is { } speaker
                && !DisagreesInNumber(tokens[speaker.Item2].Text, token.Text))
            {
                if (IsBelief(tokens, speaker, token.Text))
                    continue;
                acts.Add(Act(sentence, tokens, speaker, token.Span, token.Text));
                continue;
            }
            // "“…,” said Bell." / "Observes Mr Hadi: “…”": the verb follows a quotation, a comma or nothing, and the speaker follows it.
            // Not a participle after a speech act of the sentence ("…, he said, urging voters to …"): that one speaks for
            // the act's speaker, below.
            if ((i == 0 || tokens[i - 1].Kind == TokenKind.Punctuation || quoted[i - 1])
                && !(acts.Count > 0 && token.Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
                && (SpeakerAfter(tokens, i + 1, quoted) ?? (FollowsQuotation(tokens, i, quoted) ? DescriptionAfter(tokens, i + 1, quoted) : null)) is { } inverted
                && !IsObjectOfAClause(tokens, inverted))
            {
                acts.Add(Act(sentence, tokens, inverted, token.Span, token.Text));
                continue;
            }
            // "He insisted …, adding: “…”": a participle speaks for the clause's subject; so does a verb whose
            // subject sits further back than the walk reaches ("Du Plessis in disclosing the agreement last night said").
            if (acts.Count > 0 && token.Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
                acts.Add(acts[^1] with { Verb = token.Text, VerbSpan = token.Span });
            else if (SubjectOf(tokens, i, quoted) is { } subject && !DisagreesInNumber(tokens[subject.Item2].Text, token.Text) && !IsBelief(tokens, subject, token.Text))
                acts.Add(Act(sentence, tokens, subject, token.Span, token.Text));
        }
        return acts;
    }

    // "Domain.com, a property site, reported some sellers offering …": a group after the verb that a participle follows
    // is what was reported, not who reported it ("said some officials at the port", "said a spokesman for leading
    // firm Matsushita" are speakers: a preposition ends the group).
    private static bool IsObjectOfAClause(ReadOnlySpan<Token> tokens, (int, int Last, SpeakerKind Kind) speaker)
    {
        if (speaker.Kind is SpeakerKind.Named)
            return false;
        // The group's own noun may come first ("some sellers offering"): a lower-case word or two.
        for (var k = speaker.Last + 1; k < tokens.Length && k <= speaker.Last + 3 && tokens[k].Kind == TokenKind.Word && char.IsLower(tokens[k].Text[0])
            && !StopWords.Contains(tokens[k].Text); k++)
        {
            if (tokens[k].Text.Length > 4 && tokens[k].Text.EndsWith("ing", StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    // "as many thought it would", "than some feared": a comparison with what an unnamed crowd expected is no one's
    // words ("Some people believed he was …" on its own still is).
    private static bool IsBelief(ReadOnlySpan<Token> tokens, (int First, int, SpeakerKind Kind) speaker, string verb) =>
        speaker.Kind == SpeakerKind.Unnamed && Lexicon.ThinkingVerbs.Contains(verb.ToLowerInvariant())
        && speaker.First > 0 && tokens[speaker.First - 1].Text.ToLowerInvariant() is "as" or "than";

    /// <summary>True when <paramref name="word"/> is a pronoun a speaker can be.</summary>
    public static bool IsPronoun(string word) => Pronouns.Contains(word);

    private static SpeechAct Act(Sentence sentence, ReadOnlySpan<Token> tokens, (int First, int Last, SpeakerKind Kind) speaker, TextSpan verbSpan, string verb)
    {
        var first = tokens[speaker.First];
        var last = tokens[speaker.Last];
        var text = sentence.Block.Text[first.LocalStart..(last.LocalStart + last.Text.Length)];
        return new SpeechAct(sentence, text, TextSpan.FromBounds(first.Span.Start, last.Span.End), speaker.Kind, verb, verbSpan, first.LocalStart);
    }

    private static bool IsPassive(ReadOnlySpan<Token> tokens, int verb)
    {
        for (var j = verb - 1; j >= 0 && j >= verb - 3; j--)
        {
            var word = tokens[j].Text;
            if (PassiveAuxiliaries.Contains(word))
                return !tokens[verb].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
            if (!BetweenSpeakerAndVerb.Contains(word) && !word.EndsWith("ly", StringComparison.Ordinal))
                return false;
        }
        return false;
    }

    // Walks left from the verb over adverbs and time words to the head of the speaker phrase, stepping over an
    // appositive or relative clause between commas ("Tim Warner, spokesman for Finjan, said") and brackets.
    private static (int, int, SpeakerKind)? SpeakerBefore(ReadOnlySpan<Token> tokens, int verb, bool[] quoted)
    {
        for (var j = verb - 1; j >= 0; j--)
        {
            var token = tokens[j];
            if (quoted[j])
                return null;
            if (token.Text == ")")
            {
                var opening = FindLeft(tokens, j, "(", 12);
                if (opening < 0)
                    return null;
                j = opening;
                continue;
            }
            if (token.Text == "," && j == verb - 1)
            {
                // "Peter Ainsworth MP, said:" or the end of an appositive.
                var comma = FindLeft(tokens, j, ",", 20);
                if (j > 0 && HeadKind(tokens, j - 1) is not null && !quoted[j - 1] && !DescribesTheNameBefore(tokens, comma, j))
                    continue;
                if (comma <= 0)
                    return null;
                j = comma;
                continue;
            }
            // "NSDD 266 said", "Republic Act 3846 states": a name numbered like a document.
            if (token.Kind == TokenKind.Number && (j == verb - 1 || tokens[j + 1].Text == ",") && j > 0)
            {
                // "Republic Act No. 3846, …, states": past "No." to the name.
                var name = j > 2 && tokens[j - 1].Text == "." && tokens[j - 2].Text is "No" or "Nos" ? j - 3 : j - 1;
                if (IsNameWord(tokens, name))
                    return (StartOfPhrase(tokens, name, SpeakerKind.Named, quoted), j, SpeakerKind.Named);
            }
            if (token.Kind != TokenKind.Word)
                return null;
            // "its submission which states", "a prospectus that contained": the relative pronoun stands for the noun before it.
            if (token.Text.ToLowerInvariant() is "which" or "that" && j == verb - 1 && j > 0 && tokens[j - 1].Kind == TokenKind.Word
                && Lexicon.DocumentNouns.Contains(tokens[j - 1].Text))
                continue;
            // "IATA, which has attacked …": the relative pronoun stands for the phrase before its comma.
            if (token.Text.ToLowerInvariant() is "who" or "which" && j > 1 && tokens[j - 1].Text is "," or ")")
            {
                if (tokens[j - 1].Text == ",")
                    j--;
                continue;
            }
            // "“…,” one said.": one of a group just named.
            if (j == verb - 1 && Lexicon.StandaloneSpeakers.Contains(token.Text) && (j == 0 || tokens[j - 1].Kind != TokenKind.Word))
                return (j, j, SpeakerKind.Role);
            // "went on to say", "declined to comment": an infinitive speaks for the clause's subject.
            if (token.Text.Equals("to", StringComparison.OrdinalIgnoreCase) && j == verb - 1)
                return SubjectOf(tokens, j, quoted);
            if (HeadKind(tokens, j) is { } kind)
                return (StartOfPhrase(tokens, j, kind, quoted), j, Refine(tokens, j, kind, quoted));
            if (LowerCaseNameInATag(tokens, j, verb, quoted))
                return (j, j, SpeakerKind.Named);
            if (!BetweenSpeakerAndVerb.Contains(token.Text) && !token.Text.EndsWith("ly", StringComparison.Ordinal))
                return null;
        }
        return null;
    }

    // "“…,” adams said.", "“…,” azpurua told reporters": wire copy sometimes leaves a name in lower case. One word
    // right after the quotation's closing mark and right before the verb, which ends the tag, is the speaker's name
    // unless it is a word a speaker can be called by (a pronoun, a role, an unnamed source, "one").
    private static bool LowerCaseNameInATag(ReadOnlySpan<Token> tokens, int j, int verb, bool[] quoted)
    {
        var word = tokens[j].Text;
        if (j != verb - 1 || j == 0 || !(quoted[j - 1] || tokens[j - 1].Text is "\"" or "”" or "’" or "»") || word.Length < 3 || !char.IsLower(word[0]) || !word.All(char.IsLetter)
            || Pronouns.Contains(word) || StopWords.Contains(word) || NotNames.Contains(word) || Lexicon.SpeakerNouns.Contains(word)
            || Lexicon.UnnamedSources.Contains(word) || Lexicon.StandaloneSpeakers.Contains(word) || BetweenSpeakerAndVerb.Contains(word))
            return false;
        var after = verb + 1;
        return after >= tokens.Length || tokens[after].Kind == TokenKind.Punctuation || tokens[verb].Text.StartsWith("told", StringComparison.OrdinalIgnoreCase);
    }

    // "the official news agency", "an official warning": "official" right before a lower-case word that is no verb,
    // preposition or relative pronoun modifies that word ("an official said", "officials at the ministry" speak).
    private static bool IsAdjectiveOfficial(ReadOnlySpan<Token> tokens, int j, bool[] quoted)
    {
        if (!tokens[j].Text.Equals("official", StringComparison.OrdinalIgnoreCase) || j + 1 >= tokens.Length || quoted[j + 1])
            return false;
        var next = tokens[j + 1].Text;
        return tokens[j + 1].Kind == TokenKind.Word && char.IsLower(next[0]) && !StopWords.Contains(next) && !BetweenSpeakerAndVerb.Contains(next)
            // A speech verb after it speaks ("an official talking of …"), unless it is also a noun for what is said ("an official warning").
            && (!Lexicon.SpeechVerbs.Contains(next) || Lexicon.ClaimNouns.Contains(next))
            && next is not ("of" or "at" or "in" or "on" or "who" or "close" or "familiar" or "told" or "says" or "said");
    }

    // "below analyst forecasts", "than market estimates": a word that is a speech verb and a noun for numbers, after a
    // preposition and one modifier, is the noun.
    private static bool IsDataNounAfterPreposition(ReadOnlySpan<Token> tokens, int i) =>
        Lexicon.DataNouns.Contains(tokens[i].Text) && i >= 2 && tokens[i - 1].Kind == TokenKind.Word && char.IsLower(tokens[i - 1].Text[0])
        && tokens[i - 2].Text.ToLowerInvariant() is "below" or "above" or "than" or "of" or "with" or "beat" or "missed" or "to" or "from";

    // Reads a speaker phrase that starts at <paramref name="start"/>: a name, a pronoun, or "the" + words + a speaker noun.
    private static (int, int, SpeakerKind)? SpeakerAfter(ReadOnlySpan<Token> tokens, int start, bool[] quoted)
    {
        for (var j = start; j < tokens.Length && j < start + 6; j++)
        {
            var token = tokens[j];
            // "said 3 spokesperson Belinda Henderson": a company called by a number.
            if (j == start && token.Kind == TokenKind.Number && j + 1 < tokens.Length && tokens[j + 1].Kind == TokenKind.Word)
                continue;
            // "says 27-year-old Ross": an age before the name.
            if (j == start && token.Kind == TokenKind.Number && j + 3 < tokens.Length && tokens[j + 1].Text == "-"
                && tokens[j + 2].Text.StartsWith("year", StringComparison.OrdinalIgnoreCase))
            {
                j += 2;
                start += 3;
                continue;
            }
            if (token.Kind != TokenKind.Word || quoted[j])
                return null;
            if (IsNameWord(tokens, j))
            {
                var last = j;
                while (last + 1 < tokens.Length && IsNameWord(tokens, last + 1) && !quoted[last + 1])
                    last++;
                // "according to the Bank of England": a speaker noun may follow the name ("Reuters reporters").
                return (start, last, SpeakerKind.Named);
            }
            if (j == start && Pronouns.Contains(token.Text))
                return (j, j, SpeakerKind.Pronoun);
            // "“…,” said another.": only when nothing follows it in the clause; "said one arbitrager", "smiles one
            // broker": one of a group, whatever the noun.
            if (j == start && Lexicon.StandaloneSpeakers.Contains(token.Text))
            {
                if (j + 1 == tokens.Length || tokens[j + 1].Kind != TokenKind.Word)
                    return (j, j, SpeakerKind.Role);
                if (char.IsLower(tokens[j + 1].Text[0]) && !quoted[j + 1] && !StopWords.Contains(tokens[j + 1].Text)
                    && (j + 2 == tokens.Length || tokens[j + 2].Kind != TokenKind.Word))
                    return (j, j + 1, Lexicon.UnnamedSources.Contains(tokens[j + 1].Text) ? SpeakerKind.Unnamed : SpeakerKind.Role);
            }
            // "according to the official news agency": "official" before a noun is an adjective, not the speaker.
            if (IsAdjectiveOfficial(tokens, j, quoted))
                continue;
            if (Lexicon.SpeakerNouns.Contains(token.Text))
            {
                // "said retail analyst Nick Bubb of Evolution Securities": the role is the name's title, and the name speaks.
                if (NameEndingPhrase(tokens, j + 1, quoted) is { } named)
                    return (start, named, SpeakerKind.Named);
                // "according to technology analysts, TDG Research,": the name in apposition.
                if (j + 2 < tokens.Length && tokens[j + 1].Text == "," && NameEndingPhrase(tokens, j + 2, quoted) is { } apposed)
                    return (start, apposed, SpeakerKind.Named);
                // Keep the head noun's own modifiers: "a senior official", "officials at the ministry".
                var kind = Lexicon.UnnamedSources.Contains(token.Text) ? SpeakerKind.Unnamed : SpeakerKind.Role;
                if (kind == SpeakerKind.Unnamed && (HasNamedModifier(tokens, start, j) || NamesAnOrganisationAfter(tokens, j)))
                    kind = SpeakerKind.Role;
                return (start, j, kind);
            }
            if (StopWords.Contains(token.Text))
                return null;
        }
        return null;
    }

    // The last word of a name that starts at <paramref name="start"/> and ends the speaker phrase: the sentence or
    // clause ends after it, or an affiliation follows ("of Evolution Securities", "at ING"). Otherwise the capitalised
    // words begin the reported clause ("according to reports Mr Blair went back …").
    private static int? NameEndingPhrase(ReadOnlySpan<Token> tokens, int start, bool[] quoted)
    {
        if (start >= tokens.Length || quoted[start] || !IsNameWord(tokens, start))
            return null;
        var last = start;
        while (last + 1 < tokens.Length && IsNameWord(tokens, last + 1) && !quoted[last + 1])
            last++;
        if (last + 1 >= tokens.Length)
            return last;
        var next = tokens[last + 1];
        return next.Kind == TokenKind.Punctuation || quoted[last + 1] || next.Text is "of" or "at" or "from" or "for" or "with" ? last : null;
    }

    // After a passive verb of judging's "by", a plain noun phrase is who judged: "described as “average” by scouts who
    // saw them", "by the magazine's critics". The phrase stops before a time or place ("by audiences last week"); a
    // time, a manner or a medium is no agent ("by the end of the year", "by Monday", "by far", "told by letter").
    private static (int, int, SpeakerKind)? AgentAfter(ReadOnlySpan<Token> tokens, int start, bool[] quoted)
    {
        var head = -1;
        for (var j = start; j < tokens.Length && j < start + 5; j++)
        {
            var token = tokens[j];
            if (quoted[j] || token.Kind != TokenKind.Word || StopWords.Contains(token.Text) || NotAgents.Contains(token.Text)
                || NotNames.Contains(token.Text) || token.Text.ToLowerInvariant() is "in" or "at" or "on" or "of" or "last" or "this" or "next")
                break;
            head = j;
        }
        if (head < 0 || !tokens[head].Text.All(char.IsLetter) || Determiners.Contains(tokens[head].Text))
            return null;
        return (start, head, Lexicon.UnnamedSources.Contains(tokens[head].Text) ? SpeakerKind.Unnamed : SpeakerKind.Role);
    }

    private static readonly FrozenSet<string> NotAgents = FrozenSet.ToFrozenSet(
        ["far", "then", "now", "way", "hand", "default", "chance", "accident", "contrast", "comparison", "mistake", "end", "time", "start",
         "beginning", "middle", "close", "year", "years", "month", "months", "week", "weeks", "weekend", "day", "days", "night", "morning",
         "evening", "afternoon", "itself", "themselves", "himself", "herself", "law", "design", "nature", "name", "virtue", "means",
         "phone", "telephone", "email", "e-mail", "post", "letter", "fax", "text", "video", "videolink", "radio", "satellite"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "some", "many", "several"], StringComparer.OrdinalIgnoreCase);

    // "“…,” said the 30-year-old", "admitted the 28-year-old Morientes", "said the giant winger": right after a
    // quotation, an inverted verb's subject may be any definite description, not only a name or a known role.
    // An indefinite one only when it is a document ("“…,” reads a telephone memo for Mr Heath").
    private static (int, int, SpeakerKind)? DescriptionAfter(ReadOnlySpan<Token> tokens, int start, bool[] quoted)
    {
        if (start >= tokens.Length || tokens[start].Text.ToLowerInvariant() is not ("the" or "his" or "her" or "their" or "its" or "a" or "an"))
            return null;
        var indefinite = tokens[start].Text.ToLowerInvariant() is "a" or "an";
        var last = -1;
        for (var j = start + 1; j < tokens.Length && j <= start + 7; j++)
        {
            var token = tokens[j];
            if (quoted[j] || StopWords.Contains(token.Text) || token.Text.ToLowerInvariant() is "who" or "whose" or "in" or "at" or "on" or "after" or "of")
                break;
            if (token.Kind == TokenKind.Word)
                last = j;
            else if (!(token.Kind == TokenKind.Number || token.Text is "-"))
                break;
        }
        return last > start && (!indefinite || Lexicon.DocumentNouns.Contains(tokens[last].Text)) ? (start, last, SpeakerKind.Role) : null;
    }

    private static readonly FrozenSet<string> StatementNouns = FrozenSet.ToFrozenSet(
        ["statement", "letter", "tweet", "post", "speech", "interview", "report", "submission", "filing", "message", "email", "e-mail", "memo", "blog"],
        StringComparer.OrdinalIgnoreCase);

    // "in a statement", "in its submission", "in a report compiled by X": the author after "by", else the clause's subject
    // (a name or a role before the frame), else nothing.
    private static (int, int, SpeakerKind)? StatementFrame(ReadOnlySpan<Token> tokens, int i, bool[] quoted)
    {
        if (i + 2 >= tokens.Length || tokens[i + 1].Text.ToLowerInvariant() is not ("a" or "an" or "the" or "its" or "his" or "her" or "their")
            || !StatementNouns.Contains(tokens[i + 2].Text) || quoted[i + 2])
            return null;
        for (var k = i + 3; k < tokens.Length && k <= i + 6; k++)
        {
            if (tokens[k].Text.Equals("by", StringComparison.OrdinalIgnoreCase))
                return SpeakerAfter(tokens, k + 1, quoted) is { Item3: SpeakerKind.Named } by ? by : null;
            if (tokens[k].Kind != TokenKind.Word)
                break;
        }
        return i > 0 && SubjectOf(tokens, i, quoted) is { Item3: SpeakerKind.Named or SpeakerKind.Role or SpeakerKind.Pronoun } subject ? subject : null;
    }

    // "((Sara Seager))", "((WN))" at the start of a paragraph.
    private static (int, int, SpeakerKind)? InterviewLabel(ReadOnlySpan<Token> tokens)
    {
        if (tokens.Length < 5 || tokens[1].Text != "(")
            return null;
        for (var k = 2; k < tokens.Length && k <= 8; k++)
        {
            if (tokens[k].Text == ")")
                return k > 2 && k + 1 < tokens.Length && tokens[k + 1].Text == ")" ? (2, k - 1, SpeakerKind.Named) : null;
            if (tokens[k].Kind != TokenKind.Word)
                return null;
        }
        return null;
    }

    // "Following are extracts from the communique issued …", "Following is the text of the statement …".
    private static (int, int, SpeakerKind)? ExtractsOf(ReadOnlySpan<Token> tokens, int following, bool[] quoted)
    {
        for (var k = following + 1; k + 1 < tokens.Length && k <= following + 5; k++)
        {
            if (tokens[k].Text.ToLowerInvariant() is "extracts" or "excerpts" or "text" or "highlights" or "transcript"
                && tokens[k + 1].Text.ToLowerInvariant() is "from" or "of")
                return SpeakerAfter(tokens, k + 2, quoted) ?? PhraseAfter(tokens, k + 2, quoted);
        }
        return null;
    }

    // The verb at <paramref name="verb"/> comes right after a quotation's closing mark, or after a comma that follows one.
    private static bool FollowsQuotation(ReadOnlySpan<Token> tokens, int verb, bool[] quoted)
    {
        var j = verb - 1;
        if (j >= 0 && tokens[j].Text == "," && !quoted[j])
            j--;
        return j >= 0 && (IsClosingMark(tokens[j].Text) || quoted[j]);
    }

    private static bool IsClosingMark(string text) => text is "\"" or "”" or "’" or "'" or "»";

    // The words before the sentence's first quotation mark are a name phrase and nothing else ("Newcastle boss
    // Graeme Souness"), ending in a name.
    private static (int, int, SpeakerKind)? NameFrameBefore(ReadOnlySpan<Token> tokens, int mark, bool[] quoted)
    {
        var start = 0;
        while (start < mark && tokens[start].Text is "-" or "*" or "•")
            start++;
        if (mark - start < 2 || mark - start > 7 || !IsNameWord(tokens, mark - 1))
            return null;
        for (var j = start; j < mark; j++)
        {
            var word = tokens[j];
            if (word.Kind != TokenKind.Word || quoted[j])
                return null;
            if (!(IsNameWord(tokens, j) || (j == start && char.IsUpper(word.Text[0])) || Lexicon.PersonTitles.Contains(word.Text)
                || Lexicon.SpeakerNouns.Contains(word.Text) || RoleModifiers.Contains(word.Text)))
                return null;
        }
        return (start, mark - 1, SpeakerKind.Named);
    }

    private static (int, int, SpeakerKind)? PhraseAfter(ReadOnlySpan<Token> tokens, int start, bool[] quoted)
    {
        var last = start - 1;
        while (last + 1 < tokens.Length && last + 1 - start < 5 && tokens[last + 1].Kind == TokenKind.Word && !quoted[last + 1])
            last++;
        return last >= start ? (start, last, SpeakerKind.Role) : null;
    }

    // For a participle: the first speaker-like word of the clause before it.
    // The first token of the sentence that heads a speaker phrase, found once per sentence: every verb asks for the
    // subject from the sentence's start, and a sentence of verbs with no subject ("said said said …", found by the
    // fuzzer) made each ask walk the whole sentence.
    [ThreadStatic] private static bool _subjectFound;
    [ThreadStatic] private static int _firstHead;

    private static (int, int, SpeakerKind)? SubjectOf(ReadOnlySpan<Token> tokens, int verb, bool[] quoted)
    {
        // Every ask within one Find is about the sentence it was given.
        if (!_subjectFound)
        {
            _subjectFound = true;
            _firstHead = tokens.Length;
            for (var k = 0; k < tokens.Length; k++)
            {
                if (tokens[k].Kind == TokenKind.Word && !quoted[k] && HeadKind(tokens, k) is not null)
                {
                    _firstHead = k;
                    break;
                }
            }
        }
        for (var j = _firstHead; j < verb; j++)
        {
            if (tokens[j].Kind == TokenKind.Word && !quoted[j] && HeadKind(tokens, j) is { } kind)
            {
                var last = j;
                while (kind == SpeakerKind.Named && last + 1 < verb && IsNameWord(tokens, last + 1))
                    last++;
                // "said analyst Sherman Chao of Salomon Brothers, who noted …": the role is the name's title.
                if (kind != SpeakerKind.Named && NameEndingPhrase(tokens, last + 1, quoted) is { } name && name < verb)
                    return (StartOfPhrase(tokens, last, kind, quoted), name, SpeakerKind.Named);
                return (StartOfPhrase(tokens, last, kind, quoted), last, Refine(tokens, last, kind, quoted));
            }
        }
        return null;
    }

    private static SpeakerKind? HeadKind(ReadOnlySpan<Token> tokens, int j)
    {
        var word = tokens[j].Text;
        if (Pronouns.Contains(word))
            return SpeakerKind.Pronoun;
        if (Lexicon.SpeakerNouns.Contains(word) && (char.IsLower(word[0]) || j == 0 || !IsNameWord(tokens, j)))
            return Lexicon.UnnamedSources.Contains(word) ? SpeakerKind.Unnamed : SpeakerKind.Role;
        if (IsNameWord(tokens, j))
            return SpeakerKind.Named;
        // "the 34-year-old told": an age or a number compound after a determiner.
        if (j >= 3 && char.IsLower(word[0]) && tokens[j - 1].Text == "-" && tokens[j - 2].Kind == TokenKind.Number
            && tokens[j - 3].Text.ToLowerInvariant() is "the" or "a" or "an")
            return SpeakerKind.Role;
        // "the long-running presenter said": a noun after a hyphenated modifier after a determiner.
        if (j >= 2 && char.IsLower(word[0]) && word.All(char.IsLetter) && tokens[j - 1].Kind == TokenKind.Word && tokens[j - 1].Text.Contains('-')
            && tokens[j - 2].Text.ToLowerInvariant() is "the" or "a" or "an" && !StopWords.Contains(word)
            && !Lexicon.SpeechVerbs.Contains(word) && !PassiveAuxiliaries.Contains(word))
            return SpeakerKind.Role;
        // Any noun after a determiner or modifier can speak: "one Swiss banker said", "a delegate told", "the ex-Wallaby added".
        if (j > 0 && char.IsLower(word[0]) && word.All(c => char.IsLetter(c) || c == '-') && char.IsLetter(word[^1]) && !StopWords.Contains(word) && !BetweenSpeakerAndVerb.Contains(word)
            && !PassiveAuxiliaries.Contains(word) && !Lexicon.SpeechVerbs.Contains(word)
            && (RoleModifiers.Contains(tokens[j - 1].Text) || IsNameWord(tokens, j - 1) || tokens[j - 1].Kind == TokenKind.Number
                || QuoteText.IsPossessive(tokens[j - 1].Text)))
            return SpeakerKind.Role;
        return null;
    }

    // "“…,” Ichirou Hayashi, general manager of the fund office said", "B&B - which has a 22% share - said",
    // "Judge Letitia Clark, who issued an injunction in December, has said": the name before an appositive's
    // comma or dash, trying the two nearest.
    private static (int, int, SpeakerKind)? SpeakerBeforeAppositive(ReadOnlySpan<Token> tokens, int verb, bool[] quoted)
    {
        var from = verb;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var separator = -1;
            for (var k = from - 1; k >= 0 && verb - k <= 25; k--)
            {
                if (quoted[k])
                    return null;
                if (tokens[k].Text is "," or "-" or "–" or "—")
                {
                    separator = k;
                    break;
                }
            }
            if (separator <= 0)
                return null;
            if (HeadKind(tokens, separator - 1) is SpeakerKind.Named or SpeakerKind.Role && !quoted[separator - 1])
            {
                var kind = HeadKind(tokens, separator - 1)!.Value;
                return (StartOfPhrase(tokens, separator - 1, kind, quoted), separator - 1, Refine(tokens, separator - 1, kind, quoted));
            }
            from = separator;
        }
        return null;
    }

    private static bool IsQuoteMark(string text) => text is "\"" or "“" or "‘" or "'" or "«";

    // "issued a statement", "holds that" / "held that" (a court's or a lawyer's view) and "the Act states", which speak
    // only with their frame. Asked about almost every word: a loop, not a lambda, which would allocate its captured
    // tokens on every call.
    private static bool IsStatementVerb(ReadOnlySpan<Token> tokens, int i)
    {
        var word = tokens[i].Text;
        // Every verb below has 3 to 9 letters, and lower-casing keeps a word's length: most words need no lower-case copy,
        // and the others are lowered into the stack (a string for each was most of this method's time).
        if (word.Length is < 3 or > 9)
            return false;
        // Every verb below starts with h, s, p, r or i: most words are turned away before they are lower-cased. (A letter
        // past ASCII may lower-case to one of them, and goes on.)
        if (word[0] < 128 && (word[0] | 0x20) is not ('h' or 's' or 'p' or 'r' or 'i'))
            return false;
        var lower = LowerCase.Of(word, stackalloc char[9]);
        var next = i + 1 < tokens.Length ? tokens[i + 1].Text : "";
        // "held that the …", "holds that if …": a clause follows, not "held that lead".
        if (lower is "holds" or "held" && next.Equals("that", StringComparison.OrdinalIgnoreCase) && i + 2 < tokens.Length
            && tokens[i + 2].Text.ToLowerInvariant() is "the" or "a" or "an" or "it" or "he" or "she" or "they" or "there" or "if" or "when" or "no" or "this")
            return true;
        // A document states ("the law states that", "Act No. 3846, …, states “…”"), not "member states that joined".
        if (word == "states" && (next == "that" || IsQuoteMark(next)) && i > 0
            && (tokens[i - 1].Text is "," || tokens[i - 1].Kind == TokenKind.Number || Lexicon.DocumentNouns.Contains(tokens[i - 1].Text)))
            return true;
        // "heaped scorn on the plan", "reserved criticism for the board": a judgement given, whose words follow ("had
        // criticism for" is a judgement received).
        if (lower is "heaped" or "poured" or "reserved" or "saved" && next.ToLowerInvariant() is "praise" or "criticism" or "scorn"
            && i + 2 < tokens.Length && tokens[i + 2].Text.ToLowerInvariant() is "for" or "on")
            return true;
        if (lower is not ("issued" or "released" or "put" or "published"))
            return false;
        for (var k = i + 1; k <= i + 3 && k < tokens.Length; k++)
        {
            if (tokens[k].Text.StartsWith("statement", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    // "The name says it all.", "needless to say", "that is to say": a speech verb in an idiom reports nobody's words.
    // Nor does "continues to" with a verb after it ("their belief continues to unite them"); "“…,” she continued to
    // the crowd" still tags a quotation. Nor "responded by …" or "accused of …".
    // "Kabardino-Balkarian State University", "the Warns Foundation": a capitalised verb inside a run of capitalised
    // words, past the sentence's first word, is part of a name, unless the sentence is a headline in title case.
    // Whether the sentence is in title case is worked out once, and only when a verb asks.
    private static bool IsPartOfAName(ReadOnlySpan<Token> tokens, int i, ref bool? titleCase)
    {
        if (i == 0 || !char.IsUpper(tokens[i].Text[0]) || !(IsCapitalisedWord(tokens, i - 1) || IsCapitalisedWord(tokens, i + 1)))
            return false;
        return !(titleCase ??= IsTitleCase(tokens));
    }

    // A headline capitalises every word but the short ones ("Harbour Will Reopen, Mayor Says").
    private static bool IsTitleCase(ReadOnlySpan<Token> tokens)
    {
        for (var k = 0; k < tokens.Length; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && tokens[k].Text.Length > 3 && char.IsLower(tokens[k].Text[0]))
                return false;
        }
        return true;
    }

    private static bool IsCapitalisedWord(ReadOnlySpan<Token> tokens, int k) =>
        k >= 0 && k < tokens.Length && tokens[k].Kind == TokenKind.Word && char.IsUpper(tokens[k].Text[0]);

    private static bool IsIdiom(ReadOnlySpan<Token> tokens, int i)
    {
        var word = tokens[i].Text.ToLowerInvariant();
        var next = i + 1 < tokens.Length ? tokens[i + 1].Text.ToLowerInvariant() : "";
        // "Protesters responded by throwing stones" is an act, not words; "people accused of crimes" names an accusation,
        // not who made it (an accuser puts the accused first: "accused them of").
        if (word is "responded" or "reacted" or "responds" or "reacts" && next == "by")
            return true;
        if (word is "accused" or "alleged" && next == "of")
            return true;
        // "delegates pledged to Senator Sanders": bound to someone, not a pledge made aloud ("pledged to cut taxes" is).
        if (word is "pledged" or "committed" && next == "to" && i + 2 < tokens.Length && tokens[i + 2].Text.Length > 0 && char.IsUpper(tokens[i + 2].Text[0]))
            return true;
        // "a company called Akamai", "a man named Smith": a noun given its name, not words said.
        if (word is "called" or "named" && i > 0 && i + 1 < tokens.Length && tokens[i + 1].Text.Length > 0 && char.IsUpper(tokens[i + 1].Text[0])
            && tokens[i - 1].Kind == TokenKind.Word && char.IsLower(tokens[i - 1].Text[0]) && !Pronouns.Contains(tokens[i - 1].Text))
            return true;
        if (word is "called" or "calling" or "calls" or "call")
        {
            // "radio shows, called podcasts," names what comes before; "The minister, 54, called on drivers" speaks.
            if (word == "called" && i > 0 && tokens[i - 1].Text == "," && i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Word
                && !Lexicon.CallSpeechComplements.Contains(next))
                return true;
            // "A neighbour called the police", "called 999": a telephone call.
            var callee = next is "the" or "an" or "a" && i + 2 < tokens.Length ? tokens[i + 2].Text : next;
            if (Lexicon.PhonedServices.Contains(callee))
                return true;
        }
        if (word is "continues" or "continued")
            return next == "unabated" || (next == "to" && i + 2 < tokens.Length && tokens[i + 2].Kind == TokenKind.Word
                && tokens[i + 2].Text.ToLowerInvariant() is not ("the" or "a" or "an" or "his" or "her" or "their" or "its" or "reporters" or "journalists"));
        if (word is not ("say" or "says" or "said"))
            return false;
        // "the committee said nothing further": no words are credited.
        if (next == "nothing")
            return true;
        // "The witness said it all happened quickly" reports; "says it all." does not.
        if (next == "it" && i + 2 < tokens.Length && tokens[i + 2].Text.Equals("all", StringComparison.OrdinalIgnoreCase))
            return i + 3 >= tokens.Length || tokens[i + 3].Kind == TokenKind.Punctuation;
        if (word != "say" || i < 2 || !tokens[i - 1].Text.Equals("to", StringComparison.OrdinalIgnoreCase))
            return false;
        // "The Prime Minister is to say on Monday …" announces a speech; "that is to say" does not.
        var before = tokens[i - 2].Text.ToLowerInvariant();
        return before is "needless" or "suffice"
            || (before is "so" && (i < 3 || tokens[i - 3].Kind == TokenKind.Punctuation))
            || (before is "is" && i >= 3 && tokens[i - 3].Text.ToLowerInvariant() is "that" or "this");
    }

    // "some calls for a cut", "many claims": a plural head before a verb in -s is a noun phrase, not a speech act.
    private static bool DisagreesInNumber(string head, string verb)
    {
        var plural = head.ToLowerInvariant() is "some" or "many" or "others" or "people" or "several"
            || (head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) && char.IsLower(head[0]));
        return plural && verb.EndsWith('s') && !verb.EndsWith("ss", StringComparison.Ordinal) && verb != "was";
    }

    // "sought a government recall of the buses": after "a" or "an", a verb in its base form ("recall", whose -s form
    // is a speech verb too) cannot be the phrase's verb, so it is a noun.
    private static bool IsNounAfterADeterminer(ReadOnlySpan<Token> tokens, int verb)
    {
        // Right after an article or a possessive any speech word is a noun: "a saying", "a warning", "the points",
        // "their claims".
        if (verb > 0 && tokens[verb - 1].Text.ToLowerInvariant() is "a" or "an" or "the" or "their" or "its" or "his" or "our" or "your" or "my" or "these" or "those")
            return true;
        if (!Lexicon.SpeechVerbs.Contains(tokens[verb].Text + "s"))
            return false;
        // "a recall", "a government recall", "an official statement": one or two words after the article.
        for (var k = verb - 1; k >= 0 && k >= verb - 2; k--)
        {
            if (tokens[k].Kind != TokenKind.Word)
                return false;
            if (tokens[k].Text.ToLowerInvariant() is "a" or "an")
                return true;
        }
        return false;
    }

    // "with more than six hundred witnesses questioned.", "of the 1,000 people polled": a verb of asking with nothing
    // after it has the people before it as its object, not its speakers.
    // The people are a plural common noun ("witnesses", "people", "those"), not a name, a pronoun or a tag after a
    // quotation ("“Why?” Lent asked.", "“Why?” officials asked.").
    private static bool IsAskedOf(ReadOnlySpan<Token> tokens, int verb, bool[] quoted)
    {
        if (!Lexicon.AskingVerbs.Contains(tokens[verb].Text) || verb < 1 || !(verb + 1 >= tokens.Length || tokens[verb + 1].Kind == TokenKind.Punctuation
            || tokens[verb + 1].Text.ToLowerInvariant() is "by" or "in" or "on" or "last" or "this" or "for"))
            return false;
        var people = tokens[verb - 1].Text;
        if (tokens[verb - 1].Kind != TokenKind.Word || !char.IsLower(people[0]) || Pronouns.Contains(people)
            || !(people.EndsWith('s') || people is "people" or "those" or "men" or "women" or "children"))
            return false;
        for (var k = verb - 2; k >= 0 && k >= verb - 3; k--)
        {
            if (quoted[k] || IsQuoteMark(tokens[k].Text) || tokens[k].Text is "”" or "\"")
                return false;
        }
        return true;
    }

    // "Tom Reid, another co-chairman of Harbour Watch, said", "Ann Lee, of the League …, said": the words between
    // the two commas open in lower case (a role, "of", an article) after a name, so they describe that name, and the
    // body they end on is no speaker. "The quay's owner, Harbour Holdings, said" opens with the name itself.
    private static bool DescribesTheNameBefore(ReadOnlySpan<Token> tokens, int openingComma, int closingComma) =>
        openingComma > 0 && openingComma + 1 < closingComma && tokens[openingComma + 1].Kind == TokenKind.Word
        && char.IsLower(tokens[openingComma + 1].Text[0]) && IsNameWord(tokens, openingComma - 1)
        && !Pronouns.Contains(tokens[openingComma + 1].Text);

    private static int FindLeft(ReadOnlySpan<Token> tokens, int from, string text, int maxDistance)
    {
        for (var k = from - 1; k >= 0 && from - k <= maxDistance; k--)
        {
            if (tokens[k].Text == text)
                return k;
        }
        return -1;
    }

    // An unnamed-source noun names a source when a named body qualifies it ("Kremlin officials", "officials at
    // the Bank of England"); any role is unnamed when only an indefinite article introduces it ("a spokesman said").
    private static SpeakerKind Refine(ReadOnlySpan<Token> tokens, int head, SpeakerKind kind, bool[] quoted)
    {
        if (kind is not (SpeakerKind.Unnamed or SpeakerKind.Role))
            return kind;
        var start = StartOfPhrase(tokens, head, kind, quoted);
        if (HasNamedModifier(tokens, start, head) || NamesAnOrganisationAfter(tokens, head))
            return SpeakerKind.Role;
        // Only a role the lexicon knows ("a spokesman", "one delegate" is not): "a flood warning", "an alliance agreed".
        if (kind == SpeakerKind.Role && Lexicon.SpeakerNouns.Contains(tokens[head].Text) && tokens[start].Text.ToLowerInvariant() is "a" or "an" or "one" or "some" or "several" or "two" or "three")
            return SpeakerKind.Unnamed;
        return kind;
    }

    private static int StartOfPhrase(ReadOnlySpan<Token> tokens, int head, SpeakerKind kind, bool[] quoted)
    {
        var start = head;
        if (kind == SpeakerKind.Pronoun)
            return start;
        while (start > 0 && head - start < 5)
        {
            var previous = tokens[start - 1];
            if (previous.Kind != TokenKind.Word || quoted[start - 1] || Lexicon.SpeechVerbs.Contains(previous.Text) || StopWords.Contains(previous.Text))
                break;
            if (kind == SpeakerKind.Named && !IsNameWord(tokens, start - 1) && !Lexicon.PersonTitles.Contains(previous.Text) && previous.Text != "of")
                break;
            // A role's own modifiers only: "the Ukrainian leader", "a senior official", not "a meeting British officials".
            // A hyphenated modifier right before the head is one too: "the long-running presenter".
            // "Economy ministry sources": the body the role belongs to is a modifier too.
            if (kind != SpeakerKind.Named && !char.IsUpper(previous.Text[0]) && !RoleModifiers.Contains(previous.Text) && !Lexicon.SubjectBodies.Contains(previous.Text)
                && !(start == head && previous.Text.Contains('-') && start > 1 && RoleModifiers.Contains(tokens[start - 2].Text)))
                break;
            start--;
        }
        // A phrase never starts with "of" ("Bank of England" keeps its first word).
        while (start < head && tokens[start].Text == "of")
            start++;
        return start;
    }

    // A capitalised word that is not a sentence opener, a function word or a date word.
    private static bool IsNameWord(ReadOnlySpan<Token> tokens, int j)
    {
        var word = tokens[j].Text;
        // "al-Chalabi", "el-Sisi": a lower-case particle joined to a name.
        if (word.Length > 3 && char.IsLower(word[0]) && word.IndexOf('-') is > 0 and var hyphen && hyphen + 1 < word.Length
            && char.IsUpper(word[hyphen + 1]) && Lexicon.NameParticles.Contains(word[..hyphen]))
            return true;
        if (word.Length == 0 || !char.IsUpper(word[0]) || NotNames.Contains(word))
            return false;
        // The first word of a sentence is capitalised anyway; it names someone only if it is not a plain speaker
        // noun or an adverb ("Frequently Asked Questions").
        return j > 0 || (!Lexicon.SpeakerNouns.Contains(word) && !word.EndsWith("ly", StringComparison.Ordinal) && !IsShoutedHeadline(tokens, j));
    }

    // An all-capital first word names a body ("NBC said", "USDA said", "NSDD 266 said") unless the next word is in
    // capitals too (a headline in capitals: "FREQUENTLY ASKED QUESTIONS").
    private static bool IsShoutedHeadline(ReadOnlySpan<Token> tokens, int j)
    {
        if (!tokens[j].Text.All(c => !char.IsLetter(c) || char.IsUpper(c)))
            return false;
        // A dateline ("WASHINGTON, March 3 -") is no speaker either: only a lower-case word or a number may follow.
        return j + 1 >= tokens.Length || !(tokens[j + 1].Kind == TokenKind.Number || (tokens[j + 1].Kind == TokenKind.Word && tokens[j + 1].Text.Any(char.IsLower)));
    }

    // "Kremlin officials", "Pentagon sources": a named body; "British officials", "US sources": still unnamed.
    private static bool HasNamedModifier(ReadOnlySpan<Token> tokens, int start, int head)
    {
        for (var j = start; j < head; j++)
        {
            var word = tokens[j].Text;
            if (IsNameWord(tokens, j) && !IsNationality(word))
                return true;
        }
        return false;
    }

    // "officials at the Bank of England", "a spokesman for Tesco".
    private static bool NamesAnOrganisationAfter(ReadOnlySpan<Token> tokens, int head)
    {
        if (head + 1 >= tokens.Length || tokens[head + 1].Text is not ("at" or "from" or "for" or "of" or "in" or "with"))
            return false;
        for (var j = head + 2; j < tokens.Length && j <= head + 4; j++)
        {
            if (IsNameWord(tokens, j) && !IsNationality(tokens[j].Text))
                return true;
        }
        return false;
    }

    // A list, not word endings: "-an" or "-i" also end bodies and people ("one Morgan official", "a Yili spokesman").
    internal static bool IsNationality(string word) => Lexicon.Nationalities.Contains(word);
}
