using EditLint.Documents;

namespace EditLint.Semantics.Figures;

/// <summary>
/// One block's tokens as the figure readers see them: indices count from the block's first token, and an index
/// outside the block is simply no word and no mark, so readers can look before and after a figure without bounds checks.
/// It indexes the document's array: through <c>IReadOnlyList&lt;Token&gt;</c> each of the readers' many token reads went
/// through the runtime's interface dispatch, as dynamic PGO is off.
/// </summary>
internal sealed class BlockTokens(Block block, Token[] all, int from, int to)
{
    public Block Block => block;

    /// <summary>The block's prose, which tokens point into.</summary>
    public string Text { get; } = block.Text;

    public int Count => to - from;

    public Token this[int i] => all[from + i];

    public string Lower(int i) => this[i].Text.ToLowerInvariant();

    /// <summary>True for a word token at <paramref name="i"/>, whatever it says.</summary>
    public bool IsWordAt(int i) => i >= 0 && i < Count && this[i].Kind == TokenKind.Word;

    public bool IsNumberAt(int i) => i >= 0 && i < Count && this[i].Kind == TokenKind.Number;

    public bool IsWord(int i, string word) => IsWordAt(i) && this[i].Text.Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsPunct(int i, string mark) => i >= 0 && i < Count && this[i].Kind == TokenKind.Punctuation && this[i].Text == mark;

    /// <summary>True when nothing separates the two tokens ("$" and "5" in "$5", "5" and "km" in "5km").</summary>
    public bool Adjacent(int a, int b) => a >= 0 && b < Count && this[a].LocalStart + this[a].Text.Length == this[b].LocalStart;

    /// <summary>True when the token at <paramref name="i"/> opens a sentence, a quotation or an aside.</summary>
    public bool IsSentenceStart(int i) =>
        i == 0 || (this[i - 1].Kind == TokenKind.Punctuation && this[i - 1].Text is "." or "!" or "?" or ":" or "\"" or "“" or "‘" or "(" or "—" or "–" or "-" or ";");

    public bool IsSentenceEnd(int i) => this[i].Kind == TokenKind.Punctuation && this[i].Text is "." or "!" or "?";

    /// <summary>True for a mark that ends the clause a figure is read in.</summary>
    public bool IsClauseEnd(int i) => this[i].Kind == TokenKind.Punctuation && this[i].Text is "," or ";" or "." or ":" or "(" or ")";

    /// <summary>True when the words just before <paramref name="i"/> are <paramref name="words"/> (any case).</summary>
    public bool WordsEndAt(int i, string[] words)
    {
        if (i - words.Length < 0)
            return false;
        for (var w = 0; w < words.Length; w++)
        {
            var token = this[i - words.Length + w];
            if (token.Kind != TokenKind.Word || !token.Text.Equals(words[w], StringComparison.OrdinalIgnoreCase))
                return false;
        }
        return true;
    }

    /// <summary>True when the words from <paramref name="i"/> on are <paramref name="words"/> (any case).</summary>
    public bool WordsStartAt(int i, string[] words)
    {
        if (i + words.Length > Count)
            return false;
        for (var w = 0; w < words.Length; w++)
        {
            var token = this[i + w];
            if (token.Kind != TokenKind.Word || !token.Text.Equals(words[w], StringComparison.OrdinalIgnoreCase))
                return false;
        }
        return true;
    }
}
