namespace EditLint.Diagnostics;

/// <summary>Descriptors for findings the engine itself reports.</summary>
public static class EngineRules
{
    /// <summary>EL9001: a rule threw on a document.</summary>
    public static readonly RuleDescriptor RuleFailed = new(
        "EL9001", "Rule failed", "Rule {0} failed on this document and was skipped: {1}", RuleCategory.Engine, Severity.Warning,
        "A rule threw an exception, ran past its time or allocation budget, or reported a span outside this document. Its findings for this document are missing; every other rule's findings are kept.");

    /// <summary>EL9002: an input could not be read.</summary>
    public static readonly RuleDescriptor InputUnreadable = new(
        "EL9002", "Input could not be read", "{0}", RuleCategory.Engine, Severity.Error,
        "The file is binary, is not valid UTF-8 (or UTF-16/UTF-32 with a byte-order mark), is a .docx that is damaged, encrypted or past its bounds (a zip bomb), is larger than the size limit, cannot be opened, is no regular file (a FIFO, a device, a socket), is a symbolic link out of the folders being linted, sits in a folder that cannot be read, or has front matter that is not valid YAML or passes its nesting or alias limits. The run goes on with the other inputs.");

    /// <summary>EL9003: a configuration file or rule pack is invalid.</summary>
    public static readonly RuleDescriptor InvalidConfiguration = new(
        "EL9003", "Invalid configuration or rule pack", "{0}", RuleCategory.Engine, Severity.Error,
        "A .editlint.yaml, .editorconfig entry, baseline or YAML rule-pack file has an error, passes a limit (nesting, aliases, formula depth) or cannot be read (no regular file, a link out of the folders being linted): the finding points at its file, line and column and says what is wrong. The invalid part is ignored and the run goes on.");

    /// <summary>EL9004: an inline suppression or baseline entry that suppresses nothing.</summary>
    public static readonly RuleDescriptor UnusedSuppression = new(
        "EL9004", "Unused suppression", "{0}", RuleCategory.Engine, Severity.Info,
        "An inline editlint-disable comment, or an entry of the baseline file, that suppresses no finding: the problem it hid has been fixed (or the ID is wrong), so the suppression can go.");

    /// <summary>All engine descriptors.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [RuleFailed, InputUnreadable, InvalidConfiguration, UnusedSuppression];
}
