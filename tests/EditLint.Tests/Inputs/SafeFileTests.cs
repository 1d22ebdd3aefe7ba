using System.Diagnostics;
using EditLint.Inputs;

namespace EditLint.Tests.Inputs;

public sealed class SafeFileTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("editlint-safefile-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Reads_a_file_of_exactly_the_limit_and_refuses_one_byte_more()
    {
        var path = Path.Combine(_root, "a.txt");
        File.WriteAllBytes(path, new byte[100]);

        Assert.Equal(100, SafeFile.ReadBytes(path, 100).Bytes!.Length);
        var over = SafeFile.ReadBytes(path, 99);
        Assert.Null(over.Bytes);
        Assert.Equal("is over the 99 bytes limit; it was not read", over.Problem);
    }

    [Fact]
    public void With_a_boundary_what_the_open_descriptor_shows_out_of_bounds_is_not_read()
    {
        // ReadBytes does not resolve the path first: only the check on the opened file can refuse it, as it must when
        // a link is swapped in after the caller's check.
        var repo = Directory.CreateDirectory(Path.Combine(_root, "repo")).FullName;
        var outside = Directory.CreateDirectory(Path.Combine(_root, "outside")).FullName;
        File.WriteAllText(Path.Combine(outside, "secret.yaml"), "SECRET");
        File.WriteAllText(Path.Combine(repo, "own.yaml"), "own");
        var link = Path.Combine(repo, ".editlint.yaml");
        File.CreateSymbolicLink(link, Path.Combine(outside, "secret.yaml"));
        var boundary = new LinkBoundary([repo], followSymlinks: false);

        var refused = SafeFile.ReadBytes(link, 100, boundary);
        Assert.Null(refused.Bytes);
        Assert.Contains("symbolic link out of bounds", refused.Problem, StringComparison.Ordinal);
        Assert.Equal(3, SafeFile.ReadBytes(Path.Combine(repo, "own.yaml"), 100, boundary).Bytes!.Length);
        Assert.Equal(6, SafeFile.ReadBytes(link, 100, new LinkBoundary([repo], followSymlinks: true)).Bytes!.Length);
    }

    [Fact]
    public void Refuses_what_is_not_a_regular_file_without_blocking()
    {
        var fifo = Path.Combine(_root, "pipe");
        using (var mkfifo = Process.Start("mkfifo", [fifo])!)
            mkfifo.WaitForExit();

        Assert.Equal("is a named pipe (FIFO), not a regular file; it was not read", SafeFile.ReadBytes(fifo, 100).Problem);
        Assert.Equal("is a character device, not a regular file; it was not read", SafeFile.ReadBytes("/dev/zero", 100).Problem);
        Assert.Equal("is a folder, not a regular file; it was not read", SafeFile.ReadBytes(_root, 100).Problem);
        Assert.Equal("does not exist", SafeFile.ReadBytes(Path.Combine(_root, "none"), 100).Problem);
        Assert.Equal(FileKind.Fifo, SafeFile.KindOf(fifo));
    }

    [Fact]
    public void Real_paths_resolve_chains_of_relative_links_and_give_up_on_loops()
    {
        var real = Directory.CreateDirectory(Path.Combine(_root, "real")).FullName;
        File.WriteAllText(Path.Combine(real, "a.md"), "text");
        Directory.CreateSymbolicLink(Path.Combine(_root, "link"), "real");
        File.CreateSymbolicLink(Path.Combine(_root, "chain.md"), "link/a.md");
        File.CreateSymbolicLink(Path.Combine(_root, "loop1"), "loop2");
        File.CreateSymbolicLink(Path.Combine(_root, "loop2"), "loop1");

        Assert.Equal(Path.Combine(SafeFile.RealPath(_root)!, "real", "a.md"), SafeFile.RealPath(Path.Combine(_root, "chain.md")));
        Assert.Null(SafeFile.RealPath(Path.Combine(_root, "loop1")));
        Assert.Null(SafeFile.RealPath(Path.Combine(_root, "missing")));
        Assert.Equal(SafeFile.IdentityOf(Path.Combine(real, "a.md")), SafeFile.IdentityOf(Path.Combine(_root, "chain.md")));
        Assert.NotEqual(SafeFile.IdentityOf(real), SafeFile.IdentityOf(_root));
    }

    [Theory]
    [InlineData("/a/b", "/a/b", true)]
    [InlineData("/a/b/c", "/a/b", true)]
    [InlineData("/a/bc", "/a/b", false)]
    [InlineData("/a", "/a/b", false)]
    [InlineData("/a/b/../c", "/a/b", false)]
    [InlineData("/a/b/..c", "/a/b", true)]
    public void IsInside_compares_whole_folder_names(string path, string folder, bool expected) =>
        Assert.Equal(expected, SafeFile.IsInside(Path.GetFullPath(path), folder));
}
