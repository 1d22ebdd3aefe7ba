using EditLint.Documents;
using EditLint.Rules.Sourcing;
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
}
