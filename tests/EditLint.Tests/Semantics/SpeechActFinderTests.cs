using EditLint.Documents;
using EditLint.Engine;
using EditLint.Readers;
using EditLint.Semantics;
using EditLint.Semantics.Quotes;
using EditLint.Text;

using EditLint.Tests.Testing;

namespace EditLint.Tests.Semantics;

// The speaker each speech act names and what kind it is: EL1002 sees only whether the kind is Unnamed.
public sealed class SpeechActFinderTests
{
    private static readonly DocumentLoader Loader = new([new MarkdownReader()]);

    private static SpeechAct OnlyAct(string prose) =>
        Assert.Single(ProseModel.Of(prose)
            .GetFacts<SpeechAct>());

    // A role right before a name is the name's title: the name speaks, with or without an affiliation after it.
    [Theory]
    [InlineData("“Sales were poor,” said retail analyst Ann Lee of Leeds Capital.", "retail analyst Ann Lee")]
    [InlineData("“Sales were poor,” said analyst Jay Ruiz at Acme Securities.", "analyst Jay Ruiz")]
    [InlineData("“Sales were poor,” said analyst Jay Ruiz.", "analyst Jay Ruiz")]
    [InlineData("Sales were poor, according to industry analysts Screen Data.", "industry analysts Screen Data")]
    public void RoleBeforeAName_TheNameSpeaks(string prose, string speaker)
    {
        var act = OnlyAct(prose);
        Assert.Equal(SpeakerKind.Named, act.Kind);
        Assert.Equal(speaker, act.Speaker);
    }

    // A participle or relative clause after the inverted tag borrows the same named speaker.
    [Fact]
    public void LaterVerbOfTheSameSentence_KeepsTheNamedSpeaker()
    {
        var acts = new SemanticModel(Loader.Read("test.md", new SourceText("---\ndate: 2025-02-26\n---\n\n“Sales were poor,” said analyst Ann Lee of Leeds Capital who noted that costs rose.\n"), DocumentFormat.Markdown))
            .GetFacts<SpeechAct>();
        Assert.NotEmpty(acts);
        Assert.All(acts, act => Assert.Equal(SpeakerKind.Named, act.Kind));
    }

    // The subject a colon hands the floor to is looked for in each sentence afresh: one found late in the sentence before
    // does not hide an early one in the next.
    [Fact]
    public void AColonsSubject_IsFoundInEachSentence_WhateverTheSentenceBeforeHad()
    {
        var acts = ProseModel.Of("“Enough” was all that was left to say when the mayor saw the answer: “We build.”\n\n"
            + "Collins saw compromise as the answer: “I think we can.”").GetFacts<SpeechAct>();

        Assert.Contains(acts, a => a.Speaker == "the mayor" && a.Kind == SpeakerKind.Role);
        Assert.Contains(acts, a => a.Speaker == "Collins" && a.Kind == SpeakerKind.Named);
    }

    // Capitalised words that go on into a clause are the reported words, not the source's name.
    [Fact]
    public void NameThatOpensTheReportedClause_IsNotTheSource()
    {
        var act = OnlyAct("The deal is off, according to analysts Mr Hale trusted.");
        Assert.Equal(SpeakerKind.Unnamed, act.Kind);
        Assert.Equal("analysts", act.Speaker);
    }

    // A nationality says where a source is from; a name in its place ("Morgan", "Yili", which end like one) names a body.
    [Theory]
    [InlineData("Prices will rise, one Japanese official said.", SpeakerKind.Unnamed)]
    [InlineData("Prices will rise, two Western diplomats said.", SpeakerKind.Unnamed)]
    [InlineData("Prices will rise, one Morgan official said.", SpeakerKind.Role)]
    [InlineData("The plant will close, a Yili spokesman said.", SpeakerKind.Role)]
    [InlineData("The plant will close, some Suzuki officials said.", SpeakerKind.Role)]
    public void CapitalisedModifier_IsANationalityOnlyFromTheList(string prose, SpeakerKind kind) =>
        Assert.Equal(kind, OnlyAct(prose).Kind);

    private static IReadOnlyList<SpeechAct> Acts(string prose) =>
        ProseModel.Of(prose).GetFacts<SpeechAct>();

    // Speakers the attribution conventions build on.
    [Theory]
    [InlineData("Two traders were in the hall. “Prices will fall,” one said.", "one", SpeakerKind.Role)]
    [InlineData("“Prices will fall,” said another.", "another", SpeakerKind.Role)]
    [InlineData("“It was the best day of my life,” says 27-year-old Ross.", "Ross", SpeakerKind.Named)]
    [InlineData("The long-running presenter said: “Thank you all.”", "The long-running presenter", SpeakerKind.Role)]
    [InlineData("“You are wrong,” retorted Ann Smith.", "Ann Smith", SpeakerKind.Named)]
    [InlineData("“Prices will fall,” said one arbitrager.", "one arbitrager", SpeakerKind.Role)]
    [InlineData("Another correspondent wrote: “Prices will fall.”", "Another correspondent", SpeakerKind.Role)]
    [InlineData("Exports rose 5%, according to official statistics.", "official statistics", SpeakerKind.Role)]
    [InlineData("According to official Harbourian figures, prices rose 5 pct.", "official Harbourian figures", SpeakerKind.Role)]
    [InlineData("And the ex-Wallaby added: “We will win.”", "the ex-Wallaby", SpeakerKind.Role)]
    [InlineData("The council policy states that no boat may moor.", "The council", SpeakerKind.Role)]
    public void Speaker_IsFound(string prose, string speaker, SpeakerKind kind)
    {
        var act = OnlyAct(prose);
        Assert.Equal(speaker, act.Speaker);
        Assert.Equal(kind, act.Kind);
    }

