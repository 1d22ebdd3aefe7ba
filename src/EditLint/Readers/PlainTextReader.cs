using EditLint.Diagnostics;
using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Readers;

/// <summary>
/// Plain text: drafts (paragraphs separated by blank lines, title on the first line when it looks like one)
/// and raw page scrapes, told apart by the page furniture a scrape carries. In a scrape every line is judged
/// on its own (<see cref="PageLine"/>), the article body is the stretch of lines with the most running text
/// once furniture is charged against it, and the headline, byline and date are looked for just before it.
/// </summary>
public sealed class PlainTextReader : IDocumentReader
{
    // How much each kind of line adds to (or takes from) the case that it belongs to the article body.
    // Section starts are walls: a body never crosses "Related News" or a footer.
    private const int Wall = -100_000;

    /// <inheritdoc />
    public DocumentFormat Format => DocumentFormat.PlainText;

    /// <inheritdoc />
    public ArticleDocument Read(string path, SourceText text)
    {
        var lines = SplitLines(text);
        var metadata = new ArticleMetadata();
        var blocks = LooksLikeScrape(lines) ? ReadScrape(text, lines, metadata) : ReadDraft(text, lines, metadata);
        DatelineFinder.Find(blocks, metadata);
        HeaderLines.FindCredit(blocks, metadata);
        return new ArticleDocument(path, DocumentFormat.PlainText, text, metadata, blocks, []);
    }

    private static List<PageLine> SplitLines(SourceText text)
    {
        var lines = new List<PageLine>(text.LineCount);
        for (var i = 0; i < text.LineCount; i++)
            lines.Add(Line(text, i, text.GetLineSpan(i)));
        return lines;
    }

    private static PageLine Line(SourceText text, int number, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        var trimmed = TextSpan.FromBounds(start, end);
        return new PageLine(number, trimmed, text.ToString(trimmed));
    }

    /// <summary>True when <paramref name="text"/> is a web page's text (menus, share counters, related lists), not a draft.</summary>
    public static bool IsScrape(SourceText text)
    {
        // Furniture and menu lines are short: a long line is prose, not read by every pattern of the line classifier
        // (a Markdown file's 10 MB line would be).
        var lines = new List<PageLine>(text.LineCount);
        for (var i = 0; i < text.LineCount; i++)
        {
            var span = text.GetLineSpan(i);
            lines.Add(span.Length > FurnitureLength ? PageLine.LongProse(i, span) : Line(text, i, span));
        }
        return LooksLikeScrape(lines);
    }

    private const int FurnitureLength = 300;

    // A draft has none of a web page's furniture; a scrape has plenty. A run of short lines alone is not enough:
    // drafts have them too (a football line-up, a list of venues).
    private static bool LooksLikeScrape(List<PageLine> lines)
    {
        var furniture = lines.Count(l => l.Shape is LineShape.Boilerplate or LineShape.SectionStart);
        return furniture >= 3 || (furniture >= 1 && HasMenuRun(lines));
    }

    private static bool HasMenuRun(List<PageLine> lines) => MenuRuns(lines).Any();

    // Three or more consecutive one-to-four-word lines (blank lines aside) are a menu.
    private static IEnumerable<List<PageLine>> MenuRuns(List<PageLine> lines)
    {
        var run = new List<PageLine>();
        foreach (var line in lines)
        {
            if (line.Shape == LineShape.Blank)
                continue;
            if (line.Words <= 4 && line.Shape is LineShape.Short or LineShape.Bullet or LineShape.Boilerplate)
            {
                run.Add(line);
                continue;
            }
            if (run.Count >= 3)
                yield return run;
            run = [];
        }
        if (run.Count >= 3)
            yield return run;
    }

