using EditLint.Rules;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using EditLint.Configuration;
using EditLint.Diagnostics;
using EditLint.Semantics.Quotes;
using EditLint.Text;

namespace EditLint.Checks.Consistency;

/// <summary>
/// EL4006: a term the house rejects (<c>vocabulary: { reject: { Kiev: Kyiv } }</c>) used in the prose, with the
/// preferred form as the fix when one is configured. Terms match whole words, case-insensitively; a multi-word term
/// matches across any spaces. Words inside quotation marks are the speaker's and are not reported. A match inside an accepted term (reject "Kiev", accept "Kiev Pechersk Lavra") is
/// not reported.
/// </summary>
public sealed class RejectedWordRule : Rule
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);
    private static readonly ConditionalWeakTable<Vocabulary, Matchers> Cache = [];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.RejectedWord, "Rejected word",
        "'{0}' is on the house's rejected list{1}", RuleCategory.Consistency, Severity.Warning,
        "A word or phrase the configuration rejects (vocabulary: reject), with the preferred form when one is given.");

    private sealed record Matchers(IReadOnlyList<(Regex Pattern, string? Preferred)> Rejected, IReadOnlyList<Regex> Accepted);

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> Reads { get; } = [typeof(Quote)];

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup) => setup.OnDocumentEnd(Analyze);

    private void Analyze(DocumentContext context)
    {
        var vocabulary = context.Settings.Vocabulary;
        if (vocabulary.Rejected.Count == 0)
            return;
        var matchers = Cache.GetValue(vocabulary, Build);
        // Quoted words are the speaker's: a newsroom does not change them to suit its style.
        var quotations = context.Model.QuotedText;
        foreach (var block in context.Document.Blocks)
        {
            if (!block.IsProse)
                continue;
            var text = block.Text;
            List<(int Start, int End)>? accepted = null;
            var reported = new List<(int Start, int End)>();
            foreach (var (pattern, preferred) in matchers.Rejected)
            {
                foreach (Match match in pattern.Matches(text))
                {
                    accepted ??= [.. matchers.Accepted.SelectMany(a => a.Matches(text)).Select(m => (m.Index, m.Index + m.Length))];
                    if (accepted.Exists(a => a.Start <= match.Index && match.Index + match.Length <= a.End && a.End - a.Start > match.Length))
                        continue;
                    // A longer rejected phrase already reported here covers this one.
                    if (reported.Exists(r => r.Start < match.Index + match.Length && match.Index < r.End))
                        continue;
                    reported.Add((match.Index, match.Index + match.Length));
                    var span = block.Content.ToSource(match.Index, match.Length);
                    if (quotations.Contains(span.Start))
                        continue;
                    var suggestion = preferred is null ? "" : $"; use '{MatchCase(match.Value, preferred)}'";
                    context.ReportWithFix(span, preferred is null ? null : MatchCase(match.Value, preferred), match.Value, suggestion);
                }
            }
        }
    }

    private static Matchers Build(Vocabulary vocabulary) => new(
        [.. vocabulary.Rejected.OrderByDescending(t => t.Key.Length).Select(t => (Pattern(t.Key), t.Value))],
        [.. vocabulary.Accepted.Select(Pattern)]);

    // Whole words, any case, any run of spaces between the words of a phrase. The term is escaped: a literal pattern
    // cannot backtrack badly, and the timeout is there all the same.
    private static Regex Pattern(string term)
    {
        var words = term.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape);
        return new Regex($@"(?<![\p{{L}}\p{{N}}]){string.Join(@"\s+", words)}(?![\p{{L}}\p{{N}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
    }

    // "kiev" → "kyiv", "Kiev" → "Kyiv", "PEKING" → "BEIJING" (a wire dateline): the replacement follows the match's case.
    private static string MatchCase(string found, string preferred)
    {
        if (found.Count(char.IsLetter) > 1 && !found.Any(char.IsLower))
            return preferred.ToUpperInvariant();
        return found.Length > 0 && preferred.Length > 0 && char.IsUpper(found[0]) && char.IsLower(preferred[0])
            ? char.ToUpperInvariant(preferred[0]) + preferred[1..]
            : preferred;
    }
}
