using EditLint.Checks.Consistency;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Rules;

public sealed class FirstReferenceRuleTests
{
    private static readonly RuleTester Tester = RuleTester.For<FirstReferenceRule>();

    [Theory]
    [InlineData("{|EL4005:Mr Bell|} said the war would be long. Military analyst Sean Bell served for 20 years. Mr Bell left.")]
    [InlineData("{|EL4005:Putin|} spoke on Monday. Russian President Vladimir Putin said the talks failed.")]
    [InlineData("Critics of {|EL4005:Mrs May|} were loud.\n\nPrime Minister Theresa May resigned on Friday. Mrs May wept.")]
    [InlineData("The plan, drawn up by {|EL4005:Dr Fauci|}, was approved. Dr Anthony Fauci said it would work.")]
    [InlineData("{|EL4005:Mr. Baker|} declined to comment. Treasury Secretary James Baker said later that Mr. Baker had no plans.")]
    [InlineData("Aides to {|EL4005:Ms Merkel|} said she was tired. Ms Merkel spoke. Chancellor Angela Merkel left on Friday.")]
    [InlineData("- {|EL4005:Mr Starmer|} won the vote.\n- Labour leader Keir Starmer thanked his party.")]
    [InlineData("{|EL4005:Miss Smith|} was taken to hospital. Mr Jones, a neighbour, said Miss Jane Smith was lucky.")]
    [InlineData("Supporters of {|EL4005:Mr Trump|} gathered. Mr Trump spoke, then President Donald Trump left.")]
    public void SurnameBeforeTheFullName_IsReportedOnce(string markup) => Tester.Verify(markup);

    [Theory]
    [InlineData("Military analyst Sean Bell served for 20 years. Mr Bell said the war would be long.")]
    [InlineData("# Putin defiant\n\nRussian President Vladimir Putin said the talks failed. Mr Putin left.")]
    [InlineData("Mr Bell said the war would be long. Mr Bell left.")]
    [InlineData("President Putin spoke. Russian President Vladimir Putin said the talks failed.")]
    [InlineData("He said: \"Mr Putin is lying.\" President Vladimir Putin denied it.")]
    [InlineData("Ford cut prices on Monday. Ford said sales were weak. Henry Ford said nothing.")]
    [InlineData("Mr Clinton spoke. Bill Clinton and Hillary Clinton waved.")]
    [InlineData("Mrs Clinton spoke. Mr Clinton smiled. President Bill Clinton left.")]
    [InlineData("Washington sent troops. Mr Adams said George Washington would have agreed.")]
    [InlineData("Bell Canada said profits fell. Analyst Sean Bell said the fall was expected.")]
    [InlineData("> Mr Bell is wrong, the letter said.\n\nMilitary analyst Sean Bell disagreed. Mr Bell left.")]
    [InlineData("He met the Conlon and Maguire families. Also arrested was Anne Maguire. Mrs Maguire was innocent.")]
    [InlineData("Agency head Doug Smith retired. Mr Smith, 57, left. Work and Pensions Secretary Alan Smith spoke.")]
    [InlineData("Production chief Walter van der Vijver quit. Mr Van der Vijver left. Walter Van der Vijver said no.")]
    [InlineData("Mr Baker spoke. Rates rose, Treasury Secretary James Baker Monday said. Mr Baker left.")]
    public void FullNameFirst_OrNoFullName_OrNotThePerson_IsFine(string markup) => Tester.Verify(markup);
}
