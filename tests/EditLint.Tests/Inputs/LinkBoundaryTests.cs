using EditLint.Inputs;

namespace EditLint.Tests.Inputs;

/// <summary>Which paths a boundary of many roots holds: the quick test that passes roots over never drops one.</summary>
public sealed class LinkBoundaryTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("editlint-boundary-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private LinkBoundary Boundary(params string[] roots) => new(roots.Select(r => Directory.CreateDirectory(Path.Combine(_root, r)).FullName), followSymlinks: false);

    [Fact]
    public void A_path_is_inside_the_one_root_of_many_that_holds_it()
    {
        var boundary = Boundary([.. Enumerable.Range(0, 200).Select(i => $"folder{i}")]);

        Assert.True(boundary.Contains(Path.Combine(_root, "folder199", "a.md")));
        Assert.True(boundary.Contains(Path.Combine(_root, "folder7", "deeper", "a.md")));
        Assert.True(boundary.Contains(Path.Combine(_root, "folder42")));
        Assert.True(boundary.IsWithin(Path.Combine(_root, "folder0", "a.md")));
    }

    [Fact]
    public void A_folder_whose_name_starts_with_a_root_s_is_not_inside_it()
    {
        var boundary = Boundary("news");

        Assert.False(boundary.Contains(Path.Combine(_root, "newsroom", "a.md")));
        Assert.False(boundary.Contains(Path.Combine(_root, "new")));
        Assert.False(boundary.Contains(_root));
        Assert.False(boundary.IsWithin(Path.Combine(_root, "newsroom", "a.md")));
    }

    [Fact]
    public void A_root_written_with_a_trailing_separator_holds_its_files()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "drafts")).FullName;
        var boundary = new LinkBoundary([folder + Path.DirectorySeparatorChar], followSymlinks: false);

        Assert.True(boundary.Contains(Path.Combine(folder, "a.md")));
        Assert.True(boundary.IsWithin(Path.Combine(folder, "a.md")));
        Assert.False(boundary.Contains(Path.Combine(_root, "draftsman.md")));
    }

    [Fact]
    public void The_file_system_root_holds_everything()
    {
        var boundary = new LinkBoundary([Path.GetPathRoot(_root)!], followSymlinks: false);

        Assert.True(boundary.Contains(Path.Combine(_root, "a", "b.md")));
    }
}
