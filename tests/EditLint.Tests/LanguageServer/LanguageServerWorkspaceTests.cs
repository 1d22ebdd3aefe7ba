using System.Text.Json;
using System.Text.Json.Nodes;

namespace EditLint.Tests.LanguageServer;

/// <summary>
/// editlint-ls with a workspace folder: workspace rules (EL4001 here) compare the open document with the folder's
/// other files, open buffers stand in for their files on disk, and watched-file events keep the folder up to date.
/// </summary>
public sealed class LanguageServerWorkspaceTests : IDisposable
{
    private const string Zelenskiy = "# Talks\n\nPresident Volodymyr Zelenskiy met envoys in Kyiv.\n";
    private const string Zelenskyy = "# Visit\n\nPresident Volodymyr Zelenskyy flew to Paris.\n";

    private readonly string _root = Directory.CreateTempSubdirectory("editlint-ls-workspace-").FullName;

    public LanguageServerWorkspaceTests()
    {
        File.WriteAllText(Path.Combine(_root, "a.md"), Zelenskiy);
        Directory.CreateDirectory(Path.Combine(_root, "world"));
        File.WriteAllText(Path.Combine(_root, "world", "b.md"), Zelenskyy);
    }

    private string UriA => Uri("a.md");

    private string UriB => Uri("world/b.md");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("workspaceFolders")]
    [InlineData("rootUri")]
    [InlineData("rootPath")]
    public async Task A_name_spelled_otherwise_in_another_file_of_the_workspace_is_published_at_its_exact_range(string how)
    {
        var workspace = how switch
        {
            "workspaceFolders" => new JsonObject { ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = new System.Uri(_root).AbsoluteUri, ["name"] = "news" }) },
            "rootUri" => new JsonObject { ["rootUri"] = new System.Uri(_root).AbsoluteUri },
            _ => new JsonObject { ["rootPath"] = _root },
        };
        await using var client = await LspTestClient.StartAsync(workspace: workspace);
        await OpenAsync(client, UriA, Zelenskiy);

        var finding = Assert.Single(NameSpelling(await client.NextDiagnosticsAsync(UriA)));

        Assert.Equal((2, 20, 2, 29), Range(finding));
        Assert.Equal("'Zelenskiy' is spelled 'Zelenskyy' in 1 other article of this run (1×: world/b.md:3)", finding.GetProperty("message").GetString());
        // The file that is not open gets no diagnostics of its own (editors show open files' findings; 'editlint check' shows the rest).
        await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = UriA }, position = new { line = 0, character = 0 } });
        Assert.DoesNotContain(UriB, client.UnreadDiagnosticsUris());
    }

    [Fact]
    public async Task A_workspace_file_that_links_out_of_the_folder_is_never_read()
    {
        // b.md now lives outside the workspace and only a link to it is inside: its spelling must not reach a.md.
        var outside = Directory.CreateTempSubdirectory("editlint-ls-outside-").FullName;
        try
        {
            File.Move(Path.Combine(_root, "world", "b.md"), Path.Combine(outside, "b.md"));
            File.CreateSymbolicLink(Path.Combine(_root, "world", "b.md"), Path.Combine(outside, "b.md"));
            await using var client = await LspTestClient.StartAsync(workspace: Folder());
            await OpenAsync(client, UriA, Zelenskiy);

            Assert.Empty(NameSpelling(await client.NextDiagnosticsAsync(UriA)));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public async Task Without_a_workspace_folder_an_open_document_is_compared_with_the_other_open_documents_only()
    {
        await using var client = await LspTestClient.StartAsync();
        await OpenAsync(client, UriA, Zelenskiy);
        Assert.Empty(NameSpelling(await client.NextDiagnosticsAsync(UriA)));

        await OpenAsync(client, UriB, Zelenskyy);
        Assert.Single(NameSpelling(await client.NextDiagnosticsAsync(UriB)));
        Assert.Single(NameSpelling(await client.NextDiagnosticsAsync(UriA)));
    }

    [Fact]
    public async Task Changing_the_other_file_on_disk_and_notifying_the_server_clears_the_finding()
    {
        await using var client = await LspTestClient.StartAsync(workspace: Folder());
        await OpenAsync(client, UriA, Zelenskiy);
        Assert.Single(NameSpelling(await client.NextDiagnosticsAsync(UriA)));

        File.WriteAllText(Path.Combine(_root, "world", "b.md"), Zelenskiy.Replace("Talks", "Visit", StringComparison.Ordinal));
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = UriB, type = 2 } } });
        Assert.Empty(NameSpelling(await client.NextDiagnosticsAsync(UriA)));

        // Files created later are part of the workspace too (two against two: no majority, a.md is reported again);
        // a deleted one leaves it (two against one: a.md has the majority spelling).
        File.WriteAllText(Path.Combine(_root, "c.md"), Zelenskyy);
        File.WriteAllText(Path.Combine(_root, "d.md"), Zelenskyy);
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = Uri("c.md"), type = 1 }, new { uri = Uri("d.md"), type = 1 } } });
        Assert.Contains("in 2 other articles", Assert.Single(NameSpelling(await client.NextDiagnosticsAsync(UriA))).GetProperty("message").GetString(), StringComparison.Ordinal);
        File.Delete(Path.Combine(_root, "d.md"));
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = Uri("d.md"), type = 3 } } });
        Assert.Empty(NameSpelling(await client.NextDiagnosticsAsync(UriA)));
    }

    [Fact]
    public async Task An_open_buffer_stands_in_for_its_file_on_disk_until_it_is_closed()
    {
        await using var client = await LspTestClient.StartAsync(workspace: Folder());
        await OpenAsync(client, UriA, Zelenskiy);
        Assert.Single(NameSpelling(await client.NextDiagnosticsAsync(UriA)));

        // b.md says Zelenskyy on disk; its unsaved buffer says Zelenskiy, and that is what a.md is compared with.
        await OpenAsync(client, UriB, Zelenskyy.Replace("Zelenskyy", "Zelenskiy", StringComparison.Ordinal));
        Assert.Empty(NameSpelling(await client.NextDiagnosticsAsync(UriB)));
        Assert.Empty(NameSpelling(await client.NextDiagnosticsAsync(UriA)));

        // Typing in b.md updates a.md's findings too.
        await client.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri = UriB, version = 2 },
            contentChanges = new[] { new { range = new { start = new { line = 2, character = 27 }, end = new { line = 2, character = 28 } }, text = "y" } },
        });
        var b = Assert.Single(NameSpelling(await client.NextDiagnosticsAsync(UriB)));
        Assert.Equal((2, 20, 2, 29), Range(b));
        Assert.Single(NameSpelling(await client.NextDiagnosticsAsync(UriA)));

        // Closed without saving: the file on disk counts again (here changed meanwhile to agree with a.md).
        File.WriteAllText(Path.Combine(_root, "world", "b.md"), Zelenskiy);
        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = UriB } });
        Assert.Empty((await client.NextDiagnosticsAsync(UriB)).GetProperty("diagnostics").EnumerateArray());
        Assert.Empty(NameSpelling(await client.NextDiagnosticsAsync(UriA)));
    }

    [Fact]
    public async Task A_large_workspace_is_capped_with_a_log_message_and_an_unreadable_file_stops_nothing()
    {
        // Sorted by path, the binary file is first in, z.md is over the cap.
        File.WriteAllBytes(Path.Combine(_root, "0-photo.md"), [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]);
        File.WriteAllText(Path.Combine(_root, "z.md"), Zelenskyy);
        await using var client = await LspTestClient.StartAsync(workspace: Folder(), options: new JsonObject { ["maxWorkspaceFiles"] = 3 });

        var log = await client.NextNotificationAsync("window/logMessage");
        Assert.Equal(2, log.GetProperty("type").GetInt32());
        Assert.Contains("4 article files; workspace rules (EL4001, EL4003) compare the first 3", log.GetProperty("message").GetString(), StringComparison.Ordinal);

        await OpenAsync(client, UriA, Zelenskiy);
        var finding = Assert.Single(NameSpelling(await client.NextDiagnosticsAsync(UriA)));
        Assert.Contains("1 other article", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_workspace_configuration_applies_and_a_change_to_it_is_read_again()
    {
        var config = Path.Combine(_root, ".editlint.yaml");
        File.WriteAllText(config, "rules: { EL4001: error }\n");
        await using var client = await LspTestClient.StartAsync(workspace: Folder());
        await OpenAsync(client, UriA, Zelenskiy);
        Assert.Equal(1, Assert.Single(NameSpelling(await client.NextDiagnosticsAsync(UriA))).GetProperty("severity").GetInt32());

        File.WriteAllText(config, "rules: { EL4001: none }\n");
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = new System.Uri(config).AbsoluteUri, type = 2 } } });
        Assert.Empty(NameSpelling(await client.NextDiagnosticsAsync(UriA)));
    }

    [Fact]
    public async Task A_docx_in_the_workspace_is_compared_from_disk_and_one_opened_as_text_is_EL9002()
    {
        File.Delete(Path.Combine(_root, "world", "b.md"));
        File.WriteAllBytes(Path.Combine(_root, "world", "b.docx"), EditLint.Tests.Testing.DocxFile.Create(
            [EditLint.Tests.Testing.DocxFile.P("Visit", "Title"), EditLint.Tests.Testing.DocxFile.P("President Volodymyr Zelenskyy flew to Paris.")]));
        await using var client = await LspTestClient.StartAsync(workspace: Folder());
        await OpenAsync(client, UriA, Zelenskiy);

        var finding = Assert.Single(NameSpelling(await client.NextDiagnosticsAsync(UriA)));
        Assert.Contains("(1×: world/b.docx:2)", finding.GetProperty("message").GetString(), StringComparison.Ordinal);

        await OpenAsync(client, Uri("world/b.docx"), "PK\u0003\u0004 what an editor shows of a zip");
        var unreadable = Assert.Single((await client.NextDiagnosticsAsync(Uri("world/b.docx"))).GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("EL9002", unreadable.GetProperty("code").GetString());
        Assert.Contains("is a Word document: EditLint reads it from its file", unreadable.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_server_asks_the_editor_to_watch_article_files_and_configuration()
    {
        await using var client = await LspTestClient.StartAsync(workspace: Folder());
        var registration = await client.NextNotificationAsync("client/registerCapability");
        var globs = registration.GetProperty("registrations")[0].GetProperty("registerOptions").GetProperty("watchers").EnumerateArray()
            .Select(w => w.GetProperty("globPattern").GetString()).ToList();
        Assert.Equal(["**/.editlint.yaml", "**/*.{md,markdown,txt,html,htm,docx}"], globs);
    }

    private JsonObject Folder() => new() { ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = new System.Uri(_root).AbsoluteUri, ["name"] = "news" }) };

    private string Uri(string relative) => new System.Uri(Path.Combine(_root, relative)).AbsoluteUri;

    private static Task OpenAsync(LspTestClient client, string uri, string text) =>
        client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "markdown", version = 1, text } });

    private static List<JsonElement> NameSpelling(JsonElement published) =>
        [.. published.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("code").GetString() == "EL4001")];

    private static (int, int, int, int) Range(JsonElement withRange) => LanguageServerTests.Range(withRange);
}
