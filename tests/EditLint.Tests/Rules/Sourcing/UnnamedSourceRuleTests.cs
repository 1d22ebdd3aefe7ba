using EditLint.Checks;
using EditLint.Packs;
using EditLint.Rules;
using EditLint.Checks.Sourcing;
using EditLint.Semantics.Lexicons;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Rules.Sourcing;

public sealed class UnnamedSourceRuleTests
{
    private static readonly RuleTester Tester = RuleTester.For<UnnamedSourceRule>();

    [Theory]
    [InlineData("The plan is late, [|a source said|].")]
    [InlineData("[|Officials said|] the bridge would reopen.")]
    [InlineData("[|Critics say|] the scheme is unfair.")]
    [InlineData("The talks stalled, [|according to sources|].")]
    [InlineData("[|British officials said|] the meeting was warm.")]
    [InlineData("Prices will rise, [|analysts warned|] on Monday.")]
    [InlineData("[|A spokesman said|] the company would appeal.")]
    [InlineData("“It is over,” [|one delegate said|].")]
    public Task UnnamedSpeaker_IsReported(string markup) => Tester.VerifyAsync(markup);

    [Fact]
    public Task SameUnnamedGroupAgain_IsReportedOnceAtItsFirstUse() =>
        Tester.VerifyAsync("[|Diplomats said|] the talks stalled. The diplomats said a deal was still possible. Other diplomats said nothing.");

    [Theory]
    [InlineData("There were some calls for a rate cut this week.")]
    [InlineData("The plan is late, Ann Smith said.")]
    [InlineData("Kremlin officials said the talks would go on.")]
    [InlineData("Officials at the Bank of England said rates would hold.")]
    [InlineData("A spokesman for Tesco said the company would appeal.")]
    [InlineData("The ministry said the bridge would reopen.")]
    [InlineData("The prime minister said the plan was on track.")]
    [InlineData("It is said that the castle is haunted.")]
    [InlineData("The critics of the scheme met in Leeds on Tuesday.")]
    public Task NamedSpeakerOrNoSpeechAct_IsNotReported(string text) => Tester.VerifyAsync(text);
    // Unnamed only in the phrase: the article says whose they are, just before or just after.
    [Theory]
    [InlineData("A Henley spokesman denied the report on Monday. The spokesman said the firm had hired nobody.")]
    [InlineData("Officials at the Treasury, who met on Monday, agreed. One official said the plan would hold.")]
    [InlineData("The car was built by Mazda in Hiroshima. Mazda officials showed it in Tokyo. One official said it would sell well.")]
    [InlineData("A US bank has said it will pay the victims. Riggs Bank said the payments would start in May, and Riggs will pay first.")]
    [InlineData("Lending will grow, the IADB's annual report showed. The report said loans would reach $5bn.")]
    [InlineData("According to a report on Wednesday by UpGuard, a security firm, the data was exposed.")]
    [InlineData("According to a recent report by The Atlantic, the group kept a database.")]
    [InlineData("The number of computers will double, according to a report by analysts Acme Research.")]
    [InlineData("The report by Parliament's defence committee said the contracts were too small.")]
    [InlineData("Some protesters responded by throwing stones at the police.")]
    [InlineData("The law would allow the extradition of people accused of crimes to the mainland.")]
    public Task SourceIdentifiedNearby_IsNotReported(string text) => Tester.VerifyAsync(text);

    // Sources and analysts are many people: a named one nearby does not name the rest. A name outside the role's own
    // phrase names nobody.
    [Theory]
    [InlineData("Shares may rise further, [|analysts said|]. Ann Lee, an analyst at Leeds Capital, said the bid was too low.")]
    [InlineData("Shares in the airline rose, Wall Street sources said. [|The sources said|] the buyers were banks.")]
    [InlineData("Farmers blocked the roads in protest at the government's EC policies, [|officials said|].")]
    [InlineData("Banks face hard times after December's floods, [|officials have warned|].")]
    [InlineData("Police did not name the victim, [|a spokesman said|].")]
    [InlineData("Security officials met on Monday. [|An official said|] the attack was planned.")]
    [InlineData("The bank's plans were leaked, [|according to a report|] on Wednesday.")]
    [InlineData("[|A spokesman would only say|] that the company was reviewing the deal.")]
    public Task ManyPeopleRoles_StayUnnamed(string markup) => Tester.VerifyAsync(markup);

