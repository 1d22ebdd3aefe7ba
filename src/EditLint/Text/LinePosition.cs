namespace EditLint.Text;

/// <summary>
/// A zero-based line and character position, as the Language Server Protocol counts them:
/// <see cref="Character"/> is in UTF-16 code units, so a character outside the Basic Multilingual Plane counts as two.
/// People see <see cref="DisplayLine"/> and <see cref="DisplayColumn"/>, which are one-based.
/// </summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    /// <summary>One-based line, as editors and compilers print it.</summary>
    public int DisplayLine => Line + 1;

    /// <summary>One-based column in UTF-16 code units.</summary>
    public int DisplayColumn => Character + 1;

    /// <summary>Ordering operators, consistent with <see cref="CompareTo"/>.</summary>
    public static bool operator <(LinePosition left, LinePosition right) => left.CompareTo(right) < 0;
    /// <summary>Ordering operator.</summary>
    public static bool operator >(LinePosition left, LinePosition right) => left.CompareTo(right) > 0;
    /// <summary>Ordering operator.</summary>
    public static bool operator <=(LinePosition left, LinePosition right) => left.CompareTo(right) <= 0;
    /// <summary>Ordering operator.</summary>
    public static bool operator >=(LinePosition left, LinePosition right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public int CompareTo(LinePosition other) => Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    /// <inheritdoc />
    public override string ToString() => $"{DisplayLine}:{DisplayColumn}";
}

/// <summary>A start and end <see cref="LinePosition"/> (end exclusive).</summary>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End)
{
    /// <inheritdoc />
    public override string ToString() => $"{Start}-{End}";
}
