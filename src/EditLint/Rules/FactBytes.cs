using EditLint.Text;

namespace EditLint.Rules;

/// <summary>
/// Bytes a workspace fact keeps for its comparison (an article's packed occurrences, the places of its words): in memory,
/// or, in a run over many files, in the run's scratch file until the comparison reads them, which reads them back each
/// time. A definition names them with <see cref="WorkspaceFactRule.BytesOf"/>; the engine moves them.
/// </summary>
public sealed class FactBytes
{
    // In memory, or null once the bytes are in _file at _offset.
    private byte[]? _bytes;
    private ScratchFile? _file;
    private long _offset;

    /// <summary>Keeps <paramref name="bytes"/>, which must not change after.</summary>
    public FactBytes(byte[] bytes)
    {
        _bytes = bytes;
        Length = bytes.Length;
    }

    /// <summary>How many bytes.</summary>
    public int Length { get; }

    /// <summary>The bytes: the array kept, or a new copy read back from the scratch file.</summary>
    public byte[] Read() => _bytes ?? _file!.Read(_offset, Length);

    /// <summary>True when the bytes are in the run's scratch file.</summary>
    internal bool IsSpilled => _bytes is null;

    /// <summary>Moves the bytes to <paramref name="file"/>; they stay in memory when the write fails (a full disk).</summary>
    /// <remarks>Called once the document's facts are read, before any comparison reads them.</remarks>
    internal void MoveTo(ScratchFile file)
    {
        if (_bytes is not { Length: > 0 } bytes || file.Append(bytes) is not { } offset)
            return;
        (_file, _offset) = (file, offset);
        _bytes = null;
    }
}
