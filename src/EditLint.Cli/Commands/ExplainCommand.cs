using System.CommandLine;
using EditLint.Diagnostics;

namespace EditLint.Cli.Commands;

/// <summary><c>editlint explain ID</c>: everything known about one rule.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "A rule ID, for example EL4002." };
        var command = new Command("explain", "Describe a rule: title, category, default severity, description and help link.") { id };
        command.SetAction(parseResult =>
        {
            var wanted = parseResult.GetValue(id)?.Trim() ?? "";
            var descriptor = context.Engine().Descriptors.FirstOrDefault(d => string.Equals(d.Id, wanted, StringComparison.OrdinalIgnoreCase));
            if (descriptor is null)
            {
                context.Error.WriteLine($"editlint: there is no rule {TerminalText.Escape(wanted)}. Run 'editlint rules' to list them.");
                return ExitCodes.Error;
            }

            var output = context.Out;
            output.WriteLine($"{descriptor.Id}: {descriptor.Title}");
            output.WriteLine();
            output.WriteLine($"Category:         {descriptor.Category}");
            output.WriteLine($"Default severity: {descriptor.DefaultSeverity.ToName()}");
            // A message made only of what the finding fills in ("{0}") says nothing before a finding exists.
            if (MessageShape(descriptor.MessageFormat) is { } shape)
                output.WriteLine($"Message:          {shape}");
            if (descriptor.Description.Length > 0)
            {
                output.WriteLine();
                output.WriteLine(descriptor.Description);
            }
            output.WriteLine();
            output.WriteLine($"Help: {descriptor.HelpUri}");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The message with each placeholder shown as "…", or null when it has fewer than three words of its own.</summary>
    internal static string? MessageShape(string format)
    {
        var shape = System.Text.RegularExpressions.Regex.Replace(format, @"\{\d+(?:[,:][^}]*)?\}", "…");
        return System.Text.RegularExpressions.Regex.Count(shape, @"\p{L}{2,}") >= 3 ? shape : null;
    }
}
