using EditLint.Readers;
using EditLint.Semantics;
using EditLint.Text;

namespace EditLint.Tests.Semantics;

public sealed class QuotedSpansTests
{
    private const string Text = "She said “we won” and “we will “win” again” today. He said “we lost it all”.\n";

    private static List<int> Overlapping(int from, int to)
    {
        var model = new SemanticModel(new MarkdownReader().Read("a.md", new SourceText(Text)));
        var bounds = new List<int>();
        model.QuotedText.AddOverlapping(from, to, bounds);
        return bounds;
    }

    private static int At(string words) => Text.IndexOf(words, StringComparison.Ordinal);

    [Fact]
    public void Overlapping_stretches_are_merged_in_order_and_cut_to_the_range()
    {
        // Three top-level quotations; the nested “win” lies inside the second and adds no stretch of its own.
        Assert.Equal([At("we won"), At("” and"), At("we will"), At("” today"), At("we lost"), At("”.")], Overlapping(0, Text.Length));
        // A range that starts inside a quotation and ends inside another.
        Assert.Equal([At("won"), At("” and"), At("we will"), At("will")], Overlapping(At("won"), At("will")));
    }

    [Fact]
    public void A_range_with_no_quotation_in_it_has_no_stretch() =>
        Assert.Empty(Overlapping(At(" today"), At("He said") + 7));
}
