using System.Reflection;

namespace EditLint.Cli;

/// <summary>How reports name the tool.</summary>
internal static class ToolInfo
{
    public const string Name = "EditLint";

    public const string InformationUri = "https://github.com/editlint/editlint";

    /// <summary>The informational version (for example <c>0.1.0+commit</c>).</summary>
    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ToolInfo).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";
}
