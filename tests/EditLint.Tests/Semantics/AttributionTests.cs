using EditLint.Documents;
using EditLint.Engine;
using EditLint.Readers;
using EditLint.Semantics;
using EditLint.Semantics.Quotes;
using EditLint.Text;

using EditLint.Tests.Testing;

namespace EditLint.Tests.Semantics;

// Who the quote facts say spoke, and how they know: the rule tests see only whether EL1001 fires, which a wrong
// speaker found another way would hide.
public sealed class AttributionTests
{
    private static Quote OnlyQuotation(string prose) =>
        Assert.Single(ProseModel.Of(prose).Quotes,
            q => q.IsQuotation);

    // Verbs of judging and revealing name their subject.
    [Theory]
    [InlineData("Rifkin likened the task to a “musical Rubik's cube”.", "Rifkin")]
    [InlineData("The Law Society branded the proposals an “abuse of power”.", "Law Society")]
    [InlineData("Hodgson revealed that the kicks were “out of my range”.", "Hodgson")]
    [InlineData("The senator lauded the governor as a “powerful voice of freedom”.", "The senator")]
    public void JudgingVerbs_NameTheirSubject(string prose, string speaker)
    {
        var attribution = OnlyQuotation(prose).Attribution;
        Assert.NotNull(attribution);
        Assert.Equal(AttributionMethod.SpeechVerb, attribution.Method);
        Assert.Equal(speaker, attribution.Speaker);
    }

    // A plain noun phrase after a passive verb of judging's "by" is who judged.
    [Theory]
    [InlineData("It was described as “pretentious” by audiences.", "audiences")]
    [InlineData("It was described as “pretentious” by audiences last week.", "audiences")]
    [InlineData("They were described as “average” by scouts who saw them.", "scouts")]
    public void AgentOfAPassiveJudgement_Speaks(string prose, string speaker)
    {
        var attribution = OnlyQuotation(prose).Attribution;
        Assert.NotNull(attribution);
        Assert.Equal(speaker, attribution.Speaker);
    }

    [Fact]
    public void JudgeInTheSentenceBefore_AnswersByWhom()
    {
        var attribution = OnlyQuotation("The band played on. Pop Monthly heaped scorn on the runners-up. The second album was described as a “tired retread”.").Attribution;
        Assert.NotNull(attribution);
        Assert.Equal("Pop Monthly", attribution.Speaker);
    }

    [Fact]
    public void OwnersStance_IsTheOwnersWords()
    {
        var attribution = OnlyQuotation("The council's main problems are “falling income and rising costs”. The council said it would borrow no more.").Attribution;
        Assert.NotNull(attribution);
        Assert.Equal(AttributionMethod.Actor, attribution.Method);
        Assert.Equal("council", attribution.Speaker);
    }
    // "he" goes on with the sentence before's speaker; a namesake inside the quotation does not take it.
    [Fact]
    public void PronounSpeaker_IsNotANamesakeInsideTheQuotation()
    {
        var attribution = OnlyQuotation("David Cameron said the plan was dead. “I spoke to David Davis yesterday,” he said.").Attribution;
        Assert.NotNull(attribution);
        Assert.Equal("David Cameron", attribution.Act?.Antecedent);
    }

    private static IReadOnlyList<Quote> Quotations(string prose) =>
        [.. ProseModel.Of(prose).Quotes.Where(q => q.IsQuotation)];

