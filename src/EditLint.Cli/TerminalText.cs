namespace EditLint.Cli;

/// <summary>
/// The one way the CLI puts text that came from a user's files (file names, messages that quote configuration or
/// articles, arguments) on a terminal or into a CI log: control characters are escaped, so a newline in a file name
/// cannot inject a line such as <c>::error file=…::</c> and an ESC cannot drive the terminal.
/// </summary>
internal static class TerminalText
{
    /// <summary><paramref name="text"/> with every control character written as <c>\n</c>, <c>\x1B</c>, <c>\x85</c>.</summary>
    public static string Escape(string text)
    {
        // A loop, not LINQ: LINQ over a string's characters has no ReadyToRun code, and every run's report escapes text.
        var control = false;
        foreach (var c in text)
            control |= char.IsControl(c);
        if (!control)
            return text;
        var builder = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => c <= '\xFF' ? $"\\x{(int)c:X2}" : $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> on one line: each line ending (<see cref="string.ReplaceLineEndings(string)"/>'s) made a
    /// space. Looked for first, by hand: the search ReplaceLineEndings starts with has no ReadyToRun code.
    /// </summary>
    public static string OneLine(string text)
    {
        foreach (var c in text)
        {
            if (c is '\r' or '\n' or '\f' or '\u0085' or '\u2028' or '\u2029')
                return text.ReplaceLineEndings(" ");
        }
        return text;
    }
}
