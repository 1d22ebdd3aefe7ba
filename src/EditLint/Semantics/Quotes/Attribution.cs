using EditLint.Text;

namespace EditLint.Semantics.Quotes;

/// <summary>What kind of speaker a phrase names.</summary>
public enum SpeakerKind
{
    /// <summary>A named person or body ("Bell", "Sir Keir Starmer", "the Kremlin", "Russia").</summary>
    Named,
    /// <summary>A role or group ("the prime minister", "the Ukrainian leader", "the ministry").</summary>
    Role,
    /// <summary>A pronoun ("he", "she", "they").</summary>
    Pronoun,
    /// <summary>A source left unnamed ("a source", "officials", "critics").</summary>
    Unnamed,
}

/// <summary>
/// A speech act found in a sentence: a speaker phrase and the verb that attributes words to it
/// ("Bell adds", "said the minister", "according to officials").
/// </summary>
public sealed record SpeechAct(Sentence Sentence, string Speaker, TextSpan SpeakerSpan, SpeakerKind Kind, string Verb, TextSpan VerbSpan, int LocalSpeakerStart)
{
    /// <summary>For a pronoun speaker: the person it most plausibly refers to, or null.</summary>
    public string? Antecedent { get; init; }

    /// <summary>For a pronoun speaker: true when two different people could be meant.</summary>
    public bool IsAmbiguous { get; init; }

    /// <summary>The source span from the speaker to the verb (or the verb to the speaker).</summary>
    public TextSpan Span => TextSpan.FromBounds(Math.Min(SpeakerSpan.Start, VerbSpan.Start), Math.Max(SpeakerSpan.End, VerbSpan.End));
}

/// <summary>How a quotation's speaker was found.</summary>
public enum AttributionMethod
{
    /// <summary>A speech verb with a speaker in the quotation's own sentence.</summary>
    SpeechVerb,
    /// <summary>"according to X".</summary>
    AccordingTo,
    /// <summary>The quotation right before in the same paragraph has the speaker ("“…,” he said. “…”"), or the paragraph named its speaker before it with only description between.</summary>
    SameParagraph,
    /// <summary>The sentence right before in the same paragraph names the speaker ("Smith said the plan had failed. “…”", "The mayor said: “…”").</summary>
    SentenceBefore,
    /// <summary>The paragraph before ends with the speaker's full quotation, or names who the quotation that runs over several paragraphs is by.</summary>
    PreviousParagraph,
    /// <summary>A multi-paragraph quotation: the paragraph that opened it has the speaker.</summary>
    Continuation,
    /// <summary>A heading or pull quote whose words are attributed elsewhere in the article.</summary>
    Elsewhere,
    /// <summary>A block quote or quotation paragraph framed by the paragraph before ("X said:", "… --", "Following are extracts from …").</summary>
    BlockQuoteFrame,
    /// <summary>The sentence right before reports someone's words in a clause ("X said the impact would be slight"), and this one goes on.</summary>
    ReportedSpeech,
    /// <summary>A first-person quotation right after a sentence of its paragraph about one named person ("Smith was delighted. “I …”").</summary>
    LeadIn,
    /// <summary>The sentence is about the person quoted last ("Richardson has since … remains “fully committed”").</summary>
    SubjectWhoSpoke,
    /// <summary>The official wording of a prize, award or law named before it ("a provision in the law allows … in the case of “…”").</summary>
    OfficialWording,
    /// <summary>A page that collects one person's words ("X in quotes") or an interview answer after the interviewer's labelled question.</summary>
    Collection,
    /// <summary>Words in the object of the sentence's action, which are the actor's own ("the maker developed “a way to …”").</summary>
    Actor,
    /// <summary>A claim, ruling or allegation named right before the words it frames ("allegations that its rates are “unfair”").</summary>
    Claim,
    /// <summary>
    /// The sentence after names the speaker: one that opens with the speaker and a speech verb right after the quotation
    /// ("“…” Ann Smith told reporters …"), a quotation paragraph followed by "These are the questions Smith will ask", or
    /// a lede that hides its speaker ("X has been accused of “…”") followed by one with a speech act ("Davis told MPs …").
    /// </summary>
    NamedAfter,
}

/// <summary>Who said a quotation and how EditLint knows.</summary>
public sealed record Attribution(AttributionMethod Method, SpeechAct? Act, string Speaker)
{
    /// <summary>The same speaker, found another way.</summary>
    public Attribution With(AttributionMethod method) => this with { Method = method };

    /// <inheritdoc />
    public override string ToString() => $"{Speaker} ({Method})";
}

/// <summary>Why a quotation nobody is shown to have said is most likely someone's.</summary>
public enum LikelyReason
{
    /// <summary>The paragraph right before paraphrases one speaker ("Smith said the plan had failed." then "“…”").</summary>
    ParaphraseBefore,
    /// <summary>Someone speaks earlier in the paragraph, but sentences of description come between.</summary>
    EarlierInParagraph,
}

/// <summary>
/// The speaker an editor would most likely tag an unattributed quotation with, and why: never an attribution (nothing
/// says these are their words), but what the finding names and its fix adds. <paramref name="Act"/> is the speech act
/// that names them, when there is one (its verb gives the tag's tense).
/// </summary>
public sealed record LikelySpeaker(string Name, SpeechAct? Act, LikelyReason Reason);
