using System.Text.RegularExpressions;
using EditLint.Text;

namespace EditLint.Checks;

/// <summary>
/// A pack's whole-word pattern of a shape common enough to be matched by code written for it rather than by the regex
/// engine (<see cref="LiteralAlternation"/>: a list of phrases; <see cref="LetterWords"/>: a word of letters). Each
/// matches as the engine would, in time bounded by the text it reads, so it needs no timeout. It is a <see cref="Regex"/>
/// whose runner is the kind source-generated regexes have, so a check, a budget and a join use it as any other pattern.
/// </summary>
internal abstract class HandWrittenPattern : Regex
{
    // The edges PackPattern.Create puts around a whole-word pattern; only such patterns are taken.
    internal const string WordStart = @"(?<![\p{L}\p{N}])(?:";
    internal const string WordEnd = @")(?![\p{L}\p{N}])";

    protected HandWrittenPattern(string pattern, RegexOptions options, TimeSpan timeout)
    {
        base.pattern = pattern;
        roptions = options;
        ValidateMatchTimeout(timeout);
        internalMatchTimeout = timeout;
        capsize = 1;
        factory = new RunnerFactory(this);
    }

    /// <summary>
    /// The options these patterns take: the invariant culture (any other decides what IgnoreCase pairs), with or without
    /// IgnoreCase; any other option changes the reading.
    /// </summary>
    protected static bool TakesOptions(RegexOptions options) =>
        (options & ~(RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)) == 0 && options.HasFlag(RegexOptions.CultureInvariant);

    /// <summary>The first match at or after <paramref name="start"/>, or (-1, 0).</summary>
    protected abstract (int Start, int Length) Next(ReadOnlySpan<char> text, int start);

    /// <summary>The first match at or after <paramref name="start"/>, or (-1, 0), as the engine would find it.</summary>
    internal (int Start, int Length) NextMatch(ReadOnlySpan<char> text, int start) => Next(text, start);

    protected static bool IsWordCharacter(char c) => WordCharacters.IsLetterOrNumber(c);

    /// <summary>Where the run of letters and digits that goes on at <paramref name="pos"/> ends.</summary>
    /// <remarks>A loop, not a vectorised search: the rest of a word is a few characters, fewer than a search's setup reads.</remarks>
    protected static int EndOfWord(ReadOnlySpan<char> text, int pos)
    {
        while (pos < text.Length && IsWordCharacter(text[pos]))
            pos++;
        return pos;
    }

    private sealed class RunnerFactory(HandWrittenPattern owner) : RegexRunnerFactory
    {
        protected override RegexRunner CreateInstance() => new Runner(owner);
    }

    // What a source-generated runner does: from runtextpos, capture the next match and move past it, or move to the end.
    private sealed class Runner(HandWrittenPattern owner) : RegexRunner
    {
        protected override void Scan(ReadOnlySpan<char> text)
        {
            var (start, length) = owner.Next(text, runtextpos);
            if (start < 0)
            {
                runtextpos = text.Length;
                return;
            }
            runtextpos = start + length;
            Capture(0, start, start + length);
        }
    }
}