    private static List<Block> ReadScrape(SourceText text, List<PageLine> lines, ArticleMetadata metadata)
    {
        foreach (var line in MenuRuns(lines).SelectMany(run => run))
        {
            line.Shape = LineShape.Boilerplate;
            line.Reason = "navigation menu";
        }
        MarkSections(lines);

        var (bodyStart, bodyEnd) = FindBody(lines);
        if (bodyStart < 0)
            return ReadDraft(text, lines, metadata);

        // Residue right after the last paragraph ("Read Entire Article") still belongs to the body's page.
        for (var i = bodyEnd + 1; i < lines.Count && lines[i].Shape is LineShape.Residue or LineShape.Blank; i++)
        {
            if (lines[i].Shape == LineShape.Residue)
                bodyEnd = i;
        }

        var dateLine = Nearest(lines, bodyStart, l => l.Shape == LineShape.DateLine && !HeaderLines.IsUpdatedLine(l.Text));
        var updatedLine = Nearest(lines, bodyStart, l => l.Shape == LineShape.DateLine && HeaderLines.IsUpdatedLine(l.Text));
        var byline = Nearest(lines, bodyStart, l => l.Shape == LineShape.Byline);
        var headline = FindHeadline(lines, bodyStart, [dateLine, byline]);
        SetMetadata(metadata, headline, dateLine, updatedLine, byline);

        var blocks = new List<Block>();
        var inRelatedList = false;
        foreach (var line in lines)
        {
            if (line.Shape == LineShape.Blank)
                continue;
            var content = Content(text, line);
            var inside = line.Number >= bodyStart && line.Number <= bodyEnd;
            if (line == headline)
                blocks.Add(new Block(BlockKind.Heading, line.Span, content, level: 1));
            else if (line == dateLine || line == updatedLine || line == byline || (inside && line.Shape is LineShape.DateLine or LineShape.Byline) || (inside && IsCreditLine(line.Text)))
                blocks.Add(new Block(BlockKind.Metadata, line.Span, content));
            else if (!inside)
                blocks.Add(new Block(BlockKind.PageChrome, line.Span, content, insideBody: false, reason: line.Reason ?? "outside the article body"));
            else if (line.Shape is LineShape.Residue or LineShape.Boilerplate or LineShape.SectionStart)
                blocks.Add(new Block(BlockKind.PageChrome, line.Span, content, insideBody: true, reason: line.Reason));
            else if (inRelatedList && line.Shape is LineShape.Short or LineShape.Prose && PageResidue.LooksLikeHeadline(line.Text))
                blocks.Add(new Block(BlockKind.PageChrome, line.Span, content, insideBody: true, reason: "unrelated headline in a related-links list"));
            else
                blocks.Add(new Block(KindOf(line), line.Span, content, level: line.Shape == LineShape.Short ? 2 : 0));

            // A related-links list runs from its heading over the headline-like lines that follow it.
            if (!(inRelatedList && PageResidue.LooksLikeHeadline(line.Text)))
                inRelatedList = inside && line.Shape == LineShape.Residue && PageResidue.IsListIntroduction(line.Text);
        }
        return blocks;
    }

    private static BlockKind KindOf(PageLine line) => line.Shape switch
    {
        LineShape.Bullet => BlockKind.ListItem,
        LineShape.Short => BlockKind.Heading,
        _ => BlockKind.Paragraph,
    };

    // "(Reporting by …; Editing by …)" and similar credit lines are metadata, not prose.
    private static bool IsCreditLine(string text) =>
        text.StartsWith('(') && text.EndsWith(')') && text.Contains(" by ", StringComparison.OrdinalIgnoreCase);

    private static ProseText Content(SourceText text, PageLine line)
    {
        var offset = line.Shape == LineShape.Bullet ? line.ContentOffset : 0;
        return ProseText.Verbatim(text, TextSpan.FromBounds(line.Span.Start + offset, line.Span.End));
    }

    // After a section heading ("Related News", "Editorial disclosure") the lines that follow are that section's
    // content, up to the next date or byline line, which starts an entry of some other list or the article itself.
    private static void MarkSections(List<PageLine> lines)
    {
        var inSection = false;
        foreach (var line in lines)
        {
            switch (line.Shape)
            {
                case LineShape.SectionStart:
                    inSection = true;
                    break;
                case LineShape.DateLine or LineShape.Byline or LineShape.Boilerplate:
                    inSection = false;
                    break;
                case LineShape.Blank:
                    break;
                default:
                    if (inSection)
                    {
                        line.Shape = LineShape.SectionStart;
                        line.Reason = "section of site links";
                    }
                    break;
            }
        }
    }

    private static int Weight(PageLine line) => line.Shape switch
    {
        LineShape.Prose => line.Words,
        LineShape.Bullet => line.Words / 2,
        LineShape.Short => -3,
        LineShape.DateLine or LineShape.Byline => -2,
        LineShape.Residue => -10,
        LineShape.Boilerplate => -25,
        LineShape.SectionStart => Wall,
        _ => 0,
    };

