using System.Runtime.CompilerServices;
using System.Text;

namespace EditLint.Tests.Testing;

/// <summary>
/// Snapshot testing with Verify's conventions: <c>&lt;TestClass&gt;.&lt;Method&gt;.verified.txt</c> beside the test source
/// is the accepted output; a mismatch writes <c>.received.txt</c> beside it and fails with the first differing lines.
/// Accept a change by renaming received to verified, or run with EDITLINT_ACCEPT_SNAPSHOTS=1.
/// </summary>
internal static class Snapshot
{
    private const int DiffLines = 6;

    public static void Verify(string actual, [CallerFilePath] string sourceFile = "", [CallerMemberName] string name = "")
    {
        var source = LocateSource(sourceFile);
        var prefix = Path.Combine(Path.GetDirectoryName(source)!, $"{Path.GetFileNameWithoutExtension(source)}.{name}");
        var verifiedPath = prefix + ".verified.txt";
        var receivedPath = prefix + ".received.txt";

        actual = Normalize(actual);
        var expected = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        if (Environment.GetEnvironmentVariable("EDITLINT_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verifiedPath, actual, utf8);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual, utf8);
        Assert.Fail(expected is null
            ? $"No snapshot yet: wrote {receivedPath}. Check it, then rename it to {Path.GetFileName(verifiedPath)}."
            : $"Output differs from {Path.GetFileName(verifiedPath)}; wrote {receivedPath}.\n{Diff(expected, actual)}");
    }

    internal static string Normalize(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";

    // The first few lines that differ, from the first difference on: enough to see what changed without a diff tool.
    internal static string Diff(string expected, string actual)
    {
        var expectedLines = expected.TrimEnd('\n').Split('\n');
        var actualLines = actual.TrimEnd('\n').Split('\n');
        var lines = Math.Max(expectedLines.Length, actualLines.Length);
        var builder = new StringBuilder($"verified has {expectedLines.Length} lines, received {actualLines.Length}:\n");
        var shown = 0;
        for (var i = 0; i < lines && shown < DiffLines; i++)
        {
            var verified = i < expectedLines.Length ? expectedLines[i] : "<end>";
            var received = i < actualLines.Length ? actualLines[i] : "<end>";
            if (verified == received)
                continue;
            builder.Append($"- {i + 1,4}: {verified}\n+ {i + 1,4}: {received}\n");
            shown++;
        }
        return builder.ToString();
    }

    // Deterministic builds map source paths (to /_/…); then find the file under the checkout instead.
    private static string LocateSource(string sourceFile)
    {
        if (File.Exists(sourceFile))
            return sourceFile;
        var segments = sourceFile.Split('/', '\\');
        for (var skip = 1; skip < segments.Length; skip++)
        {
            var candidate = Path.Combine([RepoPaths.Root, .. segments[skip..]]);
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException($"Cannot find the test source {sourceFile} to put its snapshot beside.");
    }
}
