using EditLint.Checks;
using System.Globalization;
using System.Text;
using EditLint.Engine;
using EditLint.Readers;
using EditLint.Rules;
using EditLint.Text;

namespace EditLint.Tests.Engine;

// Drafts pasted from broken pages: unbalanced and doubled marks, words run together, odd numbers. No rule may
// throw on them (a rule that throws is reported as EL9001 and its findings are lost).
public sealed class GarbledInputTests
{
    private static readonly string[] Sentences =
    [
        "The council said the bridge would reopen in May.",
        "Residents, who officials said were angry, met the mayor on Tuesday.",
        "He said he expects the repairs to cost $40m (£31m) in total.",
        "But, unlike a similar vote in 1986, which councillors said delayed the plan, the decision had no effect.",
        "“We will not give up,” she told reporters, adding that the works were “historic”.",
        "Mr Lee, 45, was born in 1970 and has led the group since 2015.",
        "Around 100,000 people use the crossing at a time, and 300,000 in total.",
        "Half of the budget went to roads and the remaining 60% to schools.",
        "According to the report, the town lost 12 of its 40 shops.",
    ];

    private static readonly string[] Noise =
    [
        "“", "”", "\"", "'", "‘", "’", "``", "''", "«", "»", "(", ")", "#", "*", "`", "said", "he said", "according to",
        "99999999999999999999999999999", "0", "007", "1,00", "½", "3/4", "10-5", "aged 500", "born in 0001", "a trillion trillion",
        "the rest", "in total", "at a time", "(£0)", "($0.00)", "Mr", "she", "—", "&amp;", "<b>", "| a | b |",
    ];

    [Fact]
    public void No_rule_throws_on_garbled_drafts()
    {
        var random = new Random(2_025);
        var loader = new DocumentLoader([new MarkdownReader(), new PlainTextReader(), new HtmlReader()]);
        var documents = new List<EditLint.Documents.ArticleDocument>();
        for (var n = 0; n < 150; n++)
        {
            var text = new StringBuilder("---\ndate: 2025-02-26\n---\n\n");
            for (var p = random.Next(1, 8); p > 0; p--)
            {
                for (var s = random.Next(1, 6); s > 0; s--)
                {
                    var words = Sentences[random.Next(Sentences.Length)].Split(' ').ToList();
                    for (var k = random.Next(0, 6); k > 0; k--)
                    {
                        var at = random.Next(words.Count);
                        switch (random.Next(4))
                        {
                            case 0: words[at] = Noise[random.Next(Noise.Length)]; break;
                            case 1: words.Insert(at, Noise[random.Next(Noise.Length)]); break;
                            case 2: words[at] = string.Concat(Enumerable.Repeat(words[at], random.Next(2, 30))); break;
                            default: words.RemoveAt(at); if (words.Count == 0) words.Add("x"); break;
                        }
                    }
                    text.Append(string.Join(' ', words)).Append(' ');
                }
                text.Append("\n\n");
            }
            documents.Add(loader.Read($"garbled{n.ToString("000", CultureInfo.InvariantCulture)}.md", new SourceText(text.ToString()), EditLint.Documents.DocumentFormat.Markdown));
        }

        var result = new LintEngine([.. BuiltInRules.Create(), .. BuiltInPacks.Rules], loader).Run(documents, new LintOptions());

        Assert.Empty(result.Diagnostics.Where(d => d.Id == "EL9001").Select(d => $"{d.Path}: {d.Message}"));
    }

    // Inline code is mapped to its whole span, so a speaker and a verb inside it share one span: two speech acts
    // with the same spans once made the quote extraction throw for every sourcing rule.
    [Fact]
    public void Speech_words_inside_inline_code_do_not_make_rules_throw()
    {
        var loader = new DocumentLoader([new MarkdownReader()]);
        var document = loader.Read("code.md", new SourceText("---\ndate: 2025-02-26\n---\n\nRun `Lee's said expects` now.\n"), EditLint.Documents.DocumentFormat.Markdown);

        var result = new LintEngine(BuiltInRules.Create(), loader).Run([document], new LintOptions());

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "EL9001");
    }
}
