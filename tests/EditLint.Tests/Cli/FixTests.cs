using System.Text;
using System.Text.Json;
using EditLint.Cli;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Cli;

/// <summary><c>check --fix</c>, <c>--fix-all</c> and <c>--dry-run</c>: which fixes, written how, and only once.</summary>
public sealed class FixTests : IDisposable
{
    // A repeated sentence (EL4002) and a quote mark standing for an apostrophe (EL1003): safe fixes. A quotation never
    // closed (EL1003): its fix guesses where the quotation ends, so only --fix-all applies it.
    private const string Draft = """
        ---
        title: Council approves budget
        date: 2024-03-04
        author: Jane Okafor
        ---

        # Council approves budget

        The council voted on Tuesday to approve the budget. The council voted on Tuesday to approve the budget.

        The mayor said it was the club"s best year.

        Ms Okafor said: “We will build a library.

        Councillors agreed with her.
        """;

    private const string Fixed = """
        ---
        title: Council approves budget
        date: 2024-03-04
        author: Jane Okafor
        ---

        # Council approves budget

        The council voted on Tuesday to approve the budget.

        The mayor said it was the club's best year.

        Ms Okafor said: “We will build a library.

        Councillors agreed with her.
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("editlint-fix-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string PathOf(string name) => Path.Combine(_directory, name);

    private static string Crlf(string text) => text.ReplaceLineEndings("\r\n");

    [Fact]
    public void Fix_applies_the_safe_fixes_keeping_the_byte_order_mark_and_line_endings_and_reports_what_is_left()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF];
        File.WriteAllBytes(PathOf("a.md"), [.. bom, .. Encoding.UTF8.GetBytes(Crlf(Draft))]);

        var run = CliRunner.Run(_directory, "check", ".", "--fix");

        Assert.Equal([.. bom, .. Encoding.UTF8.GetBytes(Crlf(Fixed))], File.ReadAllBytes(PathOf("a.md")));
        Assert.Contains("editlint: fixed 2 findings in 1 file.", run.Error, StringComparison.Ordinal);
        // The unclosed quotation is left, and reported against the fixed text.
        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        Assert.Contains("a.md:13:17: warning EL1003", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("EL4002", run.Out, StringComparison.Ordinal);
        Assert.Equal(["a.md"], Directory.GetFiles(_directory).Select(Path.GetFileName));
    }

    [Fact]
    public void A_second_fix_changes_nothing()
    {
        File.WriteAllText(PathOf("a.md"), Draft);
        CliRunner.Run(_directory, "check", ".", "--fix-all");
        var once = File.ReadAllBytes(PathOf("a.md"));
        var written = File.GetLastWriteTimeUtc(PathOf("a.md"));

        var again = CliRunner.Run(_directory, "check", ".", "--fix-all");

        Assert.Equal(once, File.ReadAllBytes(PathOf("a.md")));
        Assert.Equal(written, File.GetLastWriteTimeUtc(PathOf("a.md")));
        Assert.Contains("editlint: nothing to fix.", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_all_also_applies_the_fixes_that_guess()
    {
        File.WriteAllText(PathOf("a.md"), Draft);

        var run = CliRunner.Run(_directory, "check", ".", "--fix-all");

        Assert.Equal(Fixed.Replace("build a library.", "build a library.”", StringComparison.Ordinal), File.ReadAllText(PathOf("a.md")));
        Assert.Contains("editlint: fixed 3 findings in 1 file.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("EL1003", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dry_run_prints_a_unified_diff_and_writes_nothing()
    {
        File.WriteAllText(PathOf("a.md"), Draft);
        var before = File.ReadAllBytes(PathOf("a.md"));

        var run = CliRunner.Run(_directory, "check", ".", "--fix", "--dry-run");

        Assert.Equal(before, File.ReadAllBytes(PathOf("a.md")));
        Assert.Equal("""
            --- a/a.md
            +++ b/a.md
            @@ -6,9 +6,9 @@
             
             # Council approves budget
             
            -The council voted on Tuesday to approve the budget. The council voted on Tuesday to approve the budget.
            +The council voted on Tuesday to approve the budget.
             
            -The mayor said it was the club"s best year.
            +The mayor said it was the club's best year.
             
             Ms Okafor said: “We will build a library.
             

