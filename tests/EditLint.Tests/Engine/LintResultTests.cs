using EditLint.Diagnostics;
using EditLint.Engine;
using EditLint.Text;

namespace EditLint.Tests.Engine;

public sealed class LintResultTests
{
    private static Diagnostic Finding(string id) => new()
    {
        Descriptor = new RuleDescriptor(id, "Test", "{0}", RuleCategory.Engine, Severity.Warning),
        Severity = Severity.Warning, Message = id, Path = "a.md", Span = new TextSpan(0, 1), Position = default,
    };

    [Fact]
    public void CountsById_counts_each_rule_once_in_ordinal_order()
    {
        var result = new LintResult([], [Finding("EL4001"), Finding("EL1001"), Finding("EL4001"), Finding("el0001"), Finding("EL4001")], [], TimeSpan.Zero);

        Assert.Equal([new RuleCount("EL1001", 1), new RuleCount("EL4001", 3), new RuleCount("el0001", 1)], result.CountsById());
    }

    [Fact]
    public void CountsById_of_no_findings_is_empty() =>
        Assert.Empty(new LintResult([], [], [], TimeSpan.Zero).CountsById());
}
