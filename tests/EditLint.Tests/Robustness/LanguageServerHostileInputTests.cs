using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EditLint.Diagnostics;
using EditLint.Documents;
using EditLint.Engine;
using EditLint.LanguageServer.Server;
using EditLint.Readers;
using EditLint.Rules;
using EditLint.Tests.LanguageServer;
using EditLint.Tests.Testing;
using EditLint.Text;
using Xunit.Abstractions;

namespace EditLint.Tests.Robustness;

/// <summary>
/// Issue 13's language-server rows: what an editor (or anything on the other end of the pipe) can send that used to
/// hang the server, kill it or stop its diagnostics. The process tests run the built editlint-ls under the issue's
/// bound (10 s and 500 MB on 2 cores); the others talk to it in process for the exact behaviour. The class runs on its
/// own, not beside the suite's other tests: its bounds are about the server, not about the other tests sharing the cores.
/// </summary>
[Collection(LanguageServerBounds.Name)]
public sealed class LanguageServerHostileInputTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private const long MaxBytes = 500L << 20;
    // The harness's own limit, past the bound, so a slow run fails with its time rather than a kill.
    private static readonly TimeSpan Harness = TimeSpan.FromSeconds(45);

    private const string Repeated = "The city council voted on Tuesday to approve a new budget for the central library.";
    private const string Article = "# Council backs library budget\n\n" + Repeated + " The mayor welcomed it.\n\nLater the mayor left. " + Repeated + "\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("editlint-ls-hostile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string, int> BadFrames => new()
    {
        { "no Content-Length", "Content-Type: application/vscode-jsonrpc\r\n\r\n{}", -32700 },
        { "a Content-Length that is not a number", "Content-Length: ten\r\n\r\n{}", -32700 },
        { "a negative Content-Length", "Content-Length: -1\r\n\r\n{}", -32700 },
        { "Content-Length 2147483647", "Content-Length: 2147483647\r\n\r\n{}", -32700 },
        { "a header over 8 KB", "X-Pad: " + new string('a', 9000) + "\r\n\r\n", -32700 },
        { "a header line of 1 MB without a line break", new string('a', 1 << 20), -32700 },
        { "a body that is not JSON", Frame("{\"jsonrpc\":\"2.0\",\"id\":"), -32700 },
        { "a body that is not UTF-8", Encoding.Latin1.GetString(LspTestClient.Frame([.. "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\""u8, 0xFF, 0xFE, .. "\"}"u8])), -32700 },
        { "JSON nested 100,000 deep", Frame(new string('[', 100_000) + new string(']', 100_000)), -32700 },
        { "JSON that is not a request", Frame("[1,2,3]"), -32600 },
        { "a request whose id is an object", Frame("{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"shutdown\"}"), -32600 },
    };

    [Theory]
    [MemberData(nameof(BadFrames))]
    public void A_framing_or_JSON_error_gets_an_error_response_and_the_server_answers_the_next_request(string what, string frame, int code)
    {
        var input = Concat(
            Request(1, "initialize", new JsonObject { ["processId"] = null, ["rootUri"] = null, ["capabilities"] = new JsonObject() }),
            Notification("initialized", new JsonObject()),
            Encoding.Latin1.GetBytes(frame),
            Request(2, "textDocument/hover", Hover("file:///nothing-open.md")),
            Request(3, "shutdown", null),
            Notification("exit", null));

        var run = BoundedProcess.Run(BoundedProcess.LanguageServerDll, ["--stdio"], _folder, Harness, MaxBytes, input);

        var messages = Messages(run.Out);
        Assert.True(run.ExitCode == 0, $"{what}: {run}");
        var error = Assert.Single(messages, m => m["error"] is not null && m["id"] is null);
        Assert.Equal(code, (int)error["error"]!["code"]!);
        if (code == -32700 && !what.Contains("JSON", StringComparison.Ordinal) && !what.Contains("UTF-8", StringComparison.Ordinal))
            Assert.Contains("at byte ", (string)error["error"]!["message"]!, StringComparison.Ordinal);
        Assert.Contains(messages, m => m["id"]?.GetValueKind() == JsonValueKind.Number && (int)m["id"]! == 2 && m["result"] is null && m["error"] is null);
        Assert.Contains(messages, m => m["id"]?.GetValueKind() == JsonValueKind.Number && (int)m["id"]! == 3 && m.AsObject().ContainsKey("result"));
        AssertBounded(run, what);
    }

    [Fact]
    public void A_root_of_slash_is_not_searched_and_the_server_leaves_when_its_client_closes_the_pipe()
    {
        var input = Concat(
            Request(1, "initialize", new JsonObject { ["processId"] = null, ["rootUri"] = "file:///", ["capabilities"] = new JsonObject() }),
            Notification("initialized", new JsonObject()),
            Notification("textDocument/didOpen", Open("file:///tmp/editlint-ls-council.md", Article)));

        // The client stays until the server has said why it does not search "/" and has published the open document's
        // findings, then leaves without shutdown: the server must follow (exit code 1, LSP's rule).
        var run = BoundedProcess.Run(BoundedProcess.LanguageServerDll, ["--stdio"], _folder, Harness, MaxBytes, input,
            closeInputWhen: output => output.Contains("window/showMessage", StringComparison.Ordinal) && output.Contains("textDocument/publishDiagnostics", StringComparison.Ordinal));

        Assert.True(run.ExitCode == 1, run.ToString());
        var messages = Messages(run.Out);
        Assert.Contains(messages, m => m["id"] is not null && (int)m["id"]! == 1 && m["result"]?["capabilities"] is not null);
        var shown = Assert.Single(messages, m => (string?)m["method"] == "window/showMessage");
        Assert.Contains("the workspace folder / is the file system's root or holds your home folder; it is not searched", (string)shown["params"]!["message"]!, StringComparison.Ordinal);
        var published = Assert.Single(messages, m => (string?)m["method"] == "textDocument/publishDiagnostics");
        Assert.Contains(published["params"]!["diagnostics"]!.AsArray(), d => (string?)d!["code"] == "EL4002");
        AssertBounded(run, "rootUri /");
    }

    [Fact]
    public void With_a_root_of_slash_shutdown_and_exit_are_answered_at_once()
    {
        var input = Concat(
            Request(1, "initialize", new JsonObject { ["processId"] = null, ["rootUri"] = "file:///", ["capabilities"] = new JsonObject() }),
            Notification("initialized", new JsonObject()),
            Request(2, "shutdown", null),
            Notification("exit", null));

        var run = BoundedProcess.Run(BoundedProcess.LanguageServerDll, ["--stdio"], _folder, Harness, MaxBytes, input);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(Messages(run.Out), m => m["id"] is not null && (int)m["id"]! == 2 && m.AsObject().ContainsKey("result"));
        AssertBounded(run, "rootUri / then shutdown");
    }

    [Fact]
    public async Task A_home_folder_as_workspace_is_refused_with_a_message_and_initialize_answers_at_once()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        await using var client = await LspTestClient.StartAsync(initialize: false);

        var stopwatch = Stopwatch.StartNew();
        var response = await client.InitializeAsync(workspace: new JsonObject { ["rootUri"] = new Uri(home).AbsoluteUri });
        // Nothing is searched before the answer: a home folder takes seconds to minutes to walk.
        Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(2));
        Assert.True(response.TryGetProperty("result", out _), response.ToString());
        await client.NotifyAsync("initialized", new { });

        var shown = await client.NextNotificationAsync("window/showMessage");
        Assert.Equal(2, shown.GetProperty("type").GetInt32());
        Assert.Contains($"the workspace folder {Path.TrimEndingDirectorySeparator(home)} is the file system's root or holds your home folder", shown.GetProperty("message").GetString(), StringComparison.Ordinal);

        var uri = new Uri(Path.Combine(_folder, "council.md")).AbsoluteUri;
        await client.NotifyAsync("textDocument/didOpen", Open(uri, Article));
        Assert.Contains((await client.NextDiagnosticsAsync(uri)).GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "EL4002");
    }

    [Fact]
    public async Task A_workspace_folder_with_more_article_files_than_the_search_limit_is_not_read_and_open_documents_are_linted()
    {
        var tree = Path.Combine(_folder, "archive");
        for (var i = 0; i <= DocumentLinter.MaxSearchedArticles; i++)
        {
            var folder = Path.Combine(tree, (i / 1000).ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, i.ToString(CultureInfo.InvariantCulture) + ".md"), []);
        }
        await using var client = await LspTestClient.StartAsync(workspace: new JsonObject { ["rootUri"] = new Uri(tree).AbsoluteUri });

        var shown = await client.NextNotificationAsync("window/showMessage");
        Assert.Contains("the workspace holds more than 20,000 article files; its files are not read", shown.GetProperty("message").GetString(), StringComparison.Ordinal);
        var uri = new Uri(Path.Combine(tree, "council.md")).AbsoluteUri;
        await client.NotifyAsync("textDocument/didOpen", Open(uri, Article));
        Assert.Contains((await client.NextDiagnosticsAsync(uri)).GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "EL4002");
    }

    [Fact]
    public async Task A_document_whose_lint_throws_gets_EL9001_and_the_other_documents_keep_their_diagnostics()
    {
        // The reader throws a cancellation of its own (no isolation catches that today) on any text that says BOOM.
        var engine = new LintEngine([new EveryDocumentProbe()], new DocumentLoader([new ThrowingReader(new MarkdownReader())]));
        await using var client = await LspTestClient.StartAsync(engine: engine);
        var bad = new Uri(Path.Combine(_folder, "bad.md")).AbsoluteUri;
        var good = new Uri(Path.Combine(_folder, "good.md")).AbsoluteUri;

        await client.NotifyAsync("textDocument/didOpen", Open(bad, "# Bad\n\nBOOM\n"));
        var failed = Assert.Single((await client.NextDiagnosticsAsync(bad)).GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("EL9001", failed.GetProperty("code").GetString());
        Assert.Contains("EditLint failed on this document and could not lint it: OperationCanceledException", failed.GetProperty("message").GetString(), StringComparison.Ordinal);

        await client.NotifyAsync("textDocument/didOpen", Open(good, "# Good\n\nFine.\n"));
        Assert.Equal("EL3998", Assert.Single((await client.NextDiagnosticsAsync(good)).GetProperty("diagnostics").EnumerateArray()).GetProperty("code").GetString());

        // Typing goes on in both: the good one is linted at every change, the bad one again once it no longer fails.
        await client.NotifyAsync("textDocument/didChange", Change(good, 2, "# Good\n\nStill fine.\n"));
        var again = await client.NextDiagnosticsAsync(good);
        Assert.Equal(2, again.GetProperty("version").GetInt32());
        Assert.Equal("EL3998", Assert.Single(again.GetProperty("diagnostics").EnumerateArray()).GetProperty("code").GetString());
        await client.NotifyAsync("textDocument/didChange", Change(bad, 2, "# Bad\n\nFixed.\n"));
        Assert.Equal("EL3998", Assert.Single((await client.NextDiagnosticsAsync(bad)).GetProperty("diagnostics").EnumerateArray()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_date_past_the_calendar_in_one_open_document_does_not_stop_the_diagnostics_of_the_others()
    {
        await using var client = await LspTestClient.StartAsync();
        var odd = new Uri(Path.Combine(_folder, "storm.md")).AbsoluteUri;
        var other = new Uri(Path.Combine(_folder, "council.md")).AbsoluteUri;

        await client.NotifyAsync("textDocument/didOpen", Open(odd, "---\ntitle: Storm\nupdated: 9999-12-31\n---\n\nLONDON, Feb 26 (Reuters) - A storm hit the coast on Tuesday.\n"));
        await client.NextDiagnosticsAsync(odd);
        await client.NotifyAsync("textDocument/didOpen", Open(other, Article));

        Assert.Contains((await client.NextDiagnosticsAsync(other)).GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "EL4002");
    }

    [Fact]
    public async Task A_workspace_file_whose_lint_throws_costs_the_workspace_comparison_not_the_open_documents_findings()
    {
        File.WriteAllText(Path.Combine(_folder, "storm.md"), "---\ntitle: Storm\nupdated: 9999-12-31\n---\n\nLONDON, Feb 26 (Reuters) - A storm hit the coast on Tuesday.\n");
        File.WriteAllText(Path.Combine(_folder, "other.md"), "# Other\n\nNothing here.\n");
        await using var client = await LspTestClient.StartAsync(workspace: new JsonObject { ["rootUri"] = new Uri(_folder).AbsoluteUri });
        var uri = new Uri(Path.Combine(_folder, "council.md")).AbsoluteUri;

        await client.NotifyAsync("textDocument/didOpen", Open(uri, Article));

        Assert.Contains((await client.NextDiagnosticsAsync(uri)).GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "EL4002");
        var shutdown = await client.RequestAsync("shutdown", null);
        Assert.True(shutdown.TryGetProperty("result", out _), shutdown.ToString());
    }

    [Fact]
    public void A_5_MB_document_is_linted_on_its_own_the_others_are_answered_at_once()
    {
        var big = BigArticle(5_000_000);
        var bigUri = new Uri(Path.Combine(_folder, "big.md")).AbsoluteUri;
        var smallUri = new Uri(Path.Combine(_folder, "council.md")).AbsoluteUri;
        var input = Concat(
            Request(1, "initialize", new JsonObject { ["processId"] = null, ["rootUri"] = null, ["capabilities"] = new JsonObject() }),
            Notification("initialized", new JsonObject()),
            Notification("textDocument/didOpen", Open(bigUri, big)),
            // A keystroke: it must not start a second lint of 5 MB.
            Notification("textDocument/didChange", new { textDocument = new { uri = bigUri, version = 2 }, contentChanges = new[] { new { range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 0 } }, text = "x" } } }),
            Notification("textDocument/didOpen", Open(smallUri, Article)),
            Request(2, "textDocument/hover", Hover(smallUri)));

        // The client leaves once the small document's findings and the hover's answer are in.
        var run = BoundedProcess.Run(BoundedProcess.LanguageServerDll, ["--stdio"], _folder, Harness, MaxBytes, input,
            closeInputWhen: output => output.Contains("\"id\":2,", StringComparison.Ordinal) && output.Contains(smallUri, StringComparison.Ordinal));

        var messages = Messages(run.Out);
        var small = Assert.Single(messages, m => (string?)m["method"] == "textDocument/publishDiagnostics" && (string?)m["params"]!["uri"] == smallUri);
        Assert.Contains(small["params"]!["diagnostics"]!.AsArray(), d => (string?)d!["code"] == "EL4002");
        Assert.Contains(messages, m => m["id"] is not null && (int)m["id"]! == 2 && m["error"] is null);
        var shown = Assert.Single(messages, m => (string?)m["method"] == "window/showMessage");
        Assert.Contains("big.md has 5,000,000 characters, over the 200,000 characters linted as you type", (string)shown["params"]!["message"]!, StringComparison.Ordinal);
        AssertBounded(run, "5 MB document");
    }

    [Fact]
    public async Task A_large_document_is_linted_when_opened_and_saved_not_while_typed()
    {
        await using var client = await LspTestClient.StartAsync(options: new JsonObject { ["liveLintMaxCharacters"] = 200 });
        var uri = new Uri(Path.Combine(_folder, "council.md")).AbsoluteUri;
        await client.NotifyAsync("textDocument/didOpen", Open(uri, Article));
        Assert.Contains("linted when opened and when saved", (await client.NextNotificationAsync("window/showMessage")).GetProperty("message").GetString(), StringComparison.Ordinal);
        var opened = await client.NextDiagnosticsAsync(uri);
        Assert.Equal(1, opened.GetProperty("version").GetInt32());
        Assert.Contains(opened.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "EL4002");

        // Typing that removes the repeat publishes nothing; hover on stale findings answers nothing; the save lints.
        var fixedText = Article.Replace("Later the mayor left. " + Repeated, "Later the mayor left, and the council adjourned until the spring session began again.", StringComparison.Ordinal);
        await client.NotifyAsync("textDocument/didChange", Change(uri, 2, fixedText));
        var hover = await client.RequestAsync("textDocument/hover", Hover(uri));
        Assert.Equal(JsonValueKind.Null, hover.GetProperty("result").ValueKind);
        Assert.DoesNotContain(uri, client.UnreadDiagnosticsUris());
        await client.NotifyAsync("textDocument/didSave", new { textDocument = new { uri } });
        var saved = await client.NextDiagnosticsAsync(uri);
        Assert.Equal(2, saved.GetProperty("version").GetInt32());
        Assert.DoesNotContain(saved.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "EL4002");
    }

    [Fact]
    public async Task A_document_over_the_10_MiB_article_limit_gets_EL9002_and_is_not_linted()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = new Uri(Path.Combine(_folder, "huge.md")).AbsoluteUri;
        await client.NotifyAsync("textDocument/didOpen", Open(uri, "# Huge\n\n" + new string('a', 11 * 1024 * 1024)));

        var only = Assert.Single((await client.NextDiagnosticsAsync(uri)).GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("EL9002", only.GetProperty("code").GetString());
        Assert.Equal("huge.md is 11 MiB, over the 10 MiB limit for one article; it is not linted.", only.GetProperty("message").GetString()!.Replace(_folder + "/", "", StringComparison.Ordinal));
    }

    // A corpus-like article of about n characters: paragraphs of ordinary news prose, repeated.
    private static string BigArticle(int n)
    {
        var paragraph = "The council said on Tuesday that 1,200 homes would be built by 2027, officials said. \"We are pleased,\" said Mayor Jane Smith.\n\n";
        var text = new StringBuilder("# A very long report\n\n", n + paragraph.Length);
        while (text.Length < n)
            text.Append(paragraph);
        return text.ToString(0, n);
    }

    private void AssertBounded(BoundedRun run, string what)
    {
        // The figures docs/robustness.md quotes.
        output.WriteLine($"{what}: {run.Elapsed.TotalSeconds:0.00} s, peak {run.PeakResidentBytes / 1048576.0:0} MB");
        Assert.True(run.Elapsed <= Bound, $"{what}: {run.Elapsed.TotalSeconds:0.0} s, over {Bound.TotalSeconds} s");
        Assert.True(run.PeakResidentBytes <= MaxBytes, $"{what}: peak {run.PeakResidentBytes >> 20} MB, over {MaxBytes >> 20} MB");
    }

    private static string Frame(string body) => Encoding.Latin1.GetString(LspTestClient.Frame(Encoding.UTF8.GetBytes(body)));

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    private static byte[] Request(int id, string method, JsonNode? parameters) =>
        LspTestClient.Frame(Encoding.UTF8.GetBytes(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters }.ToJsonString()));

    private static byte[] Notification(string method, object? parameters) =>
        LspTestClient.Frame(Encoding.UTF8.GetBytes(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters is null ? null : JsonSerializer.SerializeToNode(parameters) }.ToJsonString()));

    private static JsonObject Hover(string uri) =>
        new() { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["position"] = new JsonObject { ["line"] = 0, ["character"] = 0 } };

    private static object Open(string uri, string text) => new { textDocument = new { uri, languageId = "markdown", version = 1, text } };

    private static object Change(string uri, int version, string text) => new { textDocument = new { uri, version }, contentChanges = new[] { new { text } } };

    // The server's output, frame by frame (its JSON escapes everything outside ASCII, so characters are bytes).
    private static List<JsonNode> Messages(string output)
    {
        var messages = new List<JsonNode>();
        var at = 0;
        while ((at = output.IndexOf("Content-Length: ", at, StringComparison.Ordinal)) >= 0)
        {
            var end = output.IndexOf("\r\n\r\n", at, StringComparison.Ordinal);
            if (end < 0)
                break;
            var length = int.Parse(output[(at + "Content-Length: ".Length)..end], CultureInfo.InvariantCulture);
            if (end + 4 + length > output.Length)
                break;
            messages.Add(JsonNode.Parse(output.AsSpan(end + 4, length).ToString())!);
            at = end + 4 + length;
        }
        return messages;
    }

    private sealed class EveryDocumentProbe : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new("EL3998", "Linted", "linted", RuleCategory.Dates, Severity.Info);

        public override void Initialize(RuleSetup setup) => setup.OnDocumentEnd(context => context.Report(new TextSpan(0, 1)));
    }

    private sealed class ThrowingReader(IDocumentReader inner) : IDocumentReader
    {
        public DocumentFormat Format => inner.Format;

        public ArticleDocument Read(string path, SourceText text) =>
            text.Text.Contains("BOOM", StringComparison.Ordinal) ? throw new OperationCanceledException("the reader gave up") : inner.Read(path, text);
    }
}

/// <summary>
/// Tests whose time and memory bounds must not be shared with the rest of the suite: they run alone (the language
/// server's hostile inputs, and the long inputs of <see cref="LinearTimeTests"/>).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LanguageServerBounds
{
    public const string Name = "Language server bounds";
}