    // Every way a quotation gets its speaker: the last quotation of each text is the one asked about.
    [Theory]
    [InlineData("“We will rebuild,” Ann Smith said.", AttributionMethod.SpeechVerb, "Ann Smith")]
    [InlineData("The plan would cost “far more than expected”, according to the auditor.", AttributionMethod.AccordingTo, "the auditor")]
    [InlineData("“We will rebuild,” Ann Smith said. “The harbour will be open by the spring.”", AttributionMethod.SameParagraph, "Ann Smith")]
    [InlineData("Ann Smith said the harbour would reopen. “The boats will be back before Easter.”", AttributionMethod.SentenceBefore, "Ann Smith")]
    [InlineData("“We will rebuild,” Ann Smith said. The storm flooded the quay. “Nobody should expect miracles.”", AttributionMethod.SameParagraph, "Ann Smith")]
    [InlineData("“We will rebuild,” the mayor said.\n\n“The harbour will be open by the spring.”", AttributionMethod.PreviousParagraph, "the mayor")]
    [InlineData("“We will rebuild the wall,” the mayor said. “And the quay.\n\n“And the harbour.”", AttributionMethod.Continuation, "the mayor")]
    [InlineData("The mayor said:\n\n“We will rebuild the harbour wall.”", AttributionMethod.BlockQuoteFrame, "The mayor")]
    [InlineData("“I had no idea who would be here.” Ann Smith told reporters on Monday that she regretted going to the gala dinner at the harbour club, where the storm had cut the power.", AttributionMethod.NamedAfter, "Ann Smith")]
    [InlineData("Ann Smith opened the meeting.\n\nSmith was delighted with the vote. “I have waited six years for this.”", AttributionMethod.LeadIn, "Smith")]
    [InlineData("Ann Smith said the rules were unwritten. The matter had been “overlooked”.", AttributionMethod.ReportedSpeech, "Ann Smith")]
    [InlineData("The council faces allegations that its rates are “unfair”.", AttributionMethod.Claim, "the allegations")]
    [InlineData("Seven riders died; the official cause of death was “blunt force trauma”.", AttributionMethod.OfficialWording, "the official cause")]
    [InlineData("“I will withdraw as his running mate,” Darcy Richardson wrote on Tuesday.\n\nThe party met on Friday.\n\nRichardson has since reconciled with the party and remains “fully committed” to the campaign.", AttributionMethod.SubjectWhoSpoke, "Darcy Richardson")]
    [InlineData("((WN)) : Which law would you change?\n\nOne of the big issues here is actually “green tape” rather than red tape.", AttributionMethod.Collection, "the interviewee")]
    [InlineData("The minister said the town would act “in a socially responsible way” this year.\n\nThe council met on Friday.\n\nThe plan was, it has been suggested, “socially responsible”.", AttributionMethod.Elsewhere, "The minister")]
    [InlineData("“I am qualified now,” said the 28-year-old. The race was in Erfurt. “I have waited six years for this.”", AttributionMethod.SameParagraph, "the 28-year-old")]
    [InlineData("Ann Smith opened the meeting.\n\nAfter three wins in a row over the past month, Smith is brimming with confidence. “I have waited six years for this.”", AttributionMethod.LeadIn, "Smith")]
    [InlineData("Tom Reid runs the club.\n\nAnd, while we are on the subject of the league, Mr Reid despatches it with another of his soundbites. “The league is a closed shop.”", AttributionMethod.LeadIn, "Reid")]
    [InlineData("Ann Smith trains in Leeds.\n\nThe sessions are steps on the way to what Smith hopes will be a return to racing. “It's all about getting mobility in my back.”", AttributionMethod.LeadIn, "Smith")]
    [InlineData("Tom Reid coaches the home side.\n\nThe visitors were shown two yellow cards, leaving Reid unimpressed. “One of them was questionable.”", AttributionMethod.LeadIn, "Reid")]
    [InlineData("The institutes met in Bonn.\n\nThey said the strong currency had hurt exports. But they expected a recovery. “It can be presumed that the slowdown will ease.”", AttributionMethod.LeadIn, "they")]
    [InlineData("Ann Smith spoke at the club.\n\nOn this subject, Smith appears almost evangelical.\n\n“I was on a cruise when I joined the party.”", AttributionMethod.LeadIn, "Smith")]
    [InlineData("Ann Smith spoke at the club.\n\nOn this subject, Smith appears almost evangelical.\n\n“I was on a cruise when I joined the party. “I had just written a piece about it.” But what draws her to it? “I think the greatest threat is bureaucracy.”", AttributionMethod.SameParagraph, "Smith")]
    public void EachConvention_FindsItsSpeaker(string prose, AttributionMethod method, string speaker)
    {
        var attribution = Quotations(prose)[^1].Attribution;
        Assert.NotNull(attribution);
        Assert.Equal(method, attribution.Method);
        Assert.Equal(speaker, attribution.Speaker);
    }

