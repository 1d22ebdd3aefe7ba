using EditLint.Text;
using NodaTime;

namespace EditLint.Documents;

/// <summary>A metadata value and where the reader found it (null span when it came from outside the file).</summary>
public sealed record MetadataValue<T>(T Value, TextSpan? Span, string Origin);

/// <summary>What the reader learnt about the article: the facts a news editor checks first.</summary>
public sealed class ArticleMetadata
{
    /// <summary>Headline.</summary>
    public MetadataValue<string>? Title { get; set; }

    /// <summary>Publication date (and time, where the source gives one).</summary>
    public MetadataValue<DateTimeOffset>? Published { get; set; }

    /// <summary>Last-updated date.</summary>
    public MetadataValue<DateTimeOffset>? Updated { get; set; }

    /// <summary>Author(s) as written.</summary>
    public MetadataValue<string>? Byline { get; set; }

    /// <summary>Wire-style dateline, for example "WASHINGTON (Reuters) -".</summary>
    public MetadataValue<string>? Dateline { get; set; }

    /// <summary>The month and day a wire dateline gives ("LONDON, Feb 26 (Reuters) -"); the year comes from elsewhere.</summary>
    public MetadataValue<AnnualDate>? DatelineDate { get; set; }

    /// <summary>The outlet the text comes from (front matter <c>source</c>, a dateline's agency, og:site_name).</summary>
    public MetadataValue<string>? Source { get; set; }
}
