using EditLint.Documents;
using EditLint.Checks.Sourcing;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Rules.Sourcing;

public sealed class UnattributedQuoteRuleTests
{
    private static readonly RuleTester Tester = RuleTester.For<UnattributedQuoteRule>();

    // Quotations nobody is shown to have said.
    [Theory]
    [InlineData("They were lauded as [|“game-changing”|].")]
    [InlineData("The reforms have been lauded as [|“game-changing”|] and [|“historic”|] in the hope of ending the strike.")]
    [InlineData("The deal was hailed as [|\"a turning point\"|] for the region.")]
    [InlineData("The bridge was described as [|“unsafe”|] in the spring.")]
    [InlineData("The plan has been criticised as [|“reckless”|] and costly.")]
    [InlineData("[|“We will not give up”|] spread through the crowd before it dispersed into the side streets.")]
    [InlineData("[|\"The harbour will reopen next week and the ferries will run again.\"|]")]
    [InlineData("Residents were furious. [|“Nobody asked us what we wanted for this town.”|]")]
    [InlineData("The harbour's budget is [|\"fully funded and entirely sustainable\"|] this year.")]
    [InlineData("The reforms are [|“long overdue”|] and will be debated next month.")]
    [InlineData("The new rules are [|‘a threat to free speech’|] for everyone.")]
    [InlineData("It was, simply, [|“a victory for common sense”|].")]
    [InlineData("The report calls the scheme a success. The scheme is [|“on track to hit every target”|] this year.")]
    [InlineData("The project is [|\"years behind schedule\"|] and over budget.")]
    [InlineData("Supporters say nothing. The move is [|“the only way forward”|] for the club.")]
    [InlineData("[|“I have never seen anything like it,”|] the witness statement begins in the court papers.")]
    [InlineData("The minister was seen as [|“out of touch”|] by the end of the year.")]
    [InlineData("The film festival was praised as [|“bold”|] and [|“daring”|] this year.")]
    [InlineData("The harbour master's decision was dismissed as [|\"pointless\"|] at the meeting.")]
    [InlineData("The decision is [|“a betrayal of every fisherman in the county”|].")]
    [InlineData("Several councillors walked out. [|“This is a disgrace and everyone in this room knows it.”|]")]
    [InlineData("The vote went ahead. [|\"We will fight this in the courts if we have to.\"|]")]
    [InlineData("The tournament was branded a success. It was also [|“chaotic from start to finish”|].")]
    [InlineData("The proposals were [|“a tax on the poor”|] from the start.")]
    [InlineData("The hospital is [|“at breaking point”|], with waiting lists at a record high.")]
    [InlineData("The reforms were lauded as [|“game-changing, historic and overdue”|] across the sector.")]
    [InlineData("The talks were [|“constructive and frank”|] but ended without a deal.")]
    [InlineData("Fans travelled overnight. [|“It was worth every mile and every penny we spent.”|]")]
    [InlineData("The regulator's ruling was welcomed as [|“a landmark moment”|] for passengers.")]
    [InlineData("The strike was called off because the offer was [|“the best we could get in the circumstances”|].")]
    public Task QuotationWithoutSpeaker_IsReported(string markup) => Tester.VerifyAsync(markup);

    // Attribution in every position and form, and things that are not quotations.
    [Theory]
    [InlineData("“We will not give up,” he said, after the vote. Mayor Ann Smith had opened the meeting.")]
    [InlineData("Mayor Ann Smith opened the meeting. “We will not give up,” she said.")]
    [InlineData("“We will not give up,” said Mayor Ann Smith.")]
    [InlineData("“We will not give up,” said the mayor.")]
    [InlineData("Ann Smith said: “We will not give up.”")]
    [InlineData("The mayor said: \"We will not give up.\"")]
    [InlineData("Smith again said the town would “play its part” in the recovery.")]
    [InlineData("Russia again on Wednesday said it could not consider \"any options\" for peacekeepers.")]
    [InlineData("The plan would cost \"far more than expected\", according to the auditor.")]
    [InlineData("According to the Kremlin, the talks were “constructive”.")]
    [InlineData("“They want boots on the ground”, he told the broadcaster. Ann Smith spoke first.")]
    [InlineData("Ann Smith insisted the town would not close its harbour, adding: “You have my word.”")]
    [InlineData("“This is about credibility,” military analyst Sean Bell tells the paper.")]
    [InlineData("Bell said the plan was weak. “You are not even close to the numbers,” Bell adds. “And even if you were, it would be dangerous.”")]
    [InlineData("The Ukrainian leader said the “concrete content” of the deal would be agreed within days.")]
    [InlineData("The White House claimed Russia had agreed to ‘NATO-style protection’ for Ukraine.")]
    [InlineData("Tim Warner, spokesman for the anti-virus firm, said: “People are getting creative.”")]
    [InlineData("“Costs are rising,” Andrew Pendleton, head of trade policy at the charity, said.")]
    [InlineData("Judge Letitia Clark, who issued an injunction in December, has said she will rule “pretty promptly”.")]
    [InlineData("Starmer said he wanted the so-called “special relationship” to go on.")]
    [InlineData("The town is what the mayor calls a “backstop” for the region.")]
    [InlineData("The ferry, dubbed “the Rust Bucket” by locals, sails at noon.")]
    [InlineData("The so-called \"coalition of the willing\" met in Paris.")]
    [InlineData("She starred in the film “Harbour Lights” last year.")]
    [InlineData("Members earn “reward” points that entitle them to a share of profits.")]
    [InlineData("Fears had been expressed that a flood of “fee refugees” would follow.")]
    [InlineData("The project will move the company's \"A\" car production to the new plant.")]
    [InlineData("More than 14 million people saw “Dirty” Den Watts killed off.")]
    [InlineData("The Bill proposes “control orders” for suspects.")]
    [InlineData("Ahmed ‘Mido’ Hossam has apologised again.")]
    [InlineData("The board of directors said in a statement that it would “act in the best interests of shareholders”.")]
    [InlineData("It issued a statement that “the bank will not change its reserves”.")]
    [InlineData("Brentford boss Martin Allen: “After conceding eight goals, I have had enough.”")]
    [InlineData("Observes Mr Hadi: “The economy marks a big divide.”")]
    [InlineData("The council's budget is \"fully funded and entirely sustainable\", according to the figures published on Tuesday.")]
    [InlineData("The new rules are ‘a threat to free speech’, the leaflet warned readers.")]
    public Task AttributedQuotationsTermsAndTitles_AreNotReported(string text) => Tester.VerifyAsync(text);

