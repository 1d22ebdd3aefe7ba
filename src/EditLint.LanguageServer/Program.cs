using EditLint.Engine;
using EditLint.LanguageServer.Server;
using Microsoft.Extensions.DependencyInjection;

namespace EditLint.LanguageServer;

/// <summary><c>editlint-ls</c>: the EditLint language server on standard input and output.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        // Editors start servers with --stdio; it is the only transport, so it is accepted and not required.
        if (args.Any(a => a is "--version" or "-v"))
        {
            await Console.Out.WriteLineAsync(EditLintLanguageServer.Version);
            return 0;
        }
        if (args.Any(a => a is "--help" or "-h" or "-?"))
        {
            await Console.Out.WriteLineAsync("editlint-ls [--stdio]: the EditLint language server. It speaks LSP on standard input and output; see docs/editors.md.");
            return 0;
        }

        // The first document an editor opens is read with code the second core compiles meanwhile (as in the CLI).
        StartupWarmup.Begin();
        using var services = new ServiceCollection().AddEditLint().BuildServiceProvider();
        using var server = new EditLintLanguageServer(services.GetRequiredService<LintEngine>(), Console.OpenStandardInput(), Console.OpenStandardOutput());
        return await server.RunAsync();
    }
}
