using EditLint.Text;

namespace EditLint.Diagnostics;

/// <summary>Replace the characters of <see cref="Span"/> with <see cref="NewText"/> (an empty text deletes them).</summary>
public sealed record TextEdit(TextSpan Span, string NewText);

/// <summary>
/// A change that resolves a finding, as editors offer it (an LSP code action, a Roslyn code fix): a title for
/// the menu and edits to the file the finding is in. Edits do not overlap.
/// </summary>
public sealed record Fix(string Title, IReadOnlyList<TextEdit> Edits);
