using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.RegularExpressions;

namespace EditLint.Configuration;

/// <summary>
/// Globs as <c>.editlint.yaml</c> overrides and <c>.editorconfig</c> sections write them: <c>*</c> within a folder,
/// <c>**</c> across folders, <c>?</c>, <c>[abc]</c> and <c>{md,html}</c>. A pattern without a slash matches a file name
/// at any depth (<c>*.md</c>); one with a slash is relative to the folder of the file that declares it.
/// </summary>
public sealed class Glob
{
    /// <summary>
    /// The longest glob read: real ones are tens of characters. Compiling one costs time and memory with its length
    /// (a 168 KB glob took 6 s and 10.7 GB), so a longer one is refused before it is compiled.
    /// </summary>
    public const int MaxLength = 1_000;

    private readonly Regex _regex;

    private Glob(Regex regex) => _regex = regex;

    /// <summary>Compiles <paramref name="pattern"/>; throws <see cref="FormatException"/> when it is not a valid glob.</summary>
    public static Glob Create(string pattern) =>
        TryCreate(pattern, out var glob, out var problem) ? glob : throw new FormatException(problem);

    /// <summary>Compiles <paramref name="pattern"/>, or says what is wrong with it (to be reported where it was written).</summary>
    public static bool TryCreate(string pattern, [NotNullWhen(true)] out Glob? glob, [NotNullWhen(false)] out string? problem)
    {
        var p = pattern.Replace('\\', '/');
        if (p.StartsWith('/'))
            p = p[1..];
        else if (!p.Contains('/'))
            p = "**/" + p;
        return TryCompile(pattern, p, OperatingSystem.IsWindows() || OperatingSystem.IsMacOS(), out glob, out problem);
    }

    /// <summary>
    /// Compiles <paramref name="pattern"/> exactly as written, relative to one folder: a pattern without a slash
    /// matches in that folder only (command-line globs, as a shell reads them). Throws <see cref="FormatException"/>
    /// when it is not a valid glob.
    /// </summary>
    public static Glob CreateExact(string pattern, bool ignoreCase) =>
        TryCompile(pattern, pattern.Replace('\\', '/'), ignoreCase, out var glob, out var problem) ? glob : throw new FormatException(problem);

    private static bool TryCompile(string written, string pattern, bool ignoreCase, [NotNullWhen(true)] out Glob? glob, [NotNullWhen(false)] out string? problem)
    {
        glob = null;
        if (written.Length > MaxLength)
        {
            problem = $"the glob is {written.Length:N0} characters long; globs may be at most {MaxLength:N0}";
            return false;
        }
        var (regex, unclosed) = ToRegex(pattern);
        if (unclosed >= 0)
        {
            // The prefix Create adds ("**/") is not the user's: the column counts in what was written.
            var column = unclosed - (pattern.Length - written.Length) + 1;
            problem = $"invalid glob '{written}': the '{{' at column {column} is never closed";
            return false;
        }
        try
        {
            // Non-backtracking: matching is linear in the path whatever the pattern ("*a*a*a…*b" against a long
            // name is exponential for a backtracking matcher), so no match can time out or throw.
            glob = new Glob(new Regex("^" + regex + "$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None)));
            problem = null;
            return true;
        }
        catch (RegexParseException e)
        {
            // What a glob's character class can still get wrong ("[z-a]"); the regex itself is not the user's to read.
            problem = $"invalid glob '{written}': {Words(e.Error.ToString())}";
            return false;
        }
    }

    // "ReversedCharacterRange" → "reversed character range".
    private static string Words(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? " " : "") + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>True when <paramref name="relativePath"/> (forward slashes, relative to the declaring folder) matches.</summary>
    public bool IsMatch(string relativePath) => _regex.IsMatch(relativePath.Replace('\\', '/'));

    // The regex for a glob, and the index of the first '{' that is never closed (-1 when all are).
    private static (string Regex, int Unclosed) ToRegex(string pattern)
    {
        var builder = new StringBuilder();
        var braces = new Stack<int>();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                    var slash = i + 2 < pattern.Length && pattern[i + 2] == '/';
                    builder.Append(slash ? "(?:.*/)?" : ".*");
                    i += slash ? 2 : 1;
                    break;
                case '*':
                    builder.Append("[^/]*");
                    break;
                case '?':
                    builder.Append("[^/]");
                    break;
                case '[' when ClassEnd(pattern, i) is var end and > 0:
                    var body = pattern[(i + 1)..end];
                    var negated = body.StartsWith('!') || body.StartsWith('^');
                    if (negated)
                        body = body[1..];
                    builder.Append(negated ? "[^/" : "[").Append(body.Replace(@"\", @"\\").Replace("[", @"\[").Replace("]", @"\]")).Append(']');
                    i = end;
                    break;
                case '{':
                    braces.Push(i);
                    builder.Append("(?:");
                    break;
                case '}' when braces.Count > 0:
                    braces.Pop();
                    builder.Append(')');
                    break;
                case ',' when braces.Count > 0:
                    builder.Append('|');
                    break;
                default:
                    builder.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
        return (builder.ToString(), braces.Count > 0 ? braces.Last() : -1);
    }

    /// <summary>
    /// Index of the "]" closing the character class that opens at <paramref name="start"/>, or -1 when it is not one
    /// (a "]" right after "[" or "[!" is a member; a class never spans a "/").
    /// </summary>
    public static int ClassEnd(string pattern, int start)
    {
        var i = start + 1;
        if (i < pattern.Length && pattern[i] is '!' or '^')
            i++;
        if (i < pattern.Length && pattern[i] == ']')
            i++;
        for (; i < pattern.Length; i++)
        {
            if (pattern[i] == '/')
                return -1;
            if (pattern[i] == ']')
                return i;
        }
        return -1;
    }
}
