using EditLint.Semantics.People;
using EditLint.Documents;
using EditLint.Semantics.Quotes.Attributing;

namespace EditLint.Semantics.Quotes;

/// <summary>
/// Every quotation of a document with its kind and attribution, the speech acts of every sentence, and the quotation
/// marks that do not pair up. Extracted in three steps: the marks of each prose block are paired into quotations, the
/// speech acts of each sentence are found (pronouns resolved), and <see cref="QuoteAttributor"/> gives each quotation
/// its speaker. The facts are built once and never change.
/// </summary>
public sealed class QuoteFacts
{
    /// <summary>Quotations in document order (nested ones after their parent).</summary>
    public required IReadOnlyList<Quote> Quotes { get; init; }

    /// <summary>Speech acts in document order, whether or not they introduce a quotation.</summary>
    public required IReadOnlyList<SpeechAct> SpeechActs { get; init; }

    /// <summary>Marks with no partner, and mixed pairs.</summary>
    public required IReadOnlyList<QuoteMarkProblem> MarkProblems { get; init; }

    /// <summary>Extracts the facts of <paramref name="model"/>'s document.</summary>
    public static QuoteFacts Extract(SemanticModel model) => new Extraction(model).Run();

    private sealed class Extraction(SemanticModel model)
    {
        private readonly List<QuoteDraft> _quotes = [];
        private readonly List<QuoteMarkProblem> _problems = [];
        private readonly Dictionary<Block, ArraySegment<Token>> _tokens = TokensByBlock(model.Tokens);
        private readonly Dictionary<Block, List<Sentence>> _sentences = model.Sentences.GroupBy(s => s.Block).ToDictionary(g => g.Key, g => g.ToList());
        private readonly Dictionary<Block, QuotedSpans> _quotedSpans = [];

        public QuoteFacts Run()
        {
            var blocks = model.Document.Blocks.Where(b => b.IsProse).ToList();
            var perBlock = new List<(Block Block, List<QuoteDraft> Quotes, List<SpeechAct> Acts)>();
            var acts = new List<SpeechAct>();
            QuoteDraft? openFromPrevious = null;
            for (var b = 0; b < blocks.Count; b++)
            {
                var block = blocks[b];
                var quotes = ScanBlock(block, ref openFromPrevious, b + 1 < blocks.Count ? blocks[b + 1] : null);
                var found = FindActs(block, quotes);
                perBlock.Add((block, quotes, found));
                acts.AddRange(found);
            }

            // One resolved act per act, in the same order (two acts may share their spans in garbled text, so
            // they are matched by position, not by span).
            var resolved = PersonMentions.ResolvePronouns(model, acts, _quotedSpans);
            var at = 0;
            var quoteBlocks = perBlock.Select(p => new QuoteBlock(p.Block, p.Quotes, [.. p.Acts.Select(_ => resolved[at++])])).ToList();
            QuoteAttributor.Run(new AttributionContext(model, quoteBlocks, _tokens, _sentences), _quotes);

            return new QuoteFacts { Quotes = Freeze(_quotes), SpeechActs = [.. quoteBlocks.SelectMany(p => p.Acts)], MarkProblems = _problems };
        }

        // The published quotations, made once every decision is taken. A quotation's parent opens before it in its
        // block, and the quotations it continues or goes on from close before it opens: made in opening order, each
        // finds them made.
        private static List<Quote> Freeze(List<QuoteDraft> drafts)
        {
            var made = new Dictionary<QuoteDraft, Quote>(drafts.Count, ReferenceEqualityComparer.Instance);
            foreach (var draft in drafts.OrderBy(d => d.Block.Index).ThenBy(d => d.LocalStart))
                made[draft] = new Quote(draft, draft.Parent is null ? null : made[draft.Parent], draft.ContinuationOf is null ? null : made[draft.ContinuationOf],
                    draft.GoesOnFrom is null ? null : made[draft.GoesOnFrom]);
            return [.. drafts.Select(d => made[d])];
        }