    // What does not attribute a full quotation, and the likely speaker the quotation is left with.
    [Theory]
    [InlineData("Ann Smith said the harbour would reopen.\n\n“The boats will be back before Easter.”", LikelyReason.ParaphraseBefore, "Ann Smith")]
    [InlineData("“We will rebuild,” Ann Smith said. Officials said the quay flooded. The tide rose. “Nobody should expect miracles.”", LikelyReason.EarlierInParagraph, "Ann Smith")]
    [InlineData("Mr Reid said the harbour would reopen. The harbour master also urged calm.\n\n“The boats will be back before Easter.”", LikelyReason.ParaphraseBefore, "Mr Reid")]
    [InlineData("Tom Reid said the harbour would reopen. The storm had passed. The quay was dry.\n\n“The boats will be back before Easter.”", LikelyReason.ParaphraseBefore, "Tom Reid")]
    [InlineData("Ann Smith said the harbour was shut. The storm had passed. Tom Reid said it would reopen.\n\n“The boats will be back before Easter.”", LikelyReason.ParaphraseBefore, "Tom Reid")]
    [InlineData("Tom Reid said the harbour master was “the finest sailor of his age”.\n\n“He never lost a boat in forty years.”", LikelyReason.ParaphraseBefore, "Tom Reid")]
    public void ParaphraseOrDescriptionBefore_LeavesALikelySpeaker(string prose, LikelyReason reason, string name)
    {
        var quote = Quotations(prose)[^1];
        Assert.Null(quote.Attribution);
        Assert.NotNull(quote.LikelySpeaker);
        Assert.Equal(reason, quote.LikelySpeaker.Reason);
        Assert.Equal(name, quote.LikelySpeaker.Name);
    }

    [Theory]
    [InlineData("Ann Smith said the harbour would reopen. Tom Reid said it would not.\n\n“The boats will be back before Easter.”")]
    [InlineData("Officials said the harbour would reopen.\n\n“The boats will be back before Easter.”")]
    [InlineData("The storm flooded the quay.\n\n“The boats will be back before Easter.”")]
    public void NoOneSpeakerBefore_NoLikelySpeaker(string prose)
    {
        var quote = Quotations(prose)[^1];
        Assert.Null(quote.Attribution);
        Assert.Null(quote.LikelySpeaker);
    }

    [Fact]
    public void StrategiesAreAskedInTheirOrder_OwnSentenceFirst()
    {
        var order = EditLint.Semantics.Quotes.Attributing.QuoteAttributor.Strategies.Select(s => s.GetType().Name).ToList();
        Assert.Equal("OwnSentence", order[0]);
        Assert.True(order.IndexOf("EarlierQuotationInParagraph") < order.IndexOf("ParagraphBefore"));
        Assert.DoesNotContain(order, name => name.Contains("Elsewhere", StringComparison.Ordinal));
    }

    [Fact]
    public void QuotationParagraphAfterAnUnattributedOne_GoesOnFromIt()
    {
        var quotes = Quotations("The council met.\n\n“We will not give up.”\n\n“And we will not let the quay fall.”");
        Assert.Null(quotes[0].GoesOnFrom);
        Assert.Same(quotes[0], quotes[1].GoesOnFrom);
        Assert.Null(quotes[1].Attribution);
    }

    [Fact]
    public void CapitalisedVerbInsideAName_IsNoSpeechAct()
    {
        var acts = ProseModel.Of("The places went to Tom Reid of Harbour State University and Ann Lee of the Warns Foundation.").GetFacts<SpeechAct>();
        Assert.Empty(acts);
    }

    [Fact]
    public void AttributedTo_CreditsTheWordsToWhoFollows()
    {
        var act = Assert.Single(ProseModel.Of("I am reminded of a saying attributed to Tom Reid.").GetFacts<SpeechAct>());
        Assert.Equal(("Tom Reid", "attributed to"), (act.Speaker, act.Verb));
    }

    [Fact]
    public void TitleCaseHeadline_KeepsItsVerb()
    {
        var act = Assert.Single(ProseModel.Of("Harbour Will Reopen, Mayor Says").GetFacts<SpeechAct>());
        Assert.Equal("Says", act.Verb);
    }

