using System.Diagnostics;
using System.Text;

namespace EditLint.Tests.LanguageServer;

/// <summary>The built editlint-ls on real standard input and output, as an editor starts it.</summary>
public sealed class LanguageServerProcessTests
{
    [Fact]
    public async Task A_whole_session_over_stdio_ends_with_exit_code_0()
    {
        var server = Path.Combine(AppContext.BaseDirectory, "EditLint.LanguageServer.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(server);
        start.ArgumentList.Add("--stdio");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.BaseStream;
        var output = new MemoryStream();
        var reading = stdout.CopyToAsync(output);
        var errors = process.StandardError.ReadToEndAsync();

        var input = process.StandardInput.BaseStream;
        foreach (var message in new[]
        {
            """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}""",
            """{"jsonrpc":"2.0","method":"initialized","params":{}}""",
            """{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///tmp/a.md","languageId":"markdown","version":1,"text":"No headline and no date here.\n"}}}""",
            """{"jsonrpc":"2.0","id":2,"method":"shutdown"}""",
            """{"jsonrpc":"2.0","method":"exit"}""",
        })
        {
            await input.WriteAsync(LspTestClient.Frame(Encoding.UTF8.GetBytes(message)));
        }
        await input.FlushAsync();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        await reading;
        var text = Encoding.UTF8.GetString(output.ToArray());

        Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}; stderr: {await errors}");
        Assert.Contains("\"id\":1,\"result\":{\"capabilities\"", text, StringComparison.Ordinal);
        Assert.Contains("\"id\":2,\"result\":null", text, StringComparison.Ordinal);
        Assert.StartsWith("Content-Length: ", text, StringComparison.Ordinal);
    }
}