    // Speakers found by inverted verbs with a description, acronyms, name frames, documents and reported speech.
    [Theory]
    [InlineData("“I'm qualified now and that's what matters most,” said the 28-year-old.")]
    [InlineData("“It was a very easy decision to make,” the 34-year-old told the club's website.")]
    [InlineData("“My hip was cramping and I just could not continue,” admitted the veteran baseliner.")]
    [InlineData("NBC said its offer “contains every assurance the union asked for”.")]
    [InlineData("Bolton boss Sam Allardyce “I am bitterly disappointed with the result.”")]
    [InlineData("- Newcastle boss Graeme Souness “We deserved the win. We had a really good second half.”")]
    [InlineData("The lawsuit charged that the directors had “schemed to evade the registration rules”.")]
    [InlineData("The court found the advice “was motivated by an improper purpose”.")]
    [InlineData("The agency said the impact on growth would be slight. But the blow to the poorest could be “enormous”.")]
    [InlineData("The ministry warned that prices would rise. Families would be “worse off than ever”.")]
    [InlineData("Turner labelled the new sales tax “a money machine for the minister”.")]
    [InlineData("Trump characterized the call as “perfectly fine and routine”.")]
    [InlineData("Lawson repeated that “it is most unlikely we will join before the election.”")]
    [InlineData("“It was nice to get that out of the way. “I felt good and I just had to relax,” said Holmes.")]
    [InlineData("“Why didn't his superiors question the sources of his information?” Lent asked.")]
    [InlineData("“The American people deserve the truth, and the Constitution demands a trial.” Pelosi said.")]
    public Task NewlyRecognisedSpeakers_AreNotReported(string text) => Tester.VerifyAsync(text);

    // The same shapes with nobody to credit still fire.
    [Theory]
    [InlineData("The agency calls the scheme a success. Families would be [|“worse off than ever”|].")]
    [InlineData("The agency says nothing. Families would be [|“worse off than ever”|].")]
    [InlineData("The court sat for an hour. The advice [|“was motivated by an improper purpose”|], the papers show nothing more.")]
    [InlineData("The bridge closed on Monday, and the 28-year-old walked home. [|“It was a very long day.”|]")]
    [InlineData("Police found the car on Monday. It was [|“a total wreck”|].")]
    [InlineData("Residents are furious. [|“I will fight this all the way to the courts.”|]")]
    [InlineData("[|“Why did nobody question the sources of his information?”|] Lent's hearing opened with that question and ran on until the committee said nothing further about it.")]
    public Task SimilarShapesWithoutASpeaker_AreReported(string markup) => Tester.VerifyAsync(markup);

    // "by whom?": a frame that hides its speaker is answered by the sentence right before, not by a speaker further back.
    [Theory]
    [InlineData("“We are pleased,” said the minister. The trust opened in 1990 and moved to Leeds in 2001. Its head is described as [|“a proud grandfather”|] of four.")]
    [InlineData("“We will see,” he said. The fair could become a battleground for rival formats. The new format has been described as [|“3G on steroids”|] and could be faster.")]
    [InlineData("The filing described the singer as “one of the best known performers”. The tour was cited as “a highly crafted production”.")]
    [InlineData("“We were awful,” the manager said. They struggled at first, later being described as “pretty damn average” and “strange and eerie” by scouts who saw them live.")]
    [InlineData("The band played on. They were later described as “pretty average” by the magazine's critics.")]
    [InlineData("The film opened in May. It was described as “pretentious” by audiences.")]
    [InlineData("The film opened in May. It was described as “pretentious” by audiences last week.")]
    [InlineData("Staff were told by letter that the plant was [|“no longer viable”|].")]
    [InlineData("Asked about the plan, the minister said nothing. It has been described as [|“a shambles”|].")]
    [InlineData("Smith said he would stand down in May. He has been described as [|“the last of the old guard”|].")]
    [InlineData("Ticket sales were described as [|“brisk”|] by the weekend.")]
    [InlineData("The team was described as [|“a shambles”|] by Monday.")]
    [InlineData("The minister is seen as [|“soft on crime”|]. She is said to be frustrated that her plans are blocked by Mr Brown.")]
    [InlineData("“A landmark,” it said of the winner. Pop Monthly also had praise for the runners-up. The second album was described as a “revelatory debut”.")]
    [InlineData("The band played on. Pop Monthly heaped scorn on the runners-up. The second album was described as a “tired retread”.")]
    [InlineData("The council has had criticism for what residents call a rollout that was [|“chaotic”|].")]
    [InlineData("“A landmark,” it said of the winner. The band played on. The second album was described as a [|“revelatory debut”|].")]
    public Task HiddenSpeakerAnsweredOnlyNearby(string markup) => Tester.VerifyAsync(markup);

    // "The council's main problems are “…”": a body's own aims or problems, in its words when it speaks in the article.
    [Fact]
    public Task OwnersStatedProblems_AreItsWordsWhenItSpeaks() =>
        Tester.VerifyAsync("""
            The council will spend £5m on roads next year. The council's main problems are "falling income and rising costs". It aims to mend 400 roads.

            Not everyone is convinced. "The sums do not add up," a local trader said.

            The council said it would borrow no more than it had planned.
            """);

    [Theory]
    [InlineData("The club will sign two players. The club's main problem is [|“a lack of ambition”|]. It aims to win the league.")]
    [InlineData("The club will sign two players. The club's main problem is [|“a lack of ambition”|]. “We want more,” the fans' group said.")]
    [InlineData("The government's main problem is [|“a lack of vision”|]. The Scottish government said it would publish its plans.")]
    public Task OwnersStatedProblems_FireWhenTheOwnerNeverSpeaks(string markup) => Tester.VerifyAsync(markup);

    // Verbs of judging and revealing: a named subject speaks; in the passive with nobody named, the words fire.
    [Theory]
    [InlineData("Rifkin likened the task to a “musical Rubik's cube”.")]
    [InlineData("The Law Society branded the proposals an “abuse of power”.")]
    [InlineData("Hodgson revealed that the kicks were “out of my range”.")]
    [InlineData("The senator lauded the governor as a “powerful voice of freedom”.")]
    [InlineData("The scheme was likened to [|“a lottery with no prizes”|] at the time.")]
    public Task JudgingAndRevealingVerbs(string markup) => Tester.VerifyAsync(markup);

    // Idioms with a speech verb report nobody's words.
    [Theory]
    [InlineData("The name says it all. The band's new sound is [|“pure export quality”|].")]
    [InlineData("That said, the new sound is [|“pure export quality”|].")]
    [InlineData("The band's sound, needless to say, is [|“pure export quality”|].")]
    [InlineData("The chancellor is seen as more [|“hostile to markets”|] than his rival. But their shared belief in growth continues to unite them.")]
    public Task IdiomsWithSpeechVerbs_AttributeNothing(string markup) => Tester.VerifyAsync(markup);

