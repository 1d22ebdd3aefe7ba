using EditLint.Semantics;

namespace EditLint.Tests.Semantics;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text) => [.. SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length))];

    [Theory]
    [InlineData("Mr Smith met Mrs. Jones. They talked.", new[] { "Mr Smith met Mrs. Jones.", "They talked." })]
    [InlineData("Dr. Patel and St. John's staff agreed.", new[] { "Dr. Patel and St. John's staff agreed." })]
    [InlineData("The U.S. and the U.K. signed. Others waited.", new[] { "The U.S. and the U.K. signed.", "Others waited." })]
    [InlineData("It happened in Jan. 2024, not later.", new[] { "It happened in Jan. 2024, not later." })]
    [InlineData("J. K. Rowling spoke. Fans cheered.", new[] { "J. K. Rowling spoke.", "Fans cheered." })]
    [InlineData("Growth was 3.5 per cent. Prices rose.", new[] { "Growth was 3.5 per cent.", "Prices rose." })]
    [InlineData("He lives at No. 10 Downing Street. She does not.", new[] { "He lives at No. 10 Downing Street.", "She does not." })]
    [InlineData("We waited... and waited. Then it came.", new[] { "We waited... and waited.", "Then it came." })]
    [InlineData("\"Stop!\" he said. She stopped.", new[] { "\"Stop!\" he said.", "She stopped." })]
    [InlineData("He said: \"We will win.\" Then he left.", new[] { "He said: \"We will win.\"", "Then he left." })]
    [InlineData("“We will win. They will lose,” he said.", new[] { "“We will win.", "They will lose,” he said." })]
    [InlineData("Is it over? Nobody knows! Wait.", new[] { "Is it over?", "Nobody knows!", "Wait." })]
    [InlineData("No. That is wrong.", new[] { "No.", "That is wrong." })]
    public void Splits_AsAnEditorReads(string text, string[] expected) => Assert.Equal(expected, Split(text));
}
