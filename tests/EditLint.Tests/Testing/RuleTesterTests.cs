using EditLint.Checks.Consistency;
using Xunit.Sdk;

namespace EditLint.Tests.Testing;

// The tester must be able to fail, or every rule test passing means nothing.
public sealed class RuleTesterTests
{
    private static readonly RuleTester Tester = RuleTester.For<DuplicatedSentenceRule>();

    [Fact]
    public void MissingFinding_FailsTheTest() =>
        Assert.Throws<XunitException>(() => Tester.Verify("[|The council approved the budget on Tuesday night.|]"));

    [Fact]
    public void UnexpectedFinding_FailsTheTest() =>
        Assert.Throws<XunitException>(() => Tester.Verify("""
            The council approved the budget on Tuesday night.

            The council approved the budget on Tuesday night.
            """));

    [Fact]
    public void WrongSpan_FailsTheTest() =>
        Assert.Throws<XunitException>(() => Tester.Verify("""
            The council approved the budget on Tuesday night.

            [|The council approved the budget|] on Tuesday night.
            """));

    [Fact]
    public void Markup_ParsesNestedMarkersAndRendersThemBack()
    {
        var (text, expected) = Markup.Parse("a {|EL1:b [|c|]|} d", "EL2");
        Assert.Equal("a b c d", text);
        Assert.Equal([new ExpectedFinding("EL2", new(4, 1)), new ExpectedFinding("EL1", new(2, 3))], expected);
        Assert.Equal("a {|EL1:b {|EL2:c|}|} d", Markup.Render(text, expected));
    }

    [Fact]
    public void Markup_RejectsUnclosedMarkers() =>
        Assert.Throws<FormatException>(() => Markup.Parse("a {|EL1:b", null));
}