    // The same verbs outside the idiom still report.
    [Theory]
    [InlineData("The Prime Minister is to say on Monday that the talks were “constructive and positive”.")]
    [InlineData("The witness said it all happened very quickly and that the gunman was “calm and smiling”.")]
    [InlineData("“We will not back down,” Ms Ardern continued in Auckland.")]
    [InlineData("“We will not back down,” she continued with a smile.")]
    [InlineData("“We will not back down,” she continued to the crowd.")]
    public Task SpeechVerbsNextToIdioms_StillReport(string text) => Tester.VerifyAsync(text);

    // Words talked about, slogans, labels, glosses and titles: not anyone's words.
    [Theory]
    [InlineData("Many issues are on the agenda. “Global warming” features particularly high.")]
    [InlineData("The word “Britain” is set on a red background. “Forward” is in italics.")]
    [InlineData("I agree the term is vague. ‘Urban’ to me is what I hear at parties.")]
    [InlineData("The party, which campaigned on a slogan of “Say no to Europe”, spent £2m.")]
    [InlineData("The site now shows a holding page, with the words, “Stay tuned”.")]
    [InlineData("The council wants to add the question, “Is this boat registered in the harbour?”, to the next survey.")]
    [InlineData("The chosen name, “Shinnama”, disguises its non-beer nature.")]
    [InlineData("The march ended with a shout of “free education for all”.")]
    [InlineData("Thousands joined an anti-Brexit (“British exit”) march on Saturday.")]
    [InlineData("The agency lifted the country's rating by one notch to ‘BB+’.")]
    [InlineData("The bureau prepared a pamphlet, “Economical Travel in Japan.”")]
    [InlineData("Nothing by The Smiths (in particular “How Soon is Now?”) was on the list.")]
    [InlineData("Those are “In my day” type arguments from another era.")]
    [InlineData("For example, “pork” would be listed instead of “mechanically separated pork”.")]
    [InlineData("Donors can give by texting “Donate” to a short code.")]
    [InlineData("He went to the grammar school, known then as the “Eton of the valleys”.")]
    public Task MentionsSlogansLabelsAndTitles_AreNotReported(string text) => Tester.VerifyAsync(text);

    // Close to those shapes, but someone's words.
    [Theory]
    [InlineData("Many issues are on the agenda. [|“We will not give up on the climate”|] spread through the hall.")]
    [InlineData("The party, which campaigned hard, was [|“on course for a famous win”|].")]
    [InlineData("The march ended peacefully. The police were [|“relieved and grateful”|].")]
    [InlineData("The pamphlet was [|“a waste of public money”|].")]
    public Task SimilarShapesThatAreQuotations_AreReported(string markup) => Tester.VerifyAsync(markup);

    // Issue 14: a paraphrase in the paragraph before does not say whose words these are (this case was once taken as
    // BBC run-together copy and attributed to Deans; the issue makes it a finding with Deans as the likely speaker).
    [Fact]
    public Task QuotationAfterAParaphraseParagraph_IsReported() =>
        Tester.VerifyAsync("""
            Fiona Deans, associate director of the network, said the compression was lossless.

            Every film will be encrypted to prevent piracy. [|“People will see the picture is a bit clearer with no scratches.”|]
            """);

    [Fact]
    public Task FirstPersonQuote_AfterASentenceAboutANamedPerson_IsNotReported() =>
        Tester.VerifyAsync("""
            Amelie Mauresmo won her opening match in straight sets.

            Mauresmo spent five weeks at number one before injury. “Since then, I feel very confident on court.”
            """);

    [Fact]
    public Task ThirdPersonQuote_AfterASentenceAboutANamedPerson_IsReported() =>
        Tester.VerifyAsync("""
            Amelie Mauresmo won her opening match in straight sets.

            Mauresmo spent five weeks at number one before injury. [|“The ranking is hers to lose this season.”|]
            """);

    // Names, loosely used verbs and a speaker who is the sentence's subject.
    [Theory]
    [InlineData("Support will come with the next release of Windows, “Longhorn”.")]
    [InlineData("The firm gained the trademark rights of “CentOS” in 2014.")]
    [InlineData("The poll, published in “Today,” showed support falling.")]
    [InlineData("The messages will be “unwrapped” by the sculptor on Christmas Eve.")]
    [InlineData("Unprotected networks can be “sniffed out” and hijacked by anyone nearby.")]
    [InlineData("At the nanoscale, materials can be “tuned” to display unusual properties.")]
    [InlineData("“Once you have paid, you can come and go,” said 3 spokesperson Belinda Henderson.")]
    [InlineData("The party asserts that Mr Hockney “has a moral obligation” to stand down.")]
    [InlineData("The paper praised the team, with Jaime Vargas lauding the way “Spain dominated England”.")]
    public Task NamesLooseVerbsAndNamedSpeakers_AreNotReported(string text) => Tester.VerifyAsync(text);

    // Their look-alikes that are someone's words.
    [Theory]
    [InlineData("The plan was described as [|“Ridiculous”|] and costly.")]
    [InlineData("Local police were said to be [|“surprised”|] he was in the area.")]
    [InlineData("The issue had been [|“overlooked and ignored”|] for years.")]
    [InlineData("Henderson left early. The event was [|“a total success”|] for the band.")]
    public Task LookAlikesThatAreQuotations_AreReported(string markup) => Tester.VerifyAsync(markup);

    // Official wording of prizes and laws, numbered documents, 'quoted as'.
    [Theory]
    [InlineData("The prize is given every two years. It will reward an author for “continued creativity and contribution to fiction”.")]
    [InlineData("A provision in the banking law allows the Treasury to act in the case of “serious management irregularities”.")]
    [InlineData("NSDD 266 said the staff should impose “clear lines of control and accountability.”")]
    [InlineData("A candidate is quitting after being quoted as wanting a “period of creative destruction”.")]
    [InlineData("For example, “pork” would be listed instead of “mechanically separated pork.”")]
    [InlineData("The plans also include new training. There will also be “specific exercises” to encourage recruits.")]
    [InlineData("Seven riders died; the official cause of death reportedly was “blunt force trauma.”")]
    [InlineData("The new commissioner will have the power to look into “any matter touching the welfare of pupils”.")]
    public Task OfficialWordingAndNumberedDocuments_AreNotReported(string text) => Tester.VerifyAsync(text);

