namespace EditLint.Tests.Testing;

/// <summary>Paths in the repository and in the test output folder.</summary>
public static class RepoPaths
{
    /// <summary>The repository root: the folder holding EditLint.sln above the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path under the repository root.</summary>
    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    /// <summary>A fixture copied to the test output folder.</summary>
    public static string Fixture(string relative) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "EditLint.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("EditLint.sln not found above " + AppContext.BaseDirectory);
    }
}
