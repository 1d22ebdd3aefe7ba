using EditLint.Rules;
using EditLint.Diagnostics;
using EditLint.Documents;
using EditLint.Semantics;
using EditLint.Text;

namespace EditLint.Checks.Consistency;

/// <summary>EL4002: a sentence that appears twice in one article, usually a paste left behind in an edit.</summary>
public sealed class DuplicatedSentenceRule : Rule
{
    // Shorter sentences ("He declined to comment.") repeat legitimately.
    private const int MinimumWords = 6;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        RuleIds.DuplicatedSentence, "Duplicated sentence",
        "This sentence already appears on line {0}; delete one of them", RuleCategory.Consistency, Severity.Warning,
        "A sentence (compared with whitespace, quote marks and case normalised) that appears twice in one article.");

    /// <inheritdoc />
    public override IReadOnlyCollection<Type> Reads { get; } = [typeof(Sentence)];

    /// <inheritdoc />
    public override void Initialize(RuleSetup setup) => setup.UseFacts(new Repeated());

    /// <summary>Sentences of one article whose normalised texts hash alike (two or more), in reading order.</summary>
    private sealed record SameHash(List<Sentence> Sentences);

    // The facts are the groups of sentences with one hash of their normalised text, not the sentences: a session holds
    // about half a kilobyte per fact, and a 10 MB line has 120,000 sentences (an int per sentence is what the grouping
    // keeps: two indexes of every sentence's text held 90 MB on that line). Inside a group, each sentence is compared
    // with the first of its text, so a hash shared by two different texts is told apart.
    private sealed class Repeated : EachFact<SameHash>
    {
        public override IEnumerable<object> Facts(SemanticModel model)
        {
            var byHash = new Dictionary<int, List<Sentence>>();
            foreach (var sentence in model.Sentences)
            {
                if (!IsCandidate(sentence))
                    continue;
                // The normalised text's hash, without the text: most sentences are said once.
                var hash = TextNormalizer.HashOf(sentence.Chars);
                if (!byHash.TryGetValue(hash, out var same))
                    byHash[hash] = same = [];
                same.Add(sentence);
            }
            return byHash.Values.Where(s => s.Count > 1).Select(s => new SameHash(s));
        }

        protected override void Act(DocumentContext context, SameHash fact) => ReportRepeats(context, fact.Sentences);
    }

    private static void ReportRepeats(DocumentContext context, List<Sentence> same)
    {
        var first = new Dictionary<string, Sentence>(StringComparer.Ordinal);
        foreach (var sentence in same)
        {
            var key = Key(sentence);
            if (first.TryGetValue(key, out var earlier))
                Report(context, earlier, sentence);
            else
                first[key] = sentence;
        }
    }

    private static void Report(DocumentContext context, Sentence first, Sentence repeat)
    {
        var source = context.Document.Source;
        var line = source.GetPosition(first.Span.Start).DisplayLine;
        context.Report(repeat.Span, new ReportDetails
        {
            Related = [(first.Span, "first occurrence")],
            Fixes = [new Fix("Delete the repeated sentence", [new TextEdit(Deletion(source, repeat.Span), "")]) { Safe = true }],
        }, line);
    }

    /// <summary>
    /// What deleting a sentence removes so that the text reads as if it had never been there: the spaces after it
    /// when text follows on its line, the spaces before it when it ends the line, and the whole line when it was
    /// alone on it, without leaving two blank lines (or a trailing one) where paragraphs were separated by one.
    /// </summary>
    internal static TextSpan Deletion(SourceText source, TextSpan sentence)
    {
        var text = source.Text;
        var before = sentence.Start;
        while (before > 0 && text[before - 1] is ' ' or '\t')
            before--;
        var after = sentence.End;
        while (after < text.Length && text[after] is ' ' or '\t')
            after++;

        var endsLine = after == text.Length || text[after] is '\n' or '\r';
        if (!endsLine)
            return TextSpan.FromBounds(sentence.Start, after);
        var startsLine = before == 0 || text[before - 1] is '\n' or '\r';
        if (!startsLine)
            return TextSpan.FromBounds(before, after);

        var lineEnd = after + LineBreakLength(text, after);
        var previousLineBlank = before >= 2 && IsBlankLineEndingAt(text, before);
        if (previousLineBlank && lineEnd < text.Length && text[lineEnd] is '\n' or '\r')
            return TextSpan.FromBounds(before, lineEnd + LineBreakLength(text, lineEnd));
        if (previousLineBlank && lineEnd == text.Length)
            return TextSpan.FromBounds(before - LineBreakLengthBefore(text, before), lineEnd);
        return TextSpan.FromBounds(before, lineEnd);
    }

    private static int LineBreakLength(string text, int at) =>
        at >= text.Length ? 0 : text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n' ? 2 : text[at] is '\n' or '\r' ? 1 : 0;

    private static int LineBreakLengthBefore(string text, int at) =>
        at >= 2 && text[at - 2] == '\r' && text[at - 1] == '\n' ? 2 : 1;

    // True when the line that ends just before `lineStart` is empty: its break is preceded by another break.
    private static bool IsBlankLineEndingAt(string text, int lineStart)
    {
        var end = lineStart - LineBreakLengthBefore(text, lineStart);
        return end == 0 || text[end - 1] is '\n' or '\r';
    }

    private static string Key(Sentence sentence) => sentence.NormalizedText;

    // Headings repeat by design (a headline echoed as a subheading); only running text counts.
    private static bool IsCandidate(Sentence sentence) =>
        sentence.Block.Kind is not BlockKind.Heading && Spaces(sentence.Chars) + 1 >= MinimumWords;

    // Counted in place: the sentence's text as a string was a new copy of every sentence of every article.
    private static int Spaces(ReadOnlySpan<char> text)
    {
        var spaces = 0;
        foreach (var c in text)
            spaces += char.IsWhiteSpace(c) ? 1 : 0;
        return spaces;
    }
}
