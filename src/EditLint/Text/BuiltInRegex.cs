namespace EditLint.Text;

/// <summary>
/// The one timeout policy for EditLint's own regular expressions. They are linear by construction (no nested
/// quantifiers, lookarounds of bounded width), so the timeout is only a backstop against a mistake, never a limit a
/// real input reaches: generous enough that a loaded CI machine or a 10 MB block does not trip it (a tight per-match
/// timeout gave EL9001 on ordinary articles in loaded runs). Pack patterns written by users are another matter and keep
/// their own guard, a budget per rule and document (see <c>PackPattern</c>).
/// </summary>
public static class BuiltInRegex
{
    /// <summary>The match timeout of every built-in pattern, in milliseconds.</summary>
    public const int MatchTimeoutMilliseconds = 5_000;
}
