using System.Globalization;
using System.Text;
using EditLint.Text;

namespace EditLint.Inputs;

/// <summary>
/// One of <see cref="Count"/> parts of a run's inputs (<c>check --shard K/N</c>), for a CI matrix or a batch scheduler:
/// a file belongs to the part its name's hash gives, so every machine splits the same files the same way, whatever
/// order it finds them in, and a file added to the repo moves no other file to another part.
/// </summary>
public sealed record Shard(int Index, int Count)
{
    /// <summary>Reads <c>K/N</c> (1 ≤ K ≤ N); null with the reason when <paramref name="text"/> is not one.</summary>
    public static Shard? Parse(string text, out string? problem)
    {
        problem = null;
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count)
            return new Shard(index, count);
        problem = $"--shard '{text}' is not K/N with 1 ≤ K ≤ N (for example 2/8: the second of eight parts)";
        return null;
    }

    /// <summary>True when the file reports name <paramref name="displayPath"/> is in this part.</summary>
    public bool Contains(string displayPath) => PartOf(displayPath, Count) == Index;

    /// <summary>The part (1 to <paramref name="count"/>) of the file named <paramref name="displayPath"/>.</summary>
    public static int PartOf(string displayPath, int count)
    {
        // FNV-1a over the name's UTF-8 with '/' for every separator: the same on every machine and in every process
        // (string.GetHashCode is not).
        var hash = Fnv1a.Start;
        foreach (var b in Encoding.UTF8.GetBytes(displayPath.Replace('\\', '/')))
            hash = Fnv1a.Add(hash, b);
        return (int)(hash % (ulong)count) + 1;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Index}/{Count}";
}