            """.ReplaceLineEndings("\n"), run.Out);
        Assert.Contains("editlint: --dry-run: 2 fixes in 1 file would be applied; nothing was written.", run.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Findings, run.ExitCode);
    }

    [Fact]
    public void Dry_run_without_fix_is_a_usage_error()
    {
        File.WriteAllText(PathOf("a.md"), Draft);

        var run = CliRunner.Run(_directory, "check", ".", "--dry-run");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("--dry-run shows what --fix or --fix-all would change", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_utf16_file_stays_utf16_and_keeps_its_permissions()
    {
        var utf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        File.WriteAllBytes(PathOf("a.md"), [.. utf16.GetPreamble(), .. utf16.GetBytes(Draft)]);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(PathOf("a.md"), UnixFileMode.UserRead | UnixFileMode.UserWrite);

        CliRunner.Run(_directory, "check", ".", "--fix");

        Assert.Equal([.. utf16.GetPreamble(), .. utf16.GetBytes(Fixed)], File.ReadAllBytes(PathOf("a.md")));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(PathOf("a.md")));
    }

    [Fact]
    public void A_file_that_could_not_be_read_cleanly_is_never_fixed()
    {
        // Valid text with one invalid UTF-8 byte: EL9002, and the file is left exactly as it is.
        byte[] broken = [.. Encoding.UTF8.GetBytes(Draft), 0xFF];
        File.WriteAllBytes(PathOf("broken.md"), broken);
        File.WriteAllText(PathOf("good.md"), Draft);

        var run = CliRunner.Run(_directory, "check", ".", "--fix");

        Assert.Equal(broken, File.ReadAllBytes(PathOf("broken.md")));
        Assert.Equal(Fixed, File.ReadAllText(PathOf("good.md")));
        Assert.Contains("broken.md:", run.Out, StringComparison.Ordinal);
        Assert.Contains("EL9002", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wording_fix_leaves_a_quotation_alone_even_with_fix_all()
    {
        // "in order to" (EL4121) outside a quotation is fixed; inside one the words are the speaker's (quotations: skip).
        File.WriteAllText(PathOf("a.md"), Fixed.Replace("Councillors agreed with her.", "Councillors agreed in order to move on. “We met in order to decide,” Ms Okafor said.", StringComparison.Ordinal));

        CliRunner.Run(_directory, "check", "a.md", "--fix-all");
        var text = File.ReadAllText(PathOf("a.md"));

        Assert.Contains("Councillors agreed to move on.", text, StringComparison.Ordinal);
        Assert.Contains("“We met in order to decide,”", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_substitution_inside_a_quotation_waits_for_fix_all()
    {
        // A house rule that reads quotations (the default): its fix inside one changes what someone said, so --fix
        // leaves it and --fix-all makes it.
        Directory.CreateDirectory(PathOf("styles/house"));
        File.WriteAllText(PathOf("styles/house/pack.yaml"), "pack: house\nprefix: EL\ndescription: House words.\n");
        File.WriteAllText(PathOf("styles/house/EL4190.house-words.yaml"),
            "id: EL4190\ntitle: House word\ncheck: substitution\nscope: paragraph\nmessage: \"'{0}' is '{1}' here\"\nswap:\n  gotten: got\n");
        File.WriteAllText(PathOf(".editlint.yaml"), "root: true\npack-folders: [styles]\n");
        File.WriteAllText(PathOf("a.md"), Fixed.Replace("Councillors agreed with her.", "Councillors had gotten the papers. “We have gotten nowhere,” Ms Okafor said.", StringComparison.Ordinal));

        CliRunner.Run(_directory, "check", "a.md", "--fix");
        var text = File.ReadAllText(PathOf("a.md"));

        Assert.Contains("Councillors had got the papers.", text, StringComparison.Ordinal);
        Assert.Contains("“We have gotten nowhere,”", text, StringComparison.Ordinal);
        CliRunner.Run(_directory, "check", "a.md", "--fix-all");
        Assert.Contains("“We have got nowhere,”", File.ReadAllText(PathOf("a.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_draft_is_never_written()
    {
        var docx = DocxFile.Create([
            DocxFile.P("Council approves budget", "Title"),
            DocxFile.P("The council voted on Tuesday to approve the budget. The council voted on Tuesday to approve the budget."),
        ]);
        File.WriteAllBytes(PathOf("draft.docx"), docx);

        var run = CliRunner.Run(_directory, "check", ".", "--fix-all");

        Assert.Equal(docx, File.ReadAllBytes(PathOf("draft.docx")));
        Assert.Contains("draft.docx: not fixed: its text is read out of a Word file", run.Error, StringComparison.Ordinal);
        Assert.Contains("EL4002", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_linked_article_is_not_replaced_by_a_copy()
    {
        if (OperatingSystem.IsWindows())
            return;
        File.WriteAllText(PathOf("real.txt"), Draft);
        File.CreateSymbolicLink(PathOf("link.md"), PathOf("real.txt"));

        var run = CliRunner.Run(_directory, "check", "link.md", "--fix");

        Assert.Equal(Draft, File.ReadAllText(PathOf("real.txt")));
        Assert.Equal(FileAttributes.ReparsePoint, File.GetAttributes(PathOf("link.md")) & FileAttributes.ReparsePoint);
        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("cannot fix link.md", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_and_sarif_carry_the_fixes_for_other_tools_to_apply()
    {
        File.WriteAllText(PathOf("a.md"), Draft);

        var json = JsonDocument.Parse(CliRunner.Run(_directory, "check", ".", "--format", "json").Out).RootElement;
        var sarif = JsonDocument.Parse(CliRunner.Run(_directory, "check", ".", "--format", "sarif").Out).RootElement;

        var duplicate = json.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "EL4002");
        var fix = Assert.Single(duplicate.GetProperty("fixes").EnumerateArray());
        Assert.True(fix.GetProperty("safe").GetBoolean());
        var edit = Assert.Single(fix.GetProperty("edits").EnumerateArray());
        Assert.Equal((9, 52, 9, 104, ""), (edit.GetProperty("startLine").GetInt32(), edit.GetProperty("startColumn").GetInt32(),
            edit.GetProperty("endLine").GetInt32(), edit.GetProperty("endColumn").GetInt32(), edit.GetProperty("newText").GetString()));
        var unclosed = json.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "EL1003" && d.GetProperty("startLine").GetInt32() == 13);
        Assert.False(Assert.Single(unclosed.GetProperty("fixes").EnumerateArray()).GetProperty("safe").GetBoolean());

        var result = sarif.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "EL4002");
        var change = Assert.Single(Assert.Single(result.GetProperty("fixes").EnumerateArray()).GetProperty("artifactChanges").EnumerateArray());
        Assert.Equal("a.md", change.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var replacement = Assert.Single(change.GetProperty("replacements").EnumerateArray());
        Assert.Equal(9, replacement.GetProperty("deletedRegion").GetProperty("startLine").GetInt32());
        Assert.Equal("", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
    }
}