    // The article says why the source is not named: what the message asks for.
    [Theory]
    [InlineData("Officials, who asked not to be named, said the talks had stalled.")]
    [InlineData("A diplomat, speaking on condition of anonymity, said the deal was close.")]
    [InlineData("The paper quoted two officials, whom it did not name, as saying the deal was close.")]
    public Task AnonymityExplained_IsNotReported(string text) => Tester.VerifyAsync(text);

    // A writer's own hypothetical is no attribution.
    [Fact]
    public Task ModalHypothetical_IsNotReported() =>
        Tester.VerifyAsync("Some may criticise his methods, but the results speak for themselves.");

    // The same role named with a body far back in the article does not identify this one.
    [Fact]
    public Task SameRoleNamedFarBack_IsStillReported() =>
        Tester.VerifyAsync("""
            A Henley spokesman denied the report on Monday.

            The talks were not over. Ministers met in Brussels on Friday. Trade fell in May. Prices rose in June. Exports
            fell in July. Imports rose in August. The port closed in September.

            [|A spokesman said|] the bridge would reopen.
            """);

    // A role before a name is the name's title ("said retail analyst Ann Lee"); capitalised words that go on into the
    // reported clause are no name.
    [Theory]
    [InlineData("“Sales were poor,” said retail analyst Ann Lee of Leeds Capital.", "")]
    [InlineData("“Sales were poor,” said analyst Ann Lee of Leeds Capital, who noted that costs rose.", "")]
    [InlineData("“Sales were poor,” [|said a retail analyst|].", "fires")]
    [InlineData("The deal is off, [|according to analysts|] Mr Hale trusted.", "fires")]
    public Task RoleBeforeAName_NamesTheSource(string markup, string _) => Tester.VerifyAsync(markup);

    // A capitalised modifier is a nationality only if the nationalities lexicon lists it: "Morgan" names a bank.
    [Theory]
    [InlineData("Prices will rise, one Morgan official said.")]
    [InlineData("A Yili spokesman said the plant would close.")]
    public Task NamedBodyThatEndsLikeANationality_IsNotReported(string text) => Tester.VerifyAsync(text);

    [Theory]
    [InlineData("Prices will rise, [|one Japanese official said|].")]
    [InlineData("Prices will rise, [|two Western diplomats said|].")]
    public Task Nationality_StaysUnnamed(string markup) => Tester.VerifyAsync(markup);

    // A body word among the role's modifiers ("ministry officials", "company officials") is named by that body nearby.
    [Theory]
    [InlineData("Japan's Farm Ministry will resist the demands, a senior ministry official said.")]
    [InlineData("Acme Corp said it may write off the loans. This would cut profit by $10m, company officials told reporters.")]
    [InlineData("The Green Party met on Sunday. A party spokesman said the vote would be held in May.")]
    [InlineData("Prices of rice rose by a quarter in March, a food ministry report said.")]
    [InlineData("“All options are open,” a Ruritanian energy and mines ministry source said.")]
    [InlineData("Economy ministry sources said the steering committee would meet today.")]
    [InlineData("The Ruritanian police denied the rumours. The riots never happened, a police spokesman told reporters.")]
    public Task BodyModifierNamedNearby_IsNotReported(string text) => Tester.VerifyAsync(text);

    // "official" before a noun is an adjective: no one speaks in "the official news agency" or "an official warning".
    [Theory]
    [InlineData("The cafes were shut, according to the official news agency.")]
    [InlineData("The federation sent an official warning to the pair.")]
    public Task OfficialAsAnAdjective_IsNotReported(string text) => Tester.VerifyAsync(text);

