using EditLint.Text;
using System.Text.RegularExpressions;
using EditLint.Documents;
using EditLint.Semantics.Lexicons;

namespace EditLint.Readers;

/// <summary>
/// Date lines ("Posted on February 26, 2025", "Last updated: …", a bare date) and bylines ("By Jane Smith",
/// "Jane Smith by Jane Smith"): how they look, and how readers lift them out of an article's first blocks.
/// </summary>
public static partial class HeaderLines
{
    // Bylines and date lines sit above the first paragraphs; further down a short dated line is prose.
    private const int HeaderBlocks = 6;

    /// <summary>A date plus at most a lead-in ("Posted on", "Last updated:"), a weekday and a time.</summary>
    public static bool IsDateLine(string text)
    {
        if (text.Length > 80 || !DateText.TryFind(text, out _, out var index, out var length))
            return false;
        return DateLineRest().IsMatch(text.Remove(index, length));
    }

    /// <summary>True for "Updated …" and "Last updated …" date lines.</summary>
    public static bool IsUpdatedLine(string text)
    {
        var trimmed = text.TrimStart();
        return trimmed.StartsWith("last updated", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("updated", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A line that only names the author(s) ("By Jane Smith"; not "Photo by Jane Smith").</summary>
    public static bool IsByline(string text) => BylinePattern().IsMatch(text.Trim()) && !CreditsSomethingElse(text);

    /// <summary>The names in a byline: "By Jane Smith" and "Jane Smith by Jane Smith" both give "Jane Smith".</summary>
    public static string BylineName(string text)
    {
        var at = text.LastIndexOf("by ", StringComparison.OrdinalIgnoreCase);
        return at >= 0 ? text[(at + 3)..].Trim() : text.Trim();
    }

    /// <summary>
    /// A wire service's credit line: "(Reporting by Jane Smith; Editing by Tom Lee)", "Writing by Jane Smith". A line of
    /// its own (in brackets, or not ending like a sentence): "Reporting by Reuters showed that …" is prose.
    /// </summary>
    public static bool IsWireCredit(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= CreditLength && (trimmed.StartsWith('(') || !trimmed.EndsWith('.')) && WireCreditPattern().IsMatch(trimmed);
    }

    private const int CreditLength = 200;

    /// <summary>
    /// Where no byline was found in the metadata or the first blocks, the first byline line or wire credit anywhere in
    /// the document names the author: scraped pages put the byline after menus, wire copy credits its reporters at the end.
    /// </summary>
    public static void FindCredit(IReadOnlyList<Block> blocks, ArticleMetadata metadata)
    {
        if (metadata.Byline is not null)
            return;
        foreach (var block in blocks)
        {
            // Not a heading, code, or the page around the story (another story's "By …" in a related list).
            if (block.Kind is BlockKind.Heading or BlockKind.Code || (block.Kind == BlockKind.PageChrome && !block.IsInsideBody) || block.Text.Length > 400)
                continue;
            if (IsByline(block.Text))
                metadata.Byline = new(BylineName(block.Text), block.Content.SourceSpan, "byline line");
            else if (IsWireCredit(block.Text))
                metadata.Byline = new(block.Text.Trim(), block.Content.SourceSpan, "wire credit");
            else
                continue;
            return;
        }
    }

    // "Photo by …", "Directed by …": a credit for something other than the story's words.
    private static bool CreditsSomethingElse(string text)
    {
        var trimmed = text.AsSpan().TrimStart("( ");
        var end = trimmed.IndexOfAny(' ', ',');
        return end > 0 && Lexicon.NonAuthorCredits.Contains(trimmed[..end].ToString());
    }

    /// <summary>
    /// Turns date lines and bylines among the first blocks into metadata blocks and fills in the publication
    /// date, update date and byline where the reader has not found them elsewhere (front matter wins).
    /// </summary>
    public static void Apply(List<Block> blocks, ArticleMetadata metadata)
    {
        for (var i = 0; i < Math.Min(HeaderBlocks, blocks.Count); i++)
        {
            var block = blocks[i];
            if (block.Kind is not (BlockKind.Paragraph or BlockKind.Metadata))
                continue;
            var text = block.Text;
            if (IsDateLine(text) && DateText.TryFind(text, out var date, out var index, out var length))
            {
                var span = block.Content.ToSource(index, length);
                if (IsUpdatedLine(text))
                    metadata.Updated ??= new(date, span, "updated line");
                else
                    metadata.Published ??= new(date, span, "date line");
            }
            else if (IsByline(text))
            {
                metadata.Byline ??= new(BylineName(text), block.Content.SourceSpan, "byline line");
            }
            else
            {
                continue;
            }
            blocks[i] = new Block(BlockKind.Metadata, block.Span, block.Content, 0, block.IsInsideBody);
        }
    }

    [GeneratedRegex(@"^\W*(?:(?:posted|published|updated|last updated|first published|modified)(?: on| at)?:?)?\W*(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)?\W*(?:at\s+)?(?:\d{1,2}[:.]\d\d\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:[A-Z]{2,4})?)?\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex DateLineRest();

    [GeneratedRegex(@"^(?:(?:\p{Lu}[\p{L}'’.-]+\s+){1,3})?[Bb]y\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex BylinePattern();

    [GeneratedRegex(@"^\W{0,3}(?:additional\s+)?(?:reporting|writing|compiled|editing|written|reported)(?:\s+and\s+\w+)?\s+by\s+\p{Lu}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex WireCreditPattern();
}
