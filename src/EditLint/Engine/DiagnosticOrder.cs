using EditLint.Diagnostics;

namespace EditLint.Engine;

/// <summary>The one output order: path, line, column, ID, message. Deterministic whatever the parallelism.</summary>
public sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    /// <summary>The comparer.</summary>
    public static DiagnosticOrder Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y))
            return 0;
        if (x is null)
            return -1;
        if (y is null)
            return 1;
        var c = string.CompareOrdinal(x.Path, y.Path);
        if (c == 0) c = x.Position.Start.CompareTo(y.Position.Start);
        if (c == 0) c = string.CompareOrdinal(x.Id, y.Id);
        if (c == 0) c = x.Position.End.CompareTo(y.Position.End);
        if (c == 0) c = string.CompareOrdinal(x.Message, y.Message);
        return c;
    }
}
