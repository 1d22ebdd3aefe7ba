using EditLint.Rules;
using EditLint.Text;

namespace EditLint.Tests.Rules;

/// <summary>The bytes a workspace fact keeps: in memory, or moved to the run's scratch file and read back from there each time.</summary>
public sealed class FactBytesTests
{
    [Fact]
    public void Bytes_moved_to_the_scratch_file_read_back_as_they_were_each_time()
    {
        using var file = ScratchFile.Create(Path.GetTempPath())!;
        byte[] given = [1, 2, 3, 250, 0, 7];
        var bytes = new FactBytes([.. given]);
        var other = new FactBytes([9, 9]);

        Assert.False(bytes.IsSpilled);
        Assert.Equal(given, bytes.Read());
        other.MoveTo(file);
        bytes.MoveTo(file);

        Assert.True(bytes.IsSpilled);
        Assert.Equal(2, file.Entries);
        Assert.Equal(given.Length, bytes.Length);
        Assert.Equal(given, bytes.Read());
        Assert.NotSame(bytes.Read(), bytes.Read());
        Assert.Equal([9, 9], other.Read());
    }

    [Fact]
    public void No_bytes_are_not_written()
    {
        using var file = ScratchFile.Create(Path.GetTempPath())!;
        var none = new FactBytes([]);

        none.MoveTo(file);

        Assert.False(none.IsSpilled);
        Assert.Equal(0, file.Entries);
        Assert.Empty(none.Read());
    }
}
