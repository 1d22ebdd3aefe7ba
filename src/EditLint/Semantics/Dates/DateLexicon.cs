using NodaTime;

namespace EditLint.Semantics.Dates;

/// <summary>
/// Every word list the date readers and resolvers use, in one place: month and weekday names, number words,
/// relative phrases, and the verbs and markers that tell past from future. The regex fragments below are
/// built from the same names (regex attributes need constants, so they are spelt out once here).
/// </summary>
internal static class DateLexicon
{
    public static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>Month names and abbreviations as they appear in copy ("Feb.", "Sept", "February").</summary>
    public const string MonthPattern =
        @"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";

    /// <summary>Full month names only: a bare "Mar" or "Jun" without a day is not a month in running text.</summary>
    public const string FullMonthPattern = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

    public const string WeekdayPattern = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    /// <summary>Weekdays with the abbreviations used in date lines ("Wed., Feb. 26").</summary>
    public const string WeekdayOrAbbreviationPattern =
        @"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?)";

    public const string NumberWordPattern =
        "(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|a few|several|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)|[0-9]{1,3})";

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["hundred"] = 100, ["a hundred"] = 100,
    };

    /// <summary>
    /// Names that contain a weekday but are not one: holidays, newspapers, a football club. Matched against the
    /// words around the weekday.
    /// </summary>
    public static readonly string[] WeekdayBefore = ["good", "black", "super", "cyber", "ash", "holy", "easter", "palm", "bloody", "maundy", "sheffield", "giving", "shrove", "whit", "low", "mail on", "independent on", "observer on", "the", "a", "every", "each", "that", "following", "previous", "same", "one"];

    public static readonly string[] WeekdayAfter = ["times", "telegraph", "express", "mirror", "herald", "post", "paper", "papers", "newspaper", "school", "league", "night football", "best", "club"];

    /// <summary>
    /// Words that put the verb group after them in the future ("will", "is due to"). Matched on text whose ’ is read
    /// as ' ("she’ll" as "she'll"), so it names the straight apostrophe only.
    /// </summary>
    public const string FutureMarkerPattern =
        @"(?:will|shall|'ll|(?:is|are|am|be)\s+(?:due|set|scheduled|expected|slated|going|poised|likely|planning|preparing)\s+to|(?:is|are|am)\s+to|plans?\s+to|intends?\s+to|aims?\s+to|hopes?\s+to)";

    /// <summary>Past forms of irregular verbs that newsroom copy uses ("said", "met", "held").</summary>
    public static readonly HashSet<string> IrregularPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "told", "met", "went", "came", "began", "took", "made", "gave", "held", "won", "lost", "saw", "spoke", "wrote",
        "left", "sent", "found", "kept", "led", "paid", "rose", "fell", "brought", "bought", "sold", "thought", "felt", "became",
        "ran", "stood", "struck", "threw", "grew", "drew", "broke", "chose", "fought", "flew", "knew", "meant", "rode", "rang",
        "shot", "shook", "slept", "spent", "stole", "swore", "taught", "tore", "understood", "woke", "wore", "withdrew",
        "was", "were", "had", "did", "got", "heard", "sat", "sank", "forgot", "overtook", "undertook", "oversaw", "forbade",
        "sought", "caught", "built", "dealt", "lent", "bent", "fled", "bled", "fed", "hung", "slid", "swept", "wept", "won",
        "arose", "awoke", "beat", "bore", "bound", "dug", "drove", "froze", "hid", "lay", "laid", "lit", "rode", "shone", "sang",
        "spun", "sprang", "stuck", "stung", "strove", "swam", "swung", "trod", "upheld", "withheld", "wound", "wrung",
    };

    /// <summary>Words ending in "-ed" that are not past forms.</summary>
    public static readonly HashSet<string> NotPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "need", "needed", "feed", "speed", "seed", "bed", "red", "shed", "proceed", "exceed", "succeed", "breed", "hundred",
        "indeed", "embed", "ted", "fred", "bled", "fled", "sled", "wed", "creed", "greed", "weed", "reed", "deed", "steed",
    };

    /// <summary>
    /// Verbs of planning and moving dates: in the past tense they still point at a later day ("postponed the vote
    /// to Friday", "was scheduled for March 20").
    /// </summary>
    public static readonly HashSet<string> PlanVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "scheduled", "rescheduled", "planned", "set", "slated", "expected", "due", "postponed", "delayed", "deferred", "moved",
        "adjourned", "extended", "pushed", "proposed", "timed", "booked", "fixed", "targeted", "earmarked", "brought", "put",
    };

    /// <summary>The value of a number word or numeral ("two", "twenty-five", "10"), or null.</summary>
    public static int? NumberValue(string text)
    {
        text = text.Trim();
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
            return n;
        if (NumberWords.TryGetValue(text, out var value))
            return value;
        var parts = text.Split(['-', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && NumberWords.TryGetValue(parts[0], out var tens) && NumberWords.TryGetValue(parts[1], out var units) && tens >= 20 && units < 10)
            return tens + units;
        return null;
    }

    /// <summary>1–12 for an English month name or its abbreviation ("Sept", "Feb."), else 0.</summary>
    public static int MonthNumber(string name)
    {
        var key = name.Trim().TrimEnd('.').ToLowerInvariant();
        if (key.Length < 3)
            return 0;
        for (var i = 0; i < Months.Length; i++)
        {
            if (Months[i] == key || (Months[i].StartsWith(key, StringComparison.Ordinal) && (key.Length == 3 || key == "sept")))
                return i + 1;
        }
        return 0;
    }

    /// <summary>The weekday named by a full name or abbreviation ("Wed.", "Thurs"), or null.</summary>
    public static IsoDayOfWeek? Weekday(string name)
    {
        var key = name.Trim().TrimEnd('.').ToLowerInvariant();
        if (key.Length < 3)
            return null;
        for (var i = 0; i < Weekdays.Length; i++)
        {
            if (Weekdays[i].StartsWith(key, StringComparison.Ordinal))
                return (IsoDayOfWeek)(i + 1);
        }
        return null;
    }

    /// <summary>"Wednesday" for <see cref="IsoDayOfWeek.Wednesday"/>.</summary>
    public static string Name(IsoDayOfWeek day) => day.ToString();

    /// <summary>"January" for 1.</summary>
    public static string MonthName(int month) => char.ToUpperInvariant(Months[month - 1][0]) + Months[month - 1][1..];

    /// <summary>True for a past form: an irregular past or a regular "-ed" form.</summary>
    public static bool IsPastForm(string word) => IsPastForm(word.AsSpan());

    /// <inheritdoc cref="IsPastForm(string)"/>
    public static bool IsPastForm(ReadOnlySpan<char> word) =>
        IrregularPastBySpan.Contains(word)
        || (word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !NotPastBySpan.Contains(word) && char.IsLower(word[0]));

    // The sets asked with a word read in place (a sentence's words are not made strings).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IrregularPastBySpan = IrregularPast.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPastBySpan = NotPast.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary><see cref="PlanVerbs"/>, asked with a word read in place.</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlanVerbsBySpan = PlanVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
}