    // An opinion about a prize or a law, or a document nobody quotes, is still someone's words.
    [Theory]
    [InlineData("The new law is [|“a disgrace to the country”|] and must go.")]
    [InlineData("The prize was hailed as [|“a triumph for fiction”|].")]
    [InlineData("The plans were shelved. There will be [|“no more money for anyone”|].")]
    public Task OpinionsAboutPrizesAndLaws_AreReported(string markup) => Tester.VerifyAsync(markup);

    // Words quoted in the object of someone's action are that actor's own words (the maker "developed …", a plan
    // "will require …"); a quotation that only ends in a full stop is partial when it starts inside the sentence.
    [Theory]
    [InlineData("The maker has also built “a way to fit a camera inside the helmet, to help the wearer see.”")]
    [InlineData("Capital comprises equity and reserves plus “general provisions that act much like reserves.”")]
    [InlineData("The guide offers tips on cheap hotels while giving “an honest glimpse of everyday life in the city.”")]
    [InlineData("Her advice to one hopeful was to “stop talking and start listening to the voters for once”.")]
    [InlineData("- Migrants settling in the country will have to “show they meet a basic standard of health and fitness”.")]
    [InlineData("The governor also attacked the rival party for wanting to “hand out free laptops to every child in school”.")]
    [InlineData("The raids were part of an operation aimed at fighting “organised copyright theft on file-sharing networks”.")]
    [InlineData("The mayor placed great emphasis on maintaining “safe streets and open shops.”")]
    [InlineData("The firm signed a deal with “the best partner we could ever hope for”.")]
    [InlineData("The party pledged to end “the chaos and failure of the last decade”.")]
    [InlineData("The raids were run by a task force which was aimed at fighting “organised theft on file-sharing networks”.")]
    [InlineData("The country is leaving the union, which has been termed Brexit for “British exit”.")]
    public Task WordsInTheObjectOfAnAction_AreTheActorsOwn(string text) => Tester.VerifyAsync(text);

    // Speakers behind a legal holding, a numbered act with a name in apposition, a cited saying, and names given.
    [Theory]
    [InlineData("The lawyer holds that if they were “lawful permanent residents” at the time then she qualifies.")]
    [InlineData("The Broadcasting Act No. 3846, also known as the \"Radio Law\", states \"no company shall operate a station without a licence from the state.\"")]
    [InlineData("They said failure teaches more, citing the old painter's quote that “every artist has a thousand bad drawings,” and moved on.")]
    [InlineData("It has been called “open source news” by some and “moblog journalism” by others.")]
    [InlineData("That year's outbreak was commonly called “swine flu.”")]
    public Task HoldingsActsSayingsAndNames_AreNotReported(string text) => Tester.VerifyAsync(text);

    // Words said about someone by somebody the sentence hides, and claims after a copula, still fire.
    [Theory]
    [InlineData("The director was hailed for his [|“remarkable visual beauty and technical daring”|] at the festival.")]
    [InlineData("The cause of the fire reportedly was [|“an electrical fault.”|]")]
    [InlineData("Several of the players are said to be [|“furious”|] with the decision.")]
    [InlineData("The new casinos must be [|“socially responsible”|], it has been suggested.")]
    [InlineData("The striking workers have been [|“reminded of their duties to the public”|].")]
    [InlineData("The council's main worries are [|“falling rents and a shrinking high street”|].")]
    [InlineData("The firm's plan was [|“unworkable from the very first day.”|]")]
    [InlineData("The council has been accused of [|“gross negligence over the flood defences”|].")]
    [InlineData("Residents were told to [|“stay indoors and keep every window shut”|] until the fire was out.")]
    public Task HiddenSpeakersAndClaims_AreReported(string markup) => Tester.VerifyAsync(markup);

    // A copula a few words back, a noun that only looks like a claim, a capitalised word that names nobody, and a lede
    // about the person who then answers: all still fire.
    [Theory]
    [InlineData("Hospitals are facing [|“a crisis of staffing and morale unlike any seen before”|].")]
    [InlineData("The plan is costly and [|“a disaster for the poorest families in the land”|].")]
    [InlineData("The plan is quite simply [|“a disaster for the poorest families in the land”|].")]
    [InlineData("The plan was in effect [|“a disaster for the poorest families in the land”|].")]
    [InlineData("The plan will prove [|“a disaster for the poorest families in the land”|].")]
    [InlineData("Despite early fears it would rain, the festival was [|“a triumph from start to finish”|].")]
    [InlineData("The charge their customers pay is [|“a daylight robbery”|].")]
    [InlineData("The government acted with [|“breathtaking incompetence from start to finish”|].")]
    [InlineData("The council handled the floods with [|“a reckless disregard for the people of the valley”|].")]
    [InlineData("Tom Reid's party has been accused of [|“lying to voters”|]. Reid said the claims were false.")]
    [InlineData("The minister has been accused of [|“lying to voters”|]. [Opposition spokesman Tom Reid](https://example.org/reid) said nothing.")]
    [InlineData("**The agency**, though, says nothing. Families would be [|“worse off than ever”|].")]
    [InlineData("[|“Do you want it badly enough?”|]\n\nThis is the question every British household is asking.")]
    public Task ReviewProbes_AreReported(string markup) => Tester.VerifyAsync(markup);

    // Odd input that once threw or fired: a sentence opening with a stray comma, a block quote of marks only.
    [Theory]
    [InlineData("Prices rose sharply. , the maker then developed “a way to fit a camera inside the helmet for riders”.")]
    [InlineData("> ''")]
    [InlineData("> “”")]
    public Task OddInput_IsNotReported(string text) => Tester.VerifyAsync(text);

    // Scare quotes: a verb or a single modifier used loosely, and words a claim or ruling before them frames.
    [Theory]
    [InlineData("The campaign, for anyone who has been away, is “looming”.")]
    [InlineData("The robot was “born” three years ago in a lab near the coast.")]
    [InlineData("Storms of that strength are considered to be “major” storms.")]
    [InlineData("The operator is appealing against allegations that its rates are “unfair and excessive”.")]
    [InlineData("The film won despite a recent ruling it was “not British enough”.")]
    [InlineData("“Nearly new and barely used - honest” was written on the old sofa.")]
    [InlineData("The new minister, a Catholic, is reported to be “pro-life” and has opposed the research.")]
    [InlineData("Marchers from the “anti-war” coalition gathered in the square.")]
    [InlineData("The prize, which is “presented to a writer whose work has changed the form,” goes to Ann Smith.")]
    public Task ScareQuotesAndFramedClaims_AreNotReported(string text) => Tester.VerifyAsync(text);

