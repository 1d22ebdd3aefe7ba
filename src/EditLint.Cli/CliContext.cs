using EditLint.Engine;

namespace EditLint.Cli;

/// <summary>What commands need from their host: where to write, where relative paths start, and the engine.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, string WorkingDirectory, Func<LintEngine> Engine)
{
    /// <summary>Whether the standard streams are a terminal, and whether colour is wanted there.</summary>
    public Terminal Terminal { get; init; } = Terminal.None;
}

/// <summary>
/// What the CLI knows of where its output goes: standard output and standard error each a terminal or not (a pipe, a
/// file, a CI log), the terminal's width, and whether the user turned colour off (<c>NO_COLOR</c>, <c>--no-color</c>).
/// </summary>
internal sealed record Terminal(bool Out, bool Error, bool NoColor, int Width)
{
    /// <summary>Neither stream is a terminal: plain lines and no progress (tests, pipes, CI).</summary>
    public static Terminal None { get; } = new(Out: false, Error: false, NoColor: true, Width: 80);

    /// <summary>The console this process runs in.</summary>
    public static Terminal OfConsole()
    {
        var width = 100;
        try
        {
            if (!Console.IsOutputRedirected && Console.WindowWidth > 20)
                width = Console.WindowWidth;
        }
        catch (IOException)
        {
        }
        // https://no-color.org: any non-empty NO_COLOR turns colour off; TERM=dumb cannot show it.
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) || Environment.GetEnvironmentVariable("TERM") == "dumb";
        return new Terminal(!Console.IsOutputRedirected, !Console.IsErrorRedirected, noColor, width);
    }

    /// <summary>Findings are drawn for a person: colours, source lines and carets, grouped by file.</summary>
    public bool Pretty => Out && !NoColor;

    /// <summary>
    /// A progress line may be drawn on standard error: both streams are the terminal. A report piped to a file or a
    /// tool is a batch run, where a bar redrawn on the terminal is noise in a captured log.
    /// </summary>
    public bool Progress => Out && Error && !NoColor;
}