    // The body is the stretch of lines with the largest total weight (Kadane's maximum subarray), trimmed to
    // start and end on running text.
    private static (int Start, int End) FindBody(List<PageLine> lines)
    {
        long best = 0, current = 0;
        int bestStart = -1, bestEnd = -1, start = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (current <= 0)
            {
                current = 0;
                start = i;
            }
            current += Weight(lines[i]);
            if (current > best)
            {
                best = current;
                bestStart = start;
                bestEnd = i;
            }
        }
        if (bestStart < 0)
            return (-1, -1);
        while (bestStart < bestEnd && Weight(lines[bestStart]) <= 0)
            bestStart++;
        return (bestStart, bestEnd);
    }

    // The headline is a title-like line before the body. It sits next to the byline or date line, and the
    // page tends to repeat it (breadcrumb, page title, FAQ heading); a site name repeats too, but further away.
    private static PageLine? FindHeadline(List<PageLine> lines, int bodyStart, PageLine?[] anchors)
    {
        var first = Math.Max(0, bodyStart - 40);
        var candidates = lines.Skip(first).Take(bodyStart - first).Where(l => l.IsTitleLike).ToList();
        if (candidates.Count == 0)
            return null;
        int Score(PageLine line)
        {
            var repeats = Math.Min(2, lines.Count(o => o != line && o.Text.Contains(line.Text, StringComparison.OrdinalIgnoreCase)));
            var nearAnchor = anchors.Any(a => a is not null && Math.Abs(a.Number - line.Number) <= 4);
            return repeats * 10 + (nearAnchor ? 20 : 0) - (bodyStart - line.Number) / 4;
        }
        // Of a headline shown twice (above and below the byline), the first is the one the page leads with. The best
        // score, first in line order on a tie: a loop, as LINQ's ordering by an int key is generic framework code that a
        // one-file run compiled at start-up.
        var best = candidates[0];
        var bestScore = Score(best);
        for (var i = 1; i < candidates.Count; i++)
        {
            var score = Score(candidates[i]);
            if (score > bestScore || (score == bestScore && candidates[i].Number < best.Number))
                (best, bestScore) = (candidates[i], score);
        }
        return candidates.First(l => l.Text == best.Text);
    }

    // The line nearest the body's start (one after it counts five lines further), the first on a tie.
    private static PageLine? Nearest(List<PageLine> lines, int bodyStart, Func<PageLine, bool> predicate)
    {
        PageLine? nearest = null;
        var nearestDistance = int.MaxValue;
        foreach (var l in lines)
        {
            if (l.Number < bodyStart - 40 || l.Number > bodyStart + 10 || !predicate(l))
                continue;
            var distance = Math.Abs(l.Number - bodyStart) + (l.Number > bodyStart ? 5 : 0);
            if (distance < nearestDistance)
                (nearest, nearestDistance) = (l, distance);
        }
        return nearest;
    }

    private static void SetMetadata(ArticleMetadata metadata, PageLine? headline, PageLine? dateLine, PageLine? updatedLine, PageLine? byline)
    {
        if (headline is not null)
            metadata.Title = new(headline.Text, headline.Span, "headline line");
        if (dateLine is not null && DateText.TryFind(dateLine.Text, out var date, out var index, out var length))
            metadata.Published = new(date, new TextSpan(dateLine.Span.Start + index, length), "date line");
        if (updatedLine is not null && DateText.TryFind(updatedLine.Text, out var updated, out var uIndex, out var uLength))
            metadata.Updated = new(updated, new TextSpan(updatedLine.Span.Start + uIndex, uLength), "updated line");
        if (byline is not null)
            metadata.Byline = new(HeaderLines.BylineName(byline.Text), byline.Span, "byline line");
    }

    private static List<Block> ReadDraft(SourceText text, List<PageLine> lines, ArticleMetadata metadata)
    {
        var blocks = new List<Block>();
        var i = 0;
        while (i < lines.Count)
        {
            if (lines[i].Shape == LineShape.Blank)
            {
                i++;
                continue;
            }
            // A paragraph is a run of non-blank lines, unless its lines are a list.
            var first = i;
            while (i < lines.Count && lines[i].Shape != LineShape.Blank && (i == first || lines[i].Shape != LineShape.Bullet))
                i++;
            var span = TextSpan.FromBounds(lines[first].Span.Start, lines[i - 1].Span.End);
            var line = lines[first];
            var content = line.Shape == LineShape.Bullet ? ProseText.Verbatim(text, TextSpan.FromBounds(line.Span.Start + line.ContentOffset, span.End)) : ProseText.Verbatim(text, span);
            var single = i - first == 1;
            if (blocks.Count == 0 && single && metadata.Title is null && line.Shape is LineShape.Short or LineShape.Prose && line.Words <= 25 && !line.Text.EndsWith('.'))
            {
                metadata.Title = new(line.Text, line.Span, "first line");
                blocks.Add(new Block(BlockKind.Heading, span, content, level: 1));
            }
            else
            {
                blocks.Add(new Block(line.Shape == LineShape.Bullet ? BlockKind.ListItem : BlockKind.Paragraph, span, content));
            }
        }
        HeaderLines.Apply(blocks, metadata);
        return PageResidue.MarkResidue(blocks);
    }
}
