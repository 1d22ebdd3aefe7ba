using System.Diagnostics;
using System.Text;
using System.Text.Json;
using EditLint.Cli;
using EditLint.Tests.Cli;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Robustness;

/// <summary>
/// Issue 13, files in and out: what a content repo can put on disk (links out of the repo, FIFOs, devices, link loops,
/// odd encodings, odd names) ends in a clear finding or error naming the file, the other files' findings are kept, and
/// every hostile case runs as its own process within 10 s and 500 MB.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FileInputTests : IDisposable
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(10);
    private const long MemoryLimit = 500L << 20;

    private readonly string _root = Directory.CreateTempSubdirectory("editlint-files-").FullName;
    private readonly string _repo;
    private readonly string _outside;

    public FileInputTests()
    {
        _repo = Directory.CreateDirectory(Path.Combine(_root, "repo")).FullName;
        _outside = Directory.CreateDirectory(Path.Combine(_root, "outside")).FullName;
        File.WriteAllText(Path.Combine(_repo, "good.md"), CheckCommandTests.ArticleWithDuplicate);
        File.WriteAllText(Path.Combine(_outside, "secret.md"), "aws_secret_access_key = SECRET-TOKEN-4711\n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private sealed record Finding(string Id, string Path, string Message, int Line, int Column);

    private static List<Finding> Findings(string json)
    {
        using var report = JsonDocument.Parse(json);
        return [.. report.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => new Finding(
            d.GetProperty("id").GetString()!, d.GetProperty("path").GetString()!, d.GetProperty("message").GetString()!,
            d.GetProperty("startLine").GetInt32(), d.GetProperty("startColumn").GetInt32()))];
    }

    private BoundedRun Bounded(params string[] args)
    {
        var run = BoundedProcess.Cli(_repo, TimeLimit, MemoryLimit, args);
        Assert.True(run.Elapsed < TimeLimit && run.PeakResidentBytes < MemoryLimit, run.ToString());
        return run;
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private static void AssertGoodStillLinted(List<Finding> findings) =>
        Assert.Contains(findings, f => f.Path == "good.md" && f.Id == "EL4002");

    // --- symbolic links out of the roots ---

    [Fact]
    public void A_link_to_a_file_outside_the_repo_is_reported_and_never_read_not_even_into_the_html_report()
    {
        File.CreateSymbolicLink(Path.Combine(_repo, "credentials.md"), Path.Combine(_outside, "secret.md"));
        File.CreateSymbolicLink(Path.Combine(_repo, "passwd.md"), "/etc/passwd");

        var html = Bounded("check", ".", "--format", "html");
        Assert.Equal(ExitCodes.Findings, html.ExitCode);
        Assert.DoesNotContain("SECRET-TOKEN-4711", html.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("root:x:0", html.Out, StringComparison.Ordinal);

        var findings = Findings(CliRunner.Run(_repo, "check", ".", "--format", "json").Out);
        foreach (var name in new[] { "credentials.md", "passwd.md" })
        {
            var finding = Assert.Single(findings, f => f.Path == name);
            Assert.Equal("EL9002", finding.Id);
            Assert.Contains("outside the folders being linted", finding.Message, StringComparison.Ordinal);
            Assert.Contains("--follow-symlinks", finding.Message, StringComparison.Ordinal);
        }
        AssertGoodStillLinted(findings);
    }

    [Fact]
    public void Follow_symlinks_opts_in_to_reading_a_link_out_of_the_repo()
    {
        File.CreateSymbolicLink(Path.Combine(_repo, "credentials.md"), Path.Combine(_outside, "secret.md"));

        var findings = Findings(CliRunner.Run(_repo, "check", ".", "--format", "json", "--follow-symlinks").Out);

        Assert.DoesNotContain(findings, f => f.Path == "credentials.md" && f.Id == "EL9002");
        Assert.Contains(findings, f => f.Path == "credentials.md");
    }

    [Fact]
    public void A_link_named_explicitly_is_held_to_the_folder_it_is_named_in()
    {
        File.CreateSymbolicLink(Path.Combine(_repo, "credentials.md"), Path.Combine(_outside, "secret.md"));
        File.CreateSymbolicLink(Path.Combine(_repo, "alias.md"), "good.md");

        var run = CliRunner.Run(_repo, "check", "credentials.md", "alias.md", "--format", "json");
        var findings = Findings(run.Out);

        Assert.Equal("EL9002", Assert.Single(findings, f => f.Path == "credentials.md").Id);
        Assert.Contains(findings, f => f.Path == "alias.md" && f.Id == "EL4002");
    }

    [Fact]
    public void A_link_to_a_folder_outside_the_repo_is_reported_and_not_walked()
    {
        Directory.CreateSymbolicLink(Path.Combine(_repo, "vendor"), _outside);

        var findings = Findings(CliRunner.Run(_repo, "check", ".", "--format", "json").Out);

        var finding = Assert.Single(findings, f => f.Path == "vendor");
        Assert.Equal("EL9002", finding.Id);
        Assert.DoesNotContain(findings, f => f.Path.Contains("secret", StringComparison.Ordinal));
        AssertGoodStillLinted(findings);
    }

    [Fact]
    public void A_link_inside_the_repo_is_followed_and_its_file_linted_once()
    {
        Directory.CreateDirectory(Path.Combine(_repo, "sub"));
        Directory.CreateSymbolicLink(Path.Combine(_repo, "sub", "again"), _repo);
        File.CreateSymbolicLink(Path.Combine(_repo, "sub", "copy.md"), Path.Combine(_repo, "good.md"));

        var findings = Findings(CliRunner.Run(_repo, "check", ".", "--format", "json").Out);

        Assert.Single(findings, f => f.Id == "EL4002");
        Assert.DoesNotContain(findings, f => f.Id == "EL9002");
    }

    [Fact]
    public void The_language_server_workspace_scan_stays_inside_its_folders()
    {
        File.CreateSymbolicLink(Path.Combine(_repo, "credentials.md"), Path.Combine(_outside, "secret.md"));
        var problems = new List<EditLint.Inputs.InputProblem>();

        var files = EditLint.Inputs.InputResolver.EnumerateArticles(_repo, [_repo], problems: problems).ToList();

        Assert.Equal([Path.Combine(_repo, "good.md")], files);
        Assert.Contains(problems, p => p.DisplayPath == "credentials.md");
    }

    // --- folder walks with loops ---

    [Fact]
    public void A_glob_over_two_folder_link_loops_ends_and_finds_each_file_once()
    {
        var a = Directory.CreateDirectory(Path.Combine(_repo, "a")).FullName;
        File.WriteAllText(Path.Combine(a, "x.md"), CheckCommandTests.ArticleWithDuplicate);
        Directory.CreateSymbolicLink(Path.Combine(a, "loop1"), _repo);
        Directory.CreateSymbolicLink(Path.Combine(a, "loop2"), a);

        var run = Bounded("check", "**/*.md", "--format", "json");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        var findings = Findings(run.Out);
        Assert.Equal(["a/x.md", "good.md"], findings.Where(f => f.Id == "EL4002").Select(f => f.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_unreadable_folder_is_reported_not_skipped_in_silence()
    {
        var locked = Directory.CreateDirectory(Path.Combine(_repo, "locked")).FullName;
        File.WriteAllText(Path.Combine(locked, "hidden.md"), CheckCommandTests.ArticleWithDuplicate);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        string json;
        if (Environment.IsPrivilegedProcess)
        {
            // Root reads any folder: run the CLI as nobody, the way CI without root would meet the folder.
            foreach (var folder in new[] { _root, _repo })
                File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
            var start = new ProcessStartInfo("setpriv") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _repo };
            foreach (var arg in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "env", "HOME=/tmp", "DOTNET_CLI_HOME=/tmp", "dotnet", BoundedProcess.CliDll, "check", ".", "--format", "json" })
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            Assert.True(process.WaitForExit(TimeLimit), "timed out");
            json = await output;
        }
        else
            json = CliRunner.Run(_repo, "check", ".", "--format", "json").Out;
        File.SetUnixFileMode(locked, (UnixFileMode)0b111_000_000);

        var findings = Findings(json);
        var finding = Assert.Single(findings, f => f.Path == "locked");
        Assert.Equal("EL9002", finding.Id);
        Assert.Contains("cannot be read (permission denied)", finding.Message, StringComparison.Ordinal);
        AssertGoodStillLinted(findings);
    }

    // --- only regular files are read, and only up to the limit ---

    [Fact]
    public void A_fifo_as_article_is_reported_not_waited_on()
    {
        MakeFifo(Path.Combine(_repo, "pipe.md"));

        var run = Bounded("check", ".", "--format", "json");

        var findings = Findings(run.Out);
        var finding = Assert.Single(findings, f => f.Path == "pipe.md");
        Assert.Equal("EL9002", finding.Id);
        Assert.Contains("named pipe", finding.Message, StringComparison.Ordinal);
        AssertGoodStillLinted(findings);
    }

    [Fact]
    public void A_fifo_as_configuration_is_an_EL9003_not_a_hang()
    {
        MakeFifo(Path.Combine(_repo, ".editlint.yaml"));

        var run = Bounded("check", ".", "--format", "json");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        var findings = Findings(run.Out);
        Assert.Contains(findings, f => f.Id == "EL9003" && f.Message.Contains(".editlint.yaml", StringComparison.Ordinal) && f.Message.Contains("named pipe", StringComparison.Ordinal));
        AssertGoodStillLinted(findings);
    }

    [Fact]
    public void Dev_zero_as_article_is_reported_without_reading_it()
    {
        File.CreateSymbolicLink(Path.Combine(_repo, "zero.md"), "/dev/zero");

        // Followed on purpose, so that the loader meets the device itself.
        var run = Bounded("check", ".", "--format", "json", "--follow-symlinks");

        var findings = Findings(run.Out);
        var finding = Assert.Single(findings, f => f.Path == "zero.md");
        Assert.Equal("EL9002", finding.Id);
        Assert.Contains("character device", finding.Message, StringComparison.Ordinal);
        AssertGoodStillLinted(findings);
    }

    // --- configuration and packs are held to the roots too ---

    [Theory]
    [InlineData(".editlint.yaml")]
    [InlineData(".editorconfig")]
    public void A_configuration_file_linked_out_of_the_repo_is_reported_and_never_read(string name)
    {
        // Not YAML, so a parser's error message would quote it if it were read.
        File.WriteAllText(Path.Combine(_outside, "secret.conf"), "[default]\naws_secret_access_key = SECRET-TOKEN-4711 root editlint_x\n");
        File.CreateSymbolicLink(Path.Combine(_repo, name), Path.Combine(_outside, "secret.conf"));

        var run = Bounded("check", ".", "--format", "json");

        Assert.DoesNotContain("SECRET-TOKEN-4711", run.Out + run.Error, StringComparison.Ordinal);
        var findings = Findings(run.Out);
        var refused = Assert.Single(findings, f => f.Path == name);
        Assert.Equal("EL9003", refused.Id);
        Assert.Contains("outside the folders being linted", refused.Message, StringComparison.Ordinal);
        AssertGoodStillLinted(findings);
    }

    [Fact]
    public void A_configuration_file_linked_inside_the_repo_is_read()
    {
        Directory.CreateDirectory(Path.Combine(_repo, "shared"));
        File.WriteAllText(Path.Combine(_repo, "shared", "house.yaml"), "root: true\nrules:\n  EL4002: off\n");
        File.CreateSymbolicLink(Path.Combine(_repo, ".editlint.yaml"), Path.Combine(_repo, "shared", "house.yaml"));

        var findings = Findings(CliRunner.Run(_repo, "check", ".", "--format", "json").Out);

        Assert.DoesNotContain(findings, f => f.Id is "EL9003" or "EL4002");
    }

    [Fact]
    public void A_pack_folder_or_pack_file_out_of_the_repo_is_reported_and_never_read()
    {
        var outsidePack = Directory.CreateDirectory(Path.Combine(_outside, "styles", "leak")).FullName;
        File.WriteAllText(Path.Combine(outsidePack, "pack.yaml"), "name: leak\nSECRET-TOKEN-4711: [\n");
        var insidePack = Directory.CreateDirectory(Path.Combine(_repo, "styles", "house")).FullName;
        File.CreateSymbolicLink(Path.Combine(insidePack, "pack.yaml"), Path.Combine(outsidePack, "pack.yaml"));
        File.WriteAllText(Path.Combine(_repo, ".editlint.yaml"), $"root: true\npack-folders: [styles, {Path.Combine(_outside, "styles")}]\n");

        var run = Bounded("check", ".", "--format", "json");

        Assert.DoesNotContain("SECRET-TOKEN-4711", run.Out + run.Error, StringComparison.Ordinal);
        var findings = Findings(run.Out);
        Assert.Contains(findings, f => f.Id == "EL9003" && f.Path == "styles/house/pack.yaml" && f.Message.Contains("outside the folders being linted", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Id == "EL9003" && f.Path == ".editlint.yaml" && f.Message.Contains("pack folder", StringComparison.Ordinal) && f.Message.Contains("outside the folders being linted", StringComparison.Ordinal));
        AssertGoodStillLinted(findings);
    }

    [Fact]
    public void Dev_zero_as_configuration_is_an_EL9003()
    {
        File.CreateSymbolicLink(Path.Combine(_repo, ".editlint.yaml"), "/dev/zero");

        // Links followed on purpose, so the reader itself meets the device (without, the link is refused unread).
        var run = Bounded("check", ".", "--format", "json", "--follow-symlinks");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        var findings = Findings(run.Out);
        Assert.Contains(findings, f => f.Id == "EL9003" && f.Path == ".editlint.yaml" && f.Message.Contains("character device", StringComparison.Ordinal));
        AssertGoodStillLinted(findings);
    }

    [Fact]
    public void Dev_zero_as_a_pack_file_is_an_EL9003()
    {
        File.WriteAllText(Path.Combine(_repo, ".editlint.yaml"), "root: true\npack-folders: [styles]\n");
        var pack = Directory.CreateDirectory(Path.Combine(_repo, "styles", "house")).FullName;
        File.CreateSymbolicLink(Path.Combine(pack, "pack.yaml"), "/dev/zero");

        var run = Bounded("check", ".", "--format", "json", "--follow-symlinks");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        var findings = Findings(run.Out);
        Assert.Contains(findings, f => f.Id == "EL9003" && f.Path == "styles/house/pack.yaml" && f.Message.Contains("character device", StringComparison.Ordinal));
        AssertGoodStillLinted(findings);
    }

    [Fact]
    public void Dev_zero_as_baseline_is_a_clear_error()
    {
        File.CreateSymbolicLink(Path.Combine(_repo, "baseline.json"), "/dev/zero");

        var run = Bounded("check", ".", "--baseline", "baseline.json");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("baseline 'baseline.json' is a character device", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_50_MB_one_line_file_is_reported_over_the_limit_reading_no_more_than_the_limit()
    {
        using (var big = File.Create(Path.Combine(_repo, "huge.md")))
        {
            var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("word ", 200_000)));
            for (var written = 0L; written < 50L << 20; written += chunk.Length)
                big.Write(chunk);
        }

        var run = Bounded("check", ".", "--format", "json");

        var findings = Findings(run.Out);
        var finding = Assert.Single(findings, f => f.Path == "huge.md");
        Assert.Equal("EL9002", finding.Id);
        Assert.Contains("over the 10 MiB limit", finding.Message, StringComparison.Ordinal);
        AssertGoodStillLinted(findings);
    }

    // --- encodings and bytes ---

    private Finding Single(string name, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(_repo, name), bytes);
        var findings = Findings(CliRunner.Run(_repo, "check", ".", "--format", "json").Out);
        AssertGoodStillLinted(findings);
        return Assert.Single(findings, f => f.Path == name);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-32le")]
    [InlineData("utf-32be")]
    public void Utf16_and_utf32_with_a_byte_order_mark_are_read(string name)
    {
        var encoding = name switch
        {
            "utf-16le" => new UnicodeEncoding(false, true),
            "utf-16be" => new UnicodeEncoding(true, true),
            "utf-32le" => new UTF32Encoding(false, true),
            _ => (Encoding)new UTF32Encoding(true, true),
        };
        var finding = Single("wide.md", [.. encoding.GetPreamble(), .. encoding.GetBytes(CheckCommandTests.ArticleWithDuplicate)]);
        Assert.Equal(("EL4002", 13, 1), (finding.Id, finding.Line, finding.Column));
    }

    [Theory]
    [InlineData("utf-16le", "UTF-16")]
    [InlineData("utf-32le", "UTF-32")]
    [InlineData("utf-32be", "UTF-32")]
    public void Utf16_and_utf32_without_a_byte_order_mark_are_reported_as_such(string name, string expected)
    {
        var encoding = name switch
        {
            "utf-16le" => new UnicodeEncoding(false, false),
            "utf-32le" => new UTF32Encoding(false, false),
            _ => (Encoding)new UTF32Encoding(true, false),
        };
        var finding = Single("wide.md", encoding.GetBytes(CheckCommandTests.ArticleWithDuplicate));
        Assert.Equal("EL9002", finding.Id);
        Assert.Contains($"looks like {expected} text without a byte-order mark", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nul_byte_after_the_first_8_KiB_is_reported_with_its_position()
    {
        var text = string.Concat(Enumerable.Repeat("A line of plain text about the council budget.\n", 200));
        var bytes = Encoding.UTF8.GetBytes(text);
        bytes[9_000] = 0;

        var finding = Single("late-nul.md", bytes);

        Assert.Equal("EL9002", finding.Id);
        Assert.Contains("NUL byte at byte offset 9000", finding.Message, StringComparison.Ordinal);
        Assert.Equal((9000 / 47 + 1, 9000 % 47 + 1), (finding.Line, finding.Column));
    }

    [Fact]
    public void A_png_named_md_is_reported_as_binary()
    {
        var finding = Single("photo.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        Assert.Equal("EL9002", finding.Id);
        Assert.Contains("binary", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Docx_bombs_are_EL9002_within_the_limits_and_the_rest_is_linted()
    {
        var small = DocxFile.Create([DocxFile.P("Small.")]);
        File.WriteAllBytes(Path.Combine(_repo, "size.docx"), DocxFile.Bomb(small, 80L << 20));
        File.WriteAllBytes(Path.Combine(_repo, "ratio.docx"), DocxFile.Bomb(small, 8L << 20));
        // Under 1 MiB, so the depth bound and not the ratio bound refuses it.
        File.WriteAllBytes(Path.Combine(_repo, "deep.docx"), DocxFile.Nested(small, 20_000));

        var findings = Findings(Bounded("check", ".", "--format", "json").Out);

        var refused = findings.Where(f => f.Id == "EL9002").ToDictionary(f => f.Path, f => f.Message);
        Assert.Equal(["deep.docx", "ratio.docx", "size.docx"], refused.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("over the 64 MiB limit", refused["size.docx"], StringComparison.Ordinal);
        Assert.Contains("past the 100:1 bound", refused["ratio.docx"], StringComparison.Ordinal);
        Assert.Contains("more than 256 elements deep", refused["deep.docx"], StringComparison.Ordinal);
        AssertGoodStillLinted(findings);
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_its_position()
    {
        var finding = Single("latin1.md", [.. "Title\nCaf"u8, 0xE9, .. " au lait\n"u8]);
        Assert.Equal("EL9002", finding.Id);
        Assert.Contains("not valid UTF-8 (invalid byte 0xE9 at byte offset 9)", finding.Message, StringComparison.Ordinal);
        Assert.Equal((2, 4), (finding.Line, finding.Column));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Line_endings_keep_the_exact_line_and_column_of_a_finding(string ending)
    {
        var text = CheckCommandTests.ArticleWithDuplicate.ReplaceLineEndings(ending);
        var finding = Single("endings.md", Encoding.UTF8.GetBytes(text));
        Assert.Equal(("EL4002", 13, 1), (finding.Id, finding.Line, finding.Column));
    }

    // --- configuration, baseline and init that are not what they seem ---

    [Fact]
    public void A_configuration_file_that_is_a_folder_is_an_EL9003()
    {
        Directory.CreateDirectory(Path.Combine(_repo, ".editlint.yaml"));

        var run = CliRunner.Run(_repo, "check", ".", "--format", "json");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        var findings = Findings(run.Out);
        Assert.Contains(findings, f => f.Id == "EL9003" && f.Path == ".editlint.yaml" && f.Message.Contains("is a folder", StringComparison.Ordinal));
        AssertGoodStillLinted(findings);
    }

    [Fact]
    public void A_baseline_with_a_null_finding_is_a_clear_error()
    {
        File.WriteAllText(Path.Combine(_repo, "baseline.json"), """{"tool":"editlint","version":1,"findings":[null]}""");

        var run = CliRunner.Run(_repo, "check", ".", "--baseline", "baseline.json");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("baseline 'baseline.json' is not a valid EditLint baseline: finding 1", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_where_the_configuration_is_a_folder_is_a_clear_error()
    {
        Directory.CreateDirectory(Path.Combine(_repo, ".editlint.yaml"));

        var run = CliRunner.Run(_repo, "init");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains(".editlint.yaml already exists here (as a folder)", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
    }

    // --- names ---

    [Fact]
    public void A_newline_in_a_file_name_cannot_inject_a_line_into_text_output()
    {
        var name = "x\n::error file=evil.md::pwned\n.md";
        File.WriteAllText(Path.Combine(_repo, name), CheckCommandTests.ArticleWithDuplicate);

        var run = CliRunner.Run(_repo, "check", ".");

        Assert.DoesNotContain(run.Out.Split('\n'), line => line.StartsWith("::", StringComparison.Ordinal));
        Assert.Contains(@"x\n::error file=evil.md::pwned\n.md:13:1: warning EL4002", run.Out, StringComparison.Ordinal);
        // JSON keeps the real name, escaped as JSON does.
        Assert.Contains(Findings(CliRunner.Run(_repo, "check", ".", "--format", "json").Out), f => f.Path == name && f.Id == "EL4002");
    }

    // --- output never replaces anything but a regular file ---

    [Fact]
    public void Output_keeps_the_mode_of_the_file_it_replaces()
    {
        var report = Path.Combine(_repo, "report.txt");
        File.WriteAllText(report, "old");
        File.SetUnixFileMode(report, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var run = CliRunner.Run(_repo, "check", "good.md", "-o", "report.txt");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(report));
        Assert.Contains("EL4002", File.ReadAllText(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Output_through_a_link_to_a_file_is_refused_and_the_file_left_alone()
    {
        var target = Path.Combine(_outside, "bashrc");
        File.WriteAllText(target, "export PATH\n");
        File.CreateSymbolicLink(Path.Combine(_repo, "report.html"), target);

        var run = CliRunner.Run(_repo, "check", "good.md", "--format", "html", "-o", "report.html");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("cannot write report.html: it is a symbolic link to a regular file", run.Error, StringComparison.Ordinal);
        Assert.Equal("export PATH\n", File.ReadAllText(target));
        Assert.NotNull(new FileInfo(Path.Combine(_repo, "report.html")).LinkTarget);
    }

    [Fact]
    public void Output_to_dev_stdout_writes_through_the_stream()
    {
        var run = Bounded("check", "good.md", "--format", "json", "-o", "/dev/stdout");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        AssertGoodStillLinted(Findings(run.Out));
    }

    [Fact]
    public async Task Output_to_a_fifo_writes_through_it_and_leaves_it_a_fifo()
    {
        var fifo = Path.Combine(_root, "out.fifo");
        MakeFifo(fifo);
        var reader = Task.Run(() => File.ReadAllText(fifo));

        var run = CliRunner.Run(_repo, "check", "good.md", "--format", "json", "-o", fifo);

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        AssertGoodStillLinted(Findings(await reader.WaitAsync(TimeLimit)));
        Assert.Equal(EditLint.Inputs.FileKind.Fifo, EditLint.Inputs.SafeFile.KindOf(fifo));
    }

    [Fact]
    public void Output_onto_a_folder_is_refused()
    {
        Directory.CreateDirectory(Path.Combine(_repo, "out"));

        var run = CliRunner.Run(_repo, "check", "good.md", "-o", "out");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("cannot write out: it is a folder, not a regular file", run.Error, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(_repo, "out")));
    }

    // --- holes a review found (R1, S1–S3) ---

    [Fact]
    public void Two_globs_over_one_folder_each_find_their_files()
    {
        File.WriteAllText(Path.Combine(_repo, "notes.txt"), CheckCommandTests.ArticleWithDuplicate);
        Directory.CreateDirectory(Path.Combine(_repo, "content"));
        File.WriteAllText(Path.Combine(_repo, "content", "a.md"), CheckCommandTests.ArticleWithDuplicate);
        File.WriteAllText(Path.Combine(_repo, "content", "b.txt"), CheckCommandTests.ArticleWithDuplicate);

        var globs = CliRunner.Run(_repo, "check", "*.md", "*.txt", "--format", "json");
        Assert.Equal(ExitCodes.Findings, globs.ExitCode);
        var found = Findings(globs.Out);
        Assert.Contains(found, f => f.Path == "good.md" && f.Id == "EL4002");
        Assert.Contains(found, f => f.Path == "notes.txt" && f.Id == "EL4002");

        var folderAndGlob = CliRunner.Run(_repo, "check", "content", "content/*.txt", "--format", "json");
        Assert.Equal(ExitCodes.Findings, folderAndGlob.ExitCode);
        var both = Findings(folderAndGlob.Out);
        // The file both arguments find is linted once.
        Assert.Single(both, f => f.Path == "content/b.txt" && f.Id == "EL4002");
        Assert.Single(both, f => f.Path == "content/a.md" && f.Id == "EL4002");
    }

    [Theory]
    [InlineData(".editlint.yaml")]
    [InlineData(".editorconfig")]
    public void A_configuration_file_above_the_linted_folder_that_links_out_of_its_folder_is_never_read(string name)
    {
        File.WriteAllText(Path.Combine(_outside, "secret.yaml"), "SECRET-TOKEN-4711: [\nroot editlint_x\n");
        File.CreateSymbolicLink(Path.Combine(_repo, name), Path.Combine(_outside, "secret.yaml"));
        Directory.CreateDirectory(Path.Combine(_repo, "content"));
        File.Copy(Path.Combine(_repo, "good.md"), Path.Combine(_repo, "content", "good.md"));

        var run = Bounded("check", "content", "--format", "json");

        Assert.DoesNotContain("SECRET-TOKEN-4711", run.Out + run.Error, StringComparison.Ordinal);
        var findings = Findings(run.Out);
        var refused = Assert.Single(findings, f => f.Path == name);
        Assert.Equal("EL9003", refused.Id);
        // The file's name once in the message, not its name and a made-up position ahead of "is a symbolic link".
        Assert.StartsWith($"{name} is a symbolic link", refused.Message, StringComparison.Ordinal);
        Assert.Contains(findings, f => f.Path == "content/good.md" && f.Id == "EL4002");
    }

    [Fact]
    public void A_configuration_file_above_the_linted_folder_linked_inside_its_own_folder_is_read()
    {
        // ~/.editlint.yaml -> ~/dotfiles/editlint.yaml keeps working.
        Directory.CreateDirectory(Path.Combine(_repo, "dotfiles"));
        File.WriteAllText(Path.Combine(_repo, "dotfiles", "editlint.yaml"), "root: true\nrules:\n  EL4002: off\n");
        File.CreateSymbolicLink(Path.Combine(_repo, ".editlint.yaml"), Path.Combine(_repo, "dotfiles", "editlint.yaml"));
        Directory.CreateDirectory(Path.Combine(_repo, "content"));
        File.Copy(Path.Combine(_repo, "good.md"), Path.Combine(_repo, "content", "good.md"));

        var findings = Findings(CliRunner.Run(_repo, "check", "content", "--format", "json").Out);

        Assert.DoesNotContain(findings, f => f.Id is "EL9003" or "EL4002");
    }

    [Fact]
    public void A_pack_folder_declared_above_the_linted_folder_outside_its_tree_is_never_read()
    {
        var outsidePack = Directory.CreateDirectory(Path.Combine(_outside, "styles", "leak")).FullName;
        File.WriteAllText(Path.Combine(outsidePack, "pack.yaml"), "name: leak\nSECRET-TOKEN-4711: [\n");
        File.WriteAllText(Path.Combine(_repo, ".editlint.yaml"), $"root: true\npack-folders: [{Path.Combine(_outside, "styles")}]\n");
        Directory.CreateDirectory(Path.Combine(_repo, "content"));
        File.Copy(Path.Combine(_repo, "good.md"), Path.Combine(_repo, "content", "good.md"));

        var run = Bounded("check", "content", "--format", "json");

        Assert.DoesNotContain("SECRET-TOKEN-4711", run.Out + run.Error, StringComparison.Ordinal);
        var findings = Findings(run.Out);
        Assert.Single(findings, f => f.Id == "EL9003" && f.Path == ".editlint.yaml" && f.Message.Contains("pack folder", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Path == "content/good.md" && f.Id == "EL4002");
    }

    [Theory]
    [InlineData("content")]
    [InlineData("content/*.md")]
    [InlineData("content/secret.md")]
    public void A_linted_folder_that_is_a_link_out_of_the_working_folder_is_reported_and_not_read(string argument)
    {
        Directory.CreateSymbolicLink(Path.Combine(_repo, "content"), _outside);

        var run = Bounded("check", argument, "good.md", "--format", "json");

        Assert.DoesNotContain("SECRET-TOKEN-4711", run.Out + run.Error, StringComparison.Ordinal);
        var findings = Findings(run.Out);
        Assert.Contains(findings, f => f.Id == "EL9002" && f.Path.StartsWith("content", StringComparison.Ordinal) && f.Message.Contains("symbolic link", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Path.Contains("secret", StringComparison.Ordinal) && f.Id != "EL9002");
        AssertGoodStillLinted(findings);

        var followed = Findings(CliRunner.Run(_repo, "check", argument, "--format", "json", "--follow-symlinks").Out);
        Assert.DoesNotContain(followed, f => f.Id == "EL9002");
    }

    [Fact]
    public void A_linted_folder_that_links_inside_the_working_folder_is_read()
    {
        Directory.CreateDirectory(Path.Combine(_repo, "real"));
        File.Copy(Path.Combine(_repo, "good.md"), Path.Combine(_repo, "real", "a.md"));
        Directory.CreateSymbolicLink(Path.Combine(_repo, "content"), Path.Combine(_repo, "real"));

        var findings = Findings(CliRunner.Run(_repo, "check", "content", "--format", "json").Out);

        Assert.Contains(findings, f => f.Path == "content/a.md" && f.Id == "EL4002");
        Assert.DoesNotContain(findings, f => f.Id == "EL9002");
    }

    [Fact]
    public void Output_into_a_folder_that_links_out_of_the_working_folder_is_refused()
    {
        Directory.CreateSymbolicLink(Path.Combine(_repo, "out"), _outside);

        var run = CliRunner.Run(_repo, "check", "good.md", "-o", "out/report.txt");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("out/report.txt", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_outside, "report.txt")));
    }

    [Fact]
    public void Output_into_a_folder_that_links_inside_the_working_folder_is_written()
    {
        Directory.CreateDirectory(Path.Combine(_repo, "reports"));
        Directory.CreateSymbolicLink(Path.Combine(_repo, "out"), Path.Combine(_repo, "reports"));

        var run = CliRunner.Run(_repo, "check", "good.md", "-o", "out/report.txt");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        Assert.Contains("EL4002", File.ReadAllText(Path.Combine(_repo, "reports", "report.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void Output_through_a_link_to_a_device_is_refused_not_written_through()
    {
        File.CreateSymbolicLink(Path.Combine(_repo, "report.html"), "/dev/null");

        var run = CliRunner.Run(_repo, "check", "good.md", "--format", "html", "-o", "report.html");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("cannot write report.html: it is a symbolic link to a character device", run.Error, StringComparison.Ordinal);
        Assert.Equal("/dev/null", new FileInfo(Path.Combine(_repo, "report.html")).LinkTarget);
    }

    [Fact]
    public void Output_to_a_fifo_with_no_reader_is_a_clear_error_not_a_hang()
    {
        MakeFifo(Path.Combine(_repo, "out.fifo"));

        var run = Bounded("check", "good.md", "-o", "out.fifo");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("cannot write out.fifo: it is a named pipe (FIFO) that no one is reading", run.Error, StringComparison.Ordinal);
        Assert.Equal(EditLint.Inputs.FileKind.Fifo, EditLint.Inputs.SafeFile.KindOf(Path.Combine(_repo, "out.fifo")));
    }

    [Fact]
    public void A_control_character_in_a_configuration_message_reaches_the_baseline_error_escaped()
    {
        // "\e[2J" clears a terminal; a CI log would run it too.
        File.WriteAllText(Path.Combine(_repo, ".editlint.yaml"), "root: true\nrules:\n  \"EL9\\e[2J\": off\n");

        var run = CliRunner.Run(_repo, "baseline", ".");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.DoesNotContain('\x1B', run.Error);
        Assert.Contains("EL9\\x1B[2J", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_whose_real_path_cannot_be_determined_is_refused_not_read()
    {
        // /proc/self/fd/N is a "magic" link: readlink gives "pipe:[…]", yet opening it opens whatever fd N is.
        File.CreateSymbolicLink(Path.Combine(_repo, "fd.md"), "/proc/self/fd/0");
        Directory.CreateDirectory(Path.Combine(_repo, "content"));
        File.Copy(Path.Combine(_repo, "good.md"), Path.Combine(_repo, "content", "good.md"));
        File.CreateSymbolicLink(Path.Combine(_repo, "content", ".editlint.yaml"), "/proc/self/fd/0");

        var run = Bounded("check", "fd.md", "good.md", "content", "--format", "json");

        var findings = Findings(run.Out);
        Assert.Contains(findings, f => f.Path == "fd.md" && f.Id == "EL9002" && f.Message.Contains("cannot be resolved", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Path == "content/.editlint.yaml" && f.Id == "EL9003" && f.Message.Contains("cannot be resolved", StringComparison.Ordinal));
        AssertGoodStillLinted(findings);
    }

    [Fact]
    public void A_folder_whose_name_starts_with_two_dots_is_inside()
    {
        Directory.CreateDirectory(Path.Combine(_repo, "..drafts"));
        File.Copy(Path.Combine(_repo, "good.md"), Path.Combine(_repo, "..drafts", "a.md"));

        Assert.True(EditLint.Inputs.InputResolver.IsArticleIn(_repo, Path.Combine(_repo, "..drafts", "a.md")));
        Assert.False(EditLint.Inputs.InputResolver.IsArticleIn(Path.Combine(_repo, "..drafts"), Path.Combine(_repo, "good.md")));
    }

    [Fact]
    public void A_workspace_folder_that_links_to_the_file_system_root_is_refused_as_the_root()
    {
        var everything = Path.Combine(_repo, "everything");
        Directory.CreateSymbolicLink(everything, "/");

        Assert.True(EditLint.LanguageServer.Server.DocumentLinter.HoldsHomeOrIsFileSystemRoot(everything));
        Assert.False(EditLint.LanguageServer.Server.DocumentLinter.HoldsHomeOrIsFileSystemRoot(_repo));
    }
}
