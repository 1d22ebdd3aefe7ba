using System.Text;
using EditLint.Diagnostics;
using EditLint.Text;

namespace EditLint.Engine;

/// <summary>
/// Fingerprints that survive edits elsewhere in a file: a hash of the rule ID, the flagged text (whitespace
/// collapsed) and its occurrence number among findings of the same rule on the same text. Line numbers are
/// deliberately left out, so inserting a paragraph above a finding does not change it.
/// </summary>
public static class Fingerprints
{
    /// <summary>Returns the diagnostics of one file with <see cref="Diagnostic.Fingerprint"/> set.</summary>
    public static IEnumerable<Diagnostic> Assign(IEnumerable<Diagnostic> sortedFileDiagnostics, Func<Diagnostic, string> flaggedText)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in sortedFileDiagnostics)
        {
            var key = diagnostic.Id + "\u001f" + Normalize(flaggedText(diagnostic));
            seen[key] = seen.TryGetValue(key, out var n) ? n + 1 : 0;
            yield return diagnostic with { Fingerprint = Hash(key + "\u001f" + seen[key]) };
        }
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // SHA-256's first 16 bytes (Text/Sha256: the framework's would load OpenSSL for it).
    private static string Hash(string text) => Convert.ToHexStringLower(Sha256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
}
