using EditLint.Checks;
using System.Text;
using EditLint.Documents;
using EditLint.Engine;
using EditLint.Inputs;
using EditLint.Readers;

namespace EditLint.Tests.Engine;

public sealed class DocumentLoaderTests
{
    private static readonly DocumentLoader Loader = new([new MarkdownReader(), new PlainTextReader(), new HtmlReader()]);

    [Fact]
    public void ALinkOutOfTheRunsRoots_IsNotRead_EvenWhenAskedForByPath()
    {
        // The search already leaves such links out; the loader checks again on what it opened, so a file swapped for a
        // link between the search and the read is not read either.
        var root = Directory.CreateTempSubdirectory("editlint-loader-").FullName;
        try
        {
            var repo = Directory.CreateDirectory(Path.Combine(root, "repo")).FullName;
            File.WriteAllText(Path.Combine(root, "secret.md"), "SECRET-TOKEN-4711\n");
            File.CreateSymbolicLink(Path.Combine(repo, "notes.md"), Path.Combine(root, "secret.md"));

            var result = Loader.Load(Path.Combine(repo, "notes.md"), "notes.md", new LintOptions { Boundary = new LinkBoundary([repo], followSymlinks: false) });
            var followed = Loader.Load(Path.Combine(repo, "notes.md"), "notes.md", new LintOptions { Boundary = new LinkBoundary([repo], followSymlinks: true) });

            Assert.Null(result.Document);
            Assert.Contains("symbolic link out of bounds", result.Problem, StringComparison.Ordinal);
            Assert.NotNull(followed.Document);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void EmptyFile_GivesNothing()
    {
        var result = Loader.Load([], "empty.md", DocumentFormat.Markdown);
        Assert.Null(result.Document);
        Assert.Null(result.Problem);
    }

    [Fact]
    public void BinaryFile_IsAProblemNamingTheFile()
    {
        var result = Loader.Load([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], "photo.txt", DocumentFormat.PlainText);
        Assert.Null(result.Document);
        Assert.Contains("photo.txt", result.Problem, StringComparison.Ordinal);
        Assert.Contains("binary", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8_IsAProblemAtTheBadBytesLineAndColumn()
    {
        var bytes = Encoding.UTF8.GetBytes("Good line\nCafé ").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(" rest\n")).ToArray();
        var result = Loader.Load(bytes, "latin1.md", DocumentFormat.Markdown);
        Assert.Null(result.Document);
        Assert.Contains("not valid UTF-8", result.Problem, StringComparison.Ordinal);
        Assert.Contains("0xC3", result.Problem, StringComparison.Ordinal);
        Assert.Equal((2, 6), (result.ProblemPosition.DisplayLine, result.ProblemPosition.DisplayColumn));
    }

    [Theory]
    [InlineData("\r", 2, 1)]
    [InlineData("a\r\nb\rcd\n\re", 5, 2)]
    [InlineData("é\r", 2, 1)]
    public void InvalidUtf8_AfterCrOnlyAndMixedBreaks_IsAtTheLineSourceTextCounts(string before, int line, int column)
    {
        var bytes = Encoding.UTF8.GetBytes(before).Append((byte)0xBF).ToArray();
        var result = Loader.Load(bytes, "cr.txt", DocumentFormat.PlainText);
        var expected = new EditLint.Text.SourceText(before).GetPosition(before.Length);
        Assert.Equal((line, column), (expected.DisplayLine, expected.DisplayColumn));
        Assert.Equal((line, column), (result.ProblemPosition.DisplayLine, result.ProblemPosition.DisplayColumn));
    }

    [Fact]
    public void Utf8Bom_IsDropped_AndUtf16WithBom_IsDecoded()
    {
        var utf8 = Loader.Load(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Body.")).ToArray(), "a.md", DocumentFormat.Markdown);
        Assert.Equal("Body.", utf8.Document!.Source.Text);
        var utf16 = Loader.Load(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Body.")).ToArray(), "a.md", DocumentFormat.Markdown);
        Assert.Equal("Body.", utf16.Document!.Source.Text);
    }

    [Fact]
    public void FileOverTheSizeLimit_IsAProblem()
    {
        var path = Path.Combine(Path.GetTempPath(), $"editlint-big-{Guid.NewGuid():N}.md");
        File.WriteAllText(path, new string('a', 2048));
        try
        {
            var result = Loader.Load(path, "big.md", new LintOptions { MaxFileBytes = 1024 });
            Assert.Contains("over the", result.Problem, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void BadFilesInARun_GiveEL9002_AndTheOthersAreStillLinted()
    {
        var folder = Directory.CreateTempSubdirectory("editlint-run-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "binary.txt"), [1, 2, 0, 0, 3]);
            File.WriteAllBytes(Path.Combine(folder, "broken.md"), [0x41, 0xFF, 0x42]);
            File.WriteAllText(Path.Combine(folder, "empty.md"), "");
            File.WriteAllText(Path.Combine(folder, "good.md"), "The harbour reopened on Wednesday after a week of repairs.\n");
            var engine = new LintEngine(EditLint.Checks.BuiltInRules.Create(), Loader);
            var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => (f, Path.GetFileName(f))).ToList();
            var result = engine.Run(files, new LintOptions());

            Assert.Equal(["binary.txt", "broken.md"], result.Diagnostics.Where(d => d.Id == "EL9002").Select(d => d.Path));
            Assert.DoesNotContain(result.Diagnostics, d => d.Path == "empty.md");
            Assert.Contains(result.Diagnostics, d => d.Path == "good.md" && d.Id == "EL3001");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

public sealed class DocumentLoaderReaderFailureTests
{
    private sealed class ThrowingReader : EditLint.Readers.IDocumentReader
    {
        public DocumentFormat Format => DocumentFormat.Markdown;
        public ArticleDocument Read(string path, EditLint.Text.SourceText text) => throw new System.Text.RegularExpressions.RegexMatchTimeoutException("slow", "pattern", TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void AReaderThatThrows_GivesAProblemForThatFileOnly()
    {
        var loader = new DocumentLoader([new ThrowingReader(), new PlainTextReader()]);
        var failed = loader.Load(Encoding.UTF8.GetBytes("# Title\n"), "a.md", DocumentFormat.Markdown);
        Assert.Null(failed.Document);
        Assert.Contains("a.md could not be read as Markdown: RegexMatchTimeoutException", failed.Problem, StringComparison.Ordinal);
        Assert.NotNull(loader.Load(Encoding.UTF8.GetBytes("Title\n\nBody text here.\n"), "b.txt", DocumentFormat.PlainText).Document);
    }
}
