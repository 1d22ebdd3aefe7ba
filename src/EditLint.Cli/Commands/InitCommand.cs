using System.CommandLine;
using System.Text;
using EditLint.Configuration;
using EditLint.Inputs;

namespace EditLint.Cli.Commands;

/// <summary><c>editlint init</c>: write a commented starter <c>.editlint.yaml</c> in the current folder.</summary>
internal static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("init", $"Write a commented starter {WorkspaceConfiguration.FileName} in the current folder (never replaces an existing one).");
        command.SetAction(_ =>
        {
            var file = Path.Combine(context.WorkingDirectory, WorkspaceConfiguration.FileName);
            // Any kind of file by that name (a folder, a link) is left alone, not only a regular one.
            var existing = SafeFile.KindOf(file, followLinks: false);
            if (existing != FileKind.Missing)
            {
                var what = existing == FileKind.Regular ? "" : $" (as {SafeFile.Describe(existing)})";
                context.Error.WriteLine($"editlint: {WorkspaceConfiguration.FileName} already exists here{what}; edit it, or delete it first to start again.");
                return ExitCodes.Error;
            }
            try
            {
                AtomicFile.Write(file, context.WorkingDirectory, writer => writer.Write(Starter(context)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"editlint: cannot write {WorkspaceConfiguration.FileName}: {TerminalText.Escape(e.Message)}");
                return ExitCodes.Error;
            }
            context.Out.WriteLine($"Wrote {TerminalText.Escape(InputResolver.DisplayPath(file, context.WorkingDirectory))}. Run 'editlint check' to lint with it.");
            return ExitCodes.Success;
        });
        return command;
    }

    internal static string Starter(CliContext context)
    {
        var packs = context.Engine().Descriptors.Where(d => d.Pack is not null).GroupBy(d => d.Pack!).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        text.Append("""
            # EditLint configuration. EditLint reads every .editlint.yaml from a file's folder up to the one that
            # says 'root: true'; the nearest file wins. See docs/configuration.md.
            root: true

            # Rule packs: all shipped packs are on. Switch one off with 'off'.
            packs:

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        foreach (var pack in packs)
            text.Append($"  {pack.Key}: on    # {pack.Count()} rules: {string.Join(", ", pack.Select(d => d.Id))}\n");
        text.Append("""

            # Your own packs: folders holding <pack>/pack.yaml and one ELxxxx.slug.yaml per rule (docs/rule-packs.md).
            # pack-folders: [styles]

            # Severity per rule: error, warning, info or none (off). 'editlint rules' lists them.
            rules:
              # EL4107: none        # long sentences are fine here

            # House style.
            style:
              # abbreviations: dotted     # U.S., U.K., U.N. (or: undotted for US, UK, UN) — EL4003
              # honorifics: always        # Mr Putin on later references (or: never for Putin) — EL4004

            # Words the house accepts (never flagged by packs or EL4006; the preferred spelling for EL4001) and rejects (EL4006).
            vocabulary:
              accept: []
              # reject:
              #   Kiev: Kyiv

            # Settings for some files only; globs are relative to this file.
            # overrides:
            #   - files: ["opinion/**"]
            #     rules: { EL4107: none }

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        return text.ToString();
    }
}
