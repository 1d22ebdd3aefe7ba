using System.Globalization;
using System.Text;

namespace EditLint.Benchmarks;

/// <summary>A generated news article of about 2,000 words, with a headline, a date and two pasted-in repeats.</summary>
internal static class Article
{
    private static readonly string[] Subjects = ["The council", "The mayor", "Residents", "The transport authority", "Local traders", "The health board", "Opposition members", "The finance committee"];
    private static readonly string[] Verbs = ["said", "warned", "confirmed", "argued", "told reporters", "wrote in a statement"];
    private static readonly string[] Objects = ["the new budget", "the bridge repairs", "the library plan", "the bus timetable", "the flood defences", "the school merger", "the housing scheme"];
    private static readonly string[] Tails = ["would cost more than expected", "had been delayed until the spring", "needed another public consultation", "was supported by most households", "could be finished within two years"];

    public static string Generate(int words = 2_000)
    {
        var random = new Random(2_000);
        var text = new StringBuilder("# Council approves budget after long night of debate\n\nPublished on March 4, 2025\n\n");
        var count = 0;
        var paragraph = 0;
        string? repeat = null;
        while (count < words)
        {
            var sentences = new List<string>();
            for (var i = 0; i < 4; i++)
            {
                var sentence = $"{Pick(random, Subjects)} {Pick(random, Verbs)} that {Pick(random, Objects)} {Pick(random, Tails)}, according to {random.Next(2, 90).ToString(CultureInfo.InvariantCulture)} people who attended the meeting on Tuesday.";
                sentences.Add(sentence);
                repeat ??= sentence;
            }
            // Two paste-ins, so the duplicate-sentence rule has findings (and fixes) to report.
            if (paragraph is 8 or 20)
                sentences.Add(repeat!);
            var body = string.Join(' ', sentences);
            count += body.Split(' ').Length;
            text.Append(body).Append("\n\n");
            paragraph++;
        }
        return text.ToString();
    }

    private static string Pick(Random random, string[] options) => options[random.Next(options.Length)];
}
