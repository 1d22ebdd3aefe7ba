using EditLint.Text;

namespace EditLint.Tests.Text;

public sealed class ScratchFileTests
{
    // Entries of every size around the buffer's: small ones, one that fills it exactly, and one larger than it.
    private static byte[] Entry(int index, int length)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
            bytes[i] = (byte)(index * 31 + i * 7);
        return bytes;
    }

    [Fact]
    public void Entries_come_back_as_written_whether_still_buffered_or_on_disk()
    {
        using var file = ScratchFile.Create(Path.GetTempPath())!;
        var lengths = new[] { 1, 100, ScratchFile.BufferSize - 101, 5, ScratchFile.BufferSize, 3, ScratchFile.BufferSize + 17, 0, 42 };
        var entries = lengths.Select((length, i) => Entry(i, length)).ToList();
        var offsets = new List<long>();
        foreach (var entry in entries)
        {
            offsets.Add(file.Append(entry)!.Value);
            // Each entry can be read back at once, from the buffer or the disk.
            Assert.Equal(entry, file.Read(offsets[^1], entry.Length));
        }

        Assert.Equal(entries.Sum(e => (long)e.Length), file.Length);
        Assert.Equal(entries.Count, file.Entries);
        for (var i = 0; i < entries.Count; i++)
            Assert.Equal(entries[i], file.Read(offsets[i], entries[i].Length));
    }

    [Fact]
    public void Small_entries_are_written_to_the_disk_a_buffer_at_a_time_not_one_by_one()
    {
        using var file = ScratchFile.Create(Path.GetTempPath())!;
        var entries = Enumerable.Range(0, 3_000).Select(i => Entry(i, 1_000)).ToList();
        var offsets = entries.Select(e => file.Append(e)!.Value).ToList();

        // 3,000,000 bytes: two full buffers written, the rest still waiting.
        Assert.Equal(2, file.Writes);
        Assert.Equal(entries, offsets.Select(o => file.Read(o, 1_000)));
    }

    [Fact]
    public void Entries_appended_from_many_threads_each_come_back_as_written()
    {
        using var file = ScratchFile.Create(Path.GetTempPath())!;
        var entries = Enumerable.Range(0, 2_000).Select(i => Entry(i, i * 13 % 5_000)).ToArray();
        var offsets = new long[entries.Length];

        Parallel.For(0, entries.Length, i =>
        {
            offsets[i] = file.Append(entries[i])!.Value;
            Assert.Equal(entries[i], file.Read(offsets[i], entries[i].Length));
        });

        Assert.Equal(entries.Length, file.Entries);
        Parallel.For(0, entries.Length, i => Assert.Equal(entries[i], file.Read(offsets[i], entries[i].Length)));
    }

    [Fact]
    public void On_a_full_disk_the_entries_already_placed_are_kept_in_memory_and_no_more_are_taken()
    {
        if (!File.Exists("/dev/full"))
            return;
        // Every write to /dev/full fails as a full disk does (ENOSPC).
        using var file = new ScratchFile(new FileStream("/dev/full", FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 0));
        var placed = Enumerable.Range(0, 10).Select(i => Entry(i, ScratchFile.BufferSize / 8)).ToList();
        var offsets = placed.Select(e => file.Append(e)).ToList();

        // The first eight fill the buffer; the ninth makes it be written, which fails: the caller keeps the ninth and the tenth.
        Assert.All(offsets.Take(8), o => Assert.NotNull(o));
        Assert.All(offsets.Skip(8), o => Assert.Null(o));
        Assert.Null(file.Append(Entry(99, ScratchFile.BufferSize + 1)));
        Assert.Equal(0, file.Writes);
        for (var i = 0; i < 8; i++)
            Assert.Equal(placed[i], file.Read(offsets[i]!.Value, placed[i].Length));
    }

    [Fact]
    public void On_a_full_disk_an_entry_larger_than_the_buffer_is_refused_and_the_buffered_ones_kept()
    {
        if (!File.Exists("/dev/full"))
            return;
        using var file = new ScratchFile(new FileStream("/dev/full", FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 0));
        var small = Entry(1, 100);
        var offset = file.Append(small);

        Assert.NotNull(offset);
        Assert.Null(file.Append(Entry(2, ScratchFile.BufferSize + 1)));
        Assert.Null(file.Append(Entry(3, 10)));
        Assert.Equal(small, file.Read(offset!.Value, small.Length));

        using var empty = new ScratchFile(new FileStream("/dev/full", FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 0));
        Assert.Null(empty.Append(Entry(4, ScratchFile.BufferSize * 2)));
        Assert.Null(empty.Append(Entry(5, 10)));
        Assert.Equal(0, empty.Entries);
    }
}
