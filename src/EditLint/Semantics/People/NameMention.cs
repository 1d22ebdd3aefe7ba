using EditLint.Semantics.Lexicons;
using EditLint.Documents;
using EditLint.Text;

namespace EditLint.Semantics.People;

/// <summary>
/// A run of capitalised words in running text ("Volodymyr Zelenskiy", "Mr Putin", "Keir Starmer"): the raw material
/// for name rules. A courtesy title before the name is kept apart in <see cref="Honorific"/>; a possessive "'s" is
/// not part of the words. Headings are left out: headline case capitalises everything.
/// </summary>
/// <remarks>
/// A 10 MB line has hundreds of thousands of mentions, so a mention keeps only where its words are among the
/// document's tokens (they are consecutive tokens) and reads each word from its token when asked: a list of word
/// records per mention held 62 MB there.
/// </remarks>
public sealed class NameMention
{
    private readonly Token[] _tokens;
    private readonly int _first;
    private readonly int _count;
    private readonly int _honorific;

    internal NameMention(Token[] tokens, int first, int count, int honorific, bool isSentenceStart)
    {
        _tokens = tokens;
        _first = first;
        _count = count;
        _honorific = honorific;
        IsSentenceStart = isSentenceStart;
    }

    /// <summary>The block it is in.</summary>
    public Block Block => _tokens[_first].Block;

    /// <summary>The words of the name, possessive stripped from the last.</summary>
    public NameWords Words => new(_tokens, _first, _count);

    /// <summary>The courtesy title before the name ("Mr", "Dr."), or null.</summary>
    public Token? Honorific => _honorific >= 0 ? _tokens[_honorific] : null;

    /// <summary>True when the mention (or the title before it) opens its sentence.</summary>
    public bool IsSentenceStart { get; }

    /// <summary>From the first word to the last (possessive excluded).</summary>
    public TextSpan Span => TextSpan.FromBounds(Words[0].Span.Start, Words[^1].Span.End);

    /// <summary>The words joined by spaces.</summary>
    public string Text => string.Join(' ', Words.Texts());

    /// <summary>The last word: the surname of a person's name.</summary>
    public NameWord Last => Words[^1];

    /// <inheritdoc />
    public override string ToString() => Text;
}

/// <summary>One word of a <see cref="NameMention"/>, possessive stripped.</summary>
public readonly record struct NameWord(string Text, TextSpan Span);

/// <summary>The words of a <see cref="NameMention"/>: consecutive tokens of the document, each read as a <see cref="NameWord"/>.</summary>
public readonly struct NameWords : IReadOnlyList<NameWord>
{
    private readonly Token[] _tokens;
    private readonly int _first;

    internal NameWords(Token[] tokens, int first, int count)
    {
        _tokens = tokens;
        _first = first;
        Count = count;
    }

    /// <summary>How many words.</summary>
    public int Count { get; }

    /// <summary>The word at <paramref name="index"/>.</summary>
    public NameWord this[int index] =>
        (uint)index < (uint)Count ? NameMentions.Word(_tokens[_first + index]) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>
    /// The words' texts in order. (A loop: LINQ over this struct's words is generic framework code over a value type,
    /// which is compiled, not precompiled, on first use.)
    /// </summary>
    public List<string> Texts()
    {
        var texts = new List<string>(Count);
        for (var i = 0; i < Count; i++)
            texts.Add(this[i].Text);
        return texts;
    }

    /// <summary>The words in order.</summary>
    /// <remarks>A value a <c>foreach</c> reads without allocating, not an iterator: the people of an article read the
    /// words of every name mention (17 MB of iterators in a corpus run).</remarks>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<NameWord> IEnumerable<NameWord>.GetEnumerator() => GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Reads the words in order.</summary>
    public struct Enumerator(NameWords words) : IEnumerator<NameWord>
    {
        private int _index = -1;

        /// <summary>The word the enumeration is at.</summary>
        public readonly NameWord Current => words[_index];

        readonly object System.Collections.IEnumerator.Current => Current;

        /// <summary>Moves to the next word, or false after the last.</summary>
        public bool MoveNext() => ++_index < words.Count;

        /// <summary>Back to before the first word.</summary>
        public void Reset() => _index = -1;

        /// <summary>Nothing to release.</summary>
        public readonly void Dispose()
        {
        }
    }
}

/// <summary>Finds <see cref="NameMention"/>s in the prose blocks of a document.</summary>
public static class NameMentions
{
    // Courtesy titles are one list (honorifics.txt), accepted with a full stop too: EL4004 and EL4005 use them through
    // IsHonorific and IsFeminine, the people of an article through GenderOf.
    private static bool IsCourtesyTitle(string word) => Lexicon.Honorifics.Contains(word.EndsWith('.') ? word[..^1] : word);

    /// <summary>True for a courtesy title kept in <see cref="NameMention.Honorific"/>: Mr, Mrs, Ms, Miss, Mx, Dr (with or without a full stop).</summary>
    public static bool IsHonorific(string word) => IsCourtesyTitle(word);