    // Words that look like a source and a verb but attribute nothing: the people asked, a noun after "a".
    [Theory]
    [InlineData("The trial has run for nine years, with more than six hundred witnesses questioned.")]
    [InlineData("Of the 1,000 people polled, most wanted the harbour open.")]
    [InlineData("The watchdog sought a government recall of 50,000 buses.")]
    [InlineData("The mayor was nominated, with some delegates pledged to Senator Ann Lee.")]
    [InlineData("Harbourhomes.com, a property site, reported some sellers offering free parking to bidders.")]
    public Task NoSpeechAct_IsNotReported(string text) => Tester.VerifyAsync(text);

    [Theory]
    [InlineData("[|The people questioned|] said the harbour should reopen.")]
    public Task AskedPeopleWhoSpeak_AreReported(string markup) => Tester.VerifyAsync(markup);

    // A summary backed by a named member's quotation that opened a sentence before its tag.
    [Fact]
    public Task SummaryBackedByAQuotationOverTwoSentences_IsNotReported() =>
        Tester.VerifyAsync("Rates will keep rising, analysts said. “Consumers remain willing to spend. The Fed will go on raising rates,” Harbour Bank economist Tom Reid told reporters.");

    [Theory]
    [InlineData("Talks will resume in May, [|a senior ministry official said|].")]
    [InlineData("Profits will fall this year, [|company officials said|].")]
    [InlineData("The vote was close. [|A party spokesman said|] a recount was likely.")]
    [InlineData("Prices of rice rose in March, [|a senior ministry report said|].")]
    [InlineData("The riots never happened, [|a police spokesman told|] reporters.")]
    [InlineData("The riots never happened, [|an official said|].")]
    [InlineData("The number of computers will double, [|according to a report|] by analysts.")]
    public Task BodyModifierNamedNowhere_IsReported(string markup) => Tester.VerifyAsync(markup);

    // "The Home Office has produced its own report … the report showed": the owner is the name before "its".
    [Fact]
    public Task ReportOwnedByANamedBody_IsNotReported() =>
        Tester.VerifyAsync("The Home Office has produced its own report on wardens. But the report also showed that the public is confused.");

    [Fact]
    public Task ReportOwnedByNobodyNamed_IsReported() =>
        Tester.VerifyAsync("The council has produced its own report on wardens. But [|the report also showed|] that the public is confused.");

    // What a named speaker reports in the clause after the verb is the speaker's claim, not an unnamed source's.
    [Theory]
    [InlineData("Mr Hale admitted some people believed he was too close to the banks.")]
    [InlineData("Acme said “blog” was the word that people have asked about most often.")]
    public Task UnnamedGroupInsideANamedSpeakersClause_IsNotReported(string text) => Tester.VerifyAsync(text);

    [Theory]
    [InlineData("Mr Hale said the plan would fail, but [|analysts said|] it would work.")]
    [InlineData("Mr Hale was in Leeds. [|Some people believed|] he was too close to the banks.")]
    [InlineData("The director has denied [|a report claiming|] he warned the board.")]
    public Task UnnamedGroupInItsOwnClause_IsReported(string markup) => Tester.VerifyAsync(markup);

    // A summary credited to a group is backed when the next sentence quotes a named member of it.
    [Theory]
    [InlineData("Shares may fall, analysts said. “Demand is weak,” said Ann Lee, an economist at Leeds Capital.")]
    [InlineData("Analysts said the dip was not enough to derail growth. “Consumers remain willing to spend,” Acme economist Ann Lee said.")]
    [InlineData("Shares may fall, analysts said. Demand is weak. “It will recover,” said Ann Lee, an economist at Leeds Capital.")]
    [InlineData("Shares may fall, analysts said.\n\nDemand is weak in the north.\n\n“It will recover,” said Ann Lee, an economist at Leeds Capital.")]
    public Task SummaryBackedByANamedMembersQuotation_IsNotReported(string text) => Tester.VerifyAsync(text);

