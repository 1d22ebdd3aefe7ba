using EditLint.Diagnostics;
using EditLint.Semantics;
using EditLint.Semantics.Quotes;
using EditLint.Text;

namespace EditLint.Rules.Sourcing;

/// <summary>
/// EL1005: the same quoted words rendered two ways in one article (“could offer Article-5 like protection”
/// against ‘Article 5-like protection’). Two quotations are the same words when they share a run of
/// <see cref="RunLength"/> words; they are rendered differently when the characters of that run differ
/// (hyphens, spacing of punctuation), not just quote-mark style or case. Runs are hashed, so the cost grows
/// with the number of quoted words.
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
    public override void Initialize(RuleSetup setup) => setup.OnDocumentEnd(context =>
    {
        var firstRendering = new Dictionary<string, (Quote Quote, string Surface, string Raw)>(StringComparer.Ordinal);
        foreach (var quote in context.Model.Quotes)
        {
            if (quote.Parent is not null || quote.Kind == QuoteKind.Title || quote.Marks == QuoteMarks.Block)
                continue;
            foreach (var (key, raw) in Runs(quote.Text))
            {
                var surface = TextNormalizer.Normalize(raw);
                if (!firstRendering.TryGetValue(key, out var first))
                {
                    firstRendering[key] = (quote, surface, raw);
                    continue;
                }
                if (first.Quote == quote || first.Surface == surface)
                    continue;
                var line = context.Document.Source.GetPosition(first.Quote.Span.Start).DisplayLine;
                context.Report(quote.Span, [(first.Quote.Span, "other rendering")], quote.Text.Trim(), line, first.Quote.Text.Trim());
                break;
            }
        }
    });

    // Every run of RunLength consecutive words: its key (the words) and its characters as written.
    private static IEnumerable<(string Key, string Raw)> Runs(string text)
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
        for (var i = 0; i + RunLength <= words.Count; i++)
        {
            var key = string.Join(' ', words.GetRange(i, RunLength).Select(w => text[w.Start..w.End].ToLowerInvariant()));
            yield return (key, text[words[i].Start..words[i + RunLength - 1].End]);
        }
    }
}
