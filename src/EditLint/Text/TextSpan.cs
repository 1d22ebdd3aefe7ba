namespace EditLint.Text;

/// <summary>A range of characters in a <see cref="SourceText"/>: absolute UTF-16 offsets, end exclusive.</summary>
public readonly record struct TextSpan(int Start, int Length) : IComparable<TextSpan>
{
    /// <summary>The offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>Creates a span from a start and an exclusive end offset.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>True when <paramref name="offset"/> lies inside the span.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>True when the other span lies wholly inside this one.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Ordering operators, consistent with <see cref="CompareTo"/>.</summary>
    public static bool operator <(TextSpan left, TextSpan right) => left.CompareTo(right) < 0;
    /// <summary>Ordering operator.</summary>
    public static bool operator >(TextSpan left, TextSpan right) => left.CompareTo(right) > 0;
    /// <summary>Ordering operator.</summary>
    public static bool operator <=(TextSpan left, TextSpan right) => left.CompareTo(right) <= 0;
    /// <summary>Ordering operator.</summary>
    public static bool operator >=(TextSpan left, TextSpan right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public int CompareTo(TextSpan other) => Start != other.Start ? Start.CompareTo(other.Start) : Length.CompareTo(other.Length);

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