    [Theory]
    [InlineData("Shares may fall, [|analysts said|]. “I am furious,” said resident Ann Lee.")]
    [InlineData("Shares may fall, [|analysts said|]. Demand is weak. Supply is short. Prices are high. “It will recover,” said Ann Lee, an economist at Leeds Capital.")]
    public Task SummaryNotBackedByTheNextSentencesQuotation_IsReported(string markup) => Tester.VerifyAsync(markup);

    // EL1002 and the EL4109 pack rule read one list of reasons for anonymity and one of unnamed sources: each reason
    // in the lexicon quiets both, so an entry added there serves both rules.
    public static TheoryData<string> AnonymityReasons => [.. Lexicon.AnonymityReasons];

    [Theory, MemberData(nameof(AnonymityReasons))]
    public void EveryAnonymityReason_QuietsBothRules(string reason)
    {
        Assert.DoesNotContain(Tester.Run($"The deal is off, a source, who {reason}, said."), d => d.Id == "EL1002");
        Assert.DoesNotContain(RuleTester.For(El4109).Run($"The deal is off, a source familiar with the talks, who {reason}, said."), d => d.Id == "EL4109");
        // Without the reason, both fire.
        Assert.Contains(Tester.Run("The deal is off, a source said."), d => d.Id == "EL1002");
        Assert.Contains(RuleTester.For(El4109).Run("The deal is off, a source familiar with the talks said."), d => d.Id == "EL4109");
    }

    public static TheoryData<string> UnnamedSources => [.. Lexicon.UnnamedSources.Where(s => s is not ("many" or "some" or "others" or "someone"))];

    [Theory, MemberData(nameof(UnnamedSources))]
    public void EveryUnnamedSourceHead_IsOneForEL4109(string head) =>
        Assert.Contains(RuleTester.For(El4109).Run($"The deal is off, two {head} familiar with the talks said."), d => d.Id == "EL4109");

    private static PackRule El4109 => BuiltInPacks.Rules.Single(r => r.Descriptor.Id == "EL4109");

    // "The official Acme News Agency said": the role word modifies the name that speaks.
    [Fact]
    public Task RoleWordBeforeANamedSpeaker_IsNotReported() =>
        Tester.VerifyAsync("The official Acme News Agency said the arrest was linked to alleged fraud.");

    [Theory]
    [InlineData("[|Officials on Monday said|] the plant would close.")]
    [InlineData("[|Officials yesterday said|] the plant would close.")]
    public Task RoleWordBeforeATimeWord_IsReported(string markup) => Tester.VerifyAsync(markup);

    // One unnamed person introduced by name in the next sentence is named; a name met before, or a group, is not.
    [Theory]
    [InlineData("A researcher has suggested that games could teach languages. Ravi Sen believes the games do better than books.")]
    [InlineData("A spokesman said the plant would close. Ann Lee, the firm's head of press, said the staff would be told.")]
    public Task OnePersonNamedInTheNextSentence_IsNotReported(string text) => Tester.VerifyAsync(text);

    [Theory]
    [InlineData("Ann Lee met the staff on Monday. [|A spokesman said|] the plant would close. Ann Lee said the staff would be told.")]
    [InlineData("[|A spokesman said|] the plant would close. The staff will be told on Monday, Ann Lee said.")]
    [InlineData("[|Analysts said|] the plant would close. Ann Lee believes the staff will be told.")]
    public Task NextSentenceNamesSomeoneElse_IsReported(string markup) => Tester.VerifyAsync(markup);

    // "The official" refers back to the one introduced: named there, named here, however far back.
    [Fact]
    public Task DefiniteRoleIntroducedWithItsBody_IsNotReported() =>
        Tester.VerifyAsync("""
            The Bank of Japan is content with the yen, a senior Bank of Japan official said.

            Trade fell in May. Prices rose in June. Exports fell in July. Imports rose in August. The port closed in
            September. The talks were not over. Ministers met on Friday.

            The official cited the budget as a risk.
            """);

