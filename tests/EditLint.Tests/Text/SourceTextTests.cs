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

    [Theory]
    [InlineData("ab\r\ncd\n")]
    [InlineData("Zelenskyy said: “We will not give up.” 😀\rNext — line\u00A0here")]
    [InlineData("x")]
    public void A_packed_text_gives_back_the_same_characters_and_the_same_positions(string content)
    {
        var text = new SourceText(content);
        var positions = Enumerable.Range(0, content.Length + 1).Select(text.GetPosition).ToList();
        var lines = Enumerable.Range(0, text.LineCount).Select(text.GetLineSpan).ToList();

        text.Pack();
        // The copy it was packed from is held weakly: let it go, so that what is read below is unpacked.
        text.ForgetUnpacked();

        Assert.True(text.IsPacked);
        Assert.Equal(content, text.Text);
        Assert.Equal(content.Length, text.Length);
        Assert.Equal(positions, Enumerable.Range(0, content.Length + 1).Select(text.GetPosition));
        Assert.Equal(lines, Enumerable.Range(0, text.LineCount).Select(text.GetLineSpan));
        Assert.Equal(content[^1], text[content.Length - 1]);
    }

    [Fact]
    public void A_packed_text_is_unpacked_again_each_time_its_copy_is_gone_and_a_long_one_too()
    {
        // Longer than Brotli's 4 MB window, with surrogate pairs and every kind of line break.
        var expected = string.Concat(Enumerable.Range(0, 120_000).Select(i => $"Line {i} — “Zelenskyy” 😀 said.\r\n{i % 7}\r"));
        var text = new SourceText(new string(expected.AsSpan()));
        text.Pack();

        for (var round = 0; round < 2; round++)
        {
            text.ForgetUnpacked();
            Assert.Equal(expected, text.Text);
        }
        text.ForgetUnpacked();
        Assert.Equal("“Zelenskyy”", text.ToString(new TextSpan(expected.IndexOf('“'), 11)));
        Assert.True(expected.Length > 4 << 20);
    }

    [Fact]
    public void A_text_that_is_not_valid_UTF16_is_not_packed_so_that_it_stays_exactly_as_read()
    {
        var content = "a\uD800b";
        var text = new SourceText(content);

        text.Pack();

        Assert.False(text.IsPacked);
        Assert.Equal(content, text.Text);
    }
}
