using EditLint.Semantics;
using EditLint.Semantics.Figures;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Semantics.Figures;

/// <summary>One paragraph's tokens as the figure readers get them, and the index of the token a phrase of it starts at.</summary>
internal static class ReaderInput
{
    public static (BlockTokens Tokens, int At) Tokens(string prose, string at)
    {
        var model = ProseModel.Of(prose);
        var all = model.Tokens;
        var block = model.Document.Blocks.First(b => b.IsProse);
        var from = 0;
        while (all[from].Block != block)
            from++;
        var to = from;
        while (to < all.Count && all[to].Block == block)
            to++;
        var tokens = new BlockTokens(block, [.. all], from, to);
        var offset = block.Text.IndexOf(at, StringComparison.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].LocalStart == offset)
                return (tokens, i);
        }
        throw new ArgumentException($"No token starts '{at}' in '{prose}'.", nameof(at));
    }

    /// <summary>The prose of tokens [<paramref name="first"/>, <paramref name="end"/>), as written.</summary>
    public static string Words(BlockTokens tokens, int first, int end) =>
        tokens.Text[tokens[first].LocalStart..(tokens[end - 1].LocalStart + tokens[end - 1].Text.Length)];
}
