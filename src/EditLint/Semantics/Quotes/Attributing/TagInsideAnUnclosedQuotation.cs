using EditLint.Semantics.Lexicons;

namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// "“It's a gloomy outlook, said David Wyss of Data Resources.", "“I'm putting up “no greenmail,” Gabelli said.": the
/// closing mark is missing (or a nested mark closed the wrong quotation), so the tag ended up inside the quotation.
/// The writer did name the speaker; the mark is EL1003's to report. A quotation left open to the end of its paragraph
/// takes the speaker of a tag that ends its last sentence: ", said X." or ", X said." (X a name or he or she).
/// </summary>
internal sealed class TagInsideAnUnclosedQuotation : AttributionStrategy
{
    public override Attribution? Find(AttributionContext context, QuoteSite site)
    {
        var quote = site.Quote;
        if (!quote.IsOpenEnded || site.IsBlockQuote)
            return null;
        var text = quote.Block.Text.AsSpan(quote.InnerStart, quote.InnerEnd - quote.InnerStart).TrimEnd();
        if (text.Length < 8 || text[^1] != '.')
            return null;
        // The tag is the words after the last comma, up to the final full stop, within the last 80 characters (a long
        // open quotation is not searched end to end).
        text = text[Math.Max(0, text.Length - 80)..];
        var comma = text.LastIndexOf(',');
        if (comma < 0)
            return null;
        var words = text[(comma + 1)..^1].ToString().Replace("”", " ", StringComparison.Ordinal).Replace("\"", " ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
            return null;
        // ", said David Wyss of Data Resources Inc": the verb first, then a name.
        if (Lexicon.SpeechVerbs.Contains(words[0]) && char.IsUpper(words[1][0]))
            return Tag(Name(words, 1));
        // ", Gabelli said", ", he said", ", Mr Lee told reporters": a name or he or she, then the verb.
        var verb = Array.FindIndex(words, w => Lexicon.SpeechVerbs.Contains(w));
        if (verb is >= 1 and <= 4 && (words[0] is "he" or "she" || words.Take(verb).All(w => char.IsUpper(w[0]))))
            return Tag(string.Join(' ', words.Take(verb)));
        return null;
    }

    // The name's capitalised words, up to an affiliation ("David Wyss of Data Resources Inc" is David Wyss).
    private static string Name(string[] words, int start) =>
        string.Join(' ', words.Skip(start).TakeWhile(w => char.IsUpper(w[0])));

    private static Attribution Tag(string speaker) => new(AttributionMethod.SpeechVerb, null, speaker);
}
