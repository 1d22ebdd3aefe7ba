using EditLint.Rules;
using EditLint.Diagnostics;
using EditLint.Semantics;
using EditLint.Semantics.Quotes;
using EditLint.Text;

namespace EditLint.Checks.Sourcing;

/// <summary>
/// EL1005: the same quoted words rendered two ways in one article (“could offer Article-5 like protection”
/// against ‘Article 5-like protection’). Two quotations are candidates when they share a run of
/// <see cref="RunLength"/> words whose characters differ (hyphens, spacing, punctuation), not just in quote-mark
/// style or case; they are one quotation rendered twice only when every word of the shorter is in the longer, in
/// order and close together, and the difference is more than punctuation between words. Runs are hashed, and each
/// pair of quotations is compared once, so the cost grows with the number of quoted words and candidate pairs.
/// </summary>
public sealed class QuoteRenderedDifferentlyRule : Rule
{
    private const int RunLength = 3;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.QuoteRenderedDifferently, "Same quote rendered differently",
        "“{0}” is quoted differently on line {1} (“{2}”): check the speaker's exact words and use one rendering", RuleCategory.Sourcing, Severity.Warning,
        "The same quoted words appear twice in the article with different wording or punctuation.");

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> Reads { get; } = [typeof(Quote)];

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup) => setup.UseFacts(new RenderedAgain());

    /// <summary>
    /// A quotation that shares a run of words with an earlier quotation written differently: for each such run, in order,
    /// the earlier quotation (the first to use the run) and how each writes it.
    /// </summary>
    private sealed record Echo(Quote Quote, List<(Quote First, string FirstSurface, string Surface)> Candidates);

    // The facts are the quotations that echo an earlier one (found through a table of each run's first rendering), not
    // every run of quoted words: a session holds about half a kilobyte per fact. Each is reported once, against the
    // first earlier quotation it is a rendering of.
    private sealed class RenderedAgain : EachFact<Echo>
    {
        public override IEnumerable<object> Facts(SemanticModel model)
        {
            // Each run's first rendering, told by the run's lower-cased words read in place (a string per run of every
            // quotation was most of this rule's time). The thread keeps the table, emptied, for its next article: grown
            // anew for each, its arrays were 26 MB of a corpus run's allocations.
            var firstRendering = t_firstRendering ?? new HashSet<Rendering>(SameWords.Instance);
            t_firstRendering = null;
            try
            {
                foreach (var echo in Echoes(model, firstRendering))
                    yield return echo;
            }
            finally
            {
                if (firstRendering.Count <= KeptRenderings)
                {
                    firstRendering.Clear();
                    t_firstRendering = firstRendering;
                }
            }
        }

        // A table that a long article grew is not kept: its arrays stay as large as they grew.
        private const int KeptRenderings = 1 << 14;

        [ThreadStatic]
        private static HashSet<Rendering>? t_firstRendering;

        private static IEnumerable<Echo> Echoes(SemanticModel model, HashSet<Rendering> firstRendering)
        {
            foreach (var quote in model.Quotes)
            {
                if (quote.Parent is not null || quote.Kind == QuoteKind.Title || quote.Marks == QuoteMarks.Block)
                    continue;
                List<(Quote, string, string)>? candidates = null;
                var lower = quote.Text.ToLowerInvariant();
                var words = WordSpans(quote.Text);
                for (var i = 0; i + RunLength <= words.Count; i++)
                {
                    var current = new Rendering(quote, lower, words, i);
                    if (!firstRendering.TryGetValue(current, out var first))
                    {
                        firstRendering.Add(current);
                        continue;
                    }
                    // A run the quotation itself repeats is neither a first rendering nor an echo.
                    if (first.Quote == quote)
                        continue;
                    var (firstSurface, surface) = (first.Surface(), current.Surface());
                    if (firstSurface != surface)
                        (candidates ??= []).Add((first.Quote, firstSurface, surface));
                }
                if (candidates is not null)
                    yield return new Echo(quote, candidates);
            }
        }

        protected override void Act(DocumentContext context, Echo fact) => Report(context, fact);
    }

    private static void Report(DocumentContext context, Echo echo)
    {
        var quote = echo.Quote;
        var fits = new Dictionary<Quote, (bool WordsAdded, int Span)?>();
        foreach (var (first, firstSurface, surface) in echo.Candidates)
        {
            if (!fits.TryGetValue(first, out var known))
                fits[first] = known = Fit(first.Text, quote.Text);
            if (known is not { } fit)
                continue;
            // A comma dropped from a partial quotation ("genuinely held, independent view" / "genuinely held
            // independent view") is no new rendering; a word added or a hyphen moved is.
            if (!fit.WordsAdded && WithoutClausePunctuation(firstSurface) == WithoutClausePunctuation(surface))
                continue;
            var line = context.Document.Source.GetPosition(first.Span.Start).DisplayLine;
            context.Report(quote.Span, [(first.Span, "other rendering")], quote.Text.Trim(), line, first.Text.Trim());
            return;
        }
    }

    // The same quotation rendered twice: every word of the shorter is in the longer, in order and close together
    // (words may be added: "at best misrepresentation" / "at best a misrepresentation"). Two remarks that only
    // share a stock phrase ("Thank you very much. I'm thrilled" / "Thank you very much, I'm sure …") do not.
    // Null when they do not fit; else whether the longer adds words inside the fit, and the fit's length.
    private static (bool WordsAdded, int Span)? Fit(string a, string b)
    {
        var (shorter, longer) = (Words(a), Words(b));
        if (shorter.Count > longer.Count)
            (shorter, longer) = (longer, shorter);
        if (shorter.Count == 0)
            return null;
        // From each place the shorter's first word occurs, match the rest greedily; the closest fit decides.
        var allowed = shorter.Count + Math.Max(3, shorter.Count / 5);
        (bool, int)? best = null;
        for (var start = longer.IndexOf(shorter[0]); start >= 0; start = longer.IndexOf(shorter[0], start + 1))
        {
            var at = start + 1;
            var matched = 1;
            while (matched < shorter.Count && at < longer.Count && at - start < allowed)
            {
                if (longer[at] == shorter[matched])
                    matched++;
                at++;
            }
            if (matched == shorter.Count && at - start <= allowed && (best is null || at - start < best.Value.Item2))
                best = (at - start > shorter.Count, at - start);
        }
        return best;
    }

    private static string WithoutClausePunctuation(string surface) =>
        string.Concat(surface.Where(c => c is not (',' or '.' or ';' or ':' or '!' or '?')));

    private static List<string> Words(string text) =>
        [.. WordSpans(text).Select(w => text[w.Start..w.End].ToLowerInvariant())];

    private static List<(int Start, int End)> WordSpans(string text)
    {
        var words = new List<(int Start, int End)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                words.Add((start, i));
                start = -1;
            }
        }
        return words;
    }

    // A run of RunLength consecutive words of a quotation: told by its words lower-cased (the text is lower-cased once,
    // which keeps every character's place), and written as the quotation writes it, normalized, only when it is compared
    // with another: most runs are never seen twice.
    private readonly struct Rendering(Quote quote, string lower, List<(int Start, int End)> words, int first)
    {
        public Quote Quote => quote;

        public string Surface() =>
            TextNormalizer.Normalize(quote.Text.AsSpan(words[first].Start, words[first + RunLength - 1].End - words[first].Start));

        private ReadOnlySpan<char> Word(int k) => lower.AsSpan(words[first + k].Start, words[first + k].End - words[first + k].Start);

        // FNV-1a over the words' characters, a space after each: the words as the set tells them apart.
        public int Hash()
        {
            var hash = 14695981039346656037UL;
            for (var k = 0; k < RunLength; k++)
            {
                foreach (var c in Word(k))
                    hash = (hash ^ c) * 1099511628211UL;
                hash = (hash ^ ' ') * 1099511628211UL;
            }
            return (int)hash ^ (int)(hash >> 32);
        }

        public bool HasTheWordsOf(Rendering other)
        {
            for (var k = 0; k < RunLength; k++)
            {
                if (!Word(k).SequenceEqual(other.Word(k)))
                    return false;
            }
            return true;
        }
    }

    // Two runs are the same run when their words, lower-cased, are the same.
    private sealed class SameWords : IEqualityComparer<Rendering>
    {
        public static readonly SameWords Instance = new();

        public bool Equals(Rendering a, Rendering b) => a.HasTheWordsOf(b);

        public int GetHashCode(Rendering run) => run.Hash();
    }
}