        private List<QuoteDraft> ScanBlock(Block block, ref QuoteDraft? openFromPrevious, Block? next)
        {
            var text = block.Text;
            var (pairs, strays) = QuoteScanner.Scan(text);
            var quotes = new List<QuoteDraft>();
            QuoteDraft? reopened = null;
            foreach (var pair in pairs)
            {
                var (end, innerEnd) = pair.Close switch
                {
                    -1 => (text.Length, text.Length),
                    -2 => (pair.End, pair.End),
                    _ => (pair.Close + pair.CloseWidth, pair.Close),
                };
                var quote = new QuoteDraft(block, pair.Open, end, Math.Min(pair.Open + pair.OpenWidth, innerEnd), innerEnd, pair.Marks) { IsOpenEnded = pair.Close < 0 };
                if (reopened is not null && reopened.LocalEnd <= quote.LocalStart)
                {
                    quote.ContinuationOf = reopened;
                    reopened = null;
                }
                if (pair.ContinuesInNext)
                    reopened = quote;
                quotes.Add(quote);
            }
            // A block quote without marks is itself the quotation.
            if (block.Kind == BlockKind.BlockQuote && quotes.Count == 0 && text.Length > 0)
                quotes.Add(new QuoteDraft(block, 0, text.Length, 0, text.Length, QuoteMarks.Block));

            SetParents(quotes);

            // The multi-paragraph convention: an open quotation continues when the next paragraph opens with a mark.
            if (openFromPrevious is not null && quotes.FirstOrDefault(q => q.Parent is null) is { } first && text.AsSpan(0, first.LocalStart).IsWhiteSpace())
                first.ContinuationOf = openFromPrevious;
            openFromPrevious = null;
            foreach (var open in quotes.Where(q => q.Marks != QuoteMarks.Block && q.IsOpenEnded && q.LocalEnd == text.Length))
            {
                if (next is not null && next.Kind is BlockKind.Paragraph or BlockKind.BlockQuote && StartsWithOpeningMark(next.Text))
                {
                    open.ContinuesInNextBlock = true;
                    openFromPrevious = open;
                }
                else
                {
                    // A '' mark is two characters wide: the finding covers it whole.
                    var width = Math.Max(1, open.InnerStart - open.LocalStart);
                    _problems.Add(Problem(block, open.LocalStart, width, QuoteMarkProblemKind.NeverClosed));
                }
            }
            foreach (var stray in strays)
                _problems.Add(Problem(block, stray.Index, stray.Width, stray.Kind));

            foreach (var quote in quotes)
                quote.Kind = QuoteClassifier.Classify(quote);
            _quotes.AddRange(quotes);
            return quotes;
        }

        // A mark with no partner, or one that stands for an apostrophe (the word it sits in goes in the message).
        private static QuoteMarkProblem Problem(Block block, int local, int width, QuoteMarkProblemKind kind)
        {
            var text = block.Text;
            var source = block.Content.ToSource(local, width);
            return kind == QuoteMarkProblemKind.ApostropheAsQuote
                ? new QuoteMarkProblem(block, source, text.Substring(local, width), kind, QuoteScanner.ApostropheWord(text, local))
                : new QuoteMarkProblem(block, source, text.Substring(local, width), kind);
        }

        private static bool StartsWithOpeningMark(string text)
        {
            var trimmed = text.TrimStart();
            // BBC copy's '' is a double mark too.
            return trimmed.Length > 0 && (trimmed[0] is '“' or '"' or '«' or '„' || trimmed.StartsWith("''", StringComparison.Ordinal));
        }

        // A quotation's opening offset and its place in its block, by which SetParents orders them.
        private sealed record OpeningKey(int Start, int Index);