    // Words the article shows someone saying later, or uses as its own words without marks elsewhere.
    [Fact]
    public Task QuotationEchoingAnAttributedOneOrTheWritersOwnWords_IsNotReported() =>
        Tester.VerifyAsync("""
            The new casinos must be “socially responsible”, it has been suggested.

            The minister, Ann Smith, said: “We want every casino run in a socially responsible way.”

            All of the pardons were “full and unconditional”.

            A full and unconditional pardon restores every civil right.
            """);

    [Fact]
    public Task QuotationWithOnlyCommonWordsElsewhere_IsReported() =>
        Tester.VerifyAsync("""
            The plan is [|“a disaster”|].

            Critics fear a disaster.

            The channel was criticised for sending [|“offensive”|] and [|“threatening”|] leaflets.
            """);

    // A news lede hides the speaker for one sentence and names them in the next.
    [Fact]
    public Task LedeWhoseNextSentenceNamesTheSpeaker_IsNotReported() =>
        Tester.VerifyAsync("""
            The minister has been accused of using “the politics of confusion” on migration.

            Opposition spokesman Tom Reid told MPs the country was losing its veto.

            The manager, sent off for taunting the fans, has been “reminded of his duties to the game”. But the FA confirmed: “There will be no further action.”
            """);

    [Fact]
    public Task LedeWhoseSpeakerComesLaterInItsParagraph_IsNotReported() =>
        Tester.VerifyAsync("""
            The director was hailed for his “bold and tender storytelling”. His films run all week. He won a prize in 2002. “His films are fearless,” organisers said in a statement.
            """);

    [Fact]
    public Task LedeWhoseNextSentenceNamesNobody_IsReported() =>
        Tester.VerifyAsync("""
            The minister has been accused of using [|“the politics of confusion”|] on migration.

            ## Reaction

            The reforms were lauded as [|“historic”|]. The vote is due on Monday.

            The police were said to be [|“surprised”|] he was there. His agent, Ann Smith, said he was unhurt.

            The count starts at noon.

            The senator is reported to be [|“furious”|]. Her rival, Tom Reid, said the vote would be close.

            The count starts at noon.

            The plan was hailed as [|“a turning point”|]. He said the vote would be close.

            Opposition spokesman Tom Reid told MPs the country was losing its veto.

            ## The accused answers

            The minister has been accused of [|“lying to the house”|]. The minister said the claims were false.

            The count starts at noon.

            The channel has been criticised for sending [|“offensive”|] leaflets. Channel Nine mailed thousands of packs, suggesting the reader was being watched.
            """);

    [Fact]
    public Task SpeakerEarlierInTheParagraph_SpeaksItsLaterQuotations() =>
        Tester.VerifyAsync("""
            Judge Ann Smith said the rules were not written down. That could change with the reforms. The matter had been “overlooked and then forgotten” when the deal was drafted.

            In a story he often told, Tom Reid learned to drum on school desks. When a band needed a stand-in, friends pushed him forward. “I had never played before, but I sat down and I could play!”
            """);

    [Fact]
    public Task SpeakerEarlierInTheParagraph_DoesNotReachTheNextParagraph() =>
        Tester.VerifyAsync("""
            Judge Ann Smith said the rules were not written down. That could change with the reforms.

            The harbour was quiet on Monday. The matter had been [|“overlooked and then forgotten”|] when the deal was drafted.
            """);

    [Fact]
    public Task QuotationNamedByTheSentenceAfterIt_IsAttributed() =>
        Tester.VerifyAsync("""
            “Do you want it badly enough? How much do you hate losing?”

            These are the questions Ann Smith will be asking of the squad in the months to come.
            """);

    [Fact]
    public Task QuotationFollowedByASentenceThatNamesNobody_IsReported() =>
        Tester.VerifyAsync("""
            [|“Do you want it badly enough? How much do you hate losing?”|]

            These are the questions that nobody at the club has answered in the months since.
            """);

    [Fact]
    public Task PersonQuotedLast_AsTheSentenceSubject_SpeaksThePartialQuote() =>
        Tester.VerifyAsync("""
            “I will withdraw as his running mate,” Darcy Richardson wrote on Tuesday.

            Richardson has since reconciled with the party and remains “fully committed” to the campaign.
            """);

    [Fact]
    public Task OpeningPhraseBeforeTheSubject_StillIntroducesTheSpeaker() =>
        Tester.VerifyAsync("""
            Dick Morris has worked for Republicans and Democrats alike.

            On this subject, Morris appears almost evangelical. “I was on a cruise when I met the party's leader.”
            """);

    [Fact]
    public Task ReadersComments_ShortQuotedWordsAreTheWritersOwn() =>
        Tester.VerifyAsync("""
            I'm not comfortable with the word at all. I think it was made up to sell records.

            I agree with the comments above. My view is that the label means nothing to me.

            I live in the city and I have never heard her music played at a party.

            How can she be “urban” if she grew up in the countryside? I don't see it.

            My advice to the organisers is to drop the category. I would not miss it.
            """);

    [Fact]
    public Task ReadersComments_AFullUnattributedQuotationStillFires() =>
        Tester.VerifyAsync("""
            I'm not comfortable with the word at all. I think it was made up to sell records.

            I agree with the comments above. My view is that the label means nothing to me.

            I live in the city and I have never heard her music played at a party.

            [|“The category will be scrapped next year and nobody will miss it.”|]

            My advice to the organisers is to drop the category. I would not miss it.
            """);

    [Fact]
    public Task NewsWithoutFirstPerson_ShortQuotedWordsStillFire() =>
        Tester.VerifyAsync("""
            The award was voted for by viewers of the channel.

            The singer grew up in the countryside. Her music is [|“urban”|] and always has been.
            """);

    [Fact]
    public Task InterviewTranscript_LabelSpeaksTheParagraph() =>
        Tester.VerifyAsync("""
            ((WN)) What did you find?

            ((Sara Seager)) We grew yeast (a more complex ‘eukaryote’) in hydrogen and it was “thriving”.
            """);

    [Fact]
    public Task UnlabelledAnswerAfterTheInterviewersQuestion_IsTheIntervieweesWords() =>
        Tester.VerifyAsync("""
            ((WN)) : Your party wants to cut “red tape”. Which law would you change?

            One of the big issues here is actually “green tape” rather than “red tape”.
            """);

    [Fact]
    public Task UnlabelledParagraphAfterAnOrdinaryOne_StillFires() =>
        Tester.VerifyAsync("""
            The candidate wants to cut regulation.

            One of the big issues here is actually [|“green tape and nothing else”|] this year.
            """);

