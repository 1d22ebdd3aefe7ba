using System.CommandLine;

namespace EditLint.Cli.Commands;

/// <summary>
/// <c>editlint merge --cache DIR [paths]</c>: the result one run over the paths gives, from the results the shards of
/// <c>check --shard K/N --cache DIR</c> stored there (their folders copied into one): each document's findings are taken
/// from its shard, and the articles are compared from the facts the shards stored. It takes <c>check</c>'s options that
/// shape a report; it is <c>check</c> over a store it does not write to (<see cref="CheckCommand.Build"/>).
/// </summary>
internal static class MergeCommand
{
    public static Command Create(CliContext context) => CheckCommand.Build(context, merge: true);

    /// <summary>The command's description, for <c>--help</c>.</summary>
    internal static Command Describe(Command command)
    {
        command.Description = "Combine the results of 'check --shard K/N --cache DIR' runs into the result one run over the same paths gives: "
            + "the shards' findings, and the comparisons across articles made from the facts they stored. Run it in the same checkout, with the same "
            + "paths and options as the shards; a file no shard stored is linted here and named. Exit codes as for check.";
        return command;
    }
}
