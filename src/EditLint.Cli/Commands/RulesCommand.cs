using System.CommandLine;
using EditLint.Diagnostics;

namespace EditLint.Cli.Commands;

/// <summary><c>editlint rules</c>: a table of every rule, the engine's own included.</summary>
internal static class RulesCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("rules", "List every rule: ID, default severity, category and title.");
        command.SetAction(_ =>
        {
            var rows = context.Engine().Descriptors
                .Select(d => new[] { d.Id, d.DefaultSeverity.ToName(), d.Category.ToString(), d.Title })
                .Prepend(["ID", "Severity", "Category", "Title"])
                .ToList();
            var widths = Enumerable.Range(0, 3).Select(column => rows.Max(row => row[column].Length)).ToArray();
            foreach (var row in rows)
                context.Out.WriteLine($"{row[0].PadRight(widths[0])}  {row[1].PadRight(widths[1])}  {row[2].PadRight(widths[2])}  {row[3]}");
            return ExitCodes.Success;
        });
        return command;
    }
}