    [Fact]
    public Task PageThatCollectsOnePersonsWords_AttributesItsQuotations() =>
        Tester.WithFormat(DocumentFormat.PlainText).VerifyAsync("""
            Ann Smith in quotes

            She resigned on Tuesday after a long career.

            “Trust and straight talking matter more than anything in politics.”
            """);

    [Fact]
    public Task OrdinaryPage_QuotationWithoutSpeakerStillFires() =>
        Tester.WithFormat(DocumentFormat.PlainText).VerifyAsync("""
            Ann Smith resigns

            She resigned on Tuesday after a long career.

            [|“Trust and straight talking matter more than anything in politics.”|]
            """);

    [Fact]
    public Task ExtractsFromADocument_AreTheDocumentsWords() =>
        Tester.VerifyAsync("""
            VIENNA, June 29 - Following are extracts from the communique issued at the end of the conference.

            “The conference expressed satisfaction with the agreement signed in December.

            “The conference noted that all market indicators have been firming up.”

            “The next meeting of the conference will be held in Vienna in December.”
            """);

    [Fact]
    public Task QuoteParagraphsWithNoFrameBefore_AreReported() =>
        Tester.VerifyAsync("""
            VIENNA, June 29 - The conference ended on Monday after three days.

            [|“The next meeting of the conference will be held in Vienna in December.”|]
            """);

    [Fact]
    public Task SpeakerCarriesToTheNextQuoteParagraph() =>
        Tester.VerifyAsync("""
            “I'm absolutely convinced that we need a lasting peace,” the prime minister told reporters.

            “Precisely what that looks like is obviously a subject of intense discussion.”
            """);

    [Fact]
    public Task ReportedSpeechCarriesToTheNextQuoteParagraph() =>
        Tester.VerifyAsync("""
            Any agreement would extend to training and equipment, Bell says.

            “At first it would need credible Western support.
            """ + "\n\n" + """
            “Because while there's a lot of focus on Ukraine, there will be different governments in five years.”
            """);

    [Fact]
    public Task QuoteParagraphAfterASubheading_DoesNotInheritTheSpeaker() =>
        Tester.VerifyAsync("""
            “We will rebuild,” the mayor said.

            ## What next

            [|“The harbour will be open by the spring and the boats will be back.”|]
            """);

    [Fact]
    public Task HeadingWhoseQuoteIsAttributedInTheBody_IsNotReported() =>
        Tester.VerifyAsync("""
            ## ‘Article 5-like protection’

            When the envoy first mentioned guarantees, he described them as “Article 5-like protection” for Kyiv.
            """);

    [Fact]
    public Task HeadingWhoseQuoteIsNotAttributedAnywhere_IsReported() =>
        Tester.VerifyAsync("""
            ## [|“A betrayal of every fisherman”|]

            The quota decision was announced on Tuesday.
            """);

    [Fact]
    public Task AttributedHeadline_InAPlainTextDraft_IsNotReported() =>
        Tester.WithFormat(DocumentFormat.PlainText).VerifyAsync("""
            Mayor says only a 'backstop' can save the harbour

            The mayor spoke on Tuesday.
            """);

    [Fact]
    public Task MarkdownBlockQuote_IntroducedBySpeaker_IsNotReported() =>
        Tester.VerifyAsync("""
            In a statement, the harbour master said:

            > “The harbour will reopen on Monday.”
            """);

    // Careless edits that cut a quotation's attribution: each leaves words nobody is shown to have said.
    [Theory]
    [InlineData("Ann Smith said the harbour would reopen in the spring.\n\n[|“The boats will be back before Easter.”|]")]
    [InlineData("The council met on Tuesday night.\n\n[|“We will not give up on this harbour.”|]")]
    [InlineData("“We will rebuild,” the mayor said.\n\nThe storm hit on Monday.\n\n[|“The harbour will be open by the spring.”|]")]
    [InlineData("“We will rebuild,” Ann Smith said. Officials said the storm flooded the quay. The tide rose on Monday. [|“Nobody should expect miracles from us.”|]")]
    [InlineData("“We will rebuild,” the mayor said.\n\nTom Reid, the harbour master, said repairs would take a year.\n\n[|“Nobody should expect miracles from us.”|]")]
    [InlineData("The storm flooded the quay.\n\n[|“We will rebuild, and we will do it quickly.”|]")]
    [InlineData("Paying tribute, Tom Reid said the harbour master was one of the “finest sailors of his age”.\n\n[|“He never lost a boat in forty years.”|]")]
    public Task CutAttribution_IsReported(string markup) => Tester.VerifyAsync(markup);

    // The conventions that do attribute a quotation: its own sentence, its paragraph, the quotation that ends the
    // paragraph before, a frame, a lead-in, the speaker right after it.
    [Theory]
    [InlineData("“We will rebuild,” the mayor said.\n\n“The harbour will be open by the spring.”")]
    [InlineData("Ann Smith said the harbour would reopen. “The boats will be back before Easter.”")]
    [InlineData("The mayor said:\n\n“We will rebuild the harbour wall.”")]
    [InlineData("Ann Smith said the council was worried --\n\n“We cannot rebuild the harbour wall alone.”")]
    [InlineData("“I had no idea who would be here.” Ann Smith told reporters she regretted going.")]
    [InlineData("Two traders spoke on Monday. “Prices will fall before the summer,” one said.")]
    [InlineData("“Prices will fall before the summer,” said another trader.")]
    [InlineData("“We will rebuild,” Ann Smith said. “The harbour will be open by the spring.” “Nobody will be left behind.”")]
    [InlineData("Ann Smith was delighted with the vote. “I have waited six years for this.”")]
    [InlineData("“I have waited six years for this,” retorted Ann Smith.")]
    [InlineData("Ann Smith joined the crew in May.\n\nUnderwhelmed with her role, she left the ship. “This is not why I went to sea.”")]
    [InlineData("Tom Reid spoke at the rally, screaming “We will win this town back!”")]
    [InlineData("The long-serving harbour master said: “We will rebuild the wall.”")]
    [InlineData("“It was the best day of my life,” says 27-year-old Ross.")]
    [InlineData("Official council policy states that “no boat may moor overnight”.")]
    [InlineData("“We will rebuild,” Ann Smith said. The storm flooded the quay on Monday. “Nobody should expect miracles from us.”")]
    [InlineData("Ann Smith also believes the quay will reopen. The storm has passed. “The boats will be back before Easter.”")]
    [InlineData("The harbour was rebuilt in May. I am reminded of a saying attributed to Tom Reid. “A quay is only as strong as its weakest stone.”")]
    [InlineData("Tom Reid toured the quay.\n\nAnd here he was again, moving to the front of the stage. “We will not give up on this harbour.”")]
    [InlineData("Tom Reid toured the quay.\n\nMr Reid despatches the critics with another of his neat soundbites. “A harbour without boats is a car park.”")]
    [InlineData("The talks failed in May.\n\n“Tom said he had a rather awkward problem with the quay,” reads a telephone memo for the mayor.")]
    [InlineData("Tom Reid ran the 800m.\n\n“I'm qualified now,” said the 28-year-old. He hopes to race on Sunday. After three wins over the past fortnight, Reid is brimming with confidence. “I've waited six years for this.”")]
    [InlineData("Tom Reid coaches the home side.\n\nThe visitors were shown two yellow cards, leaving Reid unimpressed. “One of them was questionable.”")]
    [InlineData("Ann Smith spoke at the club.\n\nOn this subject, Smith appears almost evangelical.\n\n“I was on a cruise when I joined the party.”")]
    [InlineData("The institutes met in Bonn.\n\nThey said the strong currency had hurt exports. But they expected a recovery. “It can be presumed that the slowdown will ease.”")]
    [InlineData("To mark the anniversary, Tom Reid - the band's former manager - remembers the singer.\n\nReid worked with the band for four years.\n\n: “I joined the label in 1977 and worked on their first tour.”\n\n: The album came out in 1978. “By 1979 they were the biggest act in the world.”")]
    [InlineData("Ann Smith took to social media, posting at 9 am local time on Twitter, “We will rebuild the harbour together!”")]
    public Task AttributingConventions_AreNotReported(string text) => Tester.VerifyAsync(text);

