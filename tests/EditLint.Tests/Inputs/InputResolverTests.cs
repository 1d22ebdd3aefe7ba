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

    [Fact]
    public void IsArticleIn_refuses_a_link_that_leaves_the_root()
    {
        var root = Directory.CreateTempSubdirectory("editlint-inputs-").FullName;
        var outside = Directory.CreateTempSubdirectory("editlint-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "secret.md"), "text");
            File.WriteAllText(Path.Combine(root, "a.md"), "text");
            File.CreateSymbolicLink(Path.Combine(root, "out.md"), Path.Combine(outside, "secret.md"));
            File.CreateSymbolicLink(Path.Combine(root, "in.md"), "a.md");

            Assert.False(InputResolver.IsArticleIn(root, Path.Combine(root, "out.md")));
            Assert.True(InputResolver.IsArticleIn(root, Path.Combine(root, "in.md")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void A_glob_matches_exactly_and_descends_no_deeper_than_its_pattern()
    {
        var root = Directory.CreateTempSubdirectory("editlint-inputs-").FullName;
        try
        {
            foreach (var file in new[] { "a1.md", "a2.txt", "ab.md", "sub/a3.md", "sub/deep/a4.md", "bin/a5.md" })
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, file))!);
                File.WriteAllText(Path.Combine(root, file), "text");
            }

            string[] Found(string glob) => [.. InputResolver.Resolve([glob], root).Files.Select(f => f.DisplayPath)];

            Assert.Equal(["a1.md"], Found("a[0-9].md"));
            Assert.Equal(["a1.md", "ab.md"], Found("a?.md"));
            Assert.Equal(["sub/a3.md"], Found("*/a*.md"));
            Assert.Equal(["a1.md", "ab.md", "sub/a3.md", "sub/deep/a4.md"], Found("**/*.md"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_file_reached_by_two_paths_is_resolved_once_under_the_first_name()
    {
        var root = Directory.CreateTempSubdirectory("editlint-inputs-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, "a.md"), "text");
            File.CreateSymbolicLink(Path.Combine(root, "b.md"), "a.md");

            var inputs = InputResolver.Resolve(["b.md", "."], root);

            Assert.Equal(["b.md"], inputs.Files.Select(f => f.DisplayPath));
            Assert.Empty(inputs.Skipped);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
