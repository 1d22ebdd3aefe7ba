using System.Text;
using System.Text.Json;
using EditLint.Diagnostics;
using EditLint.Engine;
using EditLint.Readers;
using EditLint.Rules;
using EditLint.Tests.Cli;
using EditLint.Text;

namespace EditLint.Tests.LanguageServer;

/// <summary>editlint-ls through real JSON-RPC over pipes: open, change, close, hover, code actions, encodings, lifecycle.</summary>
public sealed class LanguageServerTests
{
    private const string Uri = "file:///drafts/council.md";
    private const string Repeat = "The city council voted on Tuesday to approve a new budget for the central library.";

    // The repeat follows an emoji on its line, so its column differs in UTF-16 (2 units), UTF-8 (4 bytes) and UTF-32 (1).
    private static readonly string Article =
        CheckCommandTests.ArticleWithDuplicate[..CheckCommandTests.ArticleWithDuplicate.LastIndexOf(Repeat, StringComparison.Ordinal)]
        + "Later 😀 the mayor left. " + Repeat + "\n";

    private static readonly int RepeatLine = Article.Split('\n').Length - 2;

    [Fact]
    public async Task Initialize_advertises_incremental_sync_hover_quick_fixes_and_UTF16()
    {
        await using var client = await LspTestClient.StartAsync(initialize: false);
        var response = await client.InitializeAsync();

        var capabilities = response.GetProperty("result").GetProperty("capabilities");
        Assert.Equal("utf-16", capabilities.GetProperty("positionEncoding").GetString());
        Assert.Equal(2, capabilities.GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        Assert.True(capabilities.GetProperty("textDocumentSync").GetProperty("openClose").GetBoolean());
        Assert.True(capabilities.GetProperty("hoverProvider").GetBoolean());
        Assert.Equal("quickfix", capabilities.GetProperty("codeActionProvider").GetProperty("codeActionKinds")[0].GetString());
        Assert.Equal("editlint-ls", response.GetProperty("result").GetProperty("serverInfo").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Opening_a_document_publishes_diagnostics_with_exact_UTF16_ranges()
    {
        await using var client = await LspTestClient.StartAsync();
        await OpenAsync(client, Article);

        var published = await client.NextDiagnosticsAsync(Uri);

        Assert.Equal(1, published.GetProperty("version").GetInt32());
        var diagnostic = Assert.Single(published.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("EL4002", diagnostic.GetProperty("code").GetString());
        Assert.Equal("editlint", diagnostic.GetProperty("source").GetString());
        Assert.Equal(2, diagnostic.GetProperty("severity").GetInt32());
        Assert.Equal("https://github.com/editlint/editlint/blob/main/docs/rules/EL4002.md", diagnostic.GetProperty("codeDescription").GetProperty("href").GetString());
        var column = "Later 😀 the mayor left. ".Length;
        Assert.Equal((RepeatLine, column, RepeatLine, column + Repeat.Length), Range(diagnostic));
        var related = Assert.Single(diagnostic.GetProperty("relatedInformation").EnumerateArray());
        Assert.Equal(Uri, related.GetProperty("location").GetProperty("uri").GetString());
        Assert.Equal("first occurrence", related.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Incremental_and_full_changes_update_the_diagnostics()
    {
        await using var client = await LspTestClient.StartAsync();
        await OpenAsync(client, Article);
        var first = Assert.Single((await client.NextDiagnosticsAsync(Uri)).GetProperty("diagnostics").EnumerateArray());
        var (line, start, _, end) = Range(first);

        // Incremental: replace one word of the repeat, so it is no longer a repeat.
        var word = Repeat.IndexOf("Tuesday", StringComparison.Ordinal);
        await ChangeAsync(client, 2, new { range = LspRange(line, start + word, line, start + word + "Tuesday".Length), text = "Friday" });
        var second = await client.NextDiagnosticsAsync(Uri);
        Assert.Equal(2, second.GetProperty("version").GetInt32());
        Assert.Empty(second.GetProperty("diagnostics").EnumerateArray());

        // Two incremental changes in one notification apply in order: the second sees the first's result.
        await ChangeAsync(client, 3,
            new { range = LspRange(line, start + word, line, start + word + "Friday".Length), text = "Tues" },
            new { range = LspRange(line, start + word + "Tues".Length, line, start + word + "Tues".Length), text = "day" });
        var third = Assert.Single((await client.NextDiagnosticsAsync(Uri)).GetProperty("diagnostics").EnumerateArray());
        Assert.Equal((line, start, line, end), Range(third));

        // Full sync: a text without a range replaces the document.
        await ChangeAsync(client, 4, new { text = "# Headline\n\nNothing repeats here at all.\n" });
        var fourth = await client.NextDiagnosticsAsync(Uri);
        Assert.Equal(4, fourth.GetProperty("version").GetInt32());
        Assert.DoesNotContain(fourth.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "EL4002");
    }

    [Fact]
    public async Task Changes_typed_in_quick_succession_are_linted_once_at_the_last_version()
    {
        await using var client = await LspTestClient.StartAsync(debounceMilliseconds: 400);
        await OpenAsync(client, Article);
        await client.NextDiagnosticsAsync(Uri);

        var line = RepeatLine + 1;
        for (var version = 2; version <= 6; version++)
            await ChangeAsync(client, version, new { range = LspRange(line, 0, line, 0), text = "x" });

        var published = await client.NextDiagnosticsAsync(Uri);
        Assert.Equal(6, published.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Closing_a_document_clears_its_diagnostics()
    {
        await using var client = await LspTestClient.StartAsync();
        await OpenAsync(client, Article);
        await client.NextDiagnosticsAsync(Uri);

        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = Uri } });

        var published = await client.NextDiagnosticsAsync(Uri);
        Assert.Empty(published.GetProperty("diagnostics").EnumerateArray());
        Assert.False(published.TryGetProperty("version", out _));
    }

    [Fact]
    public async Task Hover_on_a_date_shows_what_it_resolves_to()
    {
        await using var client = await LspTestClient.StartAsync();
        const string Dated = "---\ntitle: Harbour reopens\ndate: 2025-08-20\n---\n\nThe harbour reopened on Tuesday after repairs.\n";
        await OpenAsync(client, Dated);
        await client.NextDiagnosticsAsync(Uri);

        var hover = (await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = 5, character = 25 } })).GetProperty("result");

        var text = hover.GetProperty("contents").GetProperty("value").GetString()!;
        Assert.StartsWith("**Date** “Tuesday” is Tuesday 19 August 2025", text.Replace("\\", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal((5, 24, 5, 31), Range(hover));
    }

    [Fact]
    public async Task Hover_on_a_figure_shows_its_value_and_what_it_counts()
    {
        await using var client = await LspTestClient.StartAsync();
        const string Text = "---\ntitle: Border plan\ndate: 2025-08-20\n---\n\nThe plan needs around 100,000 soldiers at a time, requiring 300,000 in total.\n";
        await OpenAsync(client, Text);
        await client.NextDiagnosticsAsync(Uri);

        var hover = (await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = 5, character = 64 } })).GetProperty("result");

        var text = hover.GetProperty("contents").GetProperty("value").GetString()!.Replace("\\", "", StringComparison.Ordinal);
        Assert.StartsWith("**Figure** “300,000 in total”: count: 300,000; counts soldiers (carried over from the figure before it); qualified 'in total'", text, StringComparison.Ordinal);
        // The EL2001 finding on the same figure follows, with the pair it compares.
        Assert.Contains("EL2001", text, StringComparison.Ordinal);
        Assert.Contains("around 100,000 soldiers at a time", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hover_on_a_finding_shows_the_rule_title_explanation_and_docs()
    {
        await using var client = await LspTestClient.StartAsync();
        await OpenAsync(client, Article);
        var (line, start, _, end) = Range(Assert.Single((await client.NextDiagnosticsAsync(Uri)).GetProperty("diagnostics").EnumerateArray()));

        var hover = (await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line, character = start + 5 } })).GetProperty("result");

        Assert.Equal("markdown", hover.GetProperty("contents").GetProperty("kind").GetString());
        var text = hover.GetProperty("contents").GetProperty("value").GetString()!;
        Assert.StartsWith("**EL4002** Duplicated sentence (warning)", text, StringComparison.Ordinal);
        Assert.Contains("This sentence already appears on line 9; delete one of them", text, StringComparison.Ordinal);
        Assert.Contains("appears twice in one article", text, StringComparison.Ordinal);
        Assert.Contains("(https://github.com/editlint/editlint/blob/main/docs/rules/EL4002.md)", text, StringComparison.Ordinal);
        Assert.Equal((line, start, line, end), Range(hover));

        var nothing = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = 0, character = 1 } });
        Assert.Equal(JsonValueKind.Null, nothing.GetProperty("result").ValueKind);
    }

    [Fact]
    public async Task The_quick_fix_for_a_repeated_sentence_deletes_it()
    {
        await using var client = await LspTestClient.StartAsync();
        await OpenAsync(client, Article);
        var (line, start, _, _) = Range(Assert.Single((await client.NextDiagnosticsAsync(Uri)).GetProperty("diagnostics").EnumerateArray()));

        var response = await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = Uri },
            range = LspRange(line, start, line, start),
            context = new { diagnostics = Array.Empty<object>() },
        });

        var action = Assert.Single(response.GetProperty("result").EnumerateArray());
        Assert.Equal("Delete the repeated sentence", action.GetProperty("title").GetString());
        Assert.Equal("quickfix", action.GetProperty("kind").GetString());
        Assert.Equal("EL4002", action.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        var edits = action.GetProperty("edit").GetProperty("changes").GetProperty(Uri);
        var fixedText = ApplyUtf16(Article, edits);
        Assert.EndsWith("Later 😀 the mayor left.\n", fixedText, StringComparison.Ordinal);

        await ChangeAsync(client, 2, new { text = fixedText });
        Assert.Empty((await client.NextDiagnosticsAsync(Uri)).GetProperty("diagnostics").EnumerateArray());

        // No finding with a fix under the cursor: no actions.
        var none = await client.RequestAsync("textDocument/codeAction", new { textDocument = new { uri = Uri }, range = LspRange(0, 0, 0, 0), context = new { diagnostics = Array.Empty<object>() } });
        Assert.Empty(none.GetProperty("result").EnumerateArray());
    }

    [Fact]
    public async Task Hover_shows_the_properties_a_rule_attached()
    {
        var loader = new DocumentLoader([new MarkdownReader()]);
        await using var client = await LspTestClient.StartAsync(engine: new LintEngine([new RelativeDateProbe()], loader));
        await OpenAsync(client, "# Council meets\n\nThe council meets next Tuesday.\n");
        var diagnostic = Assert.Single((await client.NextDiagnosticsAsync(Uri)).GetProperty("diagnostics").EnumerateArray());
        var (line, start, _, _) = Range(diagnostic);

        var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line, character = start } });

        Assert.Contains("- **Resolves to**: Tuesday 11 March 2025", hover.GetProperty("result").GetProperty("contents").GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configuration_change_relints_open_documents()
    {
        await using var client = await LspTestClient.StartAsync();
        var registration = await client.NextNotificationAsync("client/registerCapability");
        Assert.Equal("**/.editlint.yaml", registration.GetProperty("registrations")[0].GetProperty("registerOptions").GetProperty("watchers")[0].GetProperty("globPattern").GetString());

        await OpenAsync(client, Article);
        await client.NextDiagnosticsAsync(Uri);

        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { } });
        Assert.Single((await client.NextDiagnosticsAsync(Uri)).GetProperty("diagnostics").EnumerateArray());

        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = "file:///drafts/.editlint.yaml", type = 2 } } });
        Assert.Single((await client.NextDiagnosticsAsync(Uri)).GetProperty("diagnostics").EnumerateArray());
    }

    // Stands in for the date rules being written elsewhere: it attaches what "next Tuesday" resolves to.
    private sealed class RelativeDateProbe : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new("EL3999", "Relative date", "'{0}' is relative", RuleCategory.Dates, Severity.Info);

        public override void Initialize(RuleSetup setup) => setup.OnDocumentEnd(context =>
        {
            var at = context.Document.Source.Text.IndexOf("next Tuesday", StringComparison.Ordinal);
            if (at >= 0)
            {
                context.Report(new TextSpan(at, "next Tuesday".Length), new ReportDetails
                {
                    Properties = new Dictionary<string, string> { ["Resolves to"] = "Tuesday 11 March 2025" },
                }, "next Tuesday");
            }
        });
    }

    [Theory]
    [InlineData(new[] { "utf-8", "utf-16" }, "utf-8", 4)]
    [InlineData(new[] { "utf-32" }, "utf-32", 1)]
    [InlineData(new[] { "utf-7", "utf-16" }, "utf-16", 2)]
    public async Task Positions_follow_the_negotiated_encoding(string[] offered, string chosen, int emojiWidth)
    {
        await using var client = await LspTestClient.StartAsync(initialize: false);
        var init = await client.InitializeAsync(offered);
        Assert.Equal(chosen, init.GetProperty("result").GetProperty("capabilities").GetProperty("positionEncoding").GetString());
        await client.NotifyAsync("initialized", new { });
        await OpenAsync(client, Article);

        var diagnostic = Assert.Single((await client.NextDiagnosticsAsync(Uri)).GetProperty("diagnostics").EnumerateArray());
        var column = "Later ".Length + emojiWidth + " the mayor left. ".Length;
        Assert.Equal((RepeatLine, column, RepeatLine, column + Repeat.Length), Range(diagnostic));

        // An incremental change addressed in the same encoding lands on the same characters.
        var word = Repeat.IndexOf("Tuesday", StringComparison.Ordinal);
        await ChangeAsync(client, 2, new { range = LspRange(RepeatLine, column + word, RepeatLine, column + word + 7), text = "Friday" });
        Assert.Empty((await client.NextDiagnosticsAsync(Uri)).GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public async Task Lifecycle_errors_follow_the_spec_and_exit_after_shutdown_is_0()
    {
        await using var client = await LspTestClient.StartAsync(initialize: false);

        var early = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = 0, character = 0 } });
        Assert.Equal(-32002, early.GetProperty("error").GetProperty("code").GetInt32());

        await client.InitializeAsync();
        var unknown = await client.RequestAsync("editlint/unknown", new { });
        Assert.Equal(-32601, unknown.GetProperty("error").GetProperty("code").GetInt32());
        var again = await client.InitializeAsync();
        Assert.Equal(-32600, again.GetProperty("error").GetProperty("code").GetInt32());

        var shutdown = await client.RequestAsync("shutdown", null);
        Assert.True(shutdown.TryGetProperty("result", out var result));
        Assert.Equal(JsonValueKind.Null, result.ValueKind);
        var afterShutdown = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = 0, character = 0 } });
        Assert.Equal(-32600, afterShutdown.GetProperty("error").GetProperty("code").GetInt32());

        await client.NotifyAsync("exit", null);
        Assert.Equal(0, await client.ServerRun.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Exit_without_shutdown_is_1()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("exit", null);
        Assert.Equal(1, await client.ServerRun.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Bad_JSON_gets_a_parse_error_and_the_session_goes_on()
    {
        await using var client = await LspTestClient.StartAsync();

        // Two frames in one write: a broken body, then a valid request with a multi-byte body.
        var broken = LspTestClient.Frame(Encoding.UTF8.GetBytes("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\":"));
        await client.SendRawAsync(broken);
        var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = "file:///nothing-open-é.md" }, position = new { line = 0, character = 0 } });

        Assert.Equal(JsonValueKind.Null, hover.GetProperty("result").ValueKind);
        var parseError = Assert.Single(client.Unmatched);
        Assert.Equal(-32700, parseError.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(JsonValueKind.Null, parseError.GetProperty("id").ValueKind);
    }

    [Fact]
    public async Task A_notification_with_missing_fields_is_dropped_and_the_session_goes_on()
    {
        await using var client = await LspTestClient.StartAsync();

        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { languageId = "markdown" } });
        await client.NotifyAsync("textDocument/didChange", new { });
        await OpenAsync(client, Article);

        Assert.Single((await client.NextDiagnosticsAsync(Uri)).GetProperty("diagnostics").EnumerateArray());
        var bad = await client.RequestAsync("textDocument/hover", new { position = new { line = 0, character = 0 } });
        Assert.True(bad.TryGetProperty("error", out _));
    }

    private static Task OpenAsync(LspTestClient client, string text) =>
        client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "markdown", version = 1, text } });

    private static Task ChangeAsync(LspTestClient client, int version, params object[] changes) =>
        client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = Uri, version }, contentChanges = changes });

    private static object LspRange(int startLine, int startCharacter, int endLine, int endCharacter) =>
        new { start = new { line = startLine, character = startCharacter }, end = new { line = endLine, character = endCharacter } };

    internal static (int, int, int, int) Range(JsonElement withRange)
    {
        var range = withRange.GetProperty("range");
        return (range.GetProperty("start").GetProperty("line").GetInt32(), range.GetProperty("start").GetProperty("character").GetInt32(),
            range.GetProperty("end").GetProperty("line").GetInt32(), range.GetProperty("end").GetProperty("character").GetInt32());
    }

    // What an editor does with a WorkspaceEdit: apply the edits from the last to the first, positions in UTF-16.
    private static string ApplyUtf16(string text, JsonElement edits)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
                lineStarts.Add(i + 1);
        }
        int Offset(JsonElement p) => lineStarts[p.GetProperty("line").GetInt32()] + p.GetProperty("character").GetInt32();
        foreach (var edit in edits.EnumerateArray().OrderByDescending(e => Offset(e.GetProperty("range").GetProperty("start"))))
        {
            var start = Offset(edit.GetProperty("range").GetProperty("start"));
            var end = Offset(edit.GetProperty("range").GetProperty("end"));
            text = string.Concat(text.AsSpan(0, start), edit.GetProperty("newText").GetString(), text.AsSpan(end));
        }
        return text;
    }
}