        // Each quotation's parent: the shortest other quotation that opens before it and closes at or after it (the
        // first in block order of equal ones). One sweep by opening offset that looks only at the quotations still open
        // there, not at every quotation of the block: a paragraph of thousands of quotations stays linear.
        private static void SetParents(List<QuoteDraft> quotes)
        {
            // By opening offset, equal ones in block order. (Classes sorted with a comparison, not LINQ or a sort over
            // ints or longs, whose generic code the JIT compiled at start-up.)
            var keys = new OpeningKey[quotes.Count];
            for (var i = 0; i < keys.Length; i++)
                keys[i] = new OpeningKey(quotes[i].LocalStart, i);
            Array.Sort(keys, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Index.CompareTo(b.Index));
            var order = new List<int>(keys.Length);
            foreach (var key in keys)
                order.Add(key.Index);
            var open = new List<int>();
            for (var k = 0; k < order.Count;)
            {
                var start = quotes[order[k]].LocalStart;
                open.RemoveAll(i => quotes[i].LocalEnd <= start);
                var next = k;
                while (next < order.Count && quotes[order[next]].LocalStart == start)
                    next++;
                for (var g = k; g < next; g++)
                {
                    var quote = quotes[order[g]];
                    // A quotation of no width could sit in one that closed where it opens: look at them all.
                    var all = quote.LocalEnd <= quote.LocalStart;
                    var parent = -1;
                    for (var c = 0; c < (all ? quotes.Count : open.Count); c++)
                    {
                        var i = all ? c : open[c];
                        var o = quotes[i];
                        if (o == quote || o.LocalStart >= quote.LocalStart || o.LocalEnd < quote.LocalEnd)
                            continue;
                        var length = o.LocalEnd - o.LocalStart;
                        var best = parent < 0 ? int.MaxValue : quotes[parent].LocalEnd - quotes[parent].LocalStart;
                        if (length < best || (length == best && i < parent))
                            parent = i;
                    }
                    quote.Parent = parent < 0 ? null : quotes[parent];
                }
                // An open quotation that ends where a later-opened one ends is longer than it and holds nothing it does
                // not: it can be no later quotation's parent. Dropping it keeps marks that all stay open to the end of
                // the block (thousands of them in one line) from being compared with each other.
                for (var g = k; g < next; g++)
                {
                    var quote = quotes[order[g]];
                    open.RemoveAll(i => quotes[i].LocalEnd == quote.LocalEnd && quotes[i].LocalStart < quote.LocalStart);
                }
                open.AddRange(order.GetRange(k, next - k));
                k = next;
            }
        }

        // Each block's tokens, read in place: they are one run of the document's tokens (blocks are tokenized in turn),
        // and a copy per block was another 53 MB on a 10 MB line.
        private static Dictionary<Block, ArraySegment<Token>> TokensByBlock(IReadOnlyList<Token> all)
        {
            var tokens = all as Token[] ?? [.. all];
            var byBlock = new Dictionary<Block, ArraySegment<Token>>();
            for (var start = 0; start < tokens.Length;)
            {
                var end = start + 1;
                while (end < tokens.Length && tokens[end].Block == tokens[start].Block)
                    end++;
                byBlock[tokens[start].Block] = new ArraySegment<Token>(tokens, start, end - start);
                start = end;
            }
            return byBlock;
        }

        private List<SpeechAct> FindActs(Block block, List<QuoteDraft> quotes)
        {
            var acts = new List<SpeechAct>();
            if (!_sentences.TryGetValue(block, out var sentences) || !_tokens.TryGetValue(block, out var tokens))
                return acts;
            var spans = _quotedSpans[block] = new QuotedSpans(quotes);
            bool IsQuoted(int local) => spans.Contains(local);
            var first = 0;
            foreach (var sentence in sentences)
            {
                var end = sentence.LocalStart + sentence.Length;
                while (first < tokens.Count && tokens[first].LocalStart < sentence.LocalStart)
                    first++;
                var last = first;
                while (last < tokens.Count && tokens[last].LocalStart < end)
                    last++;
                var inSentence = tokens.Slice(first, last - first);
                acts.AddRange(SpeechActFinder.Find(sentence, inSentence, IsQuoted));
            }
            return acts;
        }
    }
}
