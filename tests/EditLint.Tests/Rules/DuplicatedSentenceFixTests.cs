using EditLint.Documents;
using EditLint.Engine;
using EditLint.Readers;
using EditLint.Checks.Consistency;
using EditLint.Text;

namespace EditLint.Tests.Rules;

/// <summary>EL4002's fix: applying it leaves the article as if the repeat had never been pasted.</summary>
public sealed class DuplicatedSentenceFixTests
{
    private const string Sentence = "The council approved the budget on Tuesday night.";

    [Theory]
    [InlineData($"{Sentence}\n\nMayor left. {Sentence} Then rain fell.\n", $"{Sentence}\n\nMayor left. Then rain fell.\n")]
    [InlineData($"{Sentence}\n\nMayor left. {Sentence}\n", $"{Sentence}\n\nMayor left.\n")]
    [InlineData($"{Sentence}\n\n{Sentence}\n\nThe mayor left.\n", $"{Sentence}\n\nThe mayor left.\n")]
    [InlineData($"{Sentence}\n\nThe mayor left.\n\n{Sentence}\n", $"{Sentence}\n\nThe mayor left.\n")]
    [InlineData($"{Sentence}\n\nThe mayor left.\n\n{Sentence}", $"{Sentence}\n\nThe mayor left.\n")]
    [InlineData($"{Sentence}\r\n\r\n{Sentence}\r\n\r\nThe mayor left.\r\n", $"{Sentence}\r\n\r\nThe mayor left.\r\n")]
    [InlineData($"{Sentence}\n{Sentence}\n\nThe mayor left.\n", $"{Sentence}\n\nThe mayor left.\n")]
    public void Applying_the_fix_removes_the_repeat_and_its_spacing(string before, string after)
    {
        var diagnostic = Assert.Single(Lint(before), d => d.Id == "EL4002");
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal("Delete the repeated sentence", fix.Title);

        Assert.Equal(after, Apply(before, fix.Edits));
        Assert.DoesNotContain(Lint(after), d => d.Id == "EL4002");
    }

    private static IReadOnlyList<EditLint.Diagnostics.Diagnostic> Lint(string text)
    {
        var loader = new DocumentLoader([new MarkdownReader()]);
        var document = loader.Read("a.md", new SourceText(text), DocumentFormat.Markdown);
        return new LintEngine([new DuplicatedSentenceRule()], loader).Run([document], new LintOptions { MaxDegreeOfParallelism = 1 }).Diagnostics;
    }

    internal static string Apply(string text, IEnumerable<EditLint.Diagnostics.TextEdit> edits)
    {
        foreach (var edit in edits.OrderByDescending(e => e.Span.Start))
            text = string.Concat(text.AsSpan(0, edit.Span.Start), edit.NewText, text.AsSpan(edit.Span.End));
        return text;
    }
}
