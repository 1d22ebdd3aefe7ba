using EditLint.Configuration;
using EditLint.Documents;
using EditLint.Engine;
using EditLint.Readers;
using EditLint.Checks.Consistency;
using EditLint.Tests.Testing;
using EditLint.Text;

namespace EditLint.Tests.Rules;

public sealed class HonorificStyleRuleTests
{
    private static readonly RuleTester Tester = RuleTester.For<HonorificStyleRule>();

    private static RuleTester House(HonorificStyle style) =>
        Tester.WithSettings(new DocumentSettings { Style = new HouseStyle { Honorifics = style } });

    [Theory]
    [InlineData("Vladimir Putin spoke on Monday. Mr Putin said the talks failed. Mr Putin left early, and {|EL4004:Putin|} flew home.")]
    [InlineData("Theresa May resigned. Mrs May said she was sad. Later Mrs May wept. Allies of {|EL4004:May|} were quiet.")]
    [InlineData("Sean Bell is an analyst. Bell said the war was long. Bell added that it was costly. {|EL4004:Mr Bell|} is a former officer.")]
    [InlineData("Angela Merkel arrived. Ms Merkel smiled. Critics of {|EL4004:Merkel|}'s plan objected. Ms Merkel replied.")]
    [InlineData("Dr Anthony Fauci testified. Dr Fauci warned of a surge. {|EL4004:Fauci|} said masks work. Dr Fauci left.")]
    [InlineData("Tony Blair spoke. Mr Blair denied it. {|EL4004:Blair|} later said so; {|EL4004:Blair|} is tired. Mr Blair left. Mr Blair won.")]
    [InlineData("Jane Smith, 45, was hurt. Miss Smith was taken to hospital, where Miss Smith was treated. Police said {|EL4004:Smith|} was lucky.")]
    [InlineData("Keir Starmer spoke.\n\nMr Starmer said yes.\n\n- Mr Starmer said no.\n- {|EL4004:Starmer|} said maybe.")]
    [InlineData("John Baker met them. Mr. Baker said no. Mr. Baker left. Aides to {|EL4004:Baker|} declined to comment.")]
    public void LaterReferences_WithAndWithoutATitle_TheLessUsedIsReported(string markup) => Tester.Verify(markup);

    [Theory]
    [InlineData("Vladimir Putin spoke. Mr Putin said no. Mr Putin left.")]
    [InlineData("Vladimir Putin spoke. Putin said no. Putin left for Moscow.")]
    [InlineData("Vladimir Putin spoke. President Putin said no. Mr Putin left.")]
    [InlineData("Bill Clinton and Hillary Clinton arrived. Mr Clinton spoke; Clinton said no.")]
    [InlineData("Mr Clinton spoke. Mrs Clinton smiled. Clinton said nothing.")]
    [InlineData("George Bush spoke. Mr Bush said so. The Bush administration agreed.")]
    [InlineData("Mr Putin spoke. He said: \"Putin is not afraid,\" and left.")]
    [InlineData("# Putin defiant\n\nVladimir Putin spoke. Mr Putin said no.")]
    [InlineData("Ford cut prices. Ford said sales were weak. Henry Ford would not approve.")]
    [InlineData("Vladimir Putin spoke. Mr Putin said no.\n\n> Putin is wrong, the letter said.")]
    [InlineData("US President George W Bush spoke. Mr Bush said no. Mr Bush left.")]
    [InlineData("Irishmen JP McManus and John Magnier objected. Mr McManus said no. Mr Magnier agreed.")]
    [InlineData("Rap mogul Marion \"Suge\" Knight was held. Mr Knight denied it.")]
    [InlineData("Gordon Brown spoke. A new book, Brown's Britain, says Mr Brown was angry. Mr Brown denied it.")]
    [InlineData("Gordon Brown spoke. Mr Brown denied the Brown/Blair feud. Mr Blair agreed.")]
    [InlineData("David Miliband is a key Blair lieutenant. He worked for Tony Blair. Mr Blair praised him.")]
    [InlineData("Tata's Mr R. Sridharan spoke. Mr Sridharan said the work was hard.")]
    public void OneStyle_OrNotThePerson_IsFine(string markup) => Tester.Verify(markup);

    [Fact]
    public void HouseStyleAlways_ReportsBareLaterReferences() =>
        House(HonorificStyle.Always).Verify("Theresa May resigned. Mrs May said no. Allies of {|EL4004:May|} were quiet.");

    [Fact]
    public void HouseStyleAlways_FirstFullNameNeedsNoTitle() =>
        House(HonorificStyle.Always).Verify("Theresa May resigned. Mrs May said no. Mrs May left.");

    [Fact]
    public void HouseStyleNever_ReportsEveryTitledReference() =>
        House(HonorificStyle.Never).Verify("Theresa May resigned. {|EL4004:Mrs May|} said no. May left.");

    [Fact]
    public void HouseStyleNever_BareSurnamesAreFine() =>
        House(HonorificStyle.Never).Verify("Theresa May resigned. May said no. May left.");

    [Fact]
    public void Message_NamesTheOtherFormAndWhere()
    {
        var loader = new DocumentLoader([new MarkdownReader(), new PlainTextReader(), new HtmlReader()]);
        var document = loader.Read("a.md", new SourceText("Vladimir Putin spoke.\n\nMr Putin said no. Mr Putin left.\n\nPutin flew home.\n"), DocumentFormat.Markdown);
        var finding = Assert.Single(new LintEngine([new HonorificStyleRule()], loader).Run([document], new LintOptions()).Diagnostics);
        Assert.Equal("'Putin' here, but 'Mr Putin' elsewhere in this article (2×, first on line 3); use one style for later references", finding.Message);
    }
}
