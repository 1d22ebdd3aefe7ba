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
    /// <summary>An earlier quotation in the same paragraph has the speaker ("“…,” he said. “…”").</summary>
    SameParagraph,
    /// <summary>The previous paragraph names the speaker and this paragraph is a quotation that continues it.</summary>
    PreviousParagraph,
    /// <summary>A multi-paragraph quotation: the paragraph that opened it has the speaker.</summary>
    Continuation,
    /// <summary>A heading or pull quote whose words are attributed elsewhere in the article.</summary>
    Elsewhere,
    /// <summary>A block quote introduced by "X said:" or signed "— X".</summary>
    BlockQuoteFrame,
    /// <summary>The sentence right before reports someone's words in a clause ("X said the impact would be slight"), and this one goes on.</summary>
    ReportedSpeech,
    /// <summary>A first-person quotation right after a sentence whose subject is a person the article names in full.</summary>
    IntroducedSpeaker,
    /// <summary>The official wording of a prize, award or law named before it ("a provision in the law allows … in the case of “…”").</summary>
    OfficialWording,
    /// <summary>A page that collects one person's words ("X in quotes") or an interview answer after the interviewer's labelled question.</summary>
    Collection,
    /// <summary>Words in the object of the sentence's action, which are the actor's own ("the maker developed “a way to …”").</summary>
    Actor,
    /// <summary>A claim, ruling or allegation named right before the words it frames ("allegations that its rates are “unfair”").</summary>
    Claim,
    /// <summary>
    /// The sentence after names the speaker: a quotation paragraph followed by "These are the questions Smith will ask",
    /// or a lede that hides its speaker ("X has been accused of “…”") followed by one with a speech act ("Davis told MPs …").
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