    // A "he" with no speaker before it goes back to the nearest person named: not one its own sentence reports on, not a body.
    [Theory]
    [InlineData("Tom Reid toured the harbour on Monday.\n\nMr Blair has failed to tackle these problems, he claimed.", "Tom Reid")]
    [InlineData("Tom Reid toured the harbour on Monday.\n\nWhen Ann Smith arrived at the quay, she said the harbour would reopen.", "Ann Smith")]
    [InlineData("Tom Reid toured the harbour on Monday.\n\nAnn Smith has no doubt it is the mayor who, she claims, is ruining the harbour.", "Ann Smith")]
    [InlineData("The storm hit the quay on Boxing Day.\n\nThe key for Reid is a new wall. The quay will be rebuilt, he said.", "Reid")]
    public void PronounWithNoSpeakerBefore_MeansTheNearestPersonWhoCanSpeak(string prose, string person)
    {
        var act = Assert.Single(ProseModel.Of(prose).GetFacts<SpeechAct>(), a => a.Kind == SpeakerKind.Pronoun);
        Assert.Equal(person, act.Antecedent);
    }

    // "Sam Taylor said she …" tells Sam Taylor is a woman, and "Chris Jones reiterated his …" that Chris Jones is a man
    // (the words after a name: a speech verb, then the pronoun): a later "she" goes back to her, past him.
    [Theory]
    [InlineData("Sam Taylor said she would appeal. Chris Jones reiterated his view.\n\nThe ruling was unfair, she said.", "Sam Taylor")]
    [InlineData("Chris Jones said he would appeal. Sam Taylor repeated her view.\n\nThe ruling was unfair, he said.", "Chris Jones")]
    public void PronounAfterASpeechVerb_TellsThePersonsGender(string prose, string person)
    {
        var act = Assert.Single(ProseModel.Of(prose).GetFacts<SpeechAct>(), a => a.Kind == SpeakerKind.Pronoun);
        Assert.Equal(person, act.Antecedent);
    }

    // A title that ends in a role ("Harbour Week's Harbour Leader of the Year") is no person a "he" can go back to.
    [Fact]
    public void TitleEndingInARole_IsNoAntecedent()
    {
        var act = Assert.Single(ProseModel.Of("Tom Reid toured the quay, as Harbour Week's Harbour Leader of the Year.\n\nThe quay will be rebuilt, he said.").GetFacts<SpeechAct>(), a => a.Kind == SpeakerKind.Pronoun);
        Assert.Equal("Tom Reid", act.Antecedent);
    }

    // A paragraph that names its speaker only by a lead-in after its first quotation, and no speech act, is theirs when
    // the paragraph before ends paraphrasing them.
    [Fact]
    public void QuotationBeforeTheParagraphsOnlyLeadIn_IsTheLeadInSpeakers()
    {
        var quotes = Quotations("Ann Smith said a lot of work had been done.\n\n“We predicted this years ago.” She highlighted the trends of the year. “Gaming is becoming a social thing.”");
        Assert.Equal((AttributionMethod.SameParagraph, "She"), (quotes[0].Attribution?.Method, quotes[0].Attribution?.Speaker));
    }

    // A body the article names, speaking after the quotation, is the paragraph's only speaker.
    [Fact]
    public void BodyThatIsTheParagraphsOnlySpeaker_AttributesIt()
    {
        var quote = Quotations("Prices rose in May.\n\n“I think the key is what the bank expects.” House prices have risen 1% this year, Homewide said.")[0];
        Assert.Equal((AttributionMethod.SameParagraph, "Homewide"), (quote.Attribution?.Method, quote.Attribution?.Speaker));
    }

    [Theory]
    [InlineData("The final was held at the Stade de France.\n\nThe ground was full, he said.")]
    [InlineData("The Oil and Natural Gas Commission drilled a well.\n\nThe well yielded oil, he said.")]
    [InlineData("The interview was on the Harbour Today Programme.\n\nThe plan was sound, he said.")]
    public void PronounAfterOnlyABody_MeansNobody(string prose)
    {
        var act = Assert.Single(ProseModel.Of(prose).GetFacts<SpeechAct>(), a => a.Kind == SpeakerKind.Pronoun);
        Assert.Null(act.Antecedent);
    }
}
