using EditLint.Documents;

namespace EditLint.Readers;

/// <summary>
/// What the blocks of a draft say about it, read the same way whatever the draft was written in (Markdown, Word): its
/// header lines (a date line, "Updated"), its page residue, a first-level heading as the headline when nothing else
/// named one, a wire dateline and a credit line.
/// </summary>
internal static class BodyMetadata
{
    /// <summary>Fills <paramref name="metadata"/> from <paramref name="blocks"/> and returns the blocks with residue marked.</summary>
    public static List<Block> Read(List<Block> blocks, ArticleMetadata metadata)
    {
        HeaderLines.Apply(blocks, metadata);
        var classified = PageResidue.MarkResidue(blocks);
        if (metadata.Title is null && classified.FirstOrDefault(b => b is { Kind: BlockKind.Heading, Level: 1 }) is { } headline)
            metadata.Title = new(headline.Text, headline.Content.SourceSpan, "first heading");
        DatelineFinder.Find(classified, metadata);
        HeaderLines.FindCredit(classified, metadata);
        return classified;
    }
}
