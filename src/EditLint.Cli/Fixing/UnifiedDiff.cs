using System.Globalization;
using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;

namespace EditLint.Cli.Fixing;

/// <summary>
/// A unified diff of a file before and after its fixes (<c>check --fix --dry-run</c>), laid out as <c>diff -u</c> and
/// <c>git diff</c> print it: <c>--- a/path</c>, <c>+++ b/path</c>, hunks with three lines of context. It is for reading:
/// control characters other than tabs are escaped, and a missing newline at the end of the file is not marked.
/// </summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    public static string Of(string displayPath, string before, string after)
    {
        var path = displayPath.Replace('\\', '/');
        var diff = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, new LineChunker());
        var (a, b) = (diff.PiecesOld, diff.PiecesNew);
        var text = new StringBuilder();
        text.Append("--- a/").Append(TerminalText.Escape(path)).Append('\n');
        text.Append("+++ b/").Append(TerminalText.Escape(path)).Append('\n');

        var blocks = diff.DiffBlocks;
        for (var i = 0; i < blocks.Count;)
        {
            // One hunk holds the blocks whose contexts touch.
            var last = i;
            while (last + 1 < blocks.Count && blocks[last + 1].DeleteStartA - (blocks[last].DeleteStartA + blocks[last].DeleteCountA) <= 2 * Context)
                last++;
            var startA = Math.Max(0, blocks[i].DeleteStartA - Context);
            var startB = Math.Max(0, blocks[i].InsertStartB - Context);
            var endA = Math.Min(a.Count, blocks[last].DeleteStartA + blocks[last].DeleteCountA + Context);
            var endB = Math.Min(b.Count, blocks[last].InsertStartB + blocks[last].InsertCountB + Context);
            text.Append(CultureInfo.InvariantCulture, $"@@ -{Range(startA, endA - startA)} +{Range(startB, endB - startB)} @@\n");
            var at = startA;
            for (var k = i; k <= last; k++)
            {
                var block = blocks[k];
                for (; at < block.DeleteStartA; at++)
                    Line(text, ' ', a[at]);
                for (var d = 0; d < block.DeleteCountA; d++)
                    Line(text, '-', a[block.DeleteStartA + d]);
                for (var n = 0; n < block.InsertCountB; n++)
                    Line(text, '+', b[block.InsertStartB + n]);
                at = block.DeleteStartA + block.DeleteCountA;
            }
            for (; at < endA; at++)
                Line(text, ' ', a[at]);
            i = last + 1;
        }
        return text.ToString();
    }

    // diff -u's ranges: 1-based start and a count; an empty range names the line before it.
    private static string Range(int start, int count) => count switch
    {
        0 => $"{start.ToString(CultureInfo.InvariantCulture)},0",
        1 => (start + 1).ToString(CultureInfo.InvariantCulture),
        _ => $"{(start + 1).ToString(CultureInfo.InvariantCulture)},{count.ToString(CultureInfo.InvariantCulture)}",
    };

    // Article text goes to a terminal: control characters are made visible, as in every report; tabs are text.
    private static void Line(StringBuilder text, char mark, string line) =>
        text.Append(mark).Append(string.Join('\t', line.TrimEnd('\r').Split('\t').Select(TerminalText.Escape))).Append('\n');
}
