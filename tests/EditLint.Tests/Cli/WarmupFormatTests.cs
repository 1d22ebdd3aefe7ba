using EditLint.Cli;
using EditLint.Documents;

namespace EditLint.Tests.Cli;

// Which reader a one-file run's warm-up warms: the one format of the files the command names, else both.
public sealed class WarmupFormatTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("editlint-warmup-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string File(string name)
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllText(path, "Text.");
        return path;
    }

    [Fact]
    public void One_plain_text_file_warms_the_plain_text_reader() =>
        Assert.Equal(DocumentFormat.PlainText, Program.WarmupFormat(["check", File("a.txt")]));

    [Fact]
    public void Markdown_files_and_an_option_value_warm_the_Markdown_reader() =>
        Assert.Equal(DocumentFormat.Markdown, Program.WarmupFormat(["check", File("a.md"), "-f", "json", File("b.markdown"), "-o", Path.Combine(_folder, "report.txt")]));

    [Fact]
    public void Mixed_formats_a_folder_or_a_glob_warm_both() =>
        Assert.All(new[]
        {
            Program.WarmupFormat(["check", File("a.md"), File("b.txt")]),
            Program.WarmupFormat(["check", _folder]),
            Program.WarmupFormat(["check", File("c.txt"), Path.Combine(_folder, "*.md")]),
            Program.WarmupFormat(["check"]),
        }, format => Assert.Null(format));
}
