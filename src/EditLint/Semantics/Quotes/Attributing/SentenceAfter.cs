using EditLint.Documents;

namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// "“Do you want it badly enough?”" as a paragraph of its own, then "These are the questions Ann Smith will ask …":
/// the sentence after names whose words they were.
/// </summary>
internal sealed class SentenceAfter : AttributionStrategy
{
    public override Attribution? Find(AttributionContext context, QuoteSite site)
    {
        var quote = site.Quote;
        if (!site.IsFull || site.IsBlockQuote || site.BlockIndex + 1 >= context.Blocks.Count
            || !AttributionContext.StartsBlock(quote) || !quote.Block.Text.AsSpan(quote.LocalEnd).IsWhiteSpace())
            return null;
        var next = context.Blocks[site.BlockIndex + 1].Block;
        if (next.Kind != BlockKind.Paragraph)
            return null;
        var words = next.Text.TrimStart().Split(' ', 12, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 5 || words[0] is not ("These" or "Those" or "That" or "This" or "Such") || words[1] is not ("are" or "were" or "was" or "is"))
            return null;
        // A name after the opening words, before the sentence ends: "the questions Ann Smith will be asking".
        for (var i = 2; i < words.Length - 1; i++)
        {
            var word = words[i];
            if (word.EndsWith('.'))
                break;
            // A person the article names ("every British household" names nobody).
            if (word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower) && context.Surnames.Contains(word))
                return new Attribution(AttributionMethod.NamedAfter, null, word);
        }
        return null;
    }
}
