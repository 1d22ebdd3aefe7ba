namespace EditLint.Tests.Testing;

/// <summary>The checkout the tests run from: the nearest folder above the test assembly that holds EditLint.sln.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Location => Root.Value;

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EditLint.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} contains EditLint.sln.");
    }
}
