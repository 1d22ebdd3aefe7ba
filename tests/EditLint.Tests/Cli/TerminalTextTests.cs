using EditLint.Cli;

namespace EditLint.Tests.Cli;

public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("one line", "one line")]
    [InlineData("two\nlines", "two lines")]
    [InlineData("crlf\r\nand cr\rand ff\fend", "crlf and cr and ff end")]
    [InlineData("nel\u0085ls\u2028ps\u2029end", "nel ls ps end")]
    [InlineData("a tab\tstays", "a tab\tstays")]
    [InlineData("", "")]
    public void OneLine_makes_each_line_ending_a_space(string text, string expected) =>
        Assert.Equal(expected, TerminalText.OneLine(text));

    [Fact]
    public void OneLine_gives_back_a_text_with_no_line_ending_as_it_is()
    {
        const string text = "nothing to replace";
        Assert.Same(text, TerminalText.OneLine(text));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\nb", "a\\nb")]
    [InlineData("esc\u001B[31m", "esc\\x1B[31m")]
    [InlineData("nel\u0085", "nel\\x85")]
    public void Escape_writes_control_characters_out(string text, string expected) =>
        Assert.Equal(expected, TerminalText.Escape(text));
}