    [Fact]
    public Task DefiniteRoleNeverIdentified_IsReported() =>
        Tester.VerifyAsync("""
            The yen is stable, [|a senior official said|].

            Trade fell in May. Prices rose in June. Exports fell in July. Imports rose in August. The port closed in
            September. The talks were not over. Ministers met on Friday.

            The official cited the budget as a risk.
            """);

    // "The report" after a sentence that gave a document or claim with its owner's name is that owner's.
    [Theory]
    [InlineData("The Acme Society, in a report adopted on Monday, called for more staff. The report said firms should be more careful.")]
    [InlineData("The Daily Planet published allegations about his taxes. The reports indicated he paid little tax.")]
    public Task DefiniteDocumentIntroducedWithAName_IsNotReported(string text) => Tester.VerifyAsync(text);

    [Theory]
    [InlineData("The society called for more staff. [|The report said|] firms should be more careful.")]
    [InlineData("Ann Lee spoke on Monday. [|A report said|] firms should be more careful.")]
    public Task DocumentWithoutAnOwner_IsReported(string markup) => Tester.VerifyAsync(markup);

    // A lede's "a report suggests" whose author the next sentence or the one after introduces: a body named there for
    // the first time, an acronym, or the name research or figures come from.
    [Theory]
    [InlineData("House prices tripled in ten years, a report indicates.\n\nResearch from Harbourside, the biggest lender, suggests prices are still rising.")]
    [InlineData("Taxes will have to rise, a report suggests.\n\nThe rule is strict. The Harbour Institute of Economic Research (HIER) claims taxes must rise.")]
    public Task LedeReportWhoseAuthorFollows_IsNotReported(string text) => Tester.VerifyAsync(text);

    [Theory]
    [InlineData("Taxes will have to rise, [|a report suggests|].\n\nThe rule is strict. Ann Lee, a builder, said she was worried.")]
    [InlineData("Taxes will have to rise, [|a report suggests|].\n\nThe rule is strict. Prices rose in May. The Harbour Institute (HIER) claims taxes must rise.")]
    public Task LedeReportWhoseAuthorNeverFollows_IsReported(string markup) => Tester.VerifyAsync(markup);

    // An aide or a spokesman speaks for the one the sentence names.
    [Theory]
    [InlineData("Commissioner Ann Lee plans to fight the charges, an aide said.")]
    [InlineData("A spokesman said Downing Street had no comment to make.")]
    [InlineData("The Harbour Department refused to say if it would appeal. “We are reviewing the ruling,” a spokeswoman said.")]
    [InlineData("Harbourcom says it plans a review. New services will be discussed. But a spokesman said its powers were limited.")]
    [InlineData("Ann Lee, a harbour historian, wrote the study. His report demands a new quay.")]
    [InlineData("Acme Corp said talks were informal. “They were casual at best,” said a source at the company.")]
    [InlineData("Acme Corp said talks were informal. “They were casual at best,” said a source at the company. Prices fell. Trade rose. The source told reporters a deal was far off.")]
    public Task ProxyForANamedOne_IsNotReported(string text) => Tester.VerifyAsync(text);

    // A person who spoke after the body, or no body at all, leaves the spokesman unnamed.
    [Theory]
    [InlineData("The Harbour Department refused to comment. Ann Lee said she would appeal. “We are reviewing the ruling,” [|a spokeswoman said|].")]
    [InlineData("The quay was closed. “They were casual at best,” [|said a source|] at the company.")]
    public Task ProxyForNobodyNamed_IsReported(string markup) => Tester.VerifyAsync(markup);

    [Theory]
    [InlineData("The victim was taken to hospital, [|a spokesman said|].")]
    [InlineData("The victim was taken to hospital, [|a spokesman told|] the Daily Planet.")]
    [InlineData("[|A spokesman told|] Acme News the victim was taken to hospital.")]
    [InlineData("Acme Corp will appeal. The victim was taken to hospital, [|one official said|].")]
    public Task ProxyWithNobodyNamedOrAnotherRole_IsReported(string markup) => Tester.VerifyAsync(markup);

