using EditLint.Text;
using System.Text.RegularExpressions;
using EditLint.Documents;
using EditLint.Semantics.Lexicons;

namespace EditLint.Readers;

/// <summary>
/// Recognises text that belongs to a web page rather than to the article: share counters, "Read more",
/// app-install and newsletter prompts, video-player notices, and the unrelated headlines listed under
/// "You might also like". Every reader uses it, so page residue is found the same way in Markdown, HTML and
/// text scrapes. The patterns describe kinds of page furniture, not any one site.
/// </summary>
public static partial class PageResidue
{
    // A list item's marks, made once (a literal list allocates an array at every call, and every line is classified).
    private static readonly char[] ListMarks = ['•', '·', '*', '-', ' '];

    /// <summary>Why <paramref name="line"/> is page residue, or null when it is not.</summary>
    public static string? Classify(string line)
    {
        var text = line.Trim().TrimStart(ListMarks).Trim();
        if (text.Length == 0)
            return null;
        // "Related:" on one line and the headlines on the next lines of the same paragraph (a list, not a long text).
        var firstBreak = text.IndexOf('\n');
        if (firstBreak >= 0)
        {
            if (text.Length > RelatedListLength || !IsListIntroduction(text[..firstBreak]))
                return null;
            var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return lines.Skip(1).All(l => LooksLikeHeadline(l.TrimStart(ListMarks))) ? "related-links list" : null;
        }
        // Newsletter prompts run long ("Sign up for our free morning newsletter, with …"); other residue is short.
        if (text.Length <= PromptLength && NewsletterPrompt().IsMatch(text))
            return "newsletter prompt";
        if (text.Length <= ResidueLength && AppPrompt().IsMatch(text))
            return "app-install prompt";
        if (text.Length > ResidueLength)
            return null;
        if (ShareCounter().IsMatch(text))
            return "share counter";
        if (ReadMore().IsMatch(text) || StrayMore().IsMatch(text))
            return "link to the full article";
        if (MayBeVideoNotice(text) && VideoNotice().IsMatch(text))
            return "video-player notice";
        if (Advertisement().IsMatch(text))
            return "advertisement label";
        if (IsListIntroduction(text))
            return "related-links heading";
        if (LinkWithHeadline().Match(text) is { Success: true } link && LooksLikeHeadline(link.Groups["headline"].Value))
            return "link to another story";
        if (ListenOrWatch().IsMatch(text))
            return "link to audio or video";
        if (ImageCredit().IsMatch(text) || (MayBeCaptionWithCredit(text) && CaptionWithCredit().IsMatch(text)))
            return "image caption or credit";
        if (Teaser().IsMatch(text))
            return "graphics or video teaser";
        return null;
    }

    // What the two patterns that search a line rather than read its start need, told by a plain search first: every
    // short paragraph is classified, and these two were most of the classifying. Looser than the patterns (a case-blind
    // "play" or "browser"; "Image:", "Photo:" or "Picture:"), never stricter.
    private static bool MayBeVideoNotice(string text) =>
        text.Contains("play", StringComparison.OrdinalIgnoreCase) || text.Contains("browser", StringComparison.OrdinalIgnoreCase);

    private static bool MayBeCaptionWithCredit(string text) =>
        text.Contains("Image:", StringComparison.Ordinal) || text.Contains("Photo:", StringComparison.Ordinal) || text.Contains("Picture:", StringComparison.Ordinal);

    /// <summary>
    /// The wire service's sign-off left at the end of a paragraph (" REUTER", " Reuter...", with transmission codes),
    /// as local start and length in <paramref name="text"/>, or null.
    /// </summary>
    public static (int Start, int Length)? TrailingWireResidue(string text) =>
        WireSignOff().Match(text) is { Success: true } m ? (m.Index, m.Length) : null;

    /// <summary>True for a heading that introduces a list of other stories ("You might also like").</summary>
    public static bool IsListIntroduction(string line) => RelatedList().IsMatch(line.Trim());

    /// <summary>
    /// Marks residue among a reader's blocks. A list heading such as "You might also like" also takes the
    /// headline-like blocks after it, up to the next real paragraph. Residue before the first or after the last
    /// prose block is page chrome outside the body; between them it is residue inside the body.
    /// </summary>
    public static List<Block> MarkResidue(List<Block> blocks)
    {
        var result = new List<Block>(blocks.Count);
        var inRelatedList = false;
        foreach (var block in blocks)
        {
            if (block.Kind is BlockKind.Code or BlockKind.PageChrome or BlockKind.Metadata)
            {
                result.Add(block);
                continue;
            }
            var reason = Classify(block.Text);
            if (reason is not null)
            {
                inRelatedList = IsListIntroduction(block.Text);
                result.Add(AsChrome(block, reason, insideBody: true));
                continue;
            }
            if (inRelatedList && LooksLikeHeadline(block.Text))
            {
                result.Add(AsChrome(block, "unrelated headline in a related-links list", insideBody: true));
                continue;
            }
            inRelatedList = false;
            result.Add(block);
        }
        return result;
    }

