namespace EditLint.Cli;

/// <summary>
/// The one way the CLI puts text that came from a user's files (file names, messages that quote configuration or
/// articles, arguments) on a terminal or into a CI log: control characters are escaped, so a newline in a file name
/// cannot inject a line such as <c>::error file=…::</c> and an ESC cannot drive the terminal.
/// </summary>
internal static class TerminalText
{
    /// <summary><paramref name="text"/> with every control character written as <c>\n</c>, <c>\x1B</c>, <c>\u0085</c>.</summary>
    public static string Escape(string text)
    {
        if (!text.Any(char.IsControl))
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
}