    // A document whose author the next sentence names: as a speaker named there first, or after "by".
    [Theory]
    [InlineData("Children in Ruritania earn the most, a report suggests. Children spend £700 a year, said market analyst Acme Data.")]
    [InlineData("A report last month showed the dollar losing favour. Compiled by Acme Publications, the survey found most banks sold dollars.")]
    [InlineData("Children in Ruritania earn the most, a report says. The study by the Acme Institute found children spend £700 a year.")]
    public Task DocumentWhoseAuthorTheNextSentenceNames_IsNotReported(string text) => Tester.VerifyAsync(text);

    [Theory]
    [InlineData("Children in Ruritania earn the most, [|a report suggests|]. Children spend £700 a year on sweets.")]
    [InlineData("Ann Lee spoke on Monday. Children in Ruritania earn the most, [|a report suggests|]. Children spend £700 a year, said Ann Lee.")]
    [InlineData("The director has denied [|a report claiming|] he warned the board. Ann Lee said the claim was false.")]
    [InlineData("The exchange may be sold, [|reports claim|]. Acme Research said the bid would fail.")]
    public Task DocumentWhoseAuthorNobodyNamesNext_IsReported(string markup) => Tester.VerifyAsync(markup);

    // "Today's report" is the one the article introduced with its owner, however far back.
    [Fact]
    public Task PossessiveDocumentIntroducedFarBack_IsNotReported() =>
        Tester.VerifyAsync("""
            Faulty repairs caused the crash, the Ruritanian government said in a final report from Acme Airways' inquiry.

            Trade fell in May. Prices rose in June. Exports fell in July. Imports rose in August. The port closed in
            September. The talks were not over. Ministers met on Friday.

            Inspectors approved the repairs without seeing them, today's report said.
            """);

    [Fact]
    public Task PossessiveDocumentNeverIntroduced_IsReported() =>
        Tester.VerifyAsync("Inspectors approved the repairs without seeing them, today's [|report said|].");

    // "said in her latest report": the report is where she said it.
    [Fact]
    public Task DocumentAsTheMediumOfANamedSpeaker_IsNotReported() =>
        Tester.VerifyAsync("Analyst Ann Lee, author of the newsletter “Crop News,” said in her latest report that wheat imports would rise.");

    // A spokesman speaking of "the company" speaks for the company the article named just before.
    [Theory]
    [InlineData("Acme Corp cut costs on Monday. A spokesman said the company had no plans to cut jobs.")]
    [InlineData("Acme Corp may sell its film unit. A spokesman for the firm refused to comment on the reports.")]
    public Task ProxyOfTheCompanyNamedBefore_IsNotReported(string text) => Tester.VerifyAsync(text);

    [Theory]
    [InlineData("Costs were cut on Monday. [|A spokesman said|] the company had no plans to cut jobs.")]
    public Task ProxyOfACompanyNeverNamed_IsReported(string markup) => Tester.VerifyAsync(markup);

    // A name in apposition after the role: "according to technology analysts, Acme Research,".
    [Fact]
    public Task RoleWithANameInApposition_IsNotReported() =>
        Tester.VerifyAsync("According to technology analysts, Acme Research, there will be 20 million subscribers.");

    [Fact]
    public Task RoleFollowedByACommaAndAClause_IsReported() =>
        Tester.VerifyAsync("There will be 20 million subscribers, [|according to technology analysts|], Acme said on Monday.");

    // A document whose author the sentence names right before it: its owner's possessive, or the name that issued it.
    [Theory]
    [InlineData("The Harbour Board's 2024 annual report said the quay would close.")]
    [InlineData("Dr Ann Lee issued a statement saying the patient was well.")]
    [InlineData("Acme published a report that found the quay unsafe.")]
    [InlineData("The Harbour Trust criticised the plan. They released a statement which said the quay must stay open.")]
    public Task DocumentAuthoredByANameBefore_IsNotReported(string text) => Tester.VerifyAsync(text);

