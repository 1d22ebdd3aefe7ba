namespace EditLint.Documents;

/// <summary>What a block is, so rules can scope themselves ("prose only, not code, not navigation").</summary>
public enum BlockKind
{
    /// <summary>A headline or subheading.</summary>
    Heading,
    /// <summary>A paragraph of body text.</summary>
    Paragraph,
    /// <summary>A paragraph inside a block quote.</summary>
    BlockQuote,
    /// <summary>An item of a list.</summary>
    ListItem,
    /// <summary>A picture or video caption.</summary>
    Caption,
    /// <summary>Code: never prose.</summary>
    Code,
    /// <summary>Article metadata shown on the page: byline, date line, credit line. Not prose.</summary>
    Metadata,
    /// <summary>Web-page furniture: navigation, newsletter boxes, share counters, related links, footers. Not prose.</summary>
    PageChrome,
}

/// <summary>Which blocks a rule wants to see.</summary>
[Flags]
public enum BlockScope
{
    /// <summary>Headings, paragraphs, block quotes, list items and captions.</summary>
    Prose = 1,
    /// <summary>Code blocks.</summary>
    Code = 2,
    /// <summary>Byline, date and credit lines.</summary>
    Metadata = 4,
    /// <summary>Page furniture.</summary>
    PageChrome = 8,
    /// <summary>Every block.</summary>
    All = Prose | Code | Metadata | PageChrome,
}