    // Tags an editor reads as naming the speaker though the copy is rough: a name left in lower case, a name with a
    // joined particle, a closing mark missing so the tag sits inside the quotation (EL1003 reports the mark).
    [Theory]
    [InlineData("The harbour deal was signed.\n\n“We do not foresee any impact on the deal,” reid said.")]
    [InlineData("The harbour deal was signed.\n\n“This is no secret,” smith told reporters at the ministry.")]
    [InlineData("The harbour deal was signed.\n\n“It has no choice but to defend the quay,” said al-Rashid, who is in Dover.")]
    [InlineData("The harbour deal was signed.\n\n“It is a rather gloomy outlook for the quay, said Tom Reid of Harbour Data Ltd.")]
    [InlineData("The harbour deal was signed.\n\n“I will go to the meeting and put up “no more tolls,” Reid said.")]
    public Task RoughTags_NameTheSpeaker(string text) => Tester.VerifyAsync(text);

    // The paragraph names who said it: its only speaker, named after the quotation too; a second speaker or an unnamed
    // source anywhere in it leaves the quotation to the conventions right around it.
    [Theory]
    [InlineData("“A film will happen in three years.” The rights have been sold. “I want it done slowly,” says Ann Smith.")]
    [InlineData("Tom Reid is keen to wait. The rights have been sold. “A film will happen in three years.” The cartoon is out in March, he said.")]
    [InlineData("Ann Smith said a lot of work had been done.\n\n“We predicted this years ago.” She highlighted the trends of the year. “Gaming is becoming a social thing.”")]
    [InlineData("Prices rose in May.\n\n“I think the key is what the bank expects.” House prices have risen 1% this year, Homewide said.")]
    [InlineData("Tom Reid spoke at the fair.\n\n“In the dotcom era, something jumped up in your face.” But change, he says, will come slowly. “I am a big believer in this,” says Mr Reid. “People will not have to do anything.” Natural interfaces will develop, and our voices could be telling our rings what to do.")]
    public Task OnlySpeakerOfTheParagraph_AttributesIt(string text) => Tester.VerifyAsync(text);

    [Theory]
    [InlineData("[|“A film will happen in three years.”|] The rights have been sold. “I want it done slowly,” says Ann Smith. Tom Reid said he agreed.")]
    [InlineData("[|“A film will happen in three years.”|] The rights have been sold. Critics said it would flop, says Ann Smith.")]
    [InlineData("Ann Smith ran the fair.\n\n[|“We predicted this years ago.”|] She highlighted the trends of the year. “Gaming is becoming a social thing.” Tom Reid said he disagreed. Ann Lee said she agreed.")]
    [InlineData("Ann Smith ran the fair.\n\n[|“We predicted this years ago.”|] She highlighted the trends of the year. “Gaming is becoming a social thing.”")]
    [InlineData("Ann Smith spoke at the club.\n\nSmith paid tribute to her side.\n\n[|“We had to show character.”|]")]
    [InlineData("Ann Smith spoke at the club.\n\nSmith hopes the party will win.\n\n[|“I was on a cruise when I joined the party.”|]")]
    [InlineData("Prices rose in May.\n\n[|“I think the key is what the bank expects.”|] House prices rose, Homewide said. Prices will fall, Tom Reid said.")]
    public Task SecondSpeakerInTheParagraph_LeavesItUnattributed(string markup) => Tester.VerifyAsync(markup);

    // A lead-in about the person that names no words of theirs, and an indefinite description after the verb that is no
    // document, leave the quotation unattributed.
    [Theory]
    [InlineData("Tom Reid toured the quay.\n\nMr Reid despatches the critics with a wave. [|“A harbour without boats is a car park.”|]")]
    [InlineData("The talks failed in May.\n\n[|“The quay is lost,”|] reads a man from the harbour.")]
    [InlineData("Tom Reid coaches the home side.\n\nThe visitors were shown two yellow cards, leaving Reid with a long drive home. [|“One of them was questionable.”|]")]
    [InlineData("Ann Smith spoke at the club.\n\nThe storm was over by then.\n\n[|“I was on a cruise when I joined the party.”|]")]
    [InlineData("Ann Smith spoke at the club.\n\nSmith referred to a rise in the party's vote.\n\n[|“I feel this is a strong step.”|]")]
    [InlineData("Ann Smith spoke at the club.\n\nSmith said the party had been good to her.\n\n[|“I was on a cruise when I joined the party.”|]")]
    [InlineData("To mark the anniversary, Tom Reid - the band's former manager - remembers the singer.\n\nAnn Lee said the band would tour.\n\n: [|“I joined the label in 1977 and worked on their first tour.”|]")]
    public Task LookAlikeLeadInsAndTags_LeaveItUnattributed(string markup) => Tester.VerifyAsync(markup);

