using EditLint.Text;

namespace EditLint.Diagnostics;

/// <summary>Replace the characters of <see cref="Span"/> with <see cref="NewText"/> (an empty text deletes them).</summary>
public sealed record TextEdit(TextSpan Span, string NewText);

/// <summary>
/// A change that resolves a finding, as editors offer it (an LSP code action, a Roslyn code fix): a title for
/// the menu and edits to the file the finding is in. Edits do not overlap.
/// </summary>
public sealed record Fix(string Title, IReadOnlyList<TextEdit> Edits)
{
    /// <summary>
    /// True when applying it cannot change what the article says, only how it is written: a substitution the house
    /// style or a rule pack prescribes, an apostrophe for a stray quote mark, a repeated sentence deleted. <c>check
    /// --fix</c> applies these; a fix that guesses (which spelling of a name is right, where a quotation ends, who
    /// said it) waits for <c>--fix-all</c> or an editor's choice.
    /// </summary>
    public bool Safe { get; init; }
}
