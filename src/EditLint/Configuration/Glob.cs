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
    private readonly Regex _regex;

    private Glob(Regex regex) => _regex = regex;

    /// <summary>Compiles <paramref name="pattern"/>.</summary>
    public static Glob Create(string pattern)
    {
        var p = pattern.Replace('\\', '/');
        if (p.StartsWith('/'))
            p = p[1..];
        else if (!p.Contains('/'))
            p = "**/" + p;
        return new Glob(Compile(p, OperatingSystem.IsWindows() || OperatingSystem.IsMacOS()));
    }

    /// <summary>
    /// Compiles <paramref name="pattern"/> exactly as written, relative to one folder: a pattern without a slash
    /// matches in that folder only (command-line globs, as a shell reads them).
    /// </summary>
    public static Glob CreateExact(string pattern, bool ignoreCase) => new(Compile(pattern.Replace('\\', '/'), ignoreCase));

    private static Regex Compile(string pattern, bool ignoreCase) =>
        new("^" + ToRegex(pattern) + "$", RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None), TimeSpan.FromSeconds(1));

    /// <summary>True when <paramref name="relativePath"/> (forward slashes, relative to the declaring folder) matches.</summary>
    public bool IsMatch(string relativePath) => _regex.IsMatch(relativePath.Replace('\\', '/'));

    private static string ToRegex(string pattern)
    {
        var builder = new StringBuilder();
        var braces = 0;
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
                    braces++;
                    builder.Append("(?:");
                    break;
                case '}' when braces > 0:
                    braces--;
                    builder.Append(')');
                    break;
                case ',' when braces > 0:
                    builder.Append('|');
                    break;
                default:
                    builder.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
        return builder.ToString();
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
