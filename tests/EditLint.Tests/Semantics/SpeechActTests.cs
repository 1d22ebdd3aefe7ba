using EditLint.Documents;
using EditLint.Engine;
using EditLint.Readers;
using EditLint.Semantics;
using EditLint.Semantics.Quotes;
using EditLint.Text;

namespace EditLint.Tests.Semantics;

// Who a speech act names, and as what: the attribution conventions build on these.
public sealed class SpeechActTests
{
    private static readonly DocumentLoader Loader = new([new MarkdownReader()]);

    private static IReadOnlyList<SpeechAct> Acts(string prose) =>
        new SemanticModel(Loader.Read("test.md", new SourceText($"---\ndate: 2025-02-26\n---\n\n{prose}\n"), DocumentFormat.Markdown)).QuoteFacts.SpeechActs;

    [Theory]
    [InlineData("Two traders were in the hall. “Prices will fall,” one said.", "one", SpeakerKind.Role)]
    [InlineData("“Prices will fall,” said another.", "another", SpeakerKind.Role)]
    [InlineData("“It was the best day of my life,” says 27-year-old Ross.", "Ross", SpeakerKind.Named)]
    [InlineData("The long-running presenter said: “Thank you all.”", "The long-running presenter", SpeakerKind.Role)]
    [InlineData("“You are wrong,” retorted Ann Smith.", "Ann Smith", SpeakerKind.Named)]
    [InlineData("“Prices will fall,” said one arbitrager.", "one arbitrager", SpeakerKind.Role)]
    [InlineData("The council policy states that no boat may moor.", "The council", SpeakerKind.Role)]
    public void Speaker_IsFound(string prose, string speaker, SpeakerKind kind)
    {
        var act = Assert.Single(Acts(prose));
        Assert.Equal(speaker, act.Speaker);
        Assert.Equal(kind, act.Kind);
    }

    // "one" and "another" start ordinary phrases anywhere but right next to the verb.
    [Theory]
    [InlineData("One of the more bizarre aspects of the trial focused on the claims.")]
    [InlineData("One current concern is the rain.")]
    public void OneStartingAPhrase_IsNoSpeaker(string prose) =>
        Assert.DoesNotContain(Acts(prose), a => a.Speaker.Equals("one", StringComparison.OrdinalIgnoreCase));
}