    /// <summary>True for a lower-case particle inside a name ("von", "der", "bin").</summary>
    public static bool IsParticle(string word) => Lexicon.NameParticles.Contains(word);

    /// <summary>Mr → male, Mrs/Ms/Miss → female, Mx/Dr → null (either): two people when one surname has both.</summary>
    public static bool? IsFeminine(string honorific) => GenderOf(honorific.TrimEnd('.'));

    /// <summary>What a title says of a person: true for a woman ("Mrs", "Lady"), false for a man ("Mr", "Sir"), null for neither.</summary>
    public static bool? GenderOf(string title) => Lexicon.GenderOfTitle(title);

    /// <summary>The mentions of <paramref name="model"/>, in document order.</summary>
    public static IReadOnlyList<NameMention> Extract(SemanticModel model)
    {
        var mentions = new List<NameMention>();
        var sentenceStarts = model.Sentences.Select(s => s.Span.Start).ToHashSet();
        // The array, indexed directly: every token of the document is read here.
        var tokens = model.TokenArray;
        var i = 0;
        while (i < tokens.Length)
        {
            var token = tokens[i];
            if (token.Block.Kind == BlockKind.Heading || !IsCapitalised(token.Text))
            {
                i++;
                continue;
            }
            Token? honorific = null;
            var honorificIndex = i;
            // "Mr. Baker": the tokenizer leaves the full stop apart.
            var next = i + 1 < tokens.Length && tokens[i + 1].Text == "." && tokens[i + 1].Block == token.Block && tokens[i + 1].LocalStart == token.LocalStart + token.Text.Length ? i + 2 : i + 1;
            if (IsCourtesyTitle(token.Text) && next < tokens.Length && Adjacent(tokens[next - 1], tokens[next]) && IsCapitalised(tokens[next].Text) && !IsCourtesyTitle(tokens[next].Text))
            {
                honorific = token;
                i = next;
            }
            else if (IsCourtesyTitle(token.Text))
            {
                i++;
                continue;
            }
            var start = i;
            var last = tokens[i];
            i++;
            while (i < tokens.Length && Adjacent(last, tokens[i]) && !EndsWithPossessive(last.Text))
            {
                // "Later Mrs May": a courtesy title starts a new name.
                if (IsCapitalised(tokens[i].Text) && !IsCourtesyTitle(tokens[i].Text))
                {
                    last = tokens[i++];
                }
                else if (IsParticle(tokens[i].Text) && i + 1 < tokens.Length && Adjacent(tokens[i], tokens[i + 1]) && IsCapitalised(tokens[i + 1].Text))
                {
                    last = tokens[i++];
                }
                else
                    break;
            }
            var first = honorific ?? tokens[start];
            mentions.Add(new NameMention(tokens, start, i - start, honorific is null ? -1 : honorificIndex, IsSentenceStart(first, sentenceStarts, tokens, honorific is null ? start : honorificIndex)));
        }
        return mentions;
    }

    private static bool IsSentenceStart(Token first, HashSet<int> sentenceStarts, Token[] tokens, int index)
    {
        // Opening quotes and brackets may come before the first word.
        var j = index;
        while (j > 0 && tokens[j - 1].Block == first.Block && tokens[j - 1].Kind == TokenKind.Punctuation && tokens[j - 1].Text is "“" or "\"" or "‘" or "'" or "(" or "[")
            j--;
        return sentenceStarts.Contains(tokens[j].Span.Start) || j == 0 || tokens[j - 1].Block != first.Block;
    }

    internal static NameWord Word(Token token)
    {
        var text = token.Text;
        var cut = EndsWithPossessive(text) ? text.Length - 2 : text.Length;
        return new NameWord(text[..cut], new TextSpan(token.Span.Start, Math.Min(cut, token.Span.Length)));
    }

    private static bool EndsWithPossessive(string text) => text.Length > 2 && text[^2] is '\'' or '’' && text[^1] == 's';

    /// <summary>A word with a capital first letter and at least one lower-case letter (not an acronym).</summary>
    public static bool IsCapitalised(string text)
    {
        // A loop, not LINQ: asked of every capitalised token.
        if (text.Length <= 1 || !char.IsUpper(text[0]))
            return false;
        var lower = false;
        foreach (var c in text)
        {
            if (!(char.IsLetter(c) || c is '-' or '\'' or '’' or '.'))
                return false;
            lower |= char.IsLower(c);
        }
        return lower;
    }

    // Same block, separated by nothing but spaces.
    private static bool Adjacent(Token a, Token b) =>
        a.Block == b.Block && b.LocalStart >= a.LocalStart + a.Text.Length && a.Block.Text.AsSpan(a.LocalStart + a.Text.Length, b.LocalStart - a.LocalStart - a.Text.Length) is var gap && gap.Length <= 2 && gap.IsWhiteSpace() && !gap.Contains('\n');
}