    // Extracts introduced as such are the document's, paragraph after paragraph, until a heading.
    [Fact]
    public Task ExtractsAfterTheirFrame_AreTheDocumentsUntilAHeading() =>
        Tester.VerifyAsync("""
            Following are extracts from the statement the harbour board issued on Monday.

            “The board noted the fall in trade.”

            The board, therefore, decided to close the quay.

            “The board observed the continued fall in the value of the pound.”

            ## Reactions

            [|“We are angry about this,”|] one fisherman.
            """);

    // A look-alike that is no tag: words after the comma that go on past the tag, in a quotation left open.
    [Theory]
    [InlineData("The harbour deal was signed.\n\n[|“It is a gloomy outlook, said Tom Reid, and the quay will close soon.|]")]
    public Task RoughTagLookAlikes(string markup) => Tester.VerifyAsync(markup);

    // What does not name a speaker: a capitalised verb inside a name ("Harbour State University"), and words the sentence
    // only credits to the one it describes ("having “done nothing …”"), which no quotation after them goes on from.
    [Theory]
    [InlineData("Ann Smith won the race. The other places went to Tom Reid of Harbour State University. [|“I dedicate this win to my mother.”|]")]
    [InlineData("The singer remains a contender for eviction having “done nothing to live up to the hype”. [|“There has been a big gamble on her going first.”|]")]
    public Task NamesAndActorsWords_NameNoSpeaker(string markup) => Tester.VerifyAsync(markup);

    [Fact]
    public void ParaphraseBefore_NamesTheLikelySpeaker_AndTheFixAddsTheTag()
    {
        const string text = "Ann Smith said the harbour would reopen in the spring.\n\n“The boats will be back before Easter.”\n";
        var finding = Assert.Single(Tester.Run(text));
        Assert.Contains("The paragraph before paraphrases Ann Smith", finding.Message, StringComparison.Ordinal);
        var fix = Assert.Single(finding.Fixes);
        Assert.Equal("Add 'Ann Smith said'", fix.Title);
        Assert.Equal("Ann Smith said the harbour would reopen in the spring.\n\n“The boats will be back before Easter,” Ann Smith said.\n",
            EditLint.Tests.Rules.DuplicatedSentenceFixTests.Apply(text, fix.Edits));
        Assert.Empty(Tester.Run(EditLint.Tests.Rules.DuplicatedSentenceFixTests.Apply(text, fix.Edits)));
    }

    [Theory]
    [InlineData("Sean Bell is an analyst. Bell says the plan would need support.\n\n“It will take years.”", "“It will take years,” Bell says.")]
    [InlineData("Sean Bell said the plan would fail.\n\n“Why would anyone agree?”", "“Why would anyone agree?” Sean Bell said.")]
    [InlineData("Sean Bell said the plan would fail.\n\n“It will take years”.", "“It will take years”, Sean Bell said.")]
    public void TheTag_KeepsTheTenseAndTheClosingPunctuation(string text, string tagged)
    {
        var fix = Assert.Single(Assert.Single(Tester.Run(text)).Fixes);
        Assert.EndsWith(tagged, EditLint.Tests.Rules.DuplicatedSentenceFixTests.Apply(text, fix.Edits), StringComparison.Ordinal);
    }

    // A company, or a capitalised word that names no one the article introduces, is no one to tag a quotation with
    // (with "Ann Smith said" instead, the same text names her: ParaphraseBefore_NamesTheLikelySpeaker_AndTheFixAddsTheTag).
    [Fact]
    public void ParaphraseOfSomethingNotAPerson_NamesNobody()
    {
        var finding = Assert.Single(Tester.Run("Acme said the ferry would sail on Monday.\n\n“We will not give up on this harbour.”"));
        Assert.Contains("Nobody is named", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NobodyNamed_SaysSo_AndOffersNoFix()
    {
        var finding = Assert.Single(Tester.Run("The council met on Tuesday night.\n\n“We will not give up on this harbour.”"));
        Assert.Contains("Nobody is named", finding.Message, StringComparison.Ordinal);
        Assert.Empty(finding.Fixes);
    }

    [Fact]
    public void SpeakerEarlierInTheParagraph_IsTheLikelySpeaker()
    {
        var finding = Assert.Single(Tester.Run("“We will rebuild,” Ann Smith said. Officials said the storm flooded the quay. The tide rose on Monday. “Nobody should expect miracles from us.”"));
        Assert.Contains("Ann Smith speaks earlier in the paragraph", finding.Message, StringComparison.Ordinal);
        Assert.Equal("Add 'Ann Smith said'", Assert.Single(finding.Fixes).Title);
    }

    // A quotation over several paragraphs is one quotation: reported once, at its opening.
    [Fact]
    public Task UnattributedQuotationOverSeveralParagraphs_IsReportedOnce() =>
        Tester.VerifyAsync("""
            The council met on Tuesday night.

            [|“We will not give up on this harbour.|]
            """ + "\n\n" + """
            “And we will not let the quay fall into the sea.”
            """);

    // Quotation paragraphs that go on from an unattributed one: one missing tag, reported at the start of the run.
    [Fact]
    public Task RunOfUnattributedQuotationParagraphs_IsReportedOnce() =>
        Tester.VerifyAsync("""
            The council met on Tuesday night.

            [|“We will not give up on this harbour.”|]

            “And we will not let the quay fall into the sea.”
            """);

    [Fact]
    public void PronounAsTheLikelySpeaker_IsNamedAsWritten()
    {
        var finding = Assert.Single(Tester.Run("Tom Reid toured the quay.\n\nMr Blair has failed the harbour, he claimed.\n\n“The boats will be back before Easter.”"));
        Assert.Contains("paraphrases someone it calls 'he' but", finding.Message, StringComparison.Ordinal);
        Assert.Equal("Add 'he said'", Assert.Single(finding.Fixes).Title);
    }

    [Fact]
    public void RoleAsTheLikelySpeaker_IsWrittenInLowerCaseInsideTheMessage()
    {
        var finding = Assert.Single(Tester.Run("The mayor said the quay would reopen.\n\n“The boats will be back before Easter.”"));
        Assert.Contains("paraphrases the mayor but", finding.Message, StringComparison.Ordinal);
        Assert.Equal("Add 'the mayor said'", Assert.Single(finding.Fixes).Title);
    }

    // "has been described as “…”" asks by whom, and only the sentence right before can answer: a speaker further back in
    // the paragraph is no likely speaker.
    [Fact]
    public void HiddenSpeakerFrame_HasNoLikelySpeakerFromEarlierInTheParagraph()
    {
        var finding = Assert.Single(Tester.Run("“We will rebuild,” Ann Smith said. The quay was shut in May. The new wall has been described as “a fortress”."));
        Assert.Contains("Nobody is named", finding.Message, StringComparison.Ordinal);
    }
}