    // The verbs that put out a statement run from three letters to nine ("put", "published"): a statement verb is
    // looked for only in words of those lengths.
    [Theory]
    [InlineData("The ministry put out a statement on Monday.")]
    [InlineData("The ministry published a statement on Monday.")]
    [InlineData("The ministry issued a statement on Monday.")]
    [InlineData("The ministry published a statement, “We will not resign.”")]
    public void A_body_putting_out_a_statement_speaks_whatever_the_verb_s_length(string prose) =>
        Assert.Equal("The ministry", OnlyAct(prose).Speaker);

    // "one" and "another" start ordinary phrases anywhere but right next to the verb.
    [Theory]
    [InlineData("One of the more bizarre aspects of the trial focused on the claims.")]
    [InlineData("One current concern is the rain.")]
    public void OneStartingAPhrase_IsNoSpeaker(string prose) =>
        Assert.DoesNotContain(Acts(prose), a => a.Speaker.Equals("one", StringComparison.OrdinalIgnoreCase));

    // A speech verb that is also a noun for numbers, after a preposition: "below analyst forecasts" reports nobody.
    [Theory]
    [InlineData("Growth was well below analyst forecasts.")]
    [InlineData("Profits were higher than market estimates.")]
    public void DataNounAfterAPreposition_IsNoSpeechAct(string prose) => Assert.Empty(Acts(prose));

    // An appositive between commas that describes the name before it ("another co-chairman of Harbour Watch", "of the
    // Quay Trust") is stepped over: the name before the appositive speaks, not the body named inside it.
    [Theory]
    [InlineData("Tory MP Tom Reid, another co-chairman of Harbour Watch, said the law was badly drafted.", "Tory MP Tom Reid")]
    [InlineData("Ann Lee, of the League Against Harbour Dues, said the tolls were unfair.", "Ann Lee")]
    [InlineData("Tom Reid, chairman of the Joint Harbour Board, predicted the quay would close.", "Tom Reid")]
    [InlineData("The quay's owner, Harbour Holdings, said it would rebuild.", "Harbour Holdings")]
    [InlineData("Peter Ainsworth MP, said the quay would close.", "Peter Ainsworth MP")]
    public void AppositiveAfterAName_TheNameSpeaks(string prose, string speaker) => Assert.Equal(speaker, OnlyAct(prose).Speaker);

    // A speech word right after a determiner is a noun: "a share of the points", "her claims".
    [Theory]
    [InlineData("But substitute Reid was on hand to grab a share of the points for the home side.")]
    [InlineData("Reid rejected their claims about the quay.")]
    public void SpeechWordAfterADeterminer_IsNoSpeechAct(string prose) => Assert.Empty(Acts(prose));

    // A participle after the sentence's speech act speaks for its speaker, not for the noun after it.
    [Fact]
    public void ParticipleAfterAnAct_SpeaksForItsSpeaker() =>
        Assert.All(Acts("This is the record the mayor must defend, he said, urging voters to hold him to account."), a => Assert.Equal("he", a.Speaker));

    // Naming, believing and a part of things are no one's words.
    [Theory]
    [InlineData("The deal went to a company called Harbourcom, which makes boats.")]
    [InlineData("The plan failed, as many thought it would.")]
    [InlineData("Fans now share home-made radio shows, called podcasts, over the net.")]
    [InlineData("Some bacteria live without oxygen, called anaerobic organisms by biologists.")]
    public void NamingAndBelieving_AreNoSpeechActs(string prose) => Assert.Empty(Acts(prose));

    // Calling the police or an ambulance is a telephone call, not words credited to anyone.
    [Theory]
    [InlineData("A neighbour called the police after hearing shouts.")]
    [InlineData("Passers-by called an ambulance for the cyclist.")]
    [InlineData("A witness called 999 at once.")]
    public void PhoningForHelp_IsNoSpeechAct(string prose) => Assert.Empty(Acts(prose));

    // "called" that does credit words: a call for something, on someone, or a verdict on something.
    [Theory]
    [InlineData("Critics called the plan a disaster.", "Critics")]
    [InlineData("Some called for calm, officials said.", "Some")]
    [InlineData("The minister, 54, called on drivers to slow down.", "The minister")]
    public void CallingForOrNaming_IsStillASpeechAct(string prose, string speaker) =>
        Assert.Contains(Acts(prose), a => a.Speaker == speaker);

    [Fact]
    public void PartOfThingsBeforeAColon_IsNoUnnamedSource() =>
        Assert.DoesNotContain(Acts("Some of the comments were humorous: “Go home,” one read."), a => a.Kind == SpeakerKind.Unnamed);

    // A group after an inverted verb that a participle follows is what was reported; a preposition ends the group, so
    // "leading" after "for" leaves the spokesman the speaker.
    [Fact]
    public void InvertedSpeakerBeforeAPreposition_StillSpeaks() =>
        Assert.Contains(Acts("“We would stop,” said a spokesman for leading harbour firm Acme Holdings Ltd."), a => a.Verb == "said" && a.Speaker.StartsWith("a spokesman", StringComparison.Ordinal));

    [Fact]
    public void GroupThatAParticipleFollows_IsWhatWasReported() =>
        Assert.DoesNotContain(Acts("Harbourhomes.com, a property site, reported some sellers offering free parking."), a => a.Kind == SpeakerKind.Unnamed);
}
