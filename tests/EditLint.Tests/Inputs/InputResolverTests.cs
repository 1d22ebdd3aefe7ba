using EditLint.Inputs;

namespace EditLint.Tests.Inputs;

public sealed class InputResolverTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "editlint-inputs");

    [Theory]
    [InlineData("drafts/council.md", true)]
    [InlineData("council.HTML", true)]
    [InlineData("drafts/photo.png", false)]
    [InlineData("node_modules/pkg/README.md", false)]
    [InlineData("drafts/bin/old.md", false)]
    [InlineData("../elsewhere/council.md", false)]
    public void IsArticleIn_answers_as_a_folder_search_would(string relative, bool expected) =>
        Assert.Equal(expected, InputResolver.IsArticleIn(Root, Path.GetFullPath(Path.Combine(Root, relative))));

    [Fact]
    public void A_folder_search_finds_the_articles_IsArticleIn_accepts()
    {
        var root = Directory.CreateTempSubdirectory("editlint-inputs-").FullName;
        try
        {
            foreach (var file in new[] { "a.md", "sub/b.txt", "sub/c.png", "obj/d.md" })
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, file))!);
                File.WriteAllText(Path.Combine(root, file), "text");
            }
            var found = InputResolver.EnumerateArticles(root).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
            Assert.Equal(["a.md", "sub/b.txt"], found);
            Assert.All(InputResolver.EnumerateArticles(root), f => Assert.True(InputResolver.IsArticleIn(root, f)));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
