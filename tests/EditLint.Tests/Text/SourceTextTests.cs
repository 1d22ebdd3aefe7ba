using EditLint.Text;

namespace EditLint.Tests.Text;

public sealed class SourceTextTests
{
    [Fact]
    public void Positions_AreZeroBasedInternally_AndOneBasedForPeople()
    {
        var text = new SourceText("ab\ncd");
        var position = text.GetPosition(4);
        Assert.Equal(new LinePosition(1, 1), position);
        Assert.Equal((2, 2), (position.DisplayLine, position.DisplayColumn));
    }

    [Theory]
    [InlineData("one\r\ntwo\r\nthree")]
    [InlineData("one\ntwo\nthree")]
    [InlineData("one\rtwo\rthree")]
    public void AllLineBreakStyles_CountAsOneBreak(string content)
    {
        var text = new SourceText(content);
        Assert.Equal(3, text.LineCount);
        var three = content.IndexOf("three", StringComparison.Ordinal);
        Assert.Equal(new LinePosition(2, 0), text.GetPosition(three));
        Assert.Equal("two", text.ToString(text.GetLineSpan(1)));
    }

    [Fact]
    public void Columns_CountUtf16CodeUnits_AsLspDoes()
    {
        // The emoji is two UTF-16 code units, so the word after it starts at character 3, as LSP counts by default.
        var text = new SourceText("😀 ok");
        Assert.Equal(new LinePosition(0, 3), text.GetPosition(3));
    }

    [Fact]
    public void GetOffset_IsTheInverseOfGetPosition()
    {
        var text = new SourceText("first\nsecond line\nthird");
        for (var offset = 0; offset <= text.Length; offset++)
            Assert.Equal(offset, text.GetOffset(text.GetPosition(offset)));
    }

    [Fact]
    public void ProseText_MapsReplacementsToTheirWholeSourceRange()
    {
        var builder = new ProseTextBuilder();
        const string source = "A &amp; B";
        builder.AppendVerbatim(source, 0, 2);
        builder.AppendReplacement("&", 2, 7);
        builder.AppendVerbatim(source, 7, 2);
        var prose = builder.Build();
        Assert.Equal("A & B", prose.Text);
        Assert.Equal(new TextSpan(2, 5), prose.ToSource(2, 1));
        Assert.Equal(new TextSpan(0, 9), prose.ToSource(0, 5));
    }
}
