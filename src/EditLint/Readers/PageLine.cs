using System.Text.RegularExpressions;
using EditLint.Text;

namespace EditLint.Readers;

/// <summary>What one line of a text scrape looks like, judged from its own words and shape.</summary>
internal enum LineShape
{
    Blank,
    /// <summary>A sentence or more of running text.</summary>
    Prose,
    /// <summary>A bulleted line.</summary>
    Bullet,
    /// <summary>A few words without sentence punctuation: a headline, subheading, link or menu entry.</summary>
    Short,
    /// <summary>A date on its own, or "Posted on …".</summary>
    DateLine,
    /// <summary>"By Jane Smith", "Jane Smith by Jane Smith".</summary>
    Byline,
    /// <summary>Page residue that can sit inside a body (share counters, read-more links, prompts).</summary>
    Residue,
    /// <summary>Site furniture: copyright, legal links, breadcrumbs, menus run together, post navigation.</summary>
    Boilerplate,
    /// <summary>A heading that opens a block of furniture (related stories, categories, disclosure, comments).</summary>
    SectionStart,
}

/// <summary>One line of a scrape with its measured features.</summary>
internal sealed partial class PageLine
{
    public PageLine(int number, TextSpan span, string text)
    {
        Number = number;
        Span = span;
        Text = text;
        Words = SpacedWords.Count(text);
        Shape = Classify(text, Words, out var reason);
        Reason = reason;
    }

    private PageLine(int number, TextSpan span, LineShape shape, int words)
    {
        Number = number;
        Span = span;
        Text = "";
        Words = words;
        Shape = shape;
    }

    /// <summary>A line too long to be furniture, taken as prose without being read (its text is not kept).</summary>
    public static PageLine LongProse(int number, TextSpan span) => new(number, span, LineShape.Prose, int.MaxValue);


    public int Number { get; }
    public TextSpan Span { get; }
    public string Text { get; }
    public int Words { get; }
    public LineShape Shape { get; set; }
    public string? Reason { get; set; }

    /// <summary>Offset of the text after any bullet markers.</summary>
    public int ContentOffset
    {
        get
        {
            var i = 0;
            while (i < Text.Length && (Text[i] is '•' or '·' or '*' or '-' or '–' or '▪' or '◦' || char.IsWhiteSpace(Text[i])))
                i++;
            return i < Text.Length ? i : 0;
        }
    }

    public bool IsTitleLike => Shape is LineShape.Short or LineShape.Prose && PageResidue.LooksLikeHeadline(Text);

    private static LineShape Classify(string text, int words, out string? reason)
    {
        reason = null;
        if (text.Length == 0)
            return LineShape.Blank;
        if ((reason = PageResidue.Classify(text)) is not null)
            return LineShape.Residue;
        if (SectionHeading().IsMatch(text))
        {
            reason = "section of site links";
            return LineShape.SectionStart;
        }
        if (IsBoilerplate(text, words))
        {
            reason = "site navigation or footer";
            return LineShape.Boilerplate;
        }
        if (HeaderLines.IsDateLine(text))
            return LineShape.DateLine;
        if (HeaderLines.IsByline(text))
            return LineShape.Byline;
        if (BulletPattern().IsMatch(text))
            return LineShape.Bullet;
        // A closing quote ends a sentence only after sentence punctuation: a headline can end on a quoted phrase.
        var last = text[^1];
        var beforeQuote = text.Length > 1 ? text[^2] : ' ';
        var endsLikeSentence = last is '.' or '!' or '?' or ')' or ':' or ';'
            || (last is '"' or '”' or '’' or '\'' && beforeQuote is '.' or '!' or '?' or ',');
        if ((words >= 8 && endsLikeSentence) || words >= 25)
            return LineShape.Prose;
        return LineShape.Short;
    }

    private static bool IsBoilerplate(string text, int words)
    {
        if (Boilerplate().IsMatch(text))
            return true;
        // Menus scraped without separators run their entries together: "Top StoriesInterviewsBusinessFinance".
        if (words <= 12 && RunTogether().Count(text) >= 3)
            return true;
        // Breadcrumbs: "Home > Headlines > …".
        return text.Contains(" > ", StringComparison.Ordinal) && text.StartsWith("Home", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"^(?:related (?:news|stories|articles|posts)|more from\b.{0,40}|recommended for you|browse by (?:category|tag|topic)|categories|browse by tag|tags?|leave a (?:reply|comment)\b.{0,30}|comments?(?: \(\d+\))?|(?:editorial|advertiser|affiliate)?\s*(?:&\s*)?(?:advertiser |editorial )?disclosures?|disclaimer|about (?:us|the author)|follow us|popular (?:posts|stories)|explore more\b.{0,60})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"(?:©|\(c\) \d{4}|copyright \d{4}|all rights reserved|privacy (?:policy|&|and)|cookie (?:policy|settings)|terms (?:of|and) (?:use|service|conditions)|^sitemap$|^contact(?: us)?$|^(?:home|search|menu|login|log in|sign in|register|subscribe|contribute|no results?|view all(?: results?)?\b.{0,40})$|^(?:next|previous|prev|older|newer) (?:post|article|story)\b|^\d+ min(?:ute)?s? read$|^published by\b|^tags?:.{0,300}|^(?:share|tweet)$|^view all\b|^(?:image|photo) for\b|^home\b\s+\w+(?:\s\w+)?$|required fields are marked|your email address will not be published)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex Boilerplate();

    [GeneratedRegex(@"\p{Ll}\p{Lu}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex RunTogether();

    [GeneratedRegex(@"^\s*(?:[•·▪◦*–-]|\d{1,2}[.)])\s*\S", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BuiltInRegex.MatchTimeoutMilliseconds)]
    private static partial Regex BulletPattern();

    public override string ToString() => $"{Number + 1} {Shape}: {Text}";
}