    /// <summary>
    /// The blocks of the boxes a site puts around a story it republishes ("Quick Summary", "Key Takeaways", "Frequently
    /// Asked Questions"): from such a heading over the blocks after it, up to a byline or credit line or a heading that is
    /// neither a question nor another box's. Not residue (the reader sees them), but not the story's own words either.
    /// </summary>
    public static HashSet<Block> SummaryBoxes(IReadOnlyList<Block> blocks)
    {
        var boxes = new HashSet<Block>(ReferenceEqualityComparer.Instance);
        var inBox = false;
        foreach (var block in blocks)
        {
            var text = block.Text.Trim();
            var heading = block.Kind == BlockKind.Heading || (block.Kind == BlockKind.PageChrome && text.Length <= 60 && !text.EndsWith('.'));
            if (heading && IsSummaryBoxHeading(text))
                inBox = true;
            else if (inBox && (block.Kind == BlockKind.Metadata || (block.Kind == BlockKind.Heading && !text.EndsWith('?')) || HeaderLines.IsByline(text) || HeaderLines.IsWireCredit(text)))
                inBox = false;
            if (inBox)
                boxes.Add(block);
        }
        return boxes;
    }

    // The whole heading ("Key Takeaways", "Summary:"), or one that says what it is about ("Frequently Asked Questions
    // about …"): "Summary judgment sought" and "Highlights of the budget" open no box.
    private static bool IsSummaryBoxHeading(string text)
    {
        var heading = text.TrimEnd(':', ' ');
        return Lexicon.SummaryBoxHeadings.Any(h => heading.Equals(h, StringComparison.OrdinalIgnoreCase)
            || heading.StartsWith(h + " about ", StringComparison.OrdinalIgnoreCase) || heading.StartsWith(h + ": ", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A headline: a few words, capitalised, not ending like a sentence.</summary>
    public static bool LooksLikeHeadline(string text)
    {
        text = text.Trim();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words is >= 3 and <= 20 && text.Length > 0 && !char.IsLower(text[0]) && !text.EndsWith('.') && !text.EndsWith(':');
    }

    /// <summary>The same block, re-labelled as page chrome.</summary>
    public static Block AsChrome(Block block, string reason, bool insideBody) =>
        new(BlockKind.PageChrome, block.Span, block.Content, 0, insideBody, reason);

    [GeneratedRegex(@"^(?:\d[\d.,]*\s*[km]?\s*)?(?:shares?|views?|comments?|reads?)$|^share\s*(?:on|via|to)\s+\w+|^(?:share|tweet|pin|email)\s*\d*(?:\s*(?:share|tweet|pin|email)\s*\d*)+$|^share (?:this|the) (?:article|story|page)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex ShareCounter();

    [GeneratedRegex(@"^(?:read more|read entire article|read (?:the )?full (?:article|story)|continue reading|read (?:the )?(?:original|rest of the) (?:article|story)|click here to read more|read more(?: about this| here)?)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex ReadMore();

    private const int ResidueLength = 120;
    private const int PromptLength = 300;
    private const int RelatedListLength = 2_000;

    [GeneratedRegex(@"^more$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex StrayMore();

    [GeneratedRegex(@"^(?:read more|related|see also|also read|read also|more on this(?: story)?)\s*:\s*(?<headline>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex LinkWithHeadline();

    [GeneratedRegex(@"^(?:listen|watch)\s+(?:again\s+)?(?:to\s+)?(?:the\s+)?(?:full\s+)?(?:interview|programme|program|report|episode|podcast|video|show|match|highlights)\b.{0,80}\b(?:on|at)\b.{0,80}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex ListenOrWatch();

    [GeneratedRegex(@"^(?:image|photo|picture|photograph)(?:\s+(?:copyright|caption|source|credit)\b|\s*:)\s*.{0,110}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex ImageCredit();

    [GeneratedRegex(@"^.{0,100}\b(?:Image|Photo|Picture):\s+\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’./-]+){0,4}\.?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex CaptionWithCredit();

    [GeneratedRegex(@"^(?:graphic|graphics|interactive|factbox|video|watch)(?:\s*:|\s+[-–]\s)\s*\S.{0,100}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex Teaser();

    [GeneratedRegex(@"\s(?:REUTER|Reuter)(?:\.{3}|…|\^M|&#3;)*\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex WireSignOff();

    [GeneratedRegex(@"^(?:download|install|get|try)\b.{0,60}\bapp\b.{0,30}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex AppPrompt();

    [GeneratedRegex(@"^(?:be the first to (?:get|know|hear|read)\b.{0,150}|sign up (?:for|to)\b.{0,60}(?:newsletter|alerts?|updates|briefing)\b.{0,200}|subscribe to (?:our|the)\b.{0,60}(?:newsletter|alerts?|updates)\b.{0,200}|get (?:our|the)\b.{0,60}newsletter\b.{0,200}|enter your email(?: address)?\b.{0,150}|follow us on\b.{0,60})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex NewsletterPrompt();

    [GeneratedRegex(@"^(?:.{0,60}\bvideo player\b.{0,40}|this video (?:can ?not|cannot|can't) be played.{0,60}|media playback is (?:not supported|unsupported).{0,60}|your browser does not support (?:the )?video.{0,40})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex VideoNotice();

    [GeneratedRegex(@"^(?:advertisement|sponsored(?: content)?|story continues below(?: this)? advertisement|scroll to continue(?: reading)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex Advertisement();

    [GeneratedRegex(@"^(?:you (?:might|may) also (?:like|be interested in)|recommended(?: for you| stories| reading)?|(?:also|further) read(?:ing)?|read also|related(?: stories| articles| content| coverage| links)?:?|more (?:stories|on this story|like this)|most (?:read|popular|viewed)|trending(?: now| stories)?)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex RelatedList();
}