    // The same shapes with a source nobody names still fire.
    [Theory]
    [InlineData("The quay will close, [|said officials|] at the port.")]
    [InlineData("[|Some delegates pledged|] their votes to the mayor.")]
    public Task LookAlikesWithAnUnnamedSource_AreReported(string markup) => Tester.VerifyAsync(markup);

    [Theory]
    [InlineData("[|A statement said|] the quay would close.")]
    [InlineData("The annual [|report said|] the quay would close.")]
    public Task DocumentWithNoAuthorNamed_IsReported(string markup) => Tester.VerifyAsync(markup);

    // "the sources" go back to the sources named first: a body's sources are that body's, a place's are not.
    [Fact]
    public Task SourcesOfANamedBody_AreThatBodysLater() =>
        Tester.VerifyAsync("The levy will go, Harbour Commission sources said.\n\nThe change starts in May, the sources added.");

    [Fact]
    public Task SourcesOfAPlace_StayUnnamedLater() =>
        Tester.VerifyAsync("The levy will go, Wall Street sources said.\n\nThe change starts in May, [|the sources added|].");

    [Fact]
    public Task OneSourceOfANamedBodysSources_IsThatBodys() =>
        Tester.VerifyAsync("The levy will go, Harbour Commission sources said.\n\nThe change starts in May, one source said.");

    [Theory]
    [InlineData("Exports rose 5%, according to official statistics.")]
    [InlineData("Exports rose 5%, according to government figures.")]
    public Task NumbersCited_AreNoSource(string text) => Tester.VerifyAsync(text);

    [Fact]
    public Task OneOfANewGroup_StaysUnnamed() =>
        Tester.VerifyAsync("The levy will go, Harbour Commission sources said.\n\nThe change starts in May, [|one Latin American source said|].");

    // "Company officials", "exchange officials", "customs officials", "department officials": the people of the one
    // company, exchange or department the article named before, however far back (a Reuters lede names the company
    // and the story's later paragraphs say "company officials"); a body named by what it said counts ("Harbourcom said").
    [Theory]
    [InlineData("Acme Corp said it would cut 500 jobs.\n\nTrade fell in May. Prices rose in June. Exports fell in July. Imports rose in August. The port closed in September. Ministers met on Friday. Talks went on.\n\nCompany officials said the cuts would be made by December.")]
    [InlineData("Harbourcom said it would cut 500 jobs. The cuts will be made by December, company officials said.")]
    [InlineData("The Ruritania Stock Exchange will open on Saturdays.\n\nTrade fell in May. Prices rose in June. Exports fell in July. Imports rose in August. The port closed in September. Ministers met on Friday. Talks went on.\n\nExchange officials said trading would start at nine.")]
    [InlineData("The Harbour Department on Monday will set new fees for ships, department officials said.")]
    [InlineData("Prices of rice rose in March, a food ministry report said. Ministry officials said the harvest would ease the shortage.")]
    [InlineData("A Ruritanian customs spokesman said the seizure was the largest this year.\n\nTrade fell in May. Prices rose in June. Exports fell in July. Imports rose in August. The port closed in September. Ministers met on Friday.\n\nAccording to customs officials, the importers confessed.")]
    [InlineData("Harbourcom said on Monday it would close the quay.\n\nTrade fell in May. Prices rose in June. Exports fell in July. Imports rose in August. The port closed in September. Ministers met on Friday.\n\nA spokesman said the company had no plans to cut jobs.")]
    public Task BodyWordOfTheBodyNamedBefore_IsNotReported(string text) => Tester.VerifyAsync(text);

