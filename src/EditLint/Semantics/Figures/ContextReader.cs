using EditLint.Semantics.Lexicons;

namespace EditLint.Semantics.Figures;

/// <summary>
/// The content words around a figure, up to its sentence's ends: their stems, and the names among them marked with a
/// leading '@'. Two mentions of one fact share them ("killed 20 people in the cathedral attack" … "the cathedral attack
/// that killed 18 people"). A spelling's forms depend on the spelling alone: each is worked out and stored once.
/// </summary>
internal sealed class ContextReader
{
    // How many tokens either side of a figure its context reaches.
    private const int Window = 10;

    // A long document asks for the same few thousand words at every figure (ten words either side of each), and a run's
    // documents mostly the same ones: the forms of the first spellings a thread meets are kept for the thread's later
    // documents (working them out again for each document was 2% of a corpus run), and each form is one string. Once
    // the thread's table is full, a reader keeps the rest in its own. The thread's table is never replaced: a table let
    // go of after many documents dies old, and a collection of the old generation costs more than the table saves.
    // A reader is made for one figure's context (Figure.Context, read on first use) on the thread that asks for it, and
    // used there: the thread's tables are never shared.
    private const int KeptSpellings = 1 << 14;

    [ThreadStatic]
    private static Dictionary<string, ContextForms>? t_forms;

    [ThreadStatic]
    private static Dictionary<string, string>? t_spellings;

    private readonly Dictionary<string, ContextForms> _keptForms = t_forms ??= new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _keptSpellings = t_spellings ??= new(StringComparer.Ordinal);
    private Dictionary<string, ContextForms>? _forms;
    private Dictionary<string, string>? _spellings;

    // What a word contributes to the context of a figure near it: its name form ("@Toyota", for a capitalised word)
    // and its stem, each null when the word gives none.
    // A class: a dictionary of structs is generic framework code that a one-file run compiled at start-up.
    private sealed record ContextForms(string? Name, string? Stem);

    /// <summary>The context of the figure whose tokens start at <paramref name="first"/> and whose words after it end before <paramref name="after"/>.</summary>
    public IReadOnlySet<string> Read(BlockTokens tokens, int first, int after, CountedThing? counted)
    {
        var words = new List<string>();
        // The thing counted is what the figure is, not what it is said about.
        var countedStem = counted is null ? null : CountedWords.Stem(counted.Lemma);
        for (var j = first - 1; j >= Math.Max(0, first - Window) && !tokens.IsSentenceEnd(j); j--)
            Add(words, tokens, j, countedStem);
        for (var j = after; j < Math.Min(tokens.Count, after + Window) && !tokens.IsSentenceEnd(j); j++)
            Add(words, tokens, j, countedStem);
        return words.Count == 0 ? WordSet.Empty : new WordSet([.. words]);
    }

    private void Add(List<string> words, BlockTokens tokens, int j, string? countedStem)
    {
        var token = tokens[j];
        if (token.Kind != TokenKind.Word)
            return;
        var forms = FormsOf(token.Text);
        // Names say who or what the figure is about ("Toyota … 1.20 mln cars", "Nissan … 1.03 mln cars").
        if (forms.Name is { } name && !tokens.IsSentenceStart(j))
            AddOnce(words, name);
        if (forms.Stem is { } stem && (countedStem is null || stem != countedStem))
            AddOnce(words, stem);
    }

    private ContextForms FormsOf(string word)
    {
        if (TryFind(_keptForms, _forms, word, out var forms))
            return forms;
        string? name = null, stem = null;
        if (char.IsUpper(word[0]) && !Lexicon.FigureFunctionWords.Contains(word))
            name = Shared("@" + word.TrimEnd('\'', '’').Replace("'s", "", StringComparison.Ordinal).Replace("’s", "", StringComparison.Ordinal));
        if (word.Length >= 3 && !Lexicon.FigureFunctionWords.Contains(word) && !QualifierReader.IsApproximationWord(word) && NumberWords.ParseWord(word) is null
            && CountedWords.Stem(CountedWords.Lemma(word)) is { Length: > 0 } s)
        {
            stem = Shared(s);
        }
        return Remember(_keptForms, ref _forms, word, new ContextForms(name, stem));
    }

    private string Shared(string word) => TryFind(_keptSpellings, _spellings, word, out var shared) ? shared : Remember(_keptSpellings, ref _spellings, word, word);

    // Looked up in the thread's table, then in the document's own.
    private static bool TryFind<T>(Dictionary<string, T> kept, Dictionary<string, T>? own, string key, out T value) where T : class =>
        kept.TryGetValue(key, out value!) || (own is not null && own.TryGetValue(key, out value!));

    // Kept in the thread's table while it has room, else in the document's own.
    private static T Remember<T>(Dictionary<string, T> kept, ref Dictionary<string, T>? own, string key, T value) where T : class
    {
        if (kept.Count < KeptSpellings)
            kept[key] = value;
        else
            (own ??= new(StringComparer.Ordinal))[key] = value;
        return value;
    }

    private static void AddOnce(List<string> words, string word)
    {
        if (!words.Contains(word))
            words.Add(word);
    }
}
