namespace EditLint.Text;

/// <summary>
/// The words of a text as <c>Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)</c> gives them, runs of
/// characters that are not white space, read in place: a split made a string of every word, and a quotation's readers
/// split its text several times over.
/// </summary>
public static class SpacedWords
{
    /// <summary>How many words <paramref name="text"/> holds.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var words = 0;
        foreach (var _ in In(text))
            words++;
        return words;
    }

    /// <summary>The words of <paramref name="text"/>, in order.</summary>
    public static Enumerator In(ReadOnlySpan<char> text) => new(text);

    /// <summary>Walks the words of a text; <see cref="Current"/> is a slice of it.</summary>
    public ref struct Enumerator
    {
        private ReadOnlySpan<char> _rest;

        internal Enumerator(ReadOnlySpan<char> text)
        {
            _rest = text;
            Current = default;
        }

        /// <summary>The word reached.</summary>
        public ReadOnlySpan<char> Current { get; private set; }

        /// <summary>This enumerator, for <c>foreach</c>.</summary>
        public readonly Enumerator GetEnumerator() => this;

        /// <summary>Moves to the next word; false past the last.</summary>
        public bool MoveNext()
        {
            var start = 0;
            while (start < _rest.Length && char.IsWhiteSpace(_rest[start]))
                start++;
            if (start == _rest.Length)
            {
                _rest = default;
                return false;
            }
            var end = start + 1;
            while (end < _rest.Length && !char.IsWhiteSpace(_rest[end]))
                end++;
            Current = _rest[start..end];
            _rest = _rest[end..];
            return true;
        }
    }
}