    [Theory]
    [InlineData("Trade fell in May. [|Company officials said|] the cuts would be made by December.")]
    [InlineData("Trade fell in May. [|Department officials said|] fees would rise.")]
    [InlineData("Trading will start at nine, exchange [|officials said|].")]
    [InlineData("[|According to customs officials|], the importers confessed.")]
    [InlineData("Harbourcom said it would cut 500 jobs. [|Officials said|] the cuts would be made by December.")]
    [InlineData("Harbourcom said it would cut 500 jobs. [|Analysts said|] the cuts were too small.")]
    [InlineData("Ann Lee said she would cut 500 jobs. [|A spokesman said|] the company had no plans to cut more.")]
    [InlineData("The Ruritanian army took the town.\n\nTrade fell in May. Prices rose in June. Exports fell in July. Imports rose in August. The port closed in September. Ministers met on Friday.\n\n[|Military experts said|] the town would fall again.")]
    [InlineData("The Harbour Commission met on Monday.\n\nTrade fell in May. Prices rose in June. Exports fell in July. Imports rose in August. The port closed in September. Ministers met on Friday.\n\nThe levy will go, commission [|sources said|].")]
    public Task BodyWordWithNoBodyNamedBefore_IsReported(string markup) => Tester.VerifyAsync(markup);

    // A spokesman or "the report" right after a sentence that names a body (its name ends in a body word, or it spoke):
    // the body's.
    [Theory]
    [InlineData("Acme Corp will close two plants in May. Layoffs are planned, a spokesman said.")]
    [InlineData("“Growth will slow,” the Harbour Fund said. “Tourism will suffer,” the report said.")]
    [InlineData("Harbourcom said the deal was final. “It is a good price,” the statement said.")]
    [InlineData("The Harbour Council met on Monday. The officials said fees would rise.")]
    [InlineData("Harbour Energy said it found gas. A spokesman said the company would drill again.")]
    [InlineData("Fuel prices were trebled, said Ruritania Petroleum.\n\nTrade fell in May. Prices rose in June. Exports fell in July. Imports rose in August. The port closed in September. Ministers met on Friday.\n\nOil will cost more, company officials said.")]
    public Task SpokesmanOrReportOfTheBodyJustNamed_IsNotReported(string text) => Tester.VerifyAsync(text);

    [Theory]
    [InlineData("Acme Corp will close two plants in May. Ann Lee said she was sad. Layoffs are planned, [|a spokesman said|].")]
    [InlineData("Ann Lee said growth would slow. “Tourism will suffer,” [|the report said|].")]
    [InlineData("The fund met on Monday. “Tourism will suffer,” [|the report said|].")]
    [InlineData("Ann Lee said fees would rise. [|The officials said|] they would fall.")]
    [InlineData("The Harbour Council met on Monday. [|Officials said|] fees would rise.")]
    public Task SpokesmanOrReportWithNoBodyJustNamed_IsReported(string markup) => Tester.VerifyAsync(markup);

    // A participle does not invert: the words after "noting" are what was said, by the clause's own speaker.
    [Theory]
    [InlineData("“Most banks are careful,” Acme Ratings said, noting many now plan for the long term.")]
    [InlineData("Ann Lee testified in her own defence, claiming some patients had lied to her.")]
    public Task UnnamedWordAfterAParticiple_IsNotReported(string text) => Tester.VerifyAsync(text);

    [Theory]
    [InlineData("Rates will rise, [|according to analysts|].")]
    [InlineData("Rates will rise, [|said analysts|].")]
    public Task UnnamedSourceAfterAFiniteVerbOrAccording_IsReported(string markup) => Tester.VerifyAsync(markup);

    // "The company declined to say …" is the company the article named, speaking: the spokesman after it is its.
    [Fact]
    public Task SpokesmanAfterTheNamedCompanySpoke_IsNotReported() =>
        Tester.VerifyAsync("Harbourcom said it would cut costs.\n\nA spokesman said the company had no plans to lay off staff. The company declined to say how much it would save.\n\nA forecast is due soon, a spokesperson said.");

    [Fact]
    public Task SpokesmanAfterAnUnnamedCompanySpoke_IsReported() =>
        Tester.VerifyAsync("Costs will be cut. The company declined to say how much it would save. A forecast is due soon, [|a spokesperson said|].");
}
