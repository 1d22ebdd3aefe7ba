using EditLint.Documents;
using EditLint.Semantics.Lexicons;

namespace EditLint.Semantics.Quotes.Attributing;

/// <summary>
/// Words quoted in one place and attributed in another: a heading or pull quote that repeats words said in the body,
/// and a partial quotation of a few words someone is shown saying elsewhere. Runs after every block is attributed.
/// </summary>
internal static class ElsewhereInTheArticle
{
    /// <summary>
    /// Headings and pull quotes repeat words said in the body: attributed there, attributed here. Runs of up to three
    /// words of every attributed quotation are hashed once, so the cost grows with the words quoted.
    /// </summary>
    public static void AttributeHeadings(IReadOnlyList<QuoteBlock> blocks)
    {
        var headings = blocks.Where(p => p.Block.Kind is BlockKind.Heading or BlockKind.Caption)
            .SelectMany(p => p.Quotes).Where(q => q.Attribution is null && q.Parent is null).ToList();
        if (headings.Count == 0)
            return;
        var runs = new Dictionary<string, Attribution>(StringComparer.Ordinal);
        foreach (var quote in blocks.SelectMany(p => p.Quotes).Where(q => q.Attribution is not null && q.IsQuotation))
        {
            var words = QuoteText.Words(quote.Text);
            for (var length = 1; length <= 3; length++)
            {
                for (var i = 0; i + length <= words.Count; i++)
                    runs.TryAdd(string.Join(' ', words.GetRange(i, length)), quote.Attribution!);
            }
        }
        foreach (var quote in headings)
        {
            var words = QuoteText.Words(quote.Text);
            var length = Math.Min(3, words.Count);
            for (var i = 0; length > 0 && i + length <= words.Count; i++)
            {
                if (runs.TryGetValue(string.Join(' ', words.GetRange(i, length)), out var source))
                {
                    quote.Attribution = source.With(AttributionMethod.Elsewhere);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// A partial quotation of two or more content words (a hyphenated compound is one: “game-changing”) that the article
    /// shows someone saying elsewhere ("“socially responsible”, it has been suggested" … the minister said: "… in a
    /// socially responsible way") is theirs; one the writer uses elsewhere without marks ("“full and unconditional”" …
    /// "A full and unconditional pardon") is the writer's own term. Only the candidates' own word runs are looked for,
    /// so the text is read once and nothing is kept for words no candidate starts with.
    /// </summary>
    public static void AttributeEchoes(IReadOnlyList<QuoteBlock> blocks, IReadOnlyList<QuoteDraft> quotes)
    {
        var candidates = quotes.Where(q => q.Attribution is null && q.Kind == QuoteKind.Partial && q.Parent is null
            && q.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => !Lexicon.EchoFunctionWords.Contains(w.ToLowerInvariant())) >= 2)
            .Select(q => new Echo(q, CoveringRuns(QuoteText.Words(q.Text)))).Where(c => c.Runs.Count > 0).ToList();
        if (candidates.Count == 0)
            return;
        var wanted = candidates.SelectMany(c => c.Runs).ToHashSet(StringComparer.Ordinal);
        var firstWords = wanted.Select(r => r[..r.IndexOf(' ')]).ToHashSet(StringComparer.Ordinal);
        var said = new Dictionary<string, Attribution>(StringComparer.Ordinal);
        foreach (var quote in quotes.Where(q => q.Attribution is not null && q.IsQuotation))
            FindRuns(QuoteText.Words(quote.Text), wanted, firstWords, run => said.TryAdd(run, quote.Attribution!));
        var unquoted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (block, blockQuotes, _) in blocks)
        {
            var text = block.Text;
            var from = 0;
            foreach (var quote in blockQuotes.Where(q => q.Parent is null).OrderBy(q => q.LocalStart))
            {
                if (quote.LocalStart > from)
                    FindRuns(QuoteText.Words(text[from..quote.LocalStart]), wanted, firstWords, run => unquoted.Add(run));
                from = Math.Max(from, quote.LocalEnd);
            }
            if (from < text.Length)
                FindRuns(QuoteText.Words(text[from..]), wanted, firstWords, run => unquoted.Add(run));
        }
        foreach (var (quote, runs) in candidates)
        {
            if (runs.TrueForAll(said.ContainsKey))
                quote.Attribution = said[runs[0]] with { Method = AttributionMethod.Elsewhere };
            else if (runs.TrueForAll(unquoted.Contains))
                quote.Kind = QuoteKind.Term;
        }
    }

    // A quotation that may echo earlier words, and the runs of its words to look for (a class, not a tuple: lists and
    // LINQ over a tuple have no ReadyToRun code, and the JIT compiled eighteen methods for them at start-up).
    private sealed record Echo(QuoteDraft Quote, List<string> Runs);

    // The runs that together cover a quotation's words: the whole of a two- or three-word phrase, else each three-word run.
    private static List<string> CoveringRuns(List<string> words)
    {
        if (words.Count is 2 or 3)
            return [string.Join(' ', words)];
        var runs = new List<string>();
        for (var i = 0; i + 3 <= words.Count; i++)
            runs.Add(string.Join(' ', words.GetRange(i, 3)));
        return runs;
    }

    // Reports each two- or three-word run of <paramref name="words"/> that is <paramref name="wanted"/>.
    private static void FindRuns(List<string> words, HashSet<string> wanted, HashSet<string> firstWords, Action<string> found)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (!firstWords.Contains(words[i]))
                continue;
            for (var length = 2; length <= 3 && i + length <= words.Count; length++)
            {
                var run = string.Join(' ', words.GetRange(i, length));
                if (wanted.Contains(run))
                    found(run);
            }
        }
    }
}
