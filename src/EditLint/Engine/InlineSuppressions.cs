using System.Text.RegularExpressions;
using EditLint.Diagnostics;
using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Engine;

/// <summary>
/// Inline suppression comments in Markdown and HTML: <c>&lt;!-- editlint-disable EL1001 --&gt;</c> up to the next
/// <c>editlint-enable</c> (or the end of the file), and <c>editlint-disable-next-line</c> for the next line that has
/// text. Without IDs a comment covers every rule. A disable that runs to the end of the file also covers findings
/// about the whole document (no date, no headline). Comments that suppress nothing become EL9004.
/// </summary>
public static partial class InlineSuppressions
{
    /// <summary>One suppression comment and the stretch of the source it covers.</summary>
    public sealed class Directive
    {
        internal Directive(TextSpan comment, string kind, IReadOnlySet<string> ids, int from, int to)
        {
            Comment = comment;
            Kind = kind;
            Ids = ids;
            From = from;
            To = to;
        }

        /// <summary>The comment's span.</summary>
        public TextSpan Comment { get; }

        /// <summary>"disable" or "disable-next-line".</summary>
        public string Kind { get; }

        /// <summary>The rule IDs named; empty means every rule.</summary>
        public IReadOnlySet<string> Ids { get; }

        /// <summary>First covered offset.</summary>
        public int From { get; }

        /// <summary>Offset just past the covered stretch.</summary>
        internal int To { get; set; }

        /// <summary>True once the directive has suppressed a finding.</summary>
        public bool Used { get; internal set; }

        internal bool Covers(Diagnostic diagnostic, int sourceLength)
        {
            if (Ids.Count > 0 && !Ids.Contains(diagnostic.Id))
                return false;
            // Findings about the whole document sit at offset 0 with no length.
            if (diagnostic.Span is { Start: 0, Length: 0 })
                return Kind == "disable" && To >= sourceLength;
            return diagnostic.Span.Start >= From && diagnostic.Span.Start < To;
        }
    }

    /// <summary>The suppression directives of <paramref name="source"/>.</summary>
    public static IReadOnlyList<Directive> Parse(SourceText source)
    {
        var directives = new List<Directive>();
        var open = new List<Directive>();
        foreach (Match match in CommentPattern().Matches(source.Text))
        {
            var span = new TextSpan(match.Index, match.Length);
            var kind = match.Groups["kind"].Value.ToLowerInvariant();
            var ids = IdPattern().Matches(match.Groups["ids"].Value).Select(m => m.Value.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
            switch (kind)
            {
                case "disable":
                    var directive = new Directive(span, kind, ids, span.End, source.Length);
                    directives.Add(directive);
                    open.Add(directive);
                    break;
                case "disable-next-line":
                    var (from, to) = NextLineWithText(source, span.End);
                    directives.Add(new Directive(span, kind, ids, from, to));
                    break;
                case "enable":
                    foreach (var region in open.Where(r => ids.Count == 0 || r.Ids.Overlaps(ids)).ToList())
                    {
                        region.To = span.Start;
                        open.Remove(region);
                    }
                    break;
            }
        }
        return directives;
    }

    /// <summary>
    /// Drops the findings of one file that its directives cover and adds an EL9004 for each directive that covered
    /// none. Only Markdown and HTML have comments; other formats pass through unchanged.
    /// </summary>
    public static List<Diagnostic> Apply(ArticleDocument document, IReadOnlyList<Diagnostic> diagnostics, Func<RuleDescriptor, Severity> severityOf)
    {
        if (document.Format is not (DocumentFormat.Markdown or DocumentFormat.Html))
            return [.. diagnostics];
        var directives = Parse(document.Source);
        if (directives.Count == 0)
            return [.. diagnostics];

        var kept = new List<Diagnostic>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            var covering = diagnostic.Id is "EL9003" or "EL9004"
                ? null
                : directives.FirstOrDefault(d => d.Covers(diagnostic, document.Source.Length));
            if (covering is null)
                kept.Add(diagnostic);
            else
                covering.Used = true;
        }

        var unused = EngineRules.UnusedSuppression;
        var severity = severityOf(unused);
        if (severity == Severity.None)
            return kept;
        foreach (var directive in directives.Where(d => !d.Used))
        {
            var what = directive.Ids.Count == 0 ? "any finding" : string.Join(", ", directive.Ids.Order(StringComparer.Ordinal));
            kept.Add(new Diagnostic
            {
                Descriptor = unused,
                Severity = severity,
                Message = unused.FormatMessage($"This editlint-{directive.Kind} comment suppresses nothing (it names {what}); remove it"),
                Path = document.Path,
                Span = directive.Comment,
                Position = document.Source.GetPositionSpan(directive.Comment),
            });
        }
        return kept;
    }

    private static (int From, int To) NextLineWithText(SourceText source, int offset)
    {
        var line = source.GetPosition(offset).Line + 1;
        for (; line < source.LineCount; line++)
        {
            var span = source.GetLineSpan(line);
            if (!source.Slice(span).IsWhiteSpace())
                return (span.Start, span.End);
        }
        return (source.Length, source.Length);
    }

    [GeneratedRegex(@"<!--\s*editlint-(?<kind>disable-next-line|disable|enable)\b(?<ids>[^>]*?)-->", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CommentPattern();

    [GeneratedRegex(@"\bEL\d{4}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex IdPattern();
}
