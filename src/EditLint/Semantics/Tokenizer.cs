using EditLint.Documents;

namespace EditLint.Semantics;

/// <summary>Splits prose into words, numbers and punctuation, each with its source span.</summary>
public static class Tokenizer
{
    /// <summary>Tokens of every prose block of <paramref name="document"/>.</summary>
    public static IReadOnlyList<Token> TokenizeDocument(ArticleDocument document)
    {
        // Sized for about a token per five characters of prose (up to a bound): growing from empty copied every token
        // about twice. The source's length would count its front matter and markup too.
        var prose = 0L;
        foreach (var block in document.Blocks)
            prose += block.IsProse ? block.Text.Length : 0;
        // The thread's list, emptied after each document: the tokens were made twice, the list and then the array
        // returned (112 MB of a corpus run's 1.8 GB). A list that a long document grew past the bound is let go of.
        var tokens = t_tokens ?? new List<Token>((int)Math.Min(prose / 5 + 16, 1 << 16));
        t_tokens = null;
        tokens.EnsureCapacity((int)Math.Min(prose / 5 + 16, 1 << 16));
        // A document writes the same few thousand words over and over: each spelling is one string, shared by its
        // tokens (a 9.9 MB line has two million tokens). Sized for a spelling per 8 characters of prose (the corpus's
        // articles have one per 8 to 18, up to a bound): growing from empty allocated its tables about twice over. The
        // thread's table, emptied after each document, as the list is: a new one for each was 40 MB of a corpus run's
        // 1.7 GB.
        var spellings = t_spellings ?? new Dictionary<string, string>((int)Math.Min(prose / 8 + 16, 1 << 14), StringComparer.Ordinal);
        t_spellings = null;
        foreach (var block in document.Blocks)
        {
            if (block.IsProse)
                Tokenize(block, tokens, spellings);
        }
        // Exactly as long as it needs to be: the list's doubling leaves up to half its slots empty (16 MB on a 10 MB line).
        var array = tokens.ToArray();
        if (tokens.Capacity <= KeptTokens)
        {
            // Emptied, so that the list holds none of the document's blocks and spellings.
            tokens.Clear();
            t_tokens = tokens;
        }
        if (spellings.Count <= KeptSpellings)
        {
            // Emptied too: a spelling kept from one document to the next would be promoted with the table.
            spellings.Clear();
            t_spellings = spellings;
        }
        return array;
    }

    [ThreadStatic]
    private static List<Token>? t_tokens;

    [ThreadStatic]
    private static Dictionary<string, string>? t_spellings;

    // The largest list a thread keeps (1.5 MB): a long article's.
    private const int KeptTokens = 1 << 16;

    // The most spellings of a table a thread keeps (its arrays about 400 KB): a long article's.
    private const int KeptSpellings = 1 << 14;

    /// <summary>Appends the tokens of one block to <paramref name="tokens"/>.</summary>
    public static void Tokenize(Block block, List<Token> tokens) => Tokenize(block, tokens, new Dictionary<string, string>(StringComparer.Ordinal));

    private static void Tokenize(Block block, List<Token> tokens, Dictionary<string, string> spellings)
    {
        var shared = spellings.GetAlternateLookup<ReadOnlySpan<char>>();
        var text = block.Text;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            // The kind follows from the first character, as these branches read it.
            var start = i;
            TokenKind kind;
            if (char.IsLetter(c))
            {
                kind = TokenKind.Word;
                i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerJoiner(text, start, i)))
                    i++;
            }
            else if (char.IsDigit(c))
            {
                kind = TokenKind.Number;
                i++;
                while (i < text.Length && (char.IsDigit(text[i]) || (text[i] is ',' or '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
                    i++;
            }
            else
            {
                kind = TokenKind.Punctuation;
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }
            var spelling = text.AsSpan(start, i - start);
            if (!shared.TryGetValue(spelling, out var word))
                spellings[word = spelling.ToString()] = word;
            tokens.Add(new Token(block, word, start, block.Content.ToSource(start, i - start), kind));
        }
    }

    // An apostrophe or hyphen joins two letters into one word ("don't", "well-known"). A dot joins when every
    // segment so far is a single letter, so "U.S." and "a.m." stay whole but "end." loses its full stop.
    private static bool IsInnerJoiner(string text, int tokenStart, int i)
    {
        var c = text[i];
        var letterFollows = i + 1 < text.Length && char.IsLetter(text[i + 1]);
        if (c is '\'' or '’' or '-')
            return letterFollows;
        if (c != '.')
            return false;
        for (var j = tokenStart; j < i; j += 2)
        {
            if (!char.IsLetter(text[j]) || (j + 1 < i && text[j + 1] != '.'))
                return false;
        }
        return (i - tokenStart) % 2 == 1;
    }
}
