using EditLint.LanguageServer.Protocol;
using EditLint.Text;

namespace EditLint.Tests.LanguageServer;

/// <summary>Offsets ↔ LSP positions in each encoding, around characters of one, two, three and four UTF-8 bytes.</summary>
public sealed class PositionMapperTests
{
    // "é" is 2 UTF-8 bytes, "€" 3, "😀" 4 bytes and 2 UTF-16 units.
    private static readonly SourceText Text = new("ab\r\né€😀x\nlast");

    [Theory]
    [InlineData("utf-16", new[] { 0, 1, 2, 4, 5 })]
    [InlineData("utf-8", new[] { 0, 2, 5, 9, 10 })]
    [InlineData("utf-32", new[] { 0, 1, 2, 3, 4 })]
    public void Characters_count_in_the_negotiated_unit(string name, int[] characters)
    {
        var encoding = PositionMapper.Parse(name)!.Value;
        // Offsets of é, €, 😀, x and the end of line 1.
        int[] offsets = [4, 5, 6, 8, 9];
        for (var i = 0; i < offsets.Length; i++)
        {
            Assert.Equal(new Position(1, characters[i]), PositionMapper.ToPosition(Text, offsets[i], encoding));
            Assert.Equal(offsets[i], PositionMapper.ToOffset(Text, new Position(1, characters[i]), encoding));
        }
    }

    [Fact]
    public void A_character_past_the_end_of_a_line_is_the_line_end_and_a_line_past_the_end_is_the_text_end()
    {
        Assert.Equal(2, PositionMapper.ToOffset(Text, new Position(0, 99), PositionEncoding.Utf16));
        Assert.Equal(Text.Length, PositionMapper.ToOffset(Text, new Position(7, 0), PositionEncoding.Utf8));
    }

    [Fact]
    public void A_UTF8_position_inside_a_character_stays_before_it()
    {
        // Byte 7 is inside the emoji (bytes 5..8): the offset does not split the surrogate pair.
        Assert.Equal(6, PositionMapper.ToOffset(Text, new Position(1, 7), PositionEncoding.Utf8));
    }
}
