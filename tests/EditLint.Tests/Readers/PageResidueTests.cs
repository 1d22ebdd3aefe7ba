using EditLint.Readers;
using EditLint.Text;

namespace EditLint.Tests.Readers;

/// <summary>What the readers know of a page around its story: summary boxes and the wire service's sign-off.</summary>
public sealed class PageResidueTests
{
    [Fact]
    public void SummaryBoxes_RunFromTheirHeading_OverQuestions_ToTheNextHeadingOrCredit()
    {
        var document = new MarkdownReader().Read("a.md", new SourceText("""
            ## Quick Summary

            The envoy met allies.

            # Envoy meets allies

            The envoy met allies on Tuesday, aides said.

            ## Key Takeaways

            - Allies agree on aid.

            ## Frequently Asked Questions

            ## What was agreed?

            Aid, for now.

            (Reporting by Jane Okafor)

            More text after the credit.
            """));
        var boxes = PageResidue.SummaryBoxes(document.Blocks);
        var inBoxes = document.Blocks.Where(boxes.Contains).Select(b => b.Text).ToList();
        Assert.Equal(["Quick Summary", "The envoy met allies.", "Key Takeaways", "Allies agree on aid.", "Frequently Asked Questions", "What was agreed?", "Aid, for now."], inBoxes);
    }

    [Theory]
    [InlineData("Summary judgment sought")]
    [InlineData("Highlights of the budget")]
    public void AHeadingThatOnlyStartsWithABoxWord_OpensNoBox(string heading)
    {
        var document = new MarkdownReader().Read("a.md", new SourceText($"## {heading}\n\nThe court heard the case.\n"));
        Assert.Empty(PageResidue.SummaryBoxes(document.Blocks));
    }

    [Theory]
    [InlineData("Profit rose 5 pct in the quarter. REUTER", " REUTER")]
    [InlineData("Profit rose 5 pct in the quarter. Reuter...", " Reuter...")]
    [InlineData("Profit rose 5 pct, the company told Reuters.", null)]
    [InlineData("The REUTER archive holds every story it sent in 1987.", null)]
    public void TheWireSignOff_IsFoundAtTheEndOfAParagraphOnly(string paragraph, string? residue)
    {
        var found = PageResidue.TrailingWireResidue(paragraph);
        Assert.Equal(residue, found is var (start, length) ? paragraph.Substring(start, length) : null);
    }
}
